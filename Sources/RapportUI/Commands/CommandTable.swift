/// Every command of every view, with lookup by name and alias: the one table that the keymap,
/// help, status hints, `:` completion and `docs/keys.md` read.
public struct CommandTable: Sendable {
    public let commands: [Command]
    private let byName: [String: Command]

    /// Builds the table; two commands with one name or alias are a programmer's mistake.
    public init(_ registrations: [ViewRegistration]) {
        commands = registrations.flatMap(\.commands)
        var byName: [String: Command] = [:]
        for command in commands {
            for name in [command.name] + command.aliases {
                precondition(byName[name] == nil, "two commands are named '\(name)'")
                byName[name] = command
            }
        }
        self.byName = byName
        hinted = commands.filter { $0.hint != nil }.sorted { $0.hintOrder < $1.hintOrder }
    }

    public static let standard = CommandTable(ViewRegistry.all)

    /// The command with `name` (or that alias), ignoring case.
    public func command(named name: String) -> Command? { byName[name.lowercased()] }

    /// Every name and alias, sorted, for completion.
    public var names: [String] { byName.keys.sorted() }

    /// The commands the status bar hints at, most useful first; it shows as many as fit.
    public let hinted: [Command]
}
