import Foundation
import RapportModel
@testable import RapportStore

/// Who triages in the tests, and a clock that moves only when told.
enum Triage {
    static let pm = "pat"
    static let reviewer = "dana"
    /// `minutes` after the fixtures' now.
    static func at(_ minutes: Int = 0) -> Date { PunchFixture.now + TimeInterval(minutes * 60) }
    static let today = LocalDate(year: 2026, month: 3, day: 10)
}

/// Read-only looks at punch items and the journal, for assertions.
extension AppDatabase {
    func item(_ projectId: Int64, _ number: Int) throws -> PunchItem {
        try read { db in
            guard let item = try PunchItem.fetchOne(db, sql: "SELECT * FROM punch_item WHERE project_id = ? AND number = ?",
                                                    arguments: [projectId, number])
            else { fatalError("test data: no item #\(number) in project \(projectId)") }
            return item
        }
    }

    func itemExists(_ projectId: Int64, _ number: Int) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT COUNT(*) > 0 FROM punch_item WHERE project_id = ? AND number = ?",
                              arguments: [projectId, number])!
        }
    }

    /// Item ids of a project by number.
    func ids(_ projectId: Int64, _ numbers: Int...) throws -> [Int64] {
        try numbers.map { try item(projectId, $0).id! }
    }

    /// The item's events, oldest first, as `field from→to (note)`.
    func history(_ itemId: Int64) throws -> [String] {
        try read { db in
            try PunchEvent.fetchAll(db, sql: "SELECT * FROM punch_event WHERE punch_item_id = ? ORDER BY id",
                                    arguments: [itemId]).map { event in
                let note = event.note.isEmpty ? "" : " (\(event.note))"
                return "\(event.field) \(event.fromValue ?? "-")→\(event.toValue ?? "-")\(note)"
            }
        }
    }

    func journalEntries() throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT label || CASE WHEN undone THEN ' (undone)' ELSE '' END FROM journal_entry ORDER BY id")
        }
    }

    /// A snapshot of every punch item and location of a project, to show it came back whole.
    func punchSnapshot(_ projectId: Int64) throws -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT json_object('i', i.id, 'n', i.number, 's', i.status, 'p', i.priority, 'a', i.assignee,
                                   'd', i.due_on, 'l', l.path, 'r', i.rejections, 'by', i.accepted_by, 'u', i.updated_at)
                FROM punch_item i LEFT JOIN location l ON l.id = i.location_id
                WHERE i.project_id = ? ORDER BY i.id
                """, arguments: [projectId])
                + String.fetchAll(db, sql: "SELECT path FROM location WHERE project_id = ? ORDER BY id", arguments: [projectId])
        }
    }
}

extension SkippedItem {
    /// `#2 closed cannotAdvance`: number, status and reason in one comparable line.
    var text: String { "#\(number) \(status.rawValue) \(reason)" }
}
