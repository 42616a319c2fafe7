/// Which key runs which command, in layers: a modal's, a view's, any detail view's, and the
/// global one. A key is looked up from the top layer down (tig's `get_keybinding`), and a layer
/// may unbind a key so that the layers under it are not asked.
public struct Keymap: Equatable, Sendable {
    /// A layer's bindings; `nil` unbinds the key in that layer.
    private var layers: [CommandScope: [Key: Command?]] = [:]
    /// The keys each layer binds to a command (by its name), kept with `layers`: a title asks
    /// for a dozen commands' keys on every frame, and a scan of every binding each time was 2 M instructions.
    private var keysByCommand: [CommandScope: [String: Set<Key>]] = [:]

    public init() {}

    /// Two keymaps are one when their layers are: the index follows from them.
    public static func == (a: Keymap, b: Keymap) -> Bool { a.layers == b.layers }

    /// Every command's default keys, each in its own scope's layer.
    public init(table: CommandTable) {
        for command in table.commands {
            for key in command.defaultKeys { set(key, .some(command), in: command.scope) }
        }
    }

    /// Sets (or with nil forgets) what `key` does in `scope`, and keeps the index by command in step.
    private mutating func set(_ key: Key, _ binding: Command??, in scope: CommandScope) {
        if case let .some(.some(old)) = layers[scope]?[key] { keysByCommand[scope]?[old.name]?.remove(key) }
        layers[scope, default: [:]][key] = binding
        if case let .some(.some(new)) = binding { keysByCommand[scope, default: [:]][new.name, default: []].insert(key) }
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
        set(key, .some(command), in: scope)
    }

    /// Forgets what `scope` says about `key`, so the layers under it answer again.
    public mutating func clear(_ key: Key, in scope: CommandScope) {
        set(key, nil, in: scope)
    }

    /// The keys that reach `command` when `scopes` are active (top first), in the order its
    /// defaults list them, user additions after. With no scopes given, those of its own scope.
    public func keys(for command: Command, in scopes: [CommandScope]? = nil) -> [Key] {
        let scopes = scopes ?? [command.scope]
        var found: [Key] = []
        for (i, scope) in scopes.enumerated() {
            // A key counts where no layer above binds (or unbinds) it.
            for key in keysByCommand[scope]?[command.name] ?? [] where !found.contains(key) {
                if !scopes[..<i].contains(where: { layers[$0]?[key] != nil }) { found.append(key) }
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
