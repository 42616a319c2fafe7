/// One style for every role, read from `Themes/NAME.toml` or the user's themes folder.
public struct Theme: Equatable, Sendable {
    public let name: String
    private var styles: [ThemeRole: Style]
    /// The screen-reader look: boxes drawn without their lines (a braille display shows a row of
    /// "─" as noise), and the focused pane's title said on the status line.
    public var isScreenReader = false

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
    ///
    /// When `text` has a colour of its own (a light theme paints the whole screen), every role
    /// that names no colour takes text's, so a border or a status line never shows the terminal's
    /// own background through a light screen.
    public static func make(name: String, entries: [String: Entry]) throws(ThemeError) -> Theme {
        var styles: [ThemeRole: Style] = [:]
        for key in entries.keys.sorted() {
            let entry = entries[key]!
            guard let role = ThemeRole(rawValue: key) else { throw .unknownRole(key) }
            var style = Style()
            if let fg = entry.foreground {
                guard let color = Color(name: fg) else { throw .badColor(role: key, field: "fg", value: fg) }
                style.foreground = color
            }
            if let bg = entry.background {
                guard let color = Color(name: bg) else { throw .badColor(role: key, field: "bg", value: bg) }
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
        let text = styles[.text] ?? .plain
        if text.foreground != .default || text.background != .default {
            for role in ThemeRole.allCases {
                var style = styles[role] ?? .plain
                if style.foreground == .default { style.foreground = text.foreground }
                if style.background == .default { style.background = text.background }
                styles[role] = style
            }
        }
        return Theme(name: name, styles: styles)
    }

    /// The same theme with every colour removed, keeping attributes (for `NO_COLOR`). A role
    /// that a background or nothing but colour set apart (a selection bar) gets monochrome's
    /// attribute too, so where the user is never depends on colour.
    public var withoutColor: Theme {
        var stripped = styles.mapValues { Style(attributes: $0.attributes) }
        for (role, attributes) in Self.withoutColorFallback {
            // A background set the role apart (a selection bar): without it, the attribute must.
            let hadBackground = (styles[role]?.background ?? .default) != .default
            if hadBackground || (stripped[role]?.attributes.isEmpty ?? true) {
                stripped[role] = Style(attributes: (stripped[role]?.attributes ?? []).union(attributes))
            }
        }
        var theme = Theme(name: name, styles: stripped)
        theme.isScreenReader = isScreenReader
        return theme
    }

    private static let withoutColorFallback: [ThemeRole: Attributes] = [
        .selection: .reverse, .selectionUnfocused: .underline, .highlight: .reverse, .topBar: .reverse,
        .event: .reverse, .borderFocused: .bold, .titleFocused: .bold, .statusError: .bold, .marked: .bold,
    ]

    /// No styles at all: text only, for tests that compare text.
    public static let plain = Theme(name: "plain", styles: [:])
}
