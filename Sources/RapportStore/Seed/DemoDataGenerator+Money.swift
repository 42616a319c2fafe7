import Foundation
import RapportModel

// Payment milestones and the assumptions register.
extension DemoDataGenerator {
    func makeMoney(_ ins: Inserter, _ bulk: BulkInserter, _ clock: Clock, projects: [SeedProject],
                   customers: [SeedCustomer]) throws {
        var rng = generator(.money)
        let stages = ProjectStage.allCases
        let acceptanceStage = stages.firstIndex(of: .acceptance)!
        for project in projects {
            let customer = customers[project.customerIndex]
            let signer = customer.contacts.first { $0.role == .signer }?.name ?? project.pm
            let accepted = stages.firstIndex(of: project.stage)! > acceptanceStage
            let span = project.signedOn.days(until: project.targetOn)
            let plan: [(Milestone.Kind, String, Int64, LocalDate, Bool)] = [
                (.deposit, "Deposit", 30, project.signedOn.adding(days: 14), false),
                (.progress, "Equipment delivered", 40, project.signedOn.adding(days: span / 2), false),
                (.final, "Substantial completion", 20, project.targetOn, true),
                (.retainage, "Retainage release", 10, project.targetOn.adding(days: 60), true),
            ]
            for (kind, name, percent, dueOn, requiresAcceptance) in plan {
                let payment: Milestone.Payment
                if dueOn > clock.today {
                    payment = dueOn.days(until: clock.today) > -14 && rng.chance(0.5) ? .invoiced : .notInvoiced
                } else if requiresAcceptance && !accepted {
                    payment = .notInvoiced  // waiting for acceptance: the punch list holds the money
                } else {
                    payment = Milestone.Payment.allCases[1 + rng.weightedIndex([15, 70, 15])]
                }
                let acceptedOn = requiresAcceptance && accepted ? min(project.targetOn, clock.today) : nil
                try bulk.insert(Milestone(
                    projectId: project.id, name: name, kind: kind, amountCents: project.contractCents * percent / 100,
                    dueOn: dueOn, payment: payment, requiresAcceptance: requiresAcceptance,
                    acceptedOn: acceptedOn, acceptedBy: acceptedOn == nil ? nil : signer))
            }

            let people = [project.pm] + customer.activeContacts.prefix(3).map(\.name)
            for text in rng.sample(DemoVocabulary.assumptions, count: rng.int(1...3)) {
                let status = project.stage == .closed ? Assumption.Status.confirmed
                    : Assumption.Status.allCases[rng.weightedIndex([50, 35, 15])]
                try ins.insert(Assumption(projectId: project.id, text: text, owner: rng.pick(people),
                                          reviewOn: status == .open ? clock.day(rng.int(-20...40)) : nil,
                                          status: status))
            }
        }
    }
}
