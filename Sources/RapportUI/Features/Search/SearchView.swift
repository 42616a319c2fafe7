import RapportModel

/// The search box's hits over the body, one a row: what it is, its headline and the words
/// around the match (matches marked), and on the right where it belongs. The text being typed
/// is on the input line at the bottom, as for `/` and `:`.
struct SearchView {
    let state: AppState
    let search: SearchState

    /// The box the hits are drawn in: the body, at most 110 columns wide, centred.
    static func box(in body: Rect) -> Rect {
        let width = min(body.width, 110)
        return Rect(x: body.x + (body.width - width) / 2, y: body.y, width: width, height: body.height)
    }

    /// The first hit shown, so that the chosen one is in view among `rows`.
    static func top(selected: Int, rows: Int) -> Int { max(0, selected - max(1, rows) + 1) }

    func render(into canvas: inout Canvas, area body: Rect, theme: Theme) {
        let box = Self.box(in: body)
        let count = search.hits.count
        var title = search.answered.map { SearchQuery($0).isEmpty ? "Search" : "Search: \(count == SearchModal.limit ? "\(count)+" : "\(count)") found" } ?? "Search"
        // Until the index is built, hits come from the part that is: say how much.
        if let index = state.searchIndex, !index.isComplete { title += " · indexing… \(index.percent)%" }
        let inner = Block(title: title, note: "↑↓ choose · Enter open · Esc close", focused: true)
            .render(into: &canvas, area: box, theme: theme)
        guard inner.width > 4, inner.height > 0 else { return }
        if search.hits.isEmpty {
            let words = SearchQuery(search.editor.text)
            let text = words.isEmpty
                ? "Type part of a name, a code or words: projects, punch items, meetings and minutes, customers, contacts, intel, notes and mail."
                : search.isSearching ? "Searching…" : "Nothing matches \(words.words.joined(separator: " ")) (every word must begin a word)"
            canvas.put(text, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: theme[.dim])
            return
        }
        let top = Self.top(selected: search.selected, rows: inner.height)
        for (row, index) in (top..<min(count, top + inner.height)).enumerated() {
            draw(search.hits[index], y: inner.y + row, in: inner, into: &canvas, theme: theme)
            if index == search.selected {
                let bar = theme[.selection]
                canvas.restyle(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1)) { style in
                    style = Style(foreground: bar.foreground == .default ? style.foreground : bar.foreground,
                                  background: bar.background, attributes: style.attributes.union(bar.attributes))
                }
            }
        }
    }

    private func draw(_ hit: SearchHit, y: Int, in inner: Rect, into canvas: inout Canvas, theme: Theme) {
        let labelWidth = 9
        let contextWidth = min(DisplayWidth.of(hit.context), inner.width / 4)
        let end = inner.maxX - 1 - (contextWidth > 0 ? contextWidth + 2 : 0)
        var x = inner.x + 1
        canvas.put(hit.kind.label, x: x, y: y, maxWidth: labelWidth - 1, style: theme[.dim])
        x += labelWidth
        // The headline takes what it needs up to two thirds of the room; the snippet the rest.
        let titleRoom = max(0, min(DisplayWidth.of(hit.title.plain), (end - x) * 2 / 3))
        x += put(hit.title, x: x, y: y, width: titleRoom, base: .text, canvas: &canvas, theme: theme)
        if !hit.snippet.runs.isEmpty, end - x > 6 {
            x += 2
            _ = put(hit.snippet, x: x, y: y, width: end - x, base: .dim, canvas: &canvas, theme: theme)
        }
        if contextWidth > 0 {
            canvas.put(hit.context, x: inner.maxX - 1 - contextWidth, y: y, maxWidth: contextWidth, style: theme[.dim])
        }
    }

    /// Writes the runs from `x` within `width` columns, the matched ones marked; returns the columns used.
    private func put(_ text: MarkedText, x: Int, y: Int, width: Int, base: ThemeRole, canvas: inout Canvas, theme: Theme) -> Int {
        var used = 0
        for run in text.runs where used < width {
            used += canvas.put(run.text, x: x + used, y: y, maxWidth: width - used, style: theme[run.matched ? .statusKey : base])
        }
        return used
    }
}
