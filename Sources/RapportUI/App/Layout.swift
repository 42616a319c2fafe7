/// Where each pane goes for a terminal size: projects and punch list on the left (the PM's
/// half), calendar and temperature on the right (the salesperson's), a top bar and a status bar.
public struct Layout: Equatable, Sendable {
    public static let minimum = Size(columns: 60, rows: 16)

    public let size: Size
    /// The pane that has the whole body to itself, if one is zoomed.
    public let zoomed: ViewID?

    public init(size: Size, zoomed: ViewID? = nil) {
        self.size = size
        self.zoomed = zoomed
    }

    public var isTooSmall: Bool { size.columns < Self.minimum.columns || size.rows < Self.minimum.rows }

    public var topBar: Rect { Rect(x: 0, y: 0, width: size.columns, height: 1) }
    public var statusBar: Rect { Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1) }
    public var body: Rect { Rect(x: 0, y: 1, width: size.columns, height: size.rows - 2) }

    /// The frame of a dashboard pane; an id that is not one of the four gets the whole body.
    /// While one pane is zoomed it has the body and the others have no room.
    public func frame(_ pane: ViewID) -> Rect {
        if let zoomed { return pane == zoomed ? body : Rect(x: body.x, y: body.y, width: 0, height: 0) }
        let (left, right) = body.splitLeft(size.columns * 3 / 5)
        let (projects, punch) = left.splitTop(body.height * 9 / 20)
        let (calendar, temperature) = right.splitTop(body.height * 11 / 20)
        switch pane {
        case .projects: return projects
        case .punch: return punch
        case .calendar: return calendar
        case .temperature: return temperature
        default: return body
        }
    }

    /// Rows of data a pane shows: its frame less the border and the column header.
    public func listRows(_ pane: ViewID) -> Int { max(1, frame(pane).height - 3) }
}
