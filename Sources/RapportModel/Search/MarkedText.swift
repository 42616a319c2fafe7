import Foundation

/// Text with the stretches that matched a search marked, as the index's highlight function
/// returns it: `start` before and `end` after each match.
public struct MarkedText: Hashable, Sendable {
    /// One run of the text, matched or not.
    public struct Run: Hashable, Sendable {
        public var text: String
        public var matched: Bool
        public init(_ text: String, matched: Bool) {
            self.text = text
            self.matched = matched
        }
    }

    public var runs: [Run]

    /// Runs as given, empty ones dropped and neighbours alike joined.
    public init(runs: [Run]) {
        self.runs = runs.reduce(into: []) { joined, run in
            guard !run.text.isEmpty else { return }
            if let last = joined.last, last.matched == run.matched {
                joined[joined.count - 1].text += run.text
            } else {
                joined.append(run)
            }
        }
    }

    /// The markers the store asks SQLite to put around matches: control characters that typed
    /// or imported text does not hold (one that did would only shift a highlight).
    public static let start: Character = "\u{2}"
    public static let end: Character = "\u{3}"

    /// Splits text carrying `start`/`end` markers into runs; an unclosed marker ends at the end.
    ///
    /// Read as UTF-8 bytes (the markers are single bytes no multi-byte character contains): a
    /// search splits hundreds of headlines and bodies a keystroke.
    public init(marked: String) {
        var runs: [Run] = []
        var matched = false
        var utf8 = marked.utf8[...]
        while let marker = utf8.firstIndex(where: { $0 == 2 || $0 == 3 }) {
            runs.append(Run(Self.oneLine(utf8[..<marker]), matched: matched))
            matched = utf8[marker] == 2
            utf8 = utf8[utf8.index(after: marker)...]
        }
        runs.append(Run(Self.oneLine(utf8), matched: matched))
        self.init(runs: runs)
    }

    /// Line breaks become spaces: a snippet is shown on one row.
    private static func oneLine(_ bytes: Substring.UTF8View) -> String {
        let text = String(Substring(bytes))
        guard bytes.contains(where: { $0 == 10 || $0 == 13 }) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }

    /// Marks only the part of each matched word that one of `words` begins (ignoring case and
    /// accents), as the index marks whole words: typing "brook" marks "Brook" of "Brookline".
    public func narrowed(to words: [String]) -> MarkedText {
        let folded = words.map(Self.fold).sorted { $0.count > $1.count }
        var result: [Run] = []
        for run in runs {
            guard run.matched else { result.append(run); continue }
            let text = Self.fold(run.text)
            // Folding keeps one character per character for the scripts it changes; where it
            // does not, the whole word stays marked.
            guard text.count == run.text.count, let word = folded.first(where: { text.hasPrefix($0) }),
                  word.count < run.text.count else { result.append(run); continue }
            result.append(Run(String(run.text.prefix(word.count)), matched: true))
            result.append(Run(String(run.text.dropFirst(word.count)), matched: false))
        }
        return MarkedText(runs: result)
    }

    private static func fold(_ text: String) -> String {
        // ASCII, the common case, folds by its bytes; Foundation's folding is for the rest.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The text without marks.
    public var plain: String { runs.map(\.text).joined() }

    /// The matched stretches alone, in order.
    public var matches: [String] { runs.filter(\.matched).map(\.text) }
}
