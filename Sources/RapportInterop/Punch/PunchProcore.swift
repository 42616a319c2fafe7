import Foundation
import RapportModel

/// A punch list in the columns of Procore's punch list import template, so a firm can hand the
/// list back to the general contractor's Procore project.
///
/// Procore's template has no status column (Procore creates imported items as drafts), so the
/// status stays behind; everything else Procore can hold goes out in its own words: priority
/// `High`/`Medium`/`Low`, dates `MM/DD/YYYY`, locations as tiers `Level 2 > Room 204`.
public enum PunchProcore {
    /// The template's header, in its order.
    public static let header = ["Punch Item #", "Item Name", "Type", "Due Date", "Location", "Cost Code",
                                "Schedule Impact", "Cost Impact", "Priority", "Reference", "Created By",
                                "Description", "Assigned", "Comments"]

    /// The rows as CSV (CRLF), one per item, by number; with `guardsFormulas` no cell starts as
    /// a spreadsheet formula (see `CSVFormulaGuard`), which Rapport's import takes off again.
    public static func export(_ rows: [PunchExportRow], guardsFormulas: Bool = true) -> String {
        let records = rows.map(fields)
        return CSVWriter().write([header] + (guardsFormulas ? records.map { $0.map(CSVFormulaGuard.guarded) } : records))
    }

    static func fields(of row: PunchExportRow) -> [String] {
        [String(row.number), row.title, row.category.rawValue, row.dueOn.map(usDate) ?? "",
         row.location.map(tiers) ?? "", row.external.costCode, row.external.scheduleImpact, row.external.costImpact,
         priorityWord(row.priority), row.external.reference, row.external.createdBy, row.detail, row.assignee, ""]
    }

    static func priorityWord(_ priority: Priority) -> String {
        switch priority {
        case .p1: return "High"
        case .p2: return "Medium"
        case .p3: return "Low"
        }
    }

    /// `2026-12-05` → `12/05/2026`.
    static func usDate(_ date: LocalDate) -> String {
        String(format: "%02d/%02d/%04d", date.month, date.day, date.year)
    }

    /// `HQ / Floor 3 / Board Room` → `HQ > Floor 3 > Board Room`.
    static func tiers(_ path: String) -> String {
        path.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " > ")
    }
}
