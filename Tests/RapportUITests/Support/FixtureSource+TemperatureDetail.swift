import Foundation
import RapportModel
@testable import RapportUI

/// The fixture firm's sparklines, reps and watch list, and one customer's evidence, fixed.
extension FixtureSource: TemperatureDetailSource {
    func temperatureOverview(now: Date, timeZone: TimeZone, watch: WatchSettings) throws -> TemperatureOverview {
        var weeks: [Int64: [Int?]] = [:]
        for c in customers {
            // Eight weeks drifting to today's score: Northwind falls, Fabrikam climbs; one week unstored.
            let start = c.temperature.score - c.change * 3
            weeks[c.customerId] = (0..<8).map { w in w == 2 ? nil : start + (c.temperature.score - start) * w / 7 }
        }
        let reps: [Int64: [String]] = [1: ["me"], 2: ["Dana Kim"], 3: ["me", "Li Wei"], 4: ["Li Wei"]]
        let items = [
            WatchItem(customerId: 1, customerName: "Northwind Health", reason: .scoreDrop,
                      detail: "12 points in 14 days (34 → 22)", amount: 12, reps: ["me"]),
            WatchItem(customerId: 1, customerName: "Northwind Health", reason: .unansweredMail,
                      detail: "\"Display wall still not working\" waiting 6 d", amount: 6, reps: ["me"]),
            WatchItem(customerId: 2, customerName: "Contoso University", reason: .championLeft,
                      detail: "Dana Kim left 2026-10-01, no successor", amount: 57, reps: ["Dana Kim"]),
            WatchItem(customerId: 4, customerName: "Tailspin Media", reason: .noContact,
                      detail: "no two-way contact in 41 d", amount: 41, reps: ["Li Wei"]),
        ]
        // Each project near its customer's score, a little off so the column is its own.
        let projects = Dictionary(uniqueKeysWithValues: projectRows.map { p in
            (p.id, max(0, min(100, (customers.first { $0.customerId == p.customerId }?.temperature.score ?? 50) + Int(p.id % 5) * 3 - 6)))
        })
        return TemperatureOverview(weeks: weeks, reps: reps, watch: items, projects: projects)
    }

    func customerEvidence(customerId: Int64, now: Date, timeZone: TimeZone) throws -> CustomerEvidence {
        evidenceCalls += 1
        var e = CustomerEvidence(customerId: customerId)
        e.tone = ToneEvidence.strongest([
            .init(at: now - 2 * 86_400, subject: "Re: Display wall",
                  body: "Per my last email, the display wall is still not working. Please advise."),
            .init(at: now - 9 * 86_400, subject: "Final payment",
                  body: "We will not be releasing the final payment until the audio issues are resolved."),
            .init(at: now - 20 * 86_400, subject: "Training call", body: "The training session was really helpful, thank you!",
                  kind: .call),
        ], now: now, halfLife: 14, count: CustomerEvidence.toneCount)
        e.waiting = [.init(subject: "Display wall still not working", at: now - 6 * 86_400, theyWait: true, urgent: true),
                     .init(subject: "Updated drawings attached", at: now - 3 * 86_400, theyWait: false, urgent: false)]
        e.meetings = entries.filter { $0.salesWelcome && $0.meetingId == 1 }.prefix(2).map { $0 }
        e.blockers = [.init(projectCode: "PRJ-0001", number: 3, title: "Touch panel page flips slow", priority: 1,
                            dueOn: LocalDate(now, in: timeZone).adding(days: -5))]
        e.blockerTotal = 4
        e.intel = [Intel(customerId: customerId, category: .managementConcern, text: "CFO worried about the budget overrun",
                         capturedBy: "me", at: now - 10 * 86_400, reviewOn: LocalDate(now, in: timeZone).adding(days: -1))]
        return e
    }
}
