/// One thing a user can ask for, defined once: its name (for config and `:`), help, group,
/// default keys, where it works, what it takes, its status-bar hint, aliases, and what it does.
///
/// Each command is one `static let` in the folder of the view that owns it (tig's `request.h`
/// line, with its handler beside it); the view's registration lists it, and the keymap, `?`
/// help, status hints, `:` completion and `docs/keys.md` all read the table built from those.
/// Two commands are the same when their names are.
public struct Command: Hashable, Sendable, CustomStringConvertible {
    /// What a handler gets: the state to change and the `:` line's argument, if one was typed.
    public typealias Handler = @Sendable (_ state: inout AppState, _ argument: String?) -> [Effect]

    public let name: String
    public let help: String
    public let group: CommandGroup
    public let defaultKeys: [Key]
    public let scope: CommandScope
    public let argument: ArgumentSpec?
    /// A short label for the status bar, for the commands worth a hint there.
    public let hint: String?
    /// Where the hint goes: lower first, since the bar shows only as many as fit.
    public let hintOrder: Int
    /// Other names that work on the `:` line.
    public let aliases: [String]
    let handler: Handler

    public init(_ name: String, _ help: String, group: CommandGroup, keys: [Key] = [], scope: CommandScope = .global,
                argument: ArgumentSpec? = nil, hint: String? = nil, hintOrder: Int = 99, aliases: [String] = [], run handler: @escaping Handler) {
        self.name = name
        self.help = help
        self.group = group
        defaultKeys = keys
        self.scope = scope
        self.argument = argument
        self.hint = hint
        self.hintOrder = hintOrder
        self.aliases = aliases
        self.handler = handler
    }

    public var description: String { name }

    public static func == (a: Command, b: Command) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// Runs the command; the dispatcher has already checked that it may run here.
    func run(_ state: inout AppState, argument: String? = nil) -> [Effect] {
        handler(&state, argument)
    }
}

/// The help overlay's sections, in the order it shows them.
public enum CommandGroup: String, CaseIterable, Sendable {
    case navigation = "Navigation", panes = "Panes", triage = "Punch triage", list = "Punch list view"
    case project = "Project and acceptance", calendar = "Calendar", views = "Detail views"
    case capture = "Capture: notes, intel, opportunities", general = "General", input = "Forms and input"
}
