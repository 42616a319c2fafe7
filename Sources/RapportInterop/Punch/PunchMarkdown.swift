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
        let open = rows.filter(\.status.isOpen)
        var out = header(projectCode: projectCode, projectName: projectName, customerName: customerName,
                         generatedOn: generatedOn, total: rows.count, open: open.count,
                         blocking: open.filter(\.blocksAcceptance).count,
                         overdue: open.filter { isOverdue($0, on: generatedOn) }.count)
        for (location, items) in groups(rows) {
            out += heading(location, open: items.filter(\.status.isOpen).count, total: items.count)
            for row in items { out += tableRow(row, on: generatedOn) }
        }
        return out
    }

    // MARK: - Parts, for a report written as its rows are read

    /// The title and the counts; "No punch items." when there are none.
    public static func header(projectCode: String, projectName: String, customerName: String, generatedOn: LocalDate,
                              total: Int, open: Int, blocking: Int, overdue: Int) -> String {
        var out = "# Punch list: \(inline(projectCode)) \(inline(projectName))\n\n"
        out += "Customer: \(inline(customerName)) · as of \(generatedOn.iso)\n\n"
        out += "- Open items: \(open) of \(total)\n"
        out += "- Blocking acceptance: \(blocking)\n"
        out += "- Overdue: \(overdue)\n"
        if total == 0 { out += "\nNo punch items.\n" }
        return out
    }

    /// A location's heading and its table's head (nil: "No location").
    public static func heading(_ location: String?, open: Int, total: Int) -> String {
        "\n## \(location.map(inline) ?? "No location") (\(open) open of \(total))\n\n"
            + "| # | Status | Priority | Title | Assignee | Due |\n"
            + "| --: | --- | --- | --- | --- | --- |\n"
    }

    /// The groups' order: locations in natural order ("Room 2" before "Room 10"), nil last.
    public static func locationOrder(_ a: String?, _ b: String?) -> Bool {
        guard let a else { return false }
        guard let b else { return true }
        let order = a.compare(b, options: [.caseInsensitive, .numeric])
        return order == .orderedSame ? a < b : order == .orderedAscending
    }

    // MARK: - Groups

    /// Rows by location path, located groups sorted, the unlocated one last; open items first within each.
    static func groups(_ rows: [PunchExportRow]) -> [(String?, [PunchExportRow])] {
        let byLocation = Dictionary(grouping: rows) { $0.location?.isEmpty == false ? $0.location : nil }
        return byLocation.keys.sorted(by: locationOrder).map { key in
            let items = byLocation[key]!.sorted { a, b in
                a.status.isOpen != b.status.isOpen ? a.status.isOpen : a.number < b.number
            }
            return (key, items)
        }
    }

    // MARK: - Cells

    /// One item's table row.
    public static func tableRow(_ row: PunchExportRow, on today: LocalDate) -> String {
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
        let broken = lineBreaks(in: text, as: "<br>")
        // Most cells have no pipe: Foundation's replace costs a microsecond even when nothing changes.
        return broken.utf8.contains(UInt8(ascii: "|")) ? broken.replacingOccurrences(of: "|", with: "\\|") : broken
    }

    /// Text safe on one line (a heading, the title): a line break would end it.
    static func inline(_ text: String) -> String {
        lineBreaks(in: text, as: " ")
    }

    private static func lineBreaks(in text: String, as replacement: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: replacement)
    }
}
