import Foundation

/// What importing a file into a project would do, as the dashboard's `:import FILE` shows it
/// before anything is written: each column's meaning, the notes, the rows added and updated,
/// the problems that stop it. `PunchFileImporting` makes one; `lines` are the dry run's.
public struct PunchImportPreview: Hashable, Sendable {
    /// One column of the file and what Rapport makes of it (`detail (after Description, labelled)`).
    public struct Column: Hashable, Sendable {
        public var header: String
        public var meaning: String
        /// No field takes it; its values are lost unless kept in the detail.
        public var isUnused: Bool

        public init(header: String, meaning: String, isUnused: Bool) {
            self.header = header
            self.meaning = meaning
            self.isUnused = isUnused
        }
    }

    public var file: String
    /// The tool the header looks like (`Procore import template`).
    public var kind: String
    public var columns: [Column]
    public var notes: [String]
    /// Rows that read cleanly.
    public var rows: Int
    public var added: Int
    /// Numbers the project already has: those items are updated, not duplicated.
    public var updated: [Int]
    /// Every cell that stops the import, as `file, line N, field F: reason`.
    public var problems: [String]
    /// The whole report, one line each, as `rapport punch import --dry-run` prints it.
    public var lines: [String]

    public init(file: String, kind: String, columns: [Column], notes: [String], rows: Int, added: Int, updated: [Int],
                problems: [String], lines: [String]) {
        self.file = file
        self.kind = kind
        self.columns = columns
        self.notes = notes
        self.rows = rows
        self.added = added
        self.updated = updated
        self.problems = problems
        self.lines = lines
    }

    /// An import would write something and nothing stops it.
    public var canImport: Bool { problems.isEmpty && rows > 0 }
}

/// Reads punch-list files (CSV or .xlsx) for a project and imports them; the command-line
/// wiring provides it (as `PunchExporter` for `:export`), so the UI stays free of file formats.
///
/// `mappings` are `--map` texts (`"Column=field"`), `dateOrder` is `mdy` or `dmy`. A file that
/// cannot be read at all throws `AppError.importFailed` (or `cannotOpen`); cell problems are
/// in the preview, and `commit` throws the first of them, writing nothing.
public protocol PunchFileImporting: Sendable {
    func preview(path: String, projectId: Int64, mappings: [String], dateOrder: String?, keepUnknown: Bool,
                 sheet: String?) throws -> PunchImportPreview
    func commit(path: String, projectId: Int64, mappings: [String], dateOrder: String?, keepUnknown: Bool,
                sheet: String?, by who: String, at: Date) throws -> PunchImportResult
}
