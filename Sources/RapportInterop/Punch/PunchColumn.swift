import Foundation

/// One column of a punch-list CSV: the header Rapport writes, and the names other tools give it.
///
/// The synonyms cover the exports of the common construction punch-list tools (Procore,
/// PlanGrid / Autodesk Build, Fieldwire, BIM 360) and hand-made spreadsheets. Names are compared
/// by `key(_:)`, so `Due Date`, `due_date` and `DUE-DATE:` are one name.
public enum PunchColumn: CaseIterable, Sendable {
    case number, title, detail, location, category, priority, status, assignee, due
    case blocksAcceptance, ballInCourt, source

    /// The header Rapport writes.
    public var header: String {
        switch self {
        case .number: return "Number"
        case .title: return "Title"
        case .detail: return "Detail"
        case .location: return "Location"
        case .category: return "Category"
        case .priority: return "Priority"
        case .status: return "Status"
        case .assignee: return "Assignee"
        case .due: return "Due"
        case .blocksAcceptance: return "Blocks Acceptance"
        case .ballInCourt: return "Ball In Court"
        case .source: return "Source"
        }
    }

    /// Every header name that means this column, its own first.
    public var names: [String] {
        switch self {
        case .number:
            return ["Number", "#", "No", "Num", "Item", "Item Number", "Item No", "ID", "Item ID",
                    "Punch Number", "Punch Item Number"]
        case .title:
            return ["Title", "Name", "Subject", "Summary", "Issue", "Item Title", "Item Name", "Issue Title",
                    "Punch Item", "Punch Item Name"]
        case .detail:
            return ["Detail", "Details", "Description", "Notes", "Note", "Comments", "Comment", "Issue Description"]
        case .location:
            return ["Location", "Room", "Area", "Space", "Location Name", "Location Path"]
        case .category:
            return ["Category", "Trade", "Type", "Discipline", "Issue Type", "Punch Item Type"]
        case .priority:
            return ["Priority", "Severity", "Pri", "Prio"]
        case .status:
            return ["Status", "State", "Item Status"]
        case .assignee:
            return ["Assignee", "Assignees", "Assigned To", "Responsible", "Responsible Party", "Ball In Court Owner"]
        case .due:
            return ["Due", "Due Date", "Due On", "Deadline", "Target Date"]
        case .blocksAcceptance:
            return ["Blocks Acceptance", "Blocking", "Required For Acceptance"]
        case .ballInCourt:
            return ["Ball In Court", "BIC"]
        case .source:
            return ["Source", "Origin"]
        }
    }

    /// The column a header names, if any.
    public init?(header: String) {
        guard let column = Self.byKey[Self.key(header)] else { return nil }
        self = column
    }

    /// A name reduced to its lowercase letters and digits (`Due_Date:` → `duedate`);
    /// a name with neither, such as `#`, is kept as it is, trimmed.
    public static func key(_ name: String) -> String {
        let kept = String(String.UnicodeScalarView(
            name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        ))
        return kept.isEmpty ? name.trimmingCharacters(in: .whitespacesAndNewlines) : kept
    }

    private static let byKey: [String: PunchColumn] = {
        var table: [String: PunchColumn] = [:]
        for column in allCases {
            for name in column.names {
                let key = key(name)
                precondition(table[key] == nil, "punch column name '\(name)' is listed twice")
                table[key] = column
            }
        }
        return table
    }()
}
