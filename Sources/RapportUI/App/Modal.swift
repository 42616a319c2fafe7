import RapportModel

/// What takes every key while it is open, above the dashboard and its detail views: help, the
/// `:` line, a one-line prompt, the filter being typed, or a form. There is one slot, so a
/// modal never hides another; closing it shows what was under it, as it was.
public enum Modal: Equatable, Sendable {
    /// The command table, scrolled to `top`.
    case help(top: Int)
    /// `:`: a command line with completion and history.
    case commandLine(CommandLineState)
    /// One line asked for by a command (quick-add, due date, assignee, location).
    case prompt(Prompt)
    /// `/`: the punch filter, applied as it is typed; Esc goes back to `original`.
    case filter(LineEditor, original: String)
    /// A record form (the punch item's edit form).
    case form(RecordForm)
    /// `C-f`: the global search box with its hits.
    case search(SearchState)

    public var id: ModalID {
        switch self {
        case .help: return .help
        case .commandLine: return .commandLine
        case .prompt: return .prompt
        case .filter: return .filter
        case .form: return .form
        case .search: return .search
        }
    }

    /// The keymap layers that answer keys while this modal is open. Help lets the global keys
    /// through (they scroll it or close it); the typing modals take only their own commands.
    var scopes: [CommandScope] {
        switch self {
        case .help: return [.modal(.help), .global]
        default: return [.modal(id)]
        }
    }

    /// True while the user is typing text.
    public var isTyping: Bool {
        if case .help = self { return false }
        return true
    }
}

extension ModalID {
    public static let help = ModalID(rawValue: "help")
    public static let commandLine = ModalID(rawValue: "command-line")
    public static let prompt = ModalID(rawValue: "prompt")
    public static let filter = ModalID(rawValue: "filter")
    public static let form = ModalID(rawValue: "form")
}
