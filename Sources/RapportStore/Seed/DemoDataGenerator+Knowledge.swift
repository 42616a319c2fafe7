import Foundation
import RapportModel

// What sales knows: intel about each customer and the next sales in the making.
extension DemoDataGenerator {
    func makeKnowledge(_ ins: Inserter, _ clock: Clock, customers: [SeedCustomer], projects: [SeedProject]) throws {
        var rng = generator(.knowledge)
        let counts = size.counts
        for customer in customers {
            let active = customer.activeContacts
            for _ in 0..<rng.int(counts.intelPerCustomer) {
                let topic = DemoVocabulary.intel[rng.weightedIndex([20, 15, 10, 12, 10, 20, 5])]
                try ins.insert(Intel(
                    customerId: customer.id,
                    projectId: customer.projectIndexes.isEmpty || !rng.chance(0.3)
                        ? nil : projects[rng.pick(customer.projectIndexes)].id,
                    contactId: active.isEmpty || !rng.chance(0.4) ? nil : rng.pick(active).id,
                    category: topic.category, text: rng.pick(topic.texts), capturedBy: customer.salesRep,
                    at: clock.ago(seconds: rng.int(1...365) * 86_400 + rng.int(0...40_000)),
                    reviewOn: rng.chance(0.4) ? clock.day(rng.int(-20...90)) : nil))
            }
            // People moving on is intel too: say who left and who took over.
            if let gone = customer.contacts.first(where: { !$0.active }) {
                let successor = customer.championLeftWithSuccessor ? active.first { $0.role == .champion } : nil
                let text = successor.map { "\(gone.name) left; \($0.name) now champions our projects" }
                    ?? "\(gone.name) left and nobody has taken over as champion yet"
                try ins.insert(Intel(customerId: customer.id, contactId: successor?.id ?? gone.id,
                                     category: .companyChange, text: text, capturedBy: customer.salesRep,
                                     at: clock.ago(seconds: rng.int(5...20) * 86_400 + rng.int(0...30_000)),
                                     reviewOn: clock.day(rng.int(7...30))))
            }
            let titles = rng.sample(DemoVocabulary.opportunityTitles, count: rng.int(counts.opportunitiesPerCustomer))
            var won = 0
            for title in titles {
                let source = rng.pick(DemoVocabulary.opportunitySources), estimate = Int64(rng.int(15...600)) * 100_000
                // The stages as first seeded (negotiation came later), so the data stays the same.
                let stage = ([.idea, .qualified, .proposal, .won, .lost] as [Opportunity.Stage])[rng.weightedIndex([30, 30, 20, 10, 10])]
                // A won opportunity became one of the customer's projects, in order (no draw, so the rest stays as it was).
                var projectId: Int64?
                if stage == .won, won < customer.projectIndexes.count {
                    projectId = projects[customer.projectIndexes[won]].id
                    won += 1
                }
                try ins.insert(Opportunity(
                    customerId: customer.id, source: source, title: title, estimateCents: estimate, stage: stage,
                    nextStep: rng.pick(DemoVocabulary.nextSteps), owner: customer.salesRep, projectId: projectId))
            }
        }
    }
}
