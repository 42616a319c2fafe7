import Foundation
import RapportModel
@testable import RapportStore

/// Three projects of two customers with punch items in every status, inserted out of order so
/// the queries' ordering, not the insertion order, is what the tests see.
///
/// | project | customer  | items (number: status)                                        | open |
/// | ------- | --------- | ------------------------------------------------------------- | ---- |
/// | ACME-01 | Acme Corp | 6 open, 2 closed, 5 ready, 4 void, 1 open, 3 in progress       | 4    |
/// | ACME-02 | Acme Corp | 1 closed, 2 void                                               | 0    |
/// | GLX-01  | Globex    | 1 in progress                                                  | 1    |
struct PunchFixture {
    let db: AppDatabase
    let acme01: Int64, acme02: Int64, glx01: Int64

    static let now = utc("2026-03-10T14:00:00Z")

    init() throws {
        db = try AppDatabase.inMemory()
        (acme01, acme02, glx01) = try db.insertAll { ins in
            let acme = try ins.insert(Customer(name: "Acme Corp")).id!
            let globex = try ins.insert(Customer(name: "Globex")).id!
            // Codes inserted out of order.
            let glx01 = try ins.insert(Project(customerId: globex, code: "GLX-01", name: "Lobby video wall", stage: .install)).id!
            let acme02 = try ins.insert(Project(customerId: acme, code: "ACME-02", name: "Training rooms", stage: .warranty)).id!
            let acme01 = try ins.insert(Project(customerId: acme, code: "ACME-01", name: "Boardroom refit", stage: .punch)).id!

            let board = try ins.insert(Location(projectId: acme01, path: "HQ / Floor 3 / Board Room")).id!
            let lobby = try ins.insert(Location(projectId: acme01, path: "HQ/Lobby")).id!
            let site = try ins.insert(Location(projectId: acme01, path: "Warehouse")).id!

            func item(_ project: Int64, _ number: Int, _ status: PunchStatus, _ title: String, location: Int64? = nil,
                      priority: Priority = .p2, assignee: String = "", due: LocalDate? = nil) throws {
                try ins.insert(PunchItem(projectId: project, number: number, title: title, locationId: location,
                                         priority: priority, status: status, assignee: assignee, dueOn: due,
                                         createdAt: Self.now, updatedAt: Self.now))
            }
            try item(acme01, 6, .open, "Cable label missing", location: site, priority: .p3)
            try item(acme01, 2, .closed, "Projector focus", location: board)
            try item(acme01, 5, .readyForReview, "Mic gain too low", location: board, assignee: "sam")
            try item(acme01, 4, .void, "Duplicate of 1")
            try item(acme01, 1, .open, "HDMI handshake fails", location: board, priority: .p1, assignee: "alex",
                     due: LocalDate(year: 2026, month: 3, day: 13))
            try item(acme01, 3, .inProgress, "Touch panel offline", location: lobby, assignee: "alex",
                     due: LocalDate(year: 2026, month: 2, day: 28))
            try item(acme02, 1, .closed, "Blind motor noisy")
            try item(acme02, 2, .void, "Wrong room")
            try item(glx01, 1, .inProgress, "Dead pixel, panel 3")
            return (acme01, acme02, glx01)
        }
    }
}
