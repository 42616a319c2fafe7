/// The temperature pane's orders: coldest first, the biggest fall over 14 days first, or by name.
public enum TemperatureSort: String, CaseIterable, Sendable {
    case coldest, change, name
}
