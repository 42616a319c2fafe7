/// Every command a user can give, defined once: its name (for config and `:`), help text,
/// group and default keys. The keymap, `?` overlay and status hints all read this table.
public enum Command: String, CaseIterable, Sendable {
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case moveFirst = "move-first"
    case moveLast = "move-last"
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case focusProjects = "focus-projects"
    case focusPunch = "focus-punch"
    case focusCalendar = "focus-calendar"
    case focusTemperature = "focus-temperature"
    case openDetail = "open-detail"
    case back = "back"
    case help = "help"
    case quit = "quit"

    public enum Group: String, CaseIterable, Sendable {
        case navigation = "Navigation", panes = "Panes", general = "General"
    }

    public var help: String {
        switch self {
        case .moveDown: return "Move down one row"
        case .moveUp: return "Move up one row"
        case .pageDown: return "Move down one page"
        case .pageUp: return "Move up one page"
        case .moveFirst: return "Jump to the first row"
        case .moveLast: return "Jump to the last row"
        case .nextPane: return "Focus the next pane"
        case .previousPane: return "Focus the previous pane"
        case .focusProjects: return "Focus the projects pane"
        case .focusPunch: return "Focus the punch list pane"
        case .focusCalendar: return "Focus the calendar pane"
        case .focusTemperature: return "Focus the temperature pane"
        case .openDetail: return "Open the selected row (a project opens its punch list)"
        case .back: return "Close the overlay, or go back"
        case .help: return "Show or hide this help"
        case .quit: return "Quit Rapport"
        }
    }

    public var group: Group {
        switch self {
        case .moveDown, .moveUp, .pageDown, .pageUp, .moveFirst, .moveLast, .openDetail, .back: return .navigation
        case .nextPane, .previousPane, .focusProjects, .focusPunch, .focusCalendar, .focusTemperature: return .panes
        case .help, .quit: return .general
        }
    }

    public var defaultKeys: [Key] {
        switch self {
        case .moveDown: return [.char("j"), .down]
        case .moveUp: return [.char("k"), .up]
        case .pageDown: return [.pageDown, .ctrl("f")]
        case .pageUp: return [.pageUp, .ctrl("b")]
        case .moveFirst: return [.char("g"), .home]
        case .moveLast: return [.char("G"), .end]
        case .nextPane: return [.tab]
        case .previousPane: return [.backTab]
        case .focusProjects: return [.char("1")]
        case .focusPunch: return [.char("2")]
        case .focusCalendar: return [.char("3")]
        case .focusTemperature: return [.char("4")]
        case .openDetail: return [.enter]
        case .back: return [.escape]
        case .help: return [.char("?")]
        case .quit: return [.char("q"), .ctrl("c")]
        }
    }

    /// Short label for the status bar, for the commands worth a hint there.
    public var hint: String? {
        switch self {
        case .nextPane: return "pane"
        case .moveDown: return "down"
        case .moveUp: return "up"
        case .openDetail: return "open"
        case .help: return "help"
        case .quit: return "quit"
        default: return nil
        }
    }

    /// The commands the status bar hints at, most useful first; it shows as many as fit.
    public static let hinted: [Command] = [.help, .quit, .nextPane, .moveDown, .moveUp, .openDetail]
}
