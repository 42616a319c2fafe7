/// Which key runs which command, in layers: a modal's, a view's, any detail view's, and the
/// global one. A key is looked up from the top layer down (tig's `get_keybinding`), and a layer
/// may unbind a key so that the layers under it are not asked.
public struct Keymap: Equatable, Sendable {
    /// A layer's bindings; `nil` unbinds the key in that layer.
    private var layers: [CommandScope: [Key: Command?]] = [:]

    public init() {}

    /// Every command's default keys, each in its own scope's layer.
    public init(table: CommandTable) {
        for command in table.commands {
            for key in command.defaultKeys { layers[command.scope, default: [:]][key] = command }
        }
    }

    /// The default keys of every command.
    public static let standard = Keymap(table: .standard)

    /// The command `key` runs when `scopes` are active, top first; nil when none binds it.
    public func command(for key: Key, in scopes: [CommandScope]) -> Command? {
        for scope in scopes {
            if let binding = layers[scope]?[key] { return binding }
        }
        return nil
    }

    /// What `key` is bound to in exactly `scope`: `.some(nil)` when unbound there on purpose.
    public func binding(_ key: Key, in scope: CommandScope) -> Command?? {
        layers[scope]?[key]
    }

    /// Binds `key` to `command` in `scope` (or unbinds it there with nil), replacing what it did.
    public mutating func bind(_ key: Key, to command: Command?, in scope: CommandScope) {
        layers[scope, default: [:]][key] = .some(command)
    }

    /// Forgets what `scope` says about `key`, so the layers under it answer again.
    public mutating func clear(_ key: Key, in scope: CommandScope) {
        layers[scope]?[key] = nil
    }

    /// The keys that reach `command` when `scopes` are active (top first), in the order its
    /// defaults list them, user additions after. With no scopes given, those of its own scope.
    public func keys(for command: Command, in scopes: [CommandScope]? = nil) -> [Key] {
        let scopes = scopes ?? [command.scope]
        var found: [Key] = []
        var shadowed = Set<Key>()
        for scope in scopes {
            for (key, binding) in layers[scope] ?? [:] where !shadowed.contains(key) {
                shadowed.insert(key)
                if binding == command { found.append(key) }
            }
        }
        let defaults = command.defaultKeys.filter(found.contains)
        let extra = found.filter { !defaults.contains($0) }.sorted { $0.description < $1.description }
        return defaults + extra
    }

    /// Every scope that binds `key` to a command, with that command, for "that key works in the punch list".
    public func scopes(binding key: Key) -> [(CommandScope, Command)] {
        layers.compactMap { scope, keys in keys[key].flatMap { $0 }.map { (scope, $0) } }
            .sorted { $0.0.name < $1.0.name }
    }
}
