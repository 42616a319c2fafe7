import Foundation
import RapportModel

/// A punch list as a Markdown report a PM can send the customer: what is open, what holds up
/// acceptance, what is late, room by room.
///
/// Groups are locations in natural order ("Room 2" before "Room 10"), items without one last
/// under "No location". Within a group, open items come first, then closed and void ones, each
/// part by number, so the customer reads what is left before what is done.
public enum PunchMarkdown {
    public static func report(projectCode: String, projectName: String, customerName: String,
                              generatedOn: LocalDate, rows: [PunchExportRow]) -> String {
        var out = "# Punch list: \(inline(projectCode)) \(inline(projectName))\n\n"
        out += "Customer: \(inline(customerName)) · as of \(generatedOn.iso)\n\n"

        let open = rows.filter(\.status.isOpen)
        out += "- Open items: \(open.count) of \(rows.count)\n"
        out += "- Blocking acceptance: \(open.filter(\.blocksAcceptance).count)\n"
        out += "- Overdue: \(open.filter { isOverdue($0, on: generatedOn) }.count)\n"
        if rows.isEmpty { out += "\nNo punch items.\n" }

        for (location, items) in groups(rows) {
            let openCount = items.filter(\.status.isOpen).count
            out += "\n## \(location.map(inline) ?? "No location") (\(openCount) open of \(items.count))\n\n"
            out += "| # | Status | Priority | Title | Assignee | Due |\n"
            out += "| --: | --- | --- | --- | --- | --- |\n"
            for row in items {
                out += tableRow(row, on: generatedOn)
            }
        }
        return out
    }

    // MARK: - Groups

    /// Rows by location path, located groups sorted, the unlocated one last; open items first within each.
    static func groups(_ rows: [PunchExportRow]) -> [(String?, [PunchExportRow])] {
        let byLocation = Dictionary(grouping: rows) { $0.location?.isEmpty == false ? $0.location : nil }
        let located = byLocation.keys.compactMap { $0 }.sorted { a, b in
            let order = a.compare(b, options: [.caseInsensitive, .numeric])
            return order == .orderedSame ? a < b : order == .orderedAscending
        }
        let keys: [String?] = located + (byLocation[nil] == nil ? [] : [nil])
        return keys.map { key in
            let items = byLocation[key]!.sorted { a, b in
                a.status.isOpen != b.status.isOpen ? a.status.isOpen : a.number < b.number
            }
            return (key, items)
        }
    }

    // MARK: - Cells

    private static func tableRow(_ row: PunchExportRow, on today: LocalDate) -> String {
        var priority = row.priority.label
        if row.status.isOpen && row.blocksAcceptance { priority += ", blocking" }
        var due = row.dueOn?.iso ?? ""
        if isOverdue(row, on: today) { due += " (overdue)" }
        let cells = [String(row.number), statusText(row), priority, row.title, row.assignee, due]
        return "| " + cells.map(cell).joined(separator: " | ") + " |\n"
    }

    /// Workflow words spelled out for a customer; a closing says who accepted it.
    static func statusText(_ row: PunchExportRow) -> String {
        switch row.status {
        case .open: return "open"
        case .inProgress: return "in progress"
        case .readyForReview: return "ready for review"
        case .closed:
            guard let who = row.acceptedBy, !who.isEmpty else { return "closed" }
            return "closed (accepted by \(who))"
        case .void: return "void"
        case .disputed: return "in dispute"
        }
    }

    static func isOverdue(_ row: PunchExportRow, on today: LocalDate) -> Bool {
        guard row.status.isOpen, let due = row.dueOn else { return false }
        return due < today
    }

    /// Text safe inside a table cell: a pipe would end the cell and a line break the row.
    static func cell(_ text: String) -> String {
        lineBreaks(in: text, as: "<br>").replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text safe on one line (a heading, the title): a line break would end it.
    static func inline(_ text: String) -> String {
        lineBreaks(in: text, as: " ")
    }

    private static func lineBreaks(in text: String, as replacement: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: replacement)
    }
}
