import RapportModel

/// The punch list of the selected project: open items first (or as sorted), marks, groups
/// with counts, and overdue dates that stand out.
struct PunchPane {
    let state: AppState

    static let columns = [
        TableColumn(title: "", width: 1),
        TableColumn(title: "#", width: 4, alignRight: true),
        TableColumn(title: "Status", width: 7),
        TableColumn(title: "Pri", width: 3),
        TableColumn(title: "Location", width: 10, flex: 1, dropRank: 2),
        TableColumn(title: "Title", width: 14, flex: 3),
        TableColumn(title: "Assignee", width: 8, dropRank: 1),
        // Room for "!" before an overdue date: overdue is said by a sign, not by colour alone.
        TableColumn(title: "Due", width: 7),
    ]

    static let groupColumn = TableColumn(title: "Group", width: 11, flex: 1)

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let list = state.punch.list
        let view = state.punch.settings
        let focused = state.focus == .punch
        let inner = Block(title: title, note: state.selectedProject == nil ? "" : PaneNote.position(list), focused: focused)
            .render(into: &canvas, area: area, theme: theme)
        guard state.selectedProject != nil else {
            canvas.put("No project selected", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme[.dim])
            return
        }
        if list.loaded, list.total == 0 {
            let text = view.filter.isEmpty
                ? "No punch items on this project" + keyNote(.addItem, "adds one")
                : "No item matches the filter" + keyNote(.back, "clears it")
            canvas.put(text, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: theme[.dim])
            return
        }
        let today = state.today
        let grouped = view.grouping != .none
        let counts = Dictionary(view.groups.map { ($0.key, $0.count) }, uniquingKeysWith: { a, _ in a })
        // Grouped by location, the group column replaces the location column it would repeat.
        let byLocation = view.grouping == .location
        var columns = Self.columns
        if grouped { columns.insert(Self.groupColumn, at: 0) }
        if byLocation { columns.removeAll { $0.title == "Location" } }
        Table(columns: columns,
              top: list.top, selected: list.selected, total: list.total, focused: focused) { i in
            guard let item = list.row(at: i) else { return nil }
            var cells: [TableCell] = []
            if grouped {
                let key = groupKey(item)
                // A group's name shows on its first row, and on the top row when scrolled into it.
                let first = i == list.top || list.row(at: i - 1).map { groupKey($0) != key } ?? true
                // A location group is named by its room, the last part of the path.
                let name = key.split(separator: "/").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "(none)"
                cells.append(TableCell(first ? "\(name) (\(counts[key] ?? 0))" : "", .header))
            }
            let done = !item.status.isOpen
            let overdue = !done && (item.dueOn.map { $0 < today } ?? false)
            let base: ThemeRole? = done ? .dim : nil
            cells += [TableCell(state.punch.marked.contains(item.id) ? "●" : (item.blocksAcceptance && !done ? "$" : ""),
                                state.punch.marked.contains(item.id) ? .marked : .dim),
                      TableCell(String(item.number), base), TableCell(item.status.label, base),
                      TableCell(item.priority.label, done ? .dim : (item.priority == .p1 ? .urgent : nil)),
                      TableCell(item.location, base ?? .dim), TableCell(item.title, base),
                      TableCell(item.assignee, base),
                      TableCell(item.dueOn.map { (overdue ? "!" : "") + TimeText.monthDay($0) } ?? "", overdue ? .overdue : base)]
            if byLocation { cells.remove(at: cells.count - 4) }  // the location cell
            return cells
        }.render(into: &canvas, area: inner, theme: theme)
    }

    /// " · a adds one", from the live keymap; nothing when the command has no key here.
    private func keyNote(_ command: Command, _ text: String) -> String {
        state.keymap.keys(for: command, in: [.view(.punch), .global]).first.map { " · \($0) \(text)" } ?? ""
    }

    private func groupKey(_ item: PunchRow) -> String {
        state.punch.settings.grouping == .category ? item.category.rawValue : item.locationPath
    }

    /// "2 Punch list · BER-0004 · 12 of 40 match · by location"
    private var title: String {
        guard let project = state.selectedProject else { return "2 Punch list" }
        let view = state.punch.settings
        var parts = ["2 Punch list", project.code]
        if state.punch.list.loaded {
            let list = state.punch.list
            let total = list.total
            if list.counting {
                parts.append("≥ \(total) of \(view.unfilteredTotal) match…")
            } else {
                parts.append(view.filter.isEmpty ? Counted.text(total, "item") : "\(total) of \(view.unfilteredTotal) match")
            }
        }
        if !view.filter.isEmpty { parts.append("/\(view.filterText)") }
        if view.sort != .status { parts.append("sort \(view.sort.rawValue)") }
        if view.grouping != .none { parts.append("by \(view.grouping.rawValue)") }
        if !state.punch.marked.isEmpty { parts.append("\(state.punch.marked.count) marked") }
        return parts.joined(separator: " · ")
    }
}
