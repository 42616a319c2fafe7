/// A scrolling list whose rows live in the database: it holds the selection, the scroll
/// position and only a window of loaded rows around what is visible.
///
/// The selection is optional (ratatui's `TableState`): an empty list selects nothing, so code
/// that acts on "the selected row" must say what it does when there is none.
public struct ListState<Row: Hashable & Sendable>: Equatable, Sendable {
    /// Rows in the whole list (from a COUNT query).
    public private(set) var total = 0
    /// The selected index in the whole list; nil while the list is empty.
    public private(set) var selected: Int?
    /// Index of the first visible row.
    public private(set) var top = 0
    /// Index of `rows.first` in the whole list.
    public private(set) var windowStart = 0
    public private(set) var rows: [Row] = []
    /// The list has been loaded at least once.
    public private(set) var loaded = false

    public init() {}

    /// The selected row, when there is one and it is loaded.
    public var selectedRow: Row? { selected.flatMap(row(at:)) }

    /// The row at index `i` of the whole list, when it is loaded.
    public func row(at i: Int) -> Row? {
        let j = i - windowStart
        return j >= 0 && j < rows.count ? rows[j] : nil
    }

    public mutating func apply(_ motion: ListMotion, visibleRows: Int) {
        let current = selected ?? 0
        switch motion {
        case .rows(let n): select(current + n, visibleRows: visibleRows)
        case .pages(let n): select(current + n * max(1, visibleRows), visibleRows: visibleRows)
        case .first: select(0, visibleRows: visibleRows)
        case .last: select(total - 1, visibleRows: visibleRows)
        }
    }

    /// Selects `index`, clamped to the list, and scrolls so it is visible.
    public mutating func select(_ index: Int, visibleRows: Int) {
        selected = total == 0 ? nil : max(0, min(total - 1, index))
        scrollToSelection(visibleRows: visibleRows)
    }

    public mutating func scrollToSelection(visibleRows: Int) {
        let visible = max(1, visibleRows)
        if let selected {
            if selected < top { top = selected }
            if selected >= top + visible { top = selected - visible + 1 }
        }
        top = max(0, min(top, max(0, total - visible)))
    }

    /// The rows to load so that the visible ones are in memory: nil when they already are.
    /// The window reaches a page beyond each side, so paging does not wait on every key.
    public func windowNeeded(visibleRows: Int) -> (offset: Int, limit: Int)? {
        let visible = max(1, visibleRows)
        let end = min(total, top + visible)
        if loaded, top >= windowStart, end <= windowStart + rows.count { return nil }
        let offset = max(0, top - visible)
        return (offset, visible * 3)
    }

    /// Takes a freshly counted and loaded window; keeps the selection where it can.
    public mutating func receive(total: Int, offset: Int, rows: [Row], visibleRows: Int) {
        self.total = total
        counting = false
        windowStart = offset
        self.rows = rows
        loaded = true
        select(selected ?? 0, visibleRows: visibleRows)
    }

    /// True while `total` is only the rows known so far (at least that many), the count still
    /// on its way.
    public private(set) var counting = false

    /// Takes a window loaded before its list was counted: the total is at least the rows up to
    /// its end until `counted` gives it.
    public mutating func receiveUncounted(offset: Int, rows: [Row], visibleRows: Int) {
        let known = offset + rows.count
        total = counting ? max(total, known) : known
        counting = true
        windowStart = offset
        self.rows = rows
        loaded = true
        select(selected ?? 0, visibleRows: visibleRows)
    }

    /// The count that was on its way.
    public mutating func counted(_ total: Int, visibleRows: Int) {
        self.total = total
        counting = false
        select(selected ?? 0, visibleRows: visibleRows)
    }

    /// Starts over at the top, as when the punch pane switches to another project.
    public mutating func reset() {
        self = ListState()
    }
}

/// How a selection moves through a list.
public enum ListMotion: Equatable, Sendable {
    case rows(Int), pages(Int), first, last

    /// Where `selected` goes among `count` lines held in memory (a detail view's lines, a page
    /// being five); nil when there are none.
    func moved(_ selected: Int?, count: Int) -> Int? {
        guard count > 0 else { return nil }
        let current = selected ?? 0
        switch self {
        case .rows(let n): return max(0, min(count - 1, current + n))
        case .pages(let n): return max(0, min(count - 1, current + n * 5))
        case .first: return 0
        case .last: return count - 1
        }
    }
}
