import Foundation
import RapportModel

/// The customer view's capture sections: recent notes and calls with their tone, intel (due
/// first, flagged with ⚑ and "review"), and opportunities with their stage. Intel and
/// opportunities are selectable lines of the view.
struct CustomerCaptureLines {
    let route: CustomerDetailRoute
    let zone: TimeZone

    func lines() -> [TextBox.Line] {
        guard let capture = route.capture else { return [] }
        let selectedLine = route.selectedLine
        var lines: [TextBox.Line] = [TextBox.Line(""), TextBox.Line("Notes and calls"
            + (capture.interactions.isEmpty ? "" : " (latest \(capture.interactions.count))"), .header)]
        for row in capture.interactions { lines.append(TextBox.Line(Self.noteText(row, zone: zone), .overlay)) }
        if capture.interactions.isEmpty { lines.append(TextBox.Line("  None logged yet: l logs a call, visit or note", .dim)) }
        lines.append(TextBox.Line(""))
        let due = capture.intel.filter(\.isDue).count
        lines.append(TextBox.Line("Intel (\(capture.intel.count)" + (due > 0 ? ", \(due) due for review" : "") + ")", .header))
        for (i, row) in capture.intel.enumerated() {
            let selected = selectedLine == .intel(i)
            lines.append(TextBox.Line((selected ? "▶ " : "  ") + Self.intelText(row), row.isDue ? .urgent : .overlay,
                                      highlighted: selected))
        }
        if capture.intel.isEmpty { lines.append(TextBox.Line("  None yet: I captures intel", .dim)) }
        lines.append(TextBox.Line(""))
        let open = capture.opportunities.filter { $0.opportunity.stage.isOpen }
        let pipeline = open.reduce(Int64(0)) { $0 + $1.opportunity.estimateCents }
        lines.append(TextBox.Line("Opportunities (\(open.count) open, \(Money.text(cents: pipeline)))", .header))
        for (i, row) in capture.opportunities.enumerated() {
            let selected = selectedLine == .opportunity(i)
            lines.append(TextBox.Line((selected ? "▶ " : "  ") + Self.opportunityText(row), row.opportunity.stage.isOpen ? .overlay : .dim,
                                      highlighted: selected))
        }
        if capture.opportunities.isEmpty { lines.append(TextBox.Line("  None yet: o adds one", .dim)) }
        return lines
    }

    static func noteText(_ row: InteractionRow, zone: TimeZone) -> String {
        let i = row.interaction
        let tone = i.sentiment.map { Sentiment(score: $0, terms: []) }
        let mark = tone.map { t in t.label == .positive ? "▲" : t.label == .negative ? "▼" : "●" } ?? " "
        let who = [row.contactName, row.projectCode].compactMap { $0 }.joined(separator: " · ")
        return "  \(LocalDate(i.at, in: zone).iso) \(pad(i.kind.rawValue, 10)) \(mark) \(tone?.scoreText ?? "  –  ") "
            + pad(i.subject, 50) + (who.isEmpty ? "" : " " + who)
    }

    static func intelText(_ row: IntelRow) -> String {
        let i = row.intel
        let review: String
        if row.isDue, let on = i.reviewOn {
            review = "⚑ review due \(on.iso)"
        } else if let on = i.reviewOn {
            review = "review by \(on.iso)" + (i.reviewedOn.map { ", reviewed \($0.iso)" } ?? "")
        } else {
            review = ""
        }
        // The flag leads, so a narrow screen still shows it.
        return "\(row.isDue ? "⚑" : " ") \(pad(i.category.rawValue, 18)) \(pad(i.text, 40)) \(pad(row.sourceText, 18)) \(review)"
    }

    static func opportunityText(_ row: OpportunityRow) -> String {
        let o = row.opportunity
        let became = row.projectCode.map { " → \($0)" } ?? (o.stage == .won ? " → no project yet (Enter)" : "")
        return "\(pad(o.stage.rawValue, 11)) \(pad(o.title, 28)) \(pad(Money.text(cents: o.estimateCents), 13)) "
            + "\(pad(o.owner, 14)) \(o.nextStep.isEmpty ? "–" : o.nextStep)\(became)"
    }

    /// The column heads of `opportunityText`.
    static let opportunityHeads = "\(pad("stage", 11)) \(pad("title", 28)) \(pad("estimate", 13)) \(pad("owner", 14)) next step"

    static func pad(_ text: String, _ width: Int) -> String {
        let oneLine = text.utf8.contains(0x0A) ? text.replacingOccurrences(of: "\n", with: " ") : text
        let clipped = oneLine.count > width ? String(oneLine.prefix(width - 1)) + "…" : oneLine
        return clipped.padded(to: width)
    }
}

extension CustomerDetailRoute {
    /// The selectable capture lines, after the projects and people.
    var captureLines: [Line] {
        guard let capture else { return [] }
        return capture.intel.indices.map(Line.intel) + capture.opportunities.indices.map(Line.opportunity)
    }

    var selectedIntel: IntelRow? {
        guard case .intel(let i) = selectedLine else { return nil }
        return capture?.intel[i]
    }

    var selectedOpportunity: OpportunityRow? {
        guard case .opportunity(let i) = selectedLine else { return nil }
        return capture?.opportunities[i]
    }

    static func captureLoaded(_ state: inout AppState, _ capture: CustomerCapture) {
        state.updateRoutes(CustomerDetailRoute.self) { route in
            guard route.customerId == capture.customerId else { return }
            route.capture = capture
            let count = route.lines.count
            route.selected = count == 0 ? nil : min(route.selected ?? 0, count - 1)
        }
    }
}
