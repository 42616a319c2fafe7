import Foundation
import RapportModel

// Two years of e-mails, calls, visits and notes, denser recently, in each customer's mood.
extension DemoDataGenerator {
    func makeInteractions(_ bulk: BulkInserter, _ clock: Clock, customers: [SeedCustomer],
                          projects: [SeedProject]) throws {
        var rng = generator(.interactions)
        // Busier customers (more projects) write more: pick through cumulative weights.
        var cumulative: [Double] = []
        var running = 0.0
        for customer in customers {
            running += 1 + Double(customer.projectIndexes.count)
            cumulative.append(running)
        }
        var threads = Array(repeating: "", count: customers.count)
        // Answers to our mail come from a stream of their own, so adding them left every other draw as it was.
        var replies = generator(.replies)
        let paces = customers.map { _ in replies.double(2...30) }
        let scripted = customers.filter(\.hasUnansweredEscalation)
        let total = size.counts.interactions
        for k in 0..<max(0, total - scripted.count) {
            let x = rng.unit() * running
            var lo = 0, hi = cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
            }
            let customer = customers[lo]
            // u² puts most of the weight near now: half the messages fall in the last six months.
            let u = rng.unit()
            let ago = Int(u * u * 730 * 86_400) + rng.int(0...3_600)
            let kind = Interaction.Kind.allCases[rng.weightedIndex([35, 30, 12, 8, 5, 10])]
            var item = interaction(number: k, customer: customer, projects: projects, kind: kind,
                                   at: clock.ago(seconds: ago), clock, &rng)
            if kind.isEmail {
                if threads[lo].isEmpty || rng.chance(0.6) { threads[lo] = item.messageId! }
                item.thread = threads[lo]
            }
            if kind == .emailOut {
                item.answeredAt = customerAnswer(to: item.at, pace: paces[lo], mood: customer.mood, clock, &replies)
            }
            try bulk.insert(item)
        }
        // An urgent e-mail nobody answered for a week or more: the temperature caps it.
        for (n, customer) in scripted.enumerated() {
            let at = clock.ago(seconds: rng.int(6...15) * 86_400 + rng.int(0...20_000))
            var item = interaction(number: total + n, customer: customer, projects: projects, kind: .emailIn,
                                   at: at, clock, &rng)
            item.subject = rng.pick(DemoVocabulary.escalationSubjects)
            item.body = rng.pick(DemoVocabulary.escalationBodies)
            item.sentiment = -rng.double(0.7...0.95)
            item.urgency = rng.double(0.85...1)
            item.answeredAt = nil
            item.thread = item.messageId
            try bulk.insert(item)
        }
    }

    /// When the customer answered our mail sent `at`, or nil: around its usual pace (hours),
    /// slower lately for an unhappy customer and quicker for a happy one, so responsiveness
    /// shows both ways; a few mails want no answer, and answers not due yet have not come.
    private func customerAnswer(to at: Date, pace: Double, mood: Double, _ clock: Clock,
                                _ rng: inout SeededGenerator) -> Date? {
        guard rng.chance(0.97) else { return nil }
        let lately = at > clock.ago(seconds: 21 * 86_400)
        let drift = !lately ? 1 : mood < -0.2 ? rng.double(3...6) : mood > 0.4 ? 0.5 : 1
        let answered = at.addingTimeInterval(pace * drift * rng.double(0.4...2) * 3_600)
        return answered <= clock.ago(seconds: 0) ? answered : nil
    }

    /// One touch point whose words match its tone; inbound e-mail is answered within hours,
    /// except for the latest and a few unlucky ones.
    private func interaction(number: Int, customer: SeedCustomer, projects: [SeedProject], kind: Interaction.Kind,
                             at: Date, _ clock: Clock, _ rng: inout SeededGenerator) -> Interaction {
        // Triangular noise around the customer's mood, clamped to the scale.
        let tone = min(1, max(-1, customer.mood + (rng.unit() + rng.unit() - 1) * 0.8))
        let rounded = (tone * 100).rounded() / 100
        let vocabulary = DemoVocabulary.self
        var subject: String, body: String
        var urgency = 0.0
        if tone > 0.25 {
            subject = rng.pick(vocabulary.positiveSubjects)
            body = rng.pick(kind.isEmail ? vocabulary.positiveBodies : vocabulary.positiveSummaries)
        } else if tone < -0.25 {
            subject = rng.pick(vocabulary.negativeSubjects)
            body = rng.pick(kind.isEmail ? vocabulary.negativeBodies : vocabulary.negativeSummaries)
            urgency = rng.double(0.2...0.6)
        } else {
            subject = rng.pick(vocabulary.neutralSubjects)
            body = rng.pick(kind.isEmail ? vocabulary.neutralBodies : vocabulary.neutralSummaries)
        }
        switch kind {
        case .emailOut:
            let reply = rng.chance(0.5)
            subject = reply ? "Re: " + subject : rng.pick(vocabulary.outboundSubjects)
            body = rng.pick(reply ? vocabulary.replyBodies : vocabulary.outboundBodies)
            urgency = 0
        case .call: subject = rng.pick(vocabulary.callSubjects)
        case .siteVisit: subject = rng.pick(vocabulary.visitSubjects)
        case .note: subject = rng.pick(vocabulary.noteSubjects)
        case .meeting: subject = rng.pick(vocabulary.meetingSubjects)
        case .emailIn: break
        }
        subject = Self.fill(subject, rng.int(100...420))
        let escalation = kind == .emailIn && tone < -0.5 && rng.chance(0.15)
        if escalation {
            subject = rng.pick(vocabulary.escalationSubjects)
            body = rng.pick(vocabulary.escalationBodies)
            urgency = rng.double(0.8...1)
        }
        var answeredAt: Date?
        if kind == .emailIn {
            let delay = rng.int(escalation ? 1_800...20_000 : 3_600...120_000)
            let answered = at.addingTimeInterval(TimeInterval(delay))
            // A few ordinary e-mails slip through; escalations are always answered, except the
            // scripted ones, so the temperature cap marks only the customers chosen for it.
            answeredAt = answered <= clock.ago(seconds: 0) && (escalation || rng.chance(0.97)) ? answered : nil
        }
        let projectIndexes = customer.projectIndexes
        // Anyone at the customer, but people who left have gone quiet since.
        var contact = customer.contacts.isEmpty || rng.chance(0.15) ? nil : rng.pick(customer.contacts)
        if let leftOn = contact?.leftOn, Int(at.timeIntervalSince1970) / 86_400 >= leftOn.dayNumber {
            contact = customer.contacts.first { $0.active }
        }
        let domain = kind == .emailIn ? customer.domain : DemoVocabulary.ourDomain
        return Interaction(
            customerId: customer.id,
            projectId: projectIndexes.isEmpty || rng.chance(0.3) ? nil : projects[rng.pick(projectIndexes)].id,
            contactId: contact?.id, kind: kind, at: at, subject: subject, body: body,
            sentiment: kind == .emailOut ? nil : rounded, urgency: urgency,
            messageId: kind.isEmail ? "<seed\(seed).\(number)@\(domain)>" : nil, answeredAt: answeredAt)
    }
}

private extension Interaction.Kind {
    var isEmail: Bool { self == .emailIn || self == .emailOut }
}
