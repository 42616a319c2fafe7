import Foundation

/// One result of a global search: what it is, where to open it, and its text with the matches marked.
public struct SearchHit: Hashable, Sendable {
    public var kind: SearchKind
    /// The row's id in its own table (the customer's, the item's, the meeting note's …).
    public var id: Int64
    public var title: MarkedText
    /// A short stretch of the rest of the text around the matches; empty when only the title matched.
    public var snippet: MarkedText
    /// Where it belongs, for the row and the CLI: "Acme Corp", "P-1042 · Acme Corp".
    public var context: String
    /// What opens it: the customer a contact, note, intel or mail belongs to, the meeting and
    /// occurrence of minutes, the item's project.
    public var target: SearchTarget
    /// Higher is better (`SearchScore`).
    public var score: Double

    public init(kind: SearchKind, id: Int64, title: MarkedText, snippet: MarkedText, context: String,
                target: SearchTarget, score: Double) {
        self.kind = kind
        self.id = id
        self.title = title
        self.snippet = snippet
        self.context = context
        self.target = target
        self.score = score
    }
}

/// The view a hit opens in.
public enum SearchTarget: Hashable, Sendable {
    case customer(id: Int64, contactId: Int64?)
    case project(id: Int64)
    case punchItem(id: Int64)
    /// A meeting at one occurrence (its original start), with what the calendar row shows.
    case meeting(AgendaEntry)
}

/// The global search over every kind of record (`Ctrl-f`, `:search`, `rapport search`).
public protocol SearchSource: Sendable {
    /// The best `limit` hits for `text`: every word must match the start of a word in the
    /// record, best first. Blank text finds nothing; dates in the context are days in `timeZone`.
    func search(_ text: String, limit: Int, timeZone: TimeZone) throws -> [SearchHit]
    /// Adds the next records not yet in the index (a step of a few tens of milliseconds) and
    /// says how far it is; a search before the end finds only what is indexed so far.
    func buildSearchIndex() throws -> SearchIndexProgress
}

/// How much of the search index is built: records read over records to read.
public struct SearchIndexProgress: Hashable, Sendable {
    public var done: Int64
    public var total: Int64

    public init(done: Int64, total: Int64) {
        self.done = done
        self.total = total
    }

    public static let complete = SearchIndexProgress(done: 0, total: 0)

    public var isComplete: Bool { done >= total }

    /// Whole percent, never 100 before the end.
    public var percent: Int { isComplete ? 100 : min(99, Int(done * 100 / max(1, total))) }
}
