import Foundation
import RapportModel
import RapportStore

/// The global search box: each keystroke searches the whole index again, so a keystroke's
/// search is what must stay within a frame.
enum SearchScenarios {
    static func all(database: AppDatabase, zone: TimeZone, iterations n: Int) throws -> [Scenario] {
        // A file made before the index (or left half built) is searched whole, as after the dashboard's build.
        try database.completeSearchIndex()
        // A contact's name typed a letter at a time, from the first letter (the widest prefix).
        guard let name = try database.search("a", limit: 200, timeZone: zone).first(where: { $0.kind == .contact })?.title.plain
        else { return [] }
        let prefixes = (1...name.count).map { String(name.prefix($0)) }.filter { !SearchQuery($0).isEmpty }
        var next = 0
        func typed() -> String {
            defer { next = (next + 1) % prefixes.count }
            return prefixes[next]
        }
        return [
            Scenario(name: "search: a keystroke, typing \"\(name)\"", targetMilliseconds: 16, iterations: n,
                     body: { _ = try database.search(typed(), limit: 50, timeZone: zone) }),
            // Two common words across 100,000 items and 200,000 messages: the most rows to rank.
            Scenario(name: "search: \"the a\" (words in most records)", targetMilliseconds: 16, iterations: n,
                     body: { _ = try database.search("the a", limit: 50, timeZone: zone) }),
        ]
    }
}
