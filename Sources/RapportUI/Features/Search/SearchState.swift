import RapportModel

/// The global search box (`C-f`, `:search`): the text typed, the hits for the newest text
/// answered, and the chosen row.
public struct SearchState: Equatable, Sendable {
    public var editor: LineEditor
    public var hits: [SearchHit] = []
    /// The text `hits` answer; while it differs from the editor's, a newer search is on its way.
    public var answered: String?
    public var selected = 0

    public init(_ text: String = "") { editor = LineEditor(text) }

    /// The hit `Enter` opens.
    public var selectedHit: SearchHit? { hits.indices.contains(selected) ? hits[selected] : nil }

    /// True while the hits shown are for older text than the box holds.
    public var isSearching: Bool { !SearchQuery(editor.text).isEmpty && answered != editor.text }
}
