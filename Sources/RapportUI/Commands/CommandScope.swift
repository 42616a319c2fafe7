/// Where a command works, and so which keymap layer its keys live in: everywhere, in one view
/// (a dashboard pane or a detail view on the navigation stack), or in one modal.
public enum CommandScope: Hashable, Sendable, CustomStringConvertible {
    case global
    case view(ViewID)
    /// Every detail view on the navigation stack (closing one, say), under the view's own layer.
    case detailViews
    case modal(ModalID)

    /// The name config sections use: `[keys]` is global, `[keys.punch]` the punch view's.
    public var name: String {
        switch self {
        case .global: return "global"
        case .view(let id): return id.rawValue
        case .detailViews: return "detail"
        case .modal(let id): return id.rawValue
        }
    }

    public var description: String { name }
}

/// A view's name, as `[keys.NAME]` sections and scopes give it. Each view's folder declares
/// its own (`extension ViewID { static let punch = … }`), so adding a view touches no list here.
public struct ViewID: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}

/// A modal's name: the one slot above every view (help, the `:` line, a prompt, a form, the filter).
public struct ModalID: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}
