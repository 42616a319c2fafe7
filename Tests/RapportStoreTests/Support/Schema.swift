import Foundation
@testable import RapportStore

/// Read-only looks at the schema through the store's own connection.
extension AppDatabase {
    func tableNames() throws -> Set<String> {
        try read { db in
            try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
    }

    func columnNames(of table: String) throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]) }
    }

    /// Index name → indexed columns, for one table; an indexed expression shows as `<expression>`.
    func indexes(on table: String) throws -> [String: [String]] {
        try read { db in
            var result: [String: [String]] = [:]
            for name in try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list(?)", arguments: [table]) {
                result[name] = try String?.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno",
                                                    arguments: [name]).map { $0 ?? "<expression>" }
            }
            return result
        }
    }

    /// Each foreign key of `table` as "column → table".
    func foreignKeys(of table: String) throws -> Set<String> {
        try read { db in
            try Set(String.fetchAll(db, sql: "SELECT \"from\" || ' → ' || \"table\" FROM pragma_foreign_key_list(?)",
                                    arguments: [table]))
        }
    }

    func journalMode() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    }
}
