/// A mouse report from the terminal (SGR 1006 mode): what happened and in which cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case press(MouseButton)
        case release
        case wheelUp, wheelDown
    }

    public var kind: Kind
    /// The cell, from 0 at the top left.
    public var x: Int
    public var y: Int
    /// 2 for the second press of a double-click (same cell, soon after); else 1.
    public var clicks: Int

    public init(_ kind: Kind, x: Int, y: Int, clicks: Int = 1) {
        self.kind = kind
        self.x = x
        self.y = y
        self.clicks = clicks
    }
}

public enum MouseButton: Hashable, Sendable { case left, middle, right }
