import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport search TEXT`: the TUI's global search from the shell, best hits first.
    struct SearchCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search projects, punch items, meetings and minutes, customers, contacts, intel, notes and mail.",
            discussion: """
                Every word must begin a word of the record ("bro conf" finds "Brookline Conference \
                Room"); case and accents do not matter. Hits are ranked by how well they match, \
                names and codes before the notes and mail that mention them. Matches are marked \
                [like this] in text output; JSON gives the plain text and the matched words.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The words to look for.") var words: [String]
        @Option(help: "How many hits at most.") var limit: Int = 20
        @Option(help: "text or json.") var format: Format = .text
        @Option(help: "Show dates in this IANA zone (default: TZ).") var zone: String?

        func validate() throws {
            guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
            guard !SearchQuery(words.joined(separator: " ")).isEmpty else {
                throw ValidationError("give a word to search for (letters or digits)")
            }
        }

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                // Not opened to read only: a file whose index is not built yet gets it built first
                // (the dashboard builds it in the background; here one transaction does it all).
                let context = try CalendarContext(options: database, zone: zone)
                let before = try context.database.searchIndexProgress()
                if !before.isComplete, !context.database.isReadOnly {
                    FileHandle.standardError.write(Data("rapport: building the search index (\(before.percent)% done; once per file)…\n".utf8))
                    try context.database.completeSearchIndex()
                }
                let index = try context.database.searchIndexProgress()
                if !index.isComplete {
                    FileHandle.standardError.write(Data("rapport: the search index is \(index.percent)% built (read-only file): some records are not searched\n".utf8))
                }
                let text = words.joined(separator: " ")
                let hits = try context.database.search(text, limit: limit, timeZone: context.zone)
                switch format {
                case .text: return SearchText.text(hits, for: text)
                case .json: return try SearchText.json(hits)
                }
            }
        }
    }
}

/// Search hits as the CLI prints them.
enum SearchText {
    static func text(_ hits: [SearchHit], for text: String) -> String {
        guard !hits.isEmpty else { return "Nothing matches \(TerminalSafe.line(text)).\n" }
        return hits.map { hit in
            var line = "\(TableText.fit(hit.kind.label, 8)) \(marked(hit.title))"
            if !hit.context.isEmpty { line += "  (\(TerminalSafe.line(hit.context)))" }
            if !hit.snippet.runs.isEmpty { line += "\n         \(marked(hit.snippet))" }
            return line + "\n"
        }.joined()
    }

    /// Matches in brackets, so they show without colour and in a pipe.
    private static func marked(_ text: MarkedText) -> String {
        text.runs.map { TerminalSafe.line($0.matched ? "[\($0.text)]" : $0.text) }.joined()
    }

    struct Row: Encodable {
        var kind: String
        var id: Int64
        var title: String
        var snippet: String
        var context: String
        var matches: [String]
        var score: Double
    }

    static func json(_ hits: [SearchHit]) throws -> String {
        let rows = hits.map {
            Row(kind: $0.kind.rawValue, id: $0.id, title: $0.title.plain, snippet: $0.snippet.plain, context: $0.context,
                matches: $0.title.matches + $0.snippet.matches, score: ($0.score * 1000).rounded() / 1000)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalSafe.json(String(decoding: try encoder.encode(rows), as: UTF8.self)) + "\n"
    }
}
