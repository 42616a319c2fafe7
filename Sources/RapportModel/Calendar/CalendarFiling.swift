import Foundation

/// Calendar files for the dashboard (`:import FILE.ics`, `:export-calendar`, `:calendar-sync
/// DIR`), as the command line does them; the command-line wiring provides it, so the UI stays
/// free of file formats. Each returns the line that says what it did, as the CLI prints it.
public protocol CalendarFiling: Sendable {
    /// The events of an .ics file, all or nothing, as one undo step.
    func importCalendar(path: String, by who: String, at: Date) throws -> String
    /// Every meeting as one .ics file at `path` (nil: a dated name in the current folder).
    func exportCalendar(path: String?, at: Date) throws -> String
    /// A vdir synced both ways: new and changed files read, Rapport's changed meetings written.
    func syncCalendar(folder: String, by who: String, at: Date) throws -> String
}

/// One calendar-file job the dashboard asks for.
public enum CalendarFileJob: Equatable, Sendable {
    case importFile(path: String)
    case export(path: String?)
    case sync(folder: String)

    /// Whether it may change the database (and so the calendar shown).
    public var writes: Bool {
        if case .export = self { return false }
        return true
    }
}
