/// The user's key bindings from the config file, applied over the defaults in layers:
/// `[keys]` for a command's own scope, `[keys.VIEW]` for one view. Every mistake is reported
/// with its line, and the rest still applies (tig's `add_keybinding` reports conflicts too).
public struct KeyBindings: Sendable {
    /// One `command = key` or `command = [keys]` line; `section` is nil for `[keys]`.
    public struct Entry: Equatable, Sendable {
        public var section: String?
        public var command: String
        public var keys: [String]
        public var line: Int

        public init(section: String?, command: String, keys: [String], line: Int) {
            self.section = section
            self.command = command
            self.keys = keys
            self.line = line
        }

        var sectionName: String { section.map { "[keys.\($0)]" } ?? "[keys]" }
    }

    /// A binding that could not be applied as written, and why.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
        public var description: String { "line \(line): \(message)" }
    }

    /// The key name that unbinds: `quit = "none"`.
    public static let none = "none"

    /// The keymap the entries give over `table`'s defaults, and what was wrong with them.
    public static func apply(_ entries: [Entry], table: CommandTable = .standard) -> (Keymap, [Problem]) {
        var keymap = Keymap(table: table)
        var problems: [Problem] = []
        /// Which entry took each key in each scope, to report two commands on one key.
        var takenBy: [CommandScope: [Key: Entry]] = [:]
        let scopes = ViewRegistry.scopeNames
        for entry in entries {
            func problem(_ text: String) { problems.append(Problem(line: entry.line, message: "\(entry.sectionName) \(text)")) }
            guard let command = table.command(named: entry.command) else {
                problem("unknown command '\(entry.command)'; `rapport keys` lists them")
                continue
            }
            let scope: CommandScope
            if let section = entry.section {
                guard let named = scopes[section] else {
                    problem("unknown view '\(section)'; views are \(scopes.keys.sorted().joined(separator: ", "))")
                    continue
                }
                guard command.scope == .global || command.scope == named
                        || (command.scope == .detailViews && isDetailView(named)) else {
                    problem("\(command.name) works in \(command.scope.name), not in \(section)")
                    continue
                }
                scope = named
            } else {
                scope = command.scope
            }
            var keys: [Key] = []
            var bad = false
            for name in entry.keys where name.lowercased() != none {
                guard let key = Key(name: name) else {
                    problem("\(command.name): unknown key '\(name)'")
                    bad = true
                    continue
                }
                keys.append(key)
            }
            if bad { continue }
            // The command's keys seen from this scope are replaced by the ones given.
            let lookup = scope == command.scope ? [scope] : [scope, command.scope, .global]
            for key in keymap.keys(for: command, in: lookup) {
                if keymap.binding(key, in: scope) == .some(command) { keymap.clear(key, in: scope) }
                if keymap.command(for: key, in: lookup) == command { keymap.bind(key, to: nil, in: scope) }
            }
            for key in keys {
                if let earlier = takenBy[scope]?[key], earlier.command != command.name {
                    problem("\(key) is bound to both \(earlier.command) (line \(earlier.line)) and \(command.name)")
                    continue
                }
                takenBy[scope, default: [:]][key] = entry
                keymap.bind(key, to: command, in: scope)
            }
        }
        return (keymap, problems)
    }

    private static func isDetailView(_ scope: CommandScope) -> Bool {
        guard case .view(let id) = scope else { return scope == .detailViews }
        return !Dashboard.panes.contains { $0.id == id }
    }
}
