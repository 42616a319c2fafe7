/// What a terminal reports to the runtime.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(Size)
    /// Text from a bracketed paste, delivered whole so it never runs as commands.
    case paste(String)
    /// A click or a turn of the wheel, when mouse reporting is on.
    case mouse(MouseEvent)
}

/// A screen to draw on and a source of key presses: ncurses in the real program, memory in tests.
@MainActor
public protocol Terminal: AnyObject {
    var size: Size { get }

    /// Descriptors `nextEvents` also wakes for (the runtime's pipe for finished background work).
    var wakeDescriptors: [Int32] { get set }

    /// Shows `canvas` (already the terminal's size).
    func present(_ canvas: Canvas)

    /// Waits up to `timeoutMilliseconds` (blocking in poll(2), never sleeping in a loop) and
    /// returns what arrived; empty when the time ran out.
    func nextEvents(timeoutMilliseconds: Int32) -> [TerminalEvent]

    /// Gives the terminal back in the state it was found in.
    func restore()

    /// Puts `text` on the clipboard of the terminal the user sits at (OSC 52, so over SSH too).
    func copyToClipboard(_ text: String)

    /// Gives the terminal to another program (an editor) for as long as `work` runs, then takes
    /// it back and repaints, as git hands it to `$EDITOR`.
    func handOver(_ work: () -> Void)
}

extension Terminal {
    /// A terminal that is no real screen has nothing to hand over.
    public func handOver(_ work: () -> Void) { work() }
}
