import Foundation
import RapportModel

/// One punch item whole: every field, the milestones it holds up, and its history.
struct PunchDetailView {
    let detail: PunchDetail
    let top: Int
    let timeZone: TimeZone
    /// The keys the title names, from the live keymap (" · j scroll · Esc back").
    let keys: String

    func lines() -> [String] {
        let item = detail.item
        var lines = [
            "Title       \(item.title)",
            "Status      \(item.status.rawValue)" + (item.rejections > 0 ? "  (rejected \(item.rejections)×)" : "")
                + (item.acceptedBy.map { "  accepted by \($0)" } ?? ""),
            "Priority    \(item.priority.label)      Category  \(item.category.rawValue)",
            "Location    \(detail.locationPath ?? "–")",
            "Assignee    \(item.assignee.isEmpty ? "–" : item.assignee)      Ball in court  \(item.ballInCourt)",
            "Due         \(item.dueOn?.iso ?? "–")",
            "Acceptance  " + (item.blocksAcceptance ? "blocks acceptance" : "does not block acceptance"),
            "Source      \(item.source.rawValue), created \(TimeText.full(item.createdAt, timeZone))",
        ]
        if !item.detail.isEmpty {
            lines.append("")
            lines += item.detail.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        }
        if !detail.blocks.isEmpty {
            lines.append("")
            lines.append("Holds up payment of:")
            for m in detail.blocks {
                lines.append("  \(m.name) (\(m.kind.rawValue)) \(Money.text(cents: m.amountCents)), \(m.payment.rawValue)")
            }
        }
        lines.append("")
        lines.append("History:")
        for event in detail.history {
            let change = [event.fromValue, event.toValue].contains { $0 != nil }
                ? " \(event.fromValue ?? "–") → \(event.toValue ?? "–")" : ""
            let note = event.note.isEmpty ? "" : " (\(event.note))"
            lines.append("  \(TimeText.full(event.at, timeZone))  \(event.who)  \(event.field)\(change)\(note)")
        }
        return lines
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        TextBox(title: "\(detail.projectCode) #\(detail.item.number)\(keys)",
                lines: lines().map { TextBox.Line($0) }, width: 100, top: top)
            .render(into: &canvas, area: area, theme: theme)
    }
}
