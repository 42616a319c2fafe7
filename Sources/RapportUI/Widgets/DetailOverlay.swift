import Foundation
import RapportModel

/// All fields of the selected row of a pane; for a customer, why its temperature is what it is.
struct DetailOverlay {
    let state: AppState
    let pane: PaneID

    func lines() -> (title: String, lines: [String]) {
        let zone = state.timeZone
        switch pane {
        case .projects, .punch:
            // Never opened: a project opens its punch list, and a punch item has PunchDetailOverlay.
            return ("", [])
        case .calendar:
            guard let entry = state.agenda.selectedRow else { return ("Meeting", []) }
            return ("Meeting", [
                "Title     \(entry.title)",
                "When      \(TimeText.full(entry.start, zone))–\(TimeText.hourMinute(entry.end, zone))",
                "Project   \(entry.projectCode ?? "–")",
                "Customer  \(entry.customerName ?? "–")",
                "Where     \(entry.location.isEmpty ? "–" : entry.location)",
                "Sales     \(entry.salesWelcome ? "welcome to drop in" : "team only")",
            ])
        case .temperature:
            guard let c = state.temperatures.selectedRow else { return ("Customer", []) }
            var lines = ["Score     \(c.temperature.score) (\(c.temperature.band.rawValue)), 14 days: \(c.trend.arrow)", ""]
            if c.temperature.components.isEmpty { lines.append("No signals yet: neutral until something is known.") }
            for part in c.temperature.components {
                let name = part.signal.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
                lines.append("\(name) \(String(format: "%3.0f", part.value))  ×\(Int(part.weight))  \(part.reason)")
            }
            for cap in c.temperature.caps { lines.append("Capped at 49: \(cap.rawValue)") }
            return (c.name, lines)
        }
    }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let (title, lines) = lines()
        TextBox(title: "\(title) · any key closes", lines: lines.map { TextBox.Line($0) }, width: 90)
            .render(into: &canvas, area: area, theme: theme)
    }
}
