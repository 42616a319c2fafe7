import GRDB

extension AppDatabase {
    /// `rapport_fold(text)`: Unicode lower case, for filter words beyond ASCII (SQLite's own
    /// `lower()` folds ASCII letters only, so `É` would not find `é`).
    static let foldFunction = DatabaseFunction("rapport_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0])?.lowercased()
    }

    /// Adds the store's SQL functions to a new connection.
    static func addFunctions(_ db: Database) {
        db.add(function: foldFunction)
    }
}
