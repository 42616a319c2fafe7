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
            for (index, (kind, name, percent, dueOn, requiresAcceptance)) in plan.enumerated() {
                let payment: Milestone.Payment
                if dueOn > clock.today {
                    payment = dueOn.days(until: clock.today) > -14 && rng.chance(0.5) ? .invoiced : .notInvoiced
                } else if requiresAcceptance && !accepted {
                    payment = .notInvoiced  // waiting for acceptance: the punch list holds the money
                } else {
                    payment = Milestone.Payment.allCases[1 + rng.weightedIndex([15, 70, 15])]
                }
                let acceptedOn = requiresAcceptance && accepted ? min(project.targetOn, clock.today) : nil
                let amount = project.contractCents * percent / 100
                // Invoiced a month before due (never after today); retainage released on acceptance.
                let invoicedOn = payment == .notInvoiced ? nil : min(dueOn.adding(days: -30), clock.today)
                let releasedOn = kind == .retainage && invoicedOn != nil ? acceptedOn ?? invoicedOn : nil
                let id = try bulk.insert(Milestone(
                    projectId: project.id, name: name, kind: kind, amountCents: amount,
                    dueOn: dueOn, payment: payment, requiresAcceptance: requiresAcceptance,
                    acceptedOn: acceptedOn, acceptedBy: acceptedOn == nil ? nil : signer, invoicedOn: invoicedOn,
                    invoiceNumber: invoicedOn == nil ? "" : "\(project.code)-\(index + 1)", releasedOn: releasedOn))
                // Paid in full on the due day (or today); every third invoiced one has half paid so far.
                if payment == .paid {
                    try bulk.insert(MilestonePayment(milestoneId: id, projectId: project.id, paidOn: min(dueOn, clock.today),
                                                     amountCents: amount, recordedBy: project.pm))
                } else if payment != .notInvoiced, project.id % 3 == 0, amount >= 2, let invoicedOn {
                    try bulk.insert(MilestonePayment(milestoneId: id, projectId: project.id,
                                                     paidOn: min(invoicedOn.adding(days: 20), clock.today),
                                                     amountCents: amount / 2, recordedBy: project.pm, note: "part payment"))
                }
            }

            try makeStageHistory(bulk, clock, project: project)

            let people = [project.pm] + customer.activeContacts.prefix(3).map(\.name)
            for text in rng.sample(DemoVocabulary.assumptions, count: rng.int(1...3)) {
                let status = project.stage == .closed ? Assumption.Status.confirmed
                    : Assumption.Status.allCases[rng.weightedIndex([50, 35, 15])]
                let owner = rng.pick(people)
                let reviewOn = status == .open ? clock.day(rng.int(-20...40)) : nil
                // Reviewed ones say by whom and when, derived without drawing, so the rest of the data stays as it was.
                let reviewedOn = status == .open ? nil : min(project.signedOn.adding(days: 30 + text.count), clock.today)
                try ins.insert(Assumption(projectId: project.id, text: text, owner: owner, reviewOn: reviewOn, status: status,
                                          reviewedOn: reviewedOn, reviewedBy: reviewedOn == nil ? "" : owner,
                                          note: status == .invalid ? "Changes the scope; raised with the customer" : ""))
            }
        }
    }
}

extension DemoDataGenerator {
    /// The project's creation at signing, and its move to the stage it is at, spread over its life so far.
    func makeStageHistory(_ bulk: BulkInserter, _ clock: Clock, project: SeedProject) throws {
        let signedAgo = max(0, project.signedOn.days(until: clock.today))
        try bulk.insert(StageEvent(projectId: project.id, at: clock.ago(days: signedAgo), who: project.pm, fromStage: nil,
                                   toStage: .sold, note: "created"))
        guard project.stage != .sold else { return }
        let lived = max(0, project.signedOn.days(until: min(project.targetOn, clock.today)))
        try bulk.insert(StageEvent(projectId: project.id, at: clock.ago(days: max(0, signedAgo - lived * 3 / 4)),
                                   who: project.pm, fromStage: .sold, toStage: project.stage, note: ""))
    }
}
