import Foundation
import GRDB

// Migration "v12-search-index": one full-text index over every kind of record the global search
// finds, kept current by triggers, so a keystroke's search reads the index and nothing else.
extension AppDatabase {
    /// Creates `search_index` (FTS5: a headline and the rest of the text, words folded and
    /// accent-free, with prefix indexes for the one- to three-letter starts people type first),
    /// fills it from the tables, and adds the triggers that keep it.
    ///
    /// A document's rowid is (kind << 40) + the row's id, so the kind and the row come back
    /// with the match and no column needs storing for them. Kind numbers are
    /// `SearchKind.code`'s, written here as literals, as migrations use no app types.
    ///
    /// Uses string names only, as every migration does.
    static func createSearchIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE search_index USING fts5(
                title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
            """)
        for document in SearchDocument.all {
            try db.execute(sql: document.fill)
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
/// Part of migration v12: never changed once shipped; a later change is a new migration.
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

    static let all: [SearchDocument] = [
        SearchDocument(table: "customer", kind: "1", title: "r.name", body: "r.domains || ' ' || r.regions",
                       columns: ["name", "domains", "regions"]),
        SearchDocument(table: "contact", kind: "2", title: "r.name",
                       body: "r.title || ' ' || r.emails || ' ' || r.phone || ' ' || r.department || ' ' || r.role",
                       columns: ["name", "title", "emails", "phone", "department", "role"]),
        SearchDocument(table: "project", kind: "3", title: "r.code || ' ' || r.name",
                       body: "r.pm || ' ' || r.sales_rep || ' ' || r.concerns",
                       columns: ["code", "name", "pm", "sales_rep", "concerns"]),
        SearchDocument(table: "punch_item", kind: "4", title: "r.title", body: "r.detail || ' ' || r.assignee",
                       columns: ["title", "detail", "assignee"]),
        SearchDocument(table: "meeting", kind: "5", title: "r.title",
                       body: "r.agenda || ' ' || r.minutes || ' ' || r.details || ' ' || r.location || ' ' || r.organizer",
                       columns: ["title", "agenda", "minutes", "details", "location", "organizer"]),
        SearchDocument(table: "meeting_note", kind: "6",
                       title: "IFNULL((SELECT title FROM meeting WHERE id = r.meeting_id), '')",
                       body: "r.agenda || ' ' || r.minutes", columns: ["agenda", "minutes", "meeting_id"],
                       condition: "r.agenda <> '' OR r.minutes <> ''"),
        SearchDocument(table: "intel", kind: "7", title: "r.text", body: "r.category", columns: ["text", "category"]),
        SearchDocument(table: "interaction", kind: "CASE WHEN r.kind IN ('email-in', 'email-out') THEN 9 ELSE 8 END",
                       title: "r.subject", body: "r.body", columns: ["kind", "subject", "body"]),
    ]

    private func over(_ row: String, _ sql: String) -> String { sql.replacingOccurrences(of: "r.", with: "\(row).") }

    private func rowid(_ row: String) -> String { "((\(over(row, kind))) << 40) + \(row).id" }

    /// Every row of the table into the index.
    var fill: String {
        "INSERT INTO search_index (rowid, title, body) SELECT \(rowid("r")), \(title), \(body) FROM \(table) r WHERE \(condition);"
    }

    var triggers: String {
        let insert = """
            INSERT INTO search_index (rowid, title, body)
            SELECT \(rowid("new")), \(over("new", title)), \(over("new", body)) WHERE \(over("new", condition));
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
