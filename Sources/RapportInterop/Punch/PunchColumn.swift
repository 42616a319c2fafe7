import Foundation
import RapportModel

/// One field a punch-list file can fill: the header Rapport writes, the name `--map` takes, and
/// the names other tools give it.
///
/// The names cover Procore's import template and export, Autodesk Build (ACC Issues), Fieldwire's
/// task export and hand-made spreadsheets. Names are compared by `key(_:)`, so `Due Date`,
/// `due_date` and `DUE-DATE:` are one name, and `Punch Item #` is `Punch Item Number`.
public enum PunchColumn: CaseIterable, Sendable {
    case number, title, detail, location, category, priority, status, assignee, due
    case blocksAcceptance, ballInCourt, source
    case reference, costCode, costImpact, scheduleImpact, createdBy

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
        case .reference: return "Reference"
        case .costCode: return "Cost Code"
        case .costImpact: return "Cost Impact"
        case .scheduleImpact: return "Schedule Impact"
        case .createdBy: return "Created By"
        }
    }

    /// The stored field this column fills; nil for the number, which picks the item instead.
    public var field: PunchImportField? {
        switch self {
        case .number: return nil
        case .title: return .title
        case .detail: return .detail
        case .location: return .location
        case .category: return .category
        case .priority: return .priority
        case .status: return .status
        case .assignee: return .assignee
        case .due: return .due
        case .blocksAcceptance: return .blocksAcceptance
        case .ballInCourt: return .ballInCourt
        case .source: return .source
        case .reference: return .reference
        case .costCode: return .costCode
        case .costImpact: return .costImpact
        case .scheduleImpact: return .scheduleImpact
        case .createdBy: return .createdBy
        }
    }

    /// The name `--map "Column=field"` and the dry run use: `due`, `cost-code`.
    public var fieldName: String {
        switch self {
        case .blocksAcceptance: return "blocks-acceptance"
        case .ballInCourt: return "ball-in-court"
        case .costCode: return "cost-code"
        case .costImpact: return "cost-impact"
        case .scheduleImpact: return "schedule-impact"
        case .createdBy: return "created-by"
        default: return header.lowercased()
        }
    }

    /// The field `--map` names, by `fieldName` or header, compared by `key(_:)`.
    public init?(fieldName: String) {
        let wanted = Self.key(fieldName)
        guard let column = Self.allCases.first(where: { Self.key($0.fieldName) == wanted || Self.key($0.header) == wanted })
        else { return nil }
        self = column
    }

    /// Every header name that means this field for sure, its own first.
    public var names: [String] {
        switch self {
        case .number:
            return ["Number", "No", "Num", "Item", "Item Number", "Item No", "ID", "Item ID",
                    "Punch Number", "Punch Item Number", "Deficiency Item Number", "Task Number", "Issue Number"]
        case .title:
            return ["Title", "Name", "Subject", "Summary", "Issue", "Item Title", "Item Name", "Issue Title",
                    "Punch Item", "Punch Item Name", "Task Name"]
        case .detail:
            return ["Detail", "Details", "Description", "Notes", "Note", "Comments", "Comment", "Issue Description",
                    "Location Details"]
        case .location:
            return ["Location", "Room", "Area", "Space", "Location Name", "Location Path"]
        case .category:
            return ["Category", "Trade", "Discipline"]
        case .priority:
            return ["Priority", "Severity", "Pri", "Prio"]
        case .status:
            return ["Status", "State", "Item Status", "Workflow Status"]
        case .assignee:
            return ["Assignee", "Assignees", "Assigned", "Assigned To", "Responsible", "Responsible Party",
                    "Ball In Court Owner"]
        case .due:
            return ["Due", "Due Date", "Due On", "Deadline", "Target Date", "End Date"]
        case .blocksAcceptance:
            return ["Blocks Acceptance", "Blocking", "Required For Acceptance"]
        case .ballInCourt:
            return ["Ball In Court", "BIC"]
        case .source:
            return ["Source", "Origin"]
        case .reference:
            return ["Reference", "Ref", "Reference Number"]
        case .costCode:
            return ["Cost Code"]
        case .costImpact:
            return ["Cost Impact", "Cost Impact Amount"]
        case .scheduleImpact:
            return ["Schedule Impact", "Schedule Impact Days"]
        case .createdBy:
            return ["Created By", "Creator", "Author", "Opened By", "Raised By"]
        }
    }

    /// Names that mean this field only when no column has one of `names`: a tool's `Type` is a
    /// category beside nothing better, and yields to a `Trade` or `Category` column.
    public var weakNames: [String] {
        switch self {
        case .category: return ["Type", "Issue Type", "Punch Item Type", "Deficiency Item Type"]
        default: return []
        }
    }

    /// Several columns fill this field together, in file order (Description + Comments → detail),
    /// where for any other field two columns are a choice Rapport will not guess.
    public var merges: Bool { self == .detail || self == .costImpact || self == .scheduleImpact }

    /// The field a header names, if any, weak names included.
    public init?(header: String) {
        guard let match = Self.match(header) else { return nil }
        self = match.column
    }

    /// The field a header names and whether the name is weak.
    public static func match(_ header: String) -> (column: PunchColumn, weak: Bool)? {
        byKey[key(header)]
    }

    /// A name reduced to its lowercase letters and digits (`Due_Date:` → `duedate`), `#` read as
    /// "number" (`Punch Item #` → `punchitemnumber`).
    ///
    /// Every status, priority and category cell is looked up by its key, so this is one pass over
    /// the scalars with an ASCII fast path, not Foundation's `lowercased` and `replacingOccurrences`.
    public static func key(_ name: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: key.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x61...0x7A, 0x30...0x39: key.append(scalar)
            case 0x23: key.append(contentsOf: "number".unicodeScalars)
            case 0..<0x80: continue
            default:
                guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { continue }
                key.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(key)
    }

    private static let byKey: [String: (column: PunchColumn, weak: Bool)] = {
        var table: [String: (column: PunchColumn, weak: Bool)] = [:]
        for column in allCases {
            for (name, weak) in column.names.map({ ($0, false) }) + column.weakNames.map({ ($0, true) }) {
                let key = key(name)
                precondition(table[key] == nil, "punch column name '\(name)' is listed twice")
                table[key] = (column, weak)
            }
        }
        return table
    }()
}
