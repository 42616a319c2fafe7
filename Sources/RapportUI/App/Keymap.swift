/// Which key runs which command; built from the command table, then the user's bindings.
public struct Keymap: Equatable, Sendable {
    private var commandByKey: [Key: Command] = [:]

    public init(bindings: [Key: Command]) {
        commandByKey = bindings
    }

    /// The default keys of every command.
    public static let standard: Keymap = {
        var bindings: [Key: Command] = [:]
        for command in Command.allCases {
            for key in command.defaultKeys { bindings[key] = command }
        }
        return Keymap(bindings: bindings)
    }()

    public func command(for key: Key) -> Command? { commandByKey[key] }

    /// Binds `key` to `command` (or unbinds it with nil), replacing what it did before.
    public mutating func bind(_ key: Key, to command: Command?) {
        commandByKey[key] = command
    }

    /// The keys of `command`, in the order its defaults list them, user additions after.
    public func keys(for command: Command) -> [Key] {
        let bound = commandByKey.filter { $0.value == command }.map(\.key)
        let defaults = command.defaultKeys.filter(bound.contains)
        let extra = bound.filter { !defaults.contains($0) }.sorted { $0.description < $1.description }
        return defaults + extra
    }
}
