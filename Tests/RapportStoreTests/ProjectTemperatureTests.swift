import Foundation
import RapportModel
import Testing
@testable import RapportStore

/// Per-project temperature: the same scoring, from each project's own signals.
struct ProjectTemperatureTests {
    let zone = TimeZone(identifier: "UTC")!

    @Test func eachProjectIsScoredFromItsOwnItemsAndMail() throws {
        // Given Contoso with a second project that has three open P1 items and an angry mail
        let f = try ContractFixture()
        let at = ContractFixture.at()
        let second = try f.db.addProject(ProjectDraft(customerId: f.customer, name: "Board room", pm: "pat"), by: "pat", at: at)
            .value.project.id!
        for n in 1...3 {
            _ = try f.db.addPunchItem(projectId: second, draft: PunchDraft(title: "Display \(n) dead", priority: .p1),
                                      by: "pat", at: at)
        }
        try f.db.writer.write { db in
            var mail = Interaction(customerId: f.customer, projectId: second, kind: .emailIn, at: at - 86_400,
                                   subject: "Board room", sentiment: -0.9)
            try mail.insert(db)
        }
        // When every project is scored
        let temperatures = try f.db.projectTemperatures(now: at, timeZone: zone)
        let first = try #require(temperatures[f.project]), board = try #require(temperatures[second])
        func part(_ t: Temperature, _ signal: Temperature.Signal) -> Temperature.Component? {
            t.components.first { $0.signal == signal }
        }
        // Then the items and the tone count for their own project only
        #expect(part(board, .punch)?.reason == "3 open (P1 3), 0 overdue days")
        #expect(part(board, .tone)?.reason == "1 message, mean tone -0.90")
        #expect(part(first, .tone) == nil)
        #expect(part(first, .punch)?.reason != part(board, .punch)?.reason)
        // And both share their customer's people
        #expect(part(board, .coverage)?.reason == part(first, .coverage)?.reason)
        #expect(board.score < first.score)
    }
}
