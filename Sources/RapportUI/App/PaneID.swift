/// The four panes of the dashboard, in focus order.
public enum PaneID: Int, CaseIterable, Sendable {
    case projects, punch, calendar, temperature

    public var title: String {
        switch self {
        case .projects: return "Projects"
        case .punch: return "Punch list"
        case .calendar: return "Calendar"
        case .temperature: return "Temperature"
        }
    }

    public var next: PaneID { PaneID(rawValue: (rawValue + 1) % 4)! }
    public var previous: PaneID { PaneID(rawValue: (rawValue + 3) % 4)! }
}
