/// A terminal in memory: replays scripted events and keeps the last canvas it was shown.
@MainActor
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var lastCanvas: Canvas?
    public private(set) var frames = 0
    public var wakeDescriptors: [Int32] = []
    private var script: [TerminalEvent]

    public init(size: Size, script: [TerminalEvent] = []) {
        self.size = size
        self.script = script
    }

    public func enqueue(_ events: [TerminalEvent]) { script += events }

    /// Where the last frame left the terminal's cursor, as the curses terminal places it, and
    /// whether it was shown; nil when the frame gave no place.
    public private(set) var cursorPosition: CursorPosition?
    public private(set) var cursorVisible = false

    public func present(_ canvas: Canvas) {
        lastCanvas = canvas
        frames += 1
        cursorPosition = canvas.cursorPlacement?.position
        cursorVisible = canvas.cursorPlacement?.visible ?? false
    }

    /// Hands out one scripted event at a time, so every key is followed by a frame, as on a terminal.
    public func nextEvents(timeoutMilliseconds: Int32) -> [TerminalEvent] {
        guard !script.isEmpty else { return [] }
        let event = script.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return [event]
    }

    public var isDrained: Bool { script.isEmpty }

    public func restore() {}

    /// What was copied, oldest first.
    public private(set) var clipboard: [String] = []

    public func copyToClipboard(_ text: String) { clipboard.append(text) }

    /// How many times the terminal was handed to another program.
    public private(set) var handOvers = 0

    public func handOver(_ work: () -> Void) {
        handOvers += 1
        work()
    }
}
