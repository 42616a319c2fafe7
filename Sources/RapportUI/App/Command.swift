/// Every command a user can give, defined once: its name (for config and `:`), help text,
/// group and default keys. The keymap, `?` overlay, status hints and `:` completion all read it.
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
    case addItem = "add-item"
    case editItem = "edit-item"
    case toggleMark = "toggle-mark"
    case advanceStatus = "advance-status"
    case stepBackStatus = "step-back-status"
    case cyclePriority = "cycle-priority"
    case setDue = "set-due"
    case assign = "assign"
    case setLocation = "set-location"
    case voidItem = "void-item"
    case filter = "filter"
    case sort = "sort"
    case group = "group"
    case projectDetail = "project-detail"
    case recordAcceptance = "record-acceptance"
    case setStage = "stage"
    case export = "export"
    case undo = "undo"
    case redo = "redo"
    case commandLine = "command-line"
    case help = "help"
    case quit = "quit"

    public enum Group: String, CaseIterable, Sendable {
        case navigation = "Navigation", panes = "Panes", triage = "Punch triage", list = "Punch list view"
        case project = "Project and acceptance", general = "General"
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
        case .back: return "Close, or clear marks, then the filter, then go back"
        case .addItem: return "Add a punch item: title @location !1 due:fri +video =assignee"
        case .editItem: return "Edit every field of the selected item"
        case .toggleMark: return "Mark the item for a bulk change, or unmark it"
        case .advanceStatus: return "Advance status: open → in progress → ready → closed"
        case .stepBackStatus: return "Step status back (from ready it is a rejection)"
        case .cyclePriority: return "Cycle priority P1 → P2 → P3"
        case .setDue: return "Set the due date: today, fri, +3d, +2w, 2026-12-03, none"
        case .assign: return "Assign the item to someone"
        case .setLocation: return "Set the item's location"
        case .voidItem: return "Void the item (off the list, not closed)"
        case .filter: return "Filter as you type: words, status:open @room assignee:dana !1 overdue blocking"
        case .sort: return "Sort by status, priority, due, location or number (cycles; :sort due)"
        case .group: return "Group by location or category, with counts (cycles; :group location)"
        case .projectDetail: return "Project detail: milestones, what blocks acceptance, money held back"
        case .recordAcceptance: return "Record acceptance of the selected milestone (project detail)"
        case .setStage: return "Move the project to a stage (:stage acceptance)"
        case .export: return "Export the punch list to a file (:export md or :export csv)"
        case .undo: return "Undo the last change (bulk changes are one step)"
        case .redo: return "Redo what was undone"
        case .commandLine: return "Type a command; Tab completes, ↑/↓ recall history"
        case .help: return "Show or hide this help"
        case .quit: return "Quit Rapport"
        }
    }

    public var group: Group {
        switch self {
        case .moveDown, .moveUp, .pageDown, .pageUp, .moveFirst, .moveLast, .openDetail, .back: return .navigation
        case .nextPane, .previousPane, .focusProjects, .focusPunch, .focusCalendar, .focusTemperature: return .panes
        case .addItem, .editItem, .toggleMark, .advanceStatus, .stepBackStatus, .cyclePriority, .setDue, .assign,
             .setLocation, .voidItem, .undo, .redo: return .triage
        case .filter, .sort, .group, .export: return .list
        case .projectDetail, .recordAcceptance, .setStage: return .project
        case .commandLine, .help, .quit: return .general
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
        case .addItem: return [.char("a")]
        case .editItem: return [.char("e")]
        case .toggleMark: return [.char(" ")]
        case .advanceStatus: return [.char(">")]
        case .stepBackStatus: return [.char("<")]
        case .cyclePriority: return [.char("p")]
        case .setDue: return [.char("d")]
        case .assign: return [.char("=")]
        case .setLocation: return [.char("@")]
        case .voidItem: return [.char("x")]
        case .filter: return [.char("/")]
        case .sort: return [.char("s")]
        case .group: return [.char("z")]
        case .projectDetail: return [.char("i")]
        case .recordAcceptance: return [.char("A")]
        case .setStage, .export: return []  // typed on the command line, with their argument
        case .undo: return [.char("u")]
        case .redo: return [.ctrl("r")]
        case .commandLine: return [.char(":")]
        case .help: return [.char("?")]
        case .quit: return [.char("q"), .ctrl("c")]
        }
    }

    /// What the command takes on the `:` line, shown in completion and help; nil for nothing.
    public var argument: String? {
        switch self {
        case .addItem: return "QUICK-ADD LINE"
        case .filter: return "FILTER"
        case .sort: return PunchSortNames.all
        case .group: return "none|location|category"
        case .setDue: return "DATE"
        case .assign: return "NAME"
        case .setLocation: return "LOCATION"
        case .setStage: return "STAGE"
        case .export: return "md|csv"
        default: return nil
        }
    }

    /// Short names that also work on the `:` line.
    public static let aliases: [String: Command] = [
        "add": .addItem, "edit": .editItem, "due": .setDue, "location": .setLocation, "void": .voidItem,
        "advance": .advanceStatus, "reject": .stepBackStatus, "back-status": .stepBackStatus,
        "priority": .cyclePriority, "accept": .recordAcceptance, "project": .projectDetail, "q": .quit,
        "mark": .toggleMark,
    ]

    /// Short label for the status bar, for the commands worth a hint there.
    public var hint: String? {
        switch self {
        case .nextPane: return "pane"
        case .openDetail: return "open"
        case .addItem: return "add"
        case .advanceStatus: return "advance"
        case .filter: return "filter"
        case .undo: return "undo"
        case .commandLine: return "cmd"
        case .help: return "help"
        case .quit: return "quit"
        default: return nil
        }
    }

    /// The commands the status bar hints at, most useful first; it shows as many as fit.
    public static let hinted: [Command] = [.help, .quit, .nextPane, .openDetail, .addItem, .advanceStatus, .filter,
                                           .undo, .commandLine]
}

/// The sort names as the `:` line and help show them.
enum PunchSortNames {
    static let all = "status|priority|due|location|number"
}
