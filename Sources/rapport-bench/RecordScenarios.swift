import Foundation
import RapportModel
import RapportStore

/// Contract to cash on the store side: the reads behind the customer and project views and the
/// write behind the project form, on the largest customer of the data set.
enum RecordScenarios {
    static func all(database: AppDatabase, now: Date, zone: TimeZone, iterations n: Int) throws -> [Scenario] {
        let today = LocalDate(now, in: zone)
        // The customer with the most projects (ties: the first by name), and its project with the most locations.
        let customers = try database.customers(includeArchived: true)
        guard let largest = customers.max(by: { ($0.projects, $1.name) < ($1.projects, $0.name) }) else { return [] }
        let detail = try database.customerDetail(customerId: largest.id, today: today)
        let projects = try detail.projects.map { try database.projectRecord(projectId: $0.id, today: today) }
        guard let project = projects.max(by: { $0.locations.count < $1.locations.count }) else { return [] }
        let projectId = project.project.id!
        var draft = ProjectDraft(project.project)
        var flip = false
        return [
            Scenario(name: "records: customer view, \(largest.projects) projects",
                     targetMilliseconds: 16, iterations: n,
                     body: { _ = try database.customerDetail(customerId: largest.id, today: today) }),
            Scenario(name: "records: project view, \(project.locations.count) rooms",
                     targetMilliseconds: 16, iterations: n,
                     body: { _ = try database.projectRecord(projectId: projectId, today: today) }),
            Scenario(name: "records: save a project form", targetMilliseconds: 16, iterations: n,
                     prepare: {
                         flip.toggle()
                         draft.scope = project.project.scope + (flip ? " (revised)" : "")
                     },
                     body: { _ = try database.editProject(projectId: projectId, draft, by: "bench", at: now) }),
        ]
    }
}
