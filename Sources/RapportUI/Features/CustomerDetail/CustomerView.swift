import Foundation
import RapportModel

/// The customer view's lines: who they are, their money, projects, people and temperature.
struct CustomerView {
    let state: AppState
    let route: CustomerDetailRoute
    let keys: String

    func lines() -> [TextBox.Line] {
        let temperature = state.temperature.byCustomer[route.customerId]
        guard let detail = route.detail else {
            // Without records (or before they arrive) the temperature still explains itself.
            guard let temperature else { return [TextBox.Line("Loading…", .dim)] }
            return temperatureLines(temperature) + CustomerEvidenceLines(state: state, detail: nil, evidence: route.evidence).lines()
        }
        let c = detail.customer
        let selectedLine = route.selectedLine  // made from every line: once, not once a row
        var lines: [TextBox.Line] = [
            TextBox.Line(c.name + (c.archivedOn.map { " · archived \($0.iso)" } ?? ""), .overlayTitle),
            TextBox.Line("Trajectory \(c.trajectory.rawValue) · regions \(c.regions.isEmpty ? "–" : c.regions)"
                         + " · mail from \(c.domains.isEmpty ? "–" : c.domains)"),
        ]
        let m = detail.money
        lines.append(TextBox.Line("Contract \(Money.text(cents: m.contractCents)) · invoiced \(Money.text(cents: m.invoicedCents))"
                                  + " · paid \(Money.text(cents: m.paidCents)) · outstanding \(Money.text(cents: m.outstandingCents))"
                                  + (m.overdueCents > 0 ? " · overdue \(Money.text(cents: m.overdueCents))" : ""),
                                  m.overdueCents > 0 ? .overdue : .overlay))
        lines.append(TextBox.Line(""))
        lines.append(TextBox.Line("Projects (\(detail.projects.count))", .header))
        for (i, p) in detail.projects.enumerated() {
            let selected = selectedLine == .project(i)
            let due = p.assumptionsDue > 0 ? " · \(p.assumptionsDue) assumption\(p.assumptionsDue == 1 ? "" : "s") due" : ""
            let text = "\(selected ? "▶" : " ") \(pad(p.code, 10)) \(pad(p.name, 28)) \(pad(p.stage.rawValue, 11)) "
                + "\(pad(Money.text(cents: p.contractCents), 14)) paid \(pad(Money.text(cents: p.paidCents), 14)) "
                + "\(p.openPunch) open\(due)"
            lines.append(TextBox.Line(text, p.assumptionsDue > 0 ? .urgent : .overlay, highlighted: selected))
        }
        if detail.projects.isEmpty { lines.append(TextBox.Line("  No projects yet", .dim)) }
        lines.append(TextBox.Line(""))
        lines.append(TextBox.Line("People (\(detail.contacts.filter { $0.contact.isActive }.count) here)", .header))
        for (i, row) in detail.contacts.enumerated() {
            let selected = selectedLine == .contact(i)
            let c = row.contact
            var text = "\(selected ? "▶" : " ") \(pad(c.name, 22)) \(pad(c.role.rawValue, 14)) \(pad(c.department.rawValue, 11)) "
                + "\(String(repeating: "●", count: c.influence))\(String(repeating: "○", count: 5 - c.influence)) "
            if let left = c.leftOn {
                text += "left \(left.iso)" + (row.successorName.map { " → \($0)" } ?? " · no successor named")
            } else if c.archivedOn != nil {
                text += "archived"
            } else {
                text += [c.title, c.emails, c.phone].filter { !$0.isEmpty }.joined(separator: " · ")
                if !row.predecessorNames.isEmpty { text += " · took over from \(row.predecessorNames.joined(separator: ", "))" }
            }
            let role: ThemeRole = c.leftOn != nil && row.successorName == nil && c.role == .champion ? .overdue
                : c.isActive ? .overlay : .dim
            lines.append(TextBox.Line(text, role, highlighted: selected))
        }
        if detail.contacts.isEmpty { lines.append(TextBox.Line("  No contacts yet", .dim)) }
        if let temperature {
            lines.append(TextBox.Line(""))
            lines += temperatureLines(temperature)
        }
        lines += CustomerEvidenceLines(state: state, detail: detail, evidence: route.evidence).lines()
        return lines + CustomerCaptureLines(route: route, zone: state.timeZone).lines()
    }

    private func temperatureLines(_ c: CustomerTemperature) -> [TextBox.Line] {
        var lines = [TextBox.Line("Temperature \(c.temperature.score) (\(c.temperature.band.rawValue)), 14 days: \(c.trend.arrow)",
                                  .header)]
        if state.temperature.reasonsPending {
            lines.append(TextBox.Line("Reasons come with today's scores…", .dim))
        } else if c.temperature.components.isEmpty {
            lines.append(TextBox.Line("No signals yet: neutral until something is known."))
        }
        for part in c.temperature.components {
            let name = part.signal.rawValue.padded(to: 20)
            lines.append(TextBox.Line("  \(name) \(Self.score(part.value))  ×\(Int(part.weight))  \(part.reason)"))
        }
        for cap in c.temperature.caps { lines.append(TextBox.Line("  Capped at 49: \(cap.rawValue)", .overdue)) }
        return lines
    }

    /// `String(format: "%3.0f", value)` (printf rounds half to even), without Foundation's
    /// formatter, which cost 100,000 instructions a line; odd values still go to it.
    static func score(_ value: Double) -> String {
        guard value.isFinite, value.sign == .plus, value < 1e9 else { return String(format: "%3.0f", value) }
        let digits = String(Int(value.rounded(.toNearestOrEven)))
        return String(repeating: " ", count: max(0, 3 - digits.count)) + digits
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let clipped = text.count > width ? String(text.prefix(width - 1)) + "…" : text
        return clipped.padded(to: width)
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let lines = lines()
        let visible = max(1, area.height - 2)
        let at = lines.firstIndex { $0.highlighted } ?? 0
        // Past the last selectable line, j and PgDn scroll the sections below it into view.
        let top = max(0, min((at < visible - 2 ? 0 : at - visible / 2) + route.overscroll, lines.count - visible))
        let name = route.detail?.customer.name ?? state.temperature.byCustomer[route.customerId]?.name ?? "Customer"
        TextBox(title: name + keys, lines: lines, width: 116, top: top).render(into: &canvas, area: area, theme: theme)
    }
}
