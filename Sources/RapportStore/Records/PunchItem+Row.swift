import Foundation
import GRDB
import RapportModel

extension PunchItem {
    /// The columns `init(punchRow:)` reads, in its order, from `punch_item` aliased `i`;
    /// a query may select more after them.
    static let punchColumns = """
        i.id, i.project_id, i.number, i.title, i.detail, i.location_id, i.category, i.priority, i.status,
        i.ball_in_court, i.assignee, i.due_on, i.blocks_acceptance, i.source, i.rejections, i.accepted_by,
        i.created_at, i.updated_at
        """

    /// Reads a row that starts with `punchColumns`, by position.
    ///
    /// The Codable decoding converts every column name from snake case, and a lookup by name
    /// compares names without case, on every row; that was most of the time of a 1,000-item
    /// bulk change, so triage, undo and export read rows here.
    init(punchRow row: Row) {
        self.init(id: row[0], projectId: row[1], number: row[2], title: row[3], detail: row[4], locationId: row[5],
                  category: PunchCategory(rawValue: row[6]) ?? .other, priority: Priority(rawValue: row[7]) ?? .p2,
                  status: PunchStatus(rawValue: row[8]) ?? .open, ballInCourt: row[9], assignee: row[10],
                  dueOn: (row[11] as String?).flatMap { LocalDate(iso: $0) }, blocksAcceptance: row[12],
                  source: Source(rawValue: row[13]) ?? .walkthrough, rejections: row[14], acceptedBy: row[15],
                  createdAt: row[16], updatedAt: row[17])
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace and newlines; pure Swift, unlike Foundation's
    /// `trimmingCharacters(in:)`, which bridges through NSString and showed up in import profiles.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
