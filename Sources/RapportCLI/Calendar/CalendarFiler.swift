import Foundation
import RapportInterop
import RapportModel
import RapportStore

/// Calendar files, once for both the command line (`rapport import ics`, `export ics`,
/// `calendar sync`) and the dashboard (`:import FILE.ics`, `:export-calendar`, `:calendar-sync`).
struct CalendarFiler: CalendarFiling {
    let database: AppDatabase
    /// Floating times in files are read in this zone.
    let zone: TimeZone
    /// Where an export with no path given goes.
    var folder = FileManager.default.currentDirectoryPath

    // The dashboard's status line names files by their names; the command line by the paths given.

    func importCalendar(path: String, by who: String, at: Date) throws -> String {
        try importCalendar(path: path, projectId: nil, customerId: nil, by: who, at: at, naming: Self.name(path))
    }

    func importCalendar(path: String, projectId: Int64?, customerId: Int64?, by who: String, at: Date,
                        naming source: String? = nil) throws -> String {
        let data = try CalendarFiles.read(path)
        let events: [CalendarEvent]
        do throws(ICalendarError) {
            events = try ICalendarReader(floatingZone: zone).events(from: data)
        } catch {
            throw AppError.importFailed(file: path, line: error.line, reason: error.reason)
        }
        let result = try database.importCalendar(events, projectId: projectId, customerId: customerId,
                                                 label: "import \((path as NSString).lastPathComponent)", by: who, at: at)
        return TerminalSafe.text(CalendarFiles.summary(result, source: source ?? path))
    }

    func exportCalendar(path: String?, at: Date) throws -> String {
        let day = LocalDate(at, in: zone).iso
        let target = path ?? (folder as NSString).appendingPathComponent("rapport-calendar-\(day).ics")
        return try export(projectId: nil, customerId: nil, to: target, at: at, naming: Self.name(target))
    }

    private static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// The file's text for the chosen meetings, and how many meetings and events it holds.
    func exportText(projectId: Int64?, customerId: Int64?, at: Date) throws -> (text: String, meetings: Int, events: Int) {
        let events = try database.calendarEvents(projectId: projectId, customerId: customerId)
        return (ICalendarWriter(now: at).text(events), events.filter { $0.meeting.recurrenceId == nil }.count, events.count)
    }

    func export(projectId: Int64?, customerId: Int64?, to path: String, at: Date, naming name: String? = nil) throws -> String {
        let (text, meetings, events) = try exportText(projectId: projectId, customerId: customerId, at: at)
        try OutputFile.write(text, to: path)
        return TerminalSafe.text("Exported \(Counted.text(meetings, "meeting")) (\(Counted.text(events, "event"))) to \(name ?? path)")
    }

    func syncCalendar(folder: String, by who: String, at: Date) throws -> String {
        try syncCalendar(folder: folder, by: who, at: at, naming: Self.name(folder))
    }

    func syncCalendar(folder: String, by who: String, at: Date, naming name: String?) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIError("\(TerminalSafe.line(folder)): no such folder; make it first (mkdir -p), or give vdirsyncer's path")
        }
        let path = URL(fileURLWithPath: folder).standardizedFileURL.path
        let report: VdirSync.Report
        do {
            report = try VdirSync(folder: path, store: database, floatingZone: zone, by: who, at: at).run()
        } catch let error as VdirError {
            throw CLIError(error.description)
        }
        return TerminalSafe.text(RapportCommand.CalendarCommand.Sync.summary(report, folder: name ?? folder))
    }
}
