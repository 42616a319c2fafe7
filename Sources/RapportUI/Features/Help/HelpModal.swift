/// Keys while help is open: the movement commands scroll it, any other key closes it (and does
/// nothing else), so help can be opened over any view and closed back to it.
enum HelpModal {
    static func key(_ state: inout AppState, top: Int, _ key: Key) -> [Effect] {
        switch state.keymap.command(for: key, in: [.modal(.help), .global]) {
        case Command.moveDown: state.modal = .help(top: top + 1)
        case Command.moveUp: state.modal = .help(top: max(0, top - 1))
        case Command.pageDown: state.modal = .help(top: top + 10)
        case Command.pageUp: state.modal = .help(top: max(0, top - 10))
        case Command.moveFirst: state.modal = .help(top: 0)
        case Command.moveLast: state.modal = .help(top: HelpOverlay.lines(state).count)  // drawn clamped
        default: state.modal = nil
        }
        return []
    }
}
