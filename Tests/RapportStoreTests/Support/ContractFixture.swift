import Foundation
import RapportModel
import Testing
@testable import RapportStore

/// A firm set up through the record writes, as a new user would: Contoso University with two
/// contacts and one project on a 50/40/10 schedule of $100,000.00, three rooms.
struct ContractFixture {
    let db: AppDatabase
    let customer: Int64
    let champion: Int64, signer: Int64
    let project: Int64
    /// Deposit, Progress, Final (waits for acceptance), in schedule order.
    let deposit: Int64, progress: Int64, final: Int64

    static let pm = "pat"
    static let today = LocalDate(year: 2026, month: 3, day: 10)
    static func at(_ minutes: Int = 0) -> Date { utc("2026-03-10T14:00:00Z") + TimeInterval(minutes * 60) }

    init() throws {
        db = try AppDatabase.inMemory()
        let pm = Self.pm, at = Self.at()
        customer = try db.addCustomer(CustomerDraft(name: "Contoso University", domains: "contoso.edu"), by: pm, at: at).value.id!
        champion = try db.addContact(customerId: customer, ContactDraft(name: "Kim Lee", emails: "kim@contoso.edu",
                                                                        department: .av, role: .champion, influence: 4),
                                     by: pm, at: at).value.id!
        signer = try db.addContact(customerId: customer, ContactDraft(name: "Ana Ruiz", department: .executive, role: .signer,
                                                                      influence: 5), by: pm, at: at).value.id!
        let signed = LocalDate(year: 2026, month: 1, day: 5), target = LocalDate(year: 2026, month: 5, day: 29)
        let created = try db.addProject(ProjectDraft(
            customerId: customer, name: "Lecture hall refit", contractCents: 10_000_000, signedOn: signed, targetOn: target,
            pm: pm, salesRep: "sam", concerns: "disruption, look and feel",
            schedule: .laid(.fiftyFortyTen, contractCents: 10_000_000, signedOn: signed, targetOn: target)), by: pm, at: at)
        project = created.value.project.id!
        let ids = created.value.milestones.map { $0.id! }
        (deposit, progress, final) = (ids[0], ids[1], ids[2])
        for room in ["Main / Level 1 / Hall A", "Main / Level 1 / Hall B", "Main / Level 2 / Control Room"] {
            _ = try db.addLocation(projectId: project, path: room, by: pm, at: at)
        }
    }

    func money() throws -> ProjectMoney { try db.projectRecord(projectId: project, today: Self.today).money }

    func milestone(_ id: Int64) throws -> MilestoneRow {
        try #require(try db.milestones(projectId: project, today: Self.today).first { $0.id == id })
    }
}
