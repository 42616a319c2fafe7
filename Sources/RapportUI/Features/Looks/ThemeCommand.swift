/// `:theme NAME`: switch the whole screen to another theme at once. The reducer only names the
/// theme; the runtime reads its file (an effect, as any I/O is) and says what happened.
extension Command {
    static let switchTheme = Command(
        "theme", "Switch the theme: default, light, dark, high-contrast, monochrome or your themes/NAME.toml",
        group: .general, argument: .themes, aliases: ["colorscheme"]
    ) { state, argument in
        Looks.switchTheme(&state, argument)
    }
}

/// What `:theme` does with its argument, and how the result is worded.
enum Looks {
    static func switchTheme(_ state: inout AppState, _ argument: String?) -> [Effect] {
        let word = argument?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !word.isEmpty else {
            state.message = .init(text: "Theme \(state.looks.themeName); themes: \(state.looks.themeNames.joined(separator: ", "))")
            return []
        }
        // A unique beginning names a known theme; anything else is tried as typed (a file made
        // since start), and the loader says where it looked.
        let lower = word.lowercased()
        let matches = state.looks.themeNames.filter { $0.hasPrefix(lower) }
        let name = state.looks.themeNames.contains(lower) ? lower : matches.count == 1 ? matches[0] : word
        return [.switchTheme(name)]
    }

    static func switched(_ state: inout AppState, to name: String) {
        state.looks.themeName = name
        if !state.looks.themeNames.contains(name) { state.looks.themeNames = (state.looks.themeNames + [name]).sorted() }
        state.message = .init(text: "Theme \(name) (theme = \"\(name)\" in config.toml keeps it)")
    }
}

extension ArgumentSpec {
    /// A theme's name; the values come from the state, since user themes are files.
    static let themes = ArgumentSpec(placeholder: "NAME", values: [], suggestionsOnly: true, required: false,
                                     fromState: .themeNames)
}
