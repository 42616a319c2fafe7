import Foundation
import GRDB
import RapportModel

// Migration "v16-search-index": one full-text index over every kind of record the global search
// finds, so a keystroke's search reads the index and nothing else. The migration only creates
// it, empty: filling it from a large file takes tens of seconds, and opening a file must not
// wait for that. `SearchIndexBuild` fills it later in short steps (the dashboard off the main
// thread, the search box or `rapport search` when asked), and the seed once at its end.
extension AppDatabase {
    /// Creates `search_index` (FTS5: a headline and the start of the rest of the text, words
    /// folded and accent-free, with prefix indexes for the one- to three-letter starts people
    /// type first), `search_index_pending` (the id range of each table still to index), and
    /// the triggers that keep the index current.
    ///
    /// A document's rowid is (kind << 40) + the row's id, so the kind and the row come back
    /// with the match and no column needs storing for them. Kind numbers are
    /// `SearchKind.code`'s, written here as literals, as migrations use no app types.
    ///
    /// A table's rows in its pending range are left to the builder, which reads them as they
    /// are when it gets there: the triggers skip them, and index every row outside it.
    ///
    /// Uses string names only, as every migration does.
    static func createSearchIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE search_index USING fts5(
                title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
            CREATE TABLE search_index_pending (
                source TEXT PRIMARY KEY NOT NULL,
                first_id INTEGER NOT NULL,
                next_id INTEGER NOT NULL,
                last_id INTEGER NOT NULL
            ) WITHOUT ROWID;
            """)
        for document in SearchDocument.all {
            // Every row there is now waits for the builder (MIN and MAX of a rowid are one seek).
            let t = document.table
            try db.execute(sql: """
                INSERT INTO search_index_pending (source, first_id, next_id, last_id)
                SELECT '\(t)', (SELECT MIN(id) FROM \(t)), (SELECT MIN(id) FROM \(t)), (SELECT MAX(id) FROM \(t))
                WHERE EXISTS (SELECT 1 FROM \(t))
                """)
            try db.execute(sql: document.triggers)
        }
        // Minutes show their meeting's title: a renamed meeting renames them.
        try db.execute(sql: """
            CREATE TRIGGER search_minutes_after_meeting_rename AFTER UPDATE OF title ON meeting BEGIN
                UPDATE search_index SET title = new.title
                WHERE rowid IN (SELECT (6 << 40) + id FROM meeting_note WHERE meeting_id = new.id);
            END;
            """)
    }
}

/// How one table's rows become documents of the search index: the SQL expressions for the
/// kind number, the headline and the body, over a row named `r` (`new`/`old` in triggers).
/// Part of migration v16: never changed once shipped; a later change is a new migration.
struct SearchDocument {
    let table: String
    /// The kind number as an expression (interactions are notes or mail by their kind).
    let kind: String
    let title: String
    let body: String
    /// Columns whose change rewrites the document.
    let columns: [String]
    /// Rows that make no document (a meeting note with no text).
    var condition = "1"

    /// Characters of a long text that are indexed: a mail's or a note's first lines say what
    /// it is about, and the index of whole bodies was most of the index's size and time.
    static let bodyCharacters = 400

    static let all: [SearchDocument] = [
        SearchDocument(table: "customer", kind: "1", title: "r.name", body: "r.domains || ' ' || r.regions",
                       columns: ["name", "domains", "regions"]),
        SearchDocument(table: "contact", kind: "2", title: "r.name",
                       body: "r.title || ' ' || r.emails || ' ' || r.phone || ' ' || r.department || ' ' || r.role",
                       columns: ["name", "title", "emails", "phone", "department", "role"]),
        SearchDocument(table: "project", kind: "3", title: "r.code || ' ' || r.name",
                       body: "r.pm || ' ' || r.sales_rep || ' ' || substr(r.concerns, 1, \(bodyCharacters))",
                       columns: ["code", "name", "pm", "sales_rep", "concerns"]),
        SearchDocument(table: "punch_item", kind: "4", title: "r.title",
                       body: "substr(r.detail, 1, \(bodyCharacters)) || ' ' || r.assignee",
                       columns: ["title", "detail", "assignee"]),
        SearchDocument(table: "meeting", kind: "5", title: "r.title",
                       body: "substr(r.agenda || ' ' || r.minutes || ' ' || r.details, 1, \(bodyCharacters)) || ' ' || r.location || ' ' || r.organizer",
                       columns: ["title", "agenda", "minutes", "details", "location", "organizer"]),
        SearchDocument(table: "meeting_note", kind: "6",
                       title: "IFNULL((SELECT title FROM meeting WHERE id = r.meeting_id), '')",
                       body: "substr(r.agenda || ' ' || r.minutes, 1, \(bodyCharacters))", columns: ["agenda", "minutes", "meeting_id"],
                       condition: "r.agenda <> '' OR r.minutes <> ''"),
        SearchDocument(table: "intel", kind: "7", title: "r.text", body: "r.category", columns: ["text", "category"]),
        SearchDocument(table: "interaction", kind: "CASE WHEN r.kind IN ('email-in', 'email-out') THEN 9 ELSE 8 END",
                       title: "r.subject", body: "substr(r.body, 1, \(bodyCharacters))", columns: ["kind", "subject", "body"]),
    ]

    private func over(_ row: String, _ sql: String) -> String { sql.replacingOccurrences(of: "r.", with: "\(row).") }

    private func rowid(_ row: String) -> String { "((\(over(row, kind))) << 40) + \(row).id" }

    /// The rows of the table with ids from ?1 to ?2 into the index: one statement, no trigger.
    var fill: String {
        "INSERT INTO search_index (rowid, title, body) SELECT \(rowid("r")), \(title), \(body) FROM \(table) r WHERE r.id BETWEEN ?1 AND ?2 AND (\(condition));"
    }

    /// True (as SQL) when the row is in the range the builder has still to read.
    private func pending(_ row: String) -> String {
        "EXISTS (SELECT 1 FROM search_index_pending p WHERE p.source = '\(table)' AND \(row).id BETWEEN p.next_id AND p.last_id)"
    }

    var triggers: String {
        let insert = """
            INSERT INTO search_index (rowid, title, body)
            SELECT \(rowid("new")), \(over("new", title)), \(over("new", body)) WHERE (\(over("new", condition))) AND NOT \(pending("new"));
            """
        let delete = "DELETE FROM search_index WHERE rowid = \(rowid("old"));"
        return """
            CREATE TRIGGER search_\(table)_after_insert AFTER INSERT ON \(table) BEGIN
                \(insert)
            END;
            CREATE TRIGGER search_\(table)_after_update AFTER UPDATE OF id, \(columns.joined(separator: ", ")) ON \(table) BEGIN
                \(delete)
                \(insert)
            END;
            CREATE TRIGGER search_\(table)_after_delete AFTER DELETE ON \(table) BEGIN
                \(delete)
            END;
            """
    }
}

/// Fills the search index from the tables, a step at a time: each step reads the next ids of a
/// table still pending into the index with one INSERT … SELECT, and moves its range on, in the
/// same transaction, so a step is all or nothing and a writer elsewhere waits one step at most.
enum SearchIndexBuild {
    /// Ids read per step: about 30 ms of the `l` set's mail (4,000 took 100 ms, and the
    /// dashboard's one connection answers nothing else meanwhile); smaller steps cost more in
    /// all, as each commit leaves a segment for FTS5 to merge.
    static let stepRows: Int64 = 1_000

    /// Leaves every row of every table, those there now and those written until the next `step`,
    /// to the builder: the seed calls it first so that its inserts fire no index work.
    static func deferAll(_ db: Database) throws {
        for document in SearchDocument.all {
            try db.execute(sql: """
                INSERT OR REPLACE INTO search_index_pending (source, first_id, next_id, last_id) VALUES (?, 1, 1, ?)
                """, arguments: [document.table, Int64(1) << 40 - 1])
        }
    }

    /// Indexes up to `rows` pending ids (all of them with `.max`) and says how far the index is.
    static func step(_ db: Database, rows: Int64) throws -> SearchIndexProgress {
        var budget = rows
        for document in SearchDocument.all where budget > 0 {
            guard let range = try Row.fetchOne(db, sql: """
                SELECT next_id, last_id FROM search_index_pending WHERE source = ? AND next_id <= last_id
                """, arguments: [document.table]) else { continue }
            var next: Int64 = range[0]
            // No row can come after the highest id there is now without the triggers seeing it.
            let highest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(document.table)") ?? 0
            let last = min(range[1] as Int64, highest)
            while next <= last, budget > 0 {
                let end = min(last, next + min(budget, stepRows) - 1)
                try db.execute(sql: document.fill, arguments: [next, end])
                budget -= end - next + 1
                next = end + 1
            }
            // A finished table keeps its row (next past last, so no trigger defers to it) for the percentage.
            try db.execute(sql: "UPDATE search_index_pending SET next_id = ?, last_id = ? WHERE source = ?",
                           arguments: [next, last, document.table])
        }
        return try progress(db)
    }

    /// How much of the index is built: ids read over ids to read, for every pending table.
    static func progress(_ db: Database) throws -> SearchIndexProgress {
        var done: Int64 = 0, total: Int64 = 0
        for row in try Row.fetchAll(db, sql: "SELECT source, first_id, next_id, last_id FROM search_index_pending") {
            let source: String = row[0]
            guard SearchDocument.all.contains(where: { $0.table == source }) else { continue }
            let highest = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM \(source)") ?? 0
            let first: Int64 = row[1], next: Int64 = row[2]
            let last = min(row[3] as Int64, highest)
            total += max(0, last - first + 1)
            done += max(0, min(next, last + 1) - first)
        }
        return SearchIndexProgress(done: done, total: total)
    }
}
