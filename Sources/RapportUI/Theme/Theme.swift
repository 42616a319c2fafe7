/// The named looks that views ask for; a theme file gives each one a style.
public enum ThemeRole: String, CaseIterable, Sendable {
    case text, dim, border, borderFocused = "border-focused", title, titleFocused = "title-focused"
    case header, selection, selectionUnfocused = "selection-unfocused"
    case overdue, urgent, topBar = "top-bar", statusBar = "status-bar", statusKey = "status-key"
    case statusError = "status-error", hot, warm, cool, cold, salesWelcome = "sales-welcome"
    case overlay, overlayTitle = "overlay-title"
    /// Today in the calendar grids, and a meeting drawn as a block in the week grid.
    case today, event
}

/// One style for every role, read from `Themes/NAME.toml`.
public struct Theme: Equatable, Sendable {
    public let name: String
    private var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// One role's entry as a theme file writes it: colour names and attribute names.
    public struct Entry: Equatable, Sendable {
        public var foreground: String?
        public var background: String?
        public var attributes: [String]
        public init(foreground: String? = nil, background: String? = nil, attributes: [String] = []) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
    }

    /// Builds a theme from a file's entries; an unknown role, colour or attribute is an error
    /// naming the role, since a typo would otherwise silently lose a colour.
    public static func make(name: String, entries: [String: Entry]) throws(ThemeError) -> Theme {
        var styles: [ThemeRole: Style] = [:]
        for (key, entry) in entries {
            guard let role = ThemeRole(rawValue: key) else { throw .unknownRole(key) }
            var style = Style()
            if let fg = entry.foreground {
                guard let color = Color(name: fg) else { throw .badColor(role: key, value: fg) }
                style.foreground = color
            }
            if let bg = entry.background {
                guard let color = Color(name: bg) else { throw .badColor(role: key, value: bg) }
                style.background = color
            }
            for attribute in entry.attributes {
                guard let a = Attributes.byName[attribute.lowercased()] else {
                    throw .badAttribute(role: key, value: attribute)
                }
                style.attributes.insert(a)
            }
            styles[role] = style
        }
        return Theme(name: name, styles: styles)
    }

    /// The same theme with every colour removed, keeping attributes (for `NO_COLOR`).
    public var withoutColor: Theme {
        Theme(name: name, styles: styles.mapValues { Style(attributes: $0.attributes) })
    }

    /// No styles at all: text only, for tests that compare text.
    public static let plain = Theme(name: "plain", styles: [:])
}

public enum ThemeError: Error, Equatable, CustomStringConvertible {
    case unknownRole(String)
    case badColor(role: String, value: String)
    case badAttribute(role: String, value: String)

    public var description: String {
        switch self {
        case .unknownRole(let role):
            return "unknown role '\(role)'; roles are \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .badColor(role, value):
            return "role '\(role)': unknown colour '\(value)' (use default, a name such as bright-red, or 0-255)"
        case let .badAttribute(role, value):
            return "role '\(role)': unknown attribute '\(value)' (use bold, dim, underline, reverse, italic)"
        }
    }
}
