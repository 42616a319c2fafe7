import Foundation
import RapportModel

extension ViewID {
    public static let customer = ViewID(rawValue: "customer")
}

/// Why a customer's temperature is what it is: each signal's value, weight and reason, and any
/// cap that holds the score under 50. Reads the customer from the temperature pane's list, so
/// a reload shows at once.
struct CustomerDetailRoute: RouteView, Equatable {
    static let registration = ViewRegistration(id: .customer, title: "Customer", commands: [])

    let customerId: Int64
    var top = 0

    var id: ViewID { .customer }

    func lines(_ state: AppState) -> (title: String, lines: [String]) {
        guard let c = state.temperature.byCustomer[customerId] else { return ("Customer", ["This customer is gone."]) }
        var lines = ["Score     \(c.temperature.score) (\(c.temperature.band.rawValue)), 14 days: \(c.trend.arrow)", ""]
        if c.temperature.components.isEmpty { lines.append("No signals yet: neutral until something is known.") }
        for part in c.temperature.components {
            let name = part.signal.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
            lines.append("\(name) \(String(format: "%3.0f", part.value))  ×\(Int(part.weight))  \(part.reason)")
        }
        for cap in c.temperature.caps { lines.append("Capped at 49: \(cap.rawValue)") }
        return (c.name, lines)
    }

    mutating func move(_ motion: ListMotion) { top = TextBox.scroll(top, motion) }

    func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let (title, lines) = lines(state)
        TextBox(title: title + RouteTitle.backNote(state), lines: lines.map { TextBox.Line($0) }, width: 90, top: top)
            .render(into: &canvas, area: area, theme: theme)
    }
}
