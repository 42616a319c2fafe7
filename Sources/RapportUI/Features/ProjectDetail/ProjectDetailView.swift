import Foundation
import RapportModel

/// A project's milestones and what stands between it and its money ("punch to cash").
struct ProjectDetailView {
    let detail: ProjectDetail
    let selected: Int?
    /// The keys the title names, from the live keymap.
    let keys: String

    func lines() -> [(text: String, role: ThemeRole, isSelected: Bool)] {
        let p = detail.project
        var lines: [(String, ThemeRole, Bool)] = [
            ("\(p.code)  \(p.name) · \(detail.customerName)", .overlayTitle, false),
            ("Stage \(p.stage.rawValue) · contract \(Money.text(cents: p.contractCents)) · PM \(p.pm) · sales \(p.salesRep)", .overlay, false),
            ("Held back by open punch items: \(Money.text(cents: detail.heldBackCents))",
             detail.heldBackCents > 0 ? .overdue : .overlay, false),
            ("", .overlay, false),
            ("Milestones", .header, false),
        ]
        for (i, gate) in detail.milestones.enumerated() {
            let m = gate.milestone
            let acceptance: String
            if let on = m.acceptedOn {
                acceptance = "accepted \(on.iso) by \(m.acceptedBy ?? "?")"
            } else if !m.requiresAcceptance {
                acceptance = "no acceptance needed"
            } else if gate.isBlocked {
                acceptance = "BLOCKED by \(gate.blockers.count) items, \(Money.text(cents: gate.heldBackCents)) held"
            } else {
                acceptance = "ready to accept"
            }
            // What stands between the milestone and its money comes first, so it shows on narrow screens.
            let name = m.name.padding(toLength: 22, withPad: " ", startingAt: 0)
            let amount = Money.text(cents: m.amountCents).padding(toLength: 13, withPad: " ", startingAt: 0)
            let text = "\(i == selected ? "▶" : " ") \(name) \(amount) \(acceptance) · \(m.kind.rawValue), "
                + "\(m.payment.rawValue), due \(m.dueOn?.iso ?? "–")"
            lines.append((text, gate.isBlocked ? .overdue : .overlay, i == selected))
            if i == selected {
                for item in gate.blockers.prefix(8) {
                    lines.append(("      #\(item.number) \(item.status.label) \(item.priority.label)  \(item.title)", .dim, false))
                }
                if gate.blockers.count > 8 { lines.append(("      … and \(gate.blockers.count - 8) more", .dim, false)) }
            }
        }
        if detail.milestones.isEmpty { lines.append(("  No milestones", .dim, false)) }
        if !detail.openAssumptions.isEmpty {
            lines.append(("", .overlay, false))
            lines.append(("Open assumptions", .header, false))
            for a in detail.openAssumptions {
                lines.append(("  \(a.text) · \(a.owner) · review \(a.reviewOn?.iso ?? "–")", .overlay, false))
            }
        }
        return lines
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let lines = lines().map { TextBox.Line($0.text, $0.role, highlighted: $0.isSelected) }
        TextBox(title: "Project\(keys)", lines: lines, width: 110)
            .render(into: &canvas, area: area, theme: theme)
    }
}
