import Foundation
import RapportModel
import RapportStore

/// Temperature on the store side: the customer view with its evidence, every customer scored
/// again after a write, and the watch list over every account.
enum TemperatureScenarios {
    static func all(database: AppDatabase, now: Date, zone: TimeZone, iterations n: Int) throws -> [Scenario] {
        let today = LocalDate(now, in: zone)
        let customers = try database.customers(includeArchived: true)
        guard let largest = customers.max(by: { ($0.projects, $1.name) < ($1.projects, $0.name) }),
              let project = try database.projects(offset: 0, limit: 1).first,
              let item = try database.punchItems(PunchQuery(projectId: project.id), today: today, offset: 0, limit: 1).first
        else { return [] }
        return [
            // What opening the customer view reads: its records, then the evidence behind its score.
            Scenario(name: "temperature: customer view with evidence, \(largest.projects) projects",
                     targetMilliseconds: 16, iterations: n) {
                _ = try database.customerDetail(customerId: largest.id, today: today)
                _ = try database.customerEvidence(customerId: largest.id, now: now, timeZone: zone)
            },
            // A triage step moves an input, so the pane's next read scores every customer again.
            Scenario(name: "temperature: every customer after a change", targetMilliseconds: 200,
                     iterations: max(3, n / 10),
                     prepare: {
                         _ = try database.changePunchItems(ids: [item.id], change: .cyclePriority, by: "bench", at: now)
                     }) {
                _ = try database.temperatures(now: now, timeZone: zone)
            },
            Scenario(name: "temperature: watch list, every account", targetMilliseconds: 50, iterations: max(3, n / 10),
                     prepare: { _ = try database.temperatures(now: now, timeZone: zone) }) {
                _ = try database.watchList(now: now, timeZone: zone, settings: .standard)
            },
        ]
    }
}
