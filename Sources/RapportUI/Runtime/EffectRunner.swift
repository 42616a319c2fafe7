import Foundation
import RapportModel

/// Runs one effect against the data source and says how it went, as an action. It holds no
/// state of the app (effects carry what they need), so it runs on any thread.
struct EffectRunner: Sendable {
    let source: any TriageSource
    /// Customers, projects and their records; nil where none are kept (tests of the punch list).
    let records: (any RecordSource)?
    let exporter: (any PunchExporter)?
    let importer: (any PunchFileImporting)?
    var calendarFiles: (any CalendarFiling)? = nil
    let clock: @Sendable () -> Date

    /// Effects that may take long and so run off the main thread, with what the status line
    /// says while they do; nil for the quick ones, which run at once.
    static func slowWork(_ effect: Effect) -> String? {
        switch effect {
        case .loadTemperatures: return "Scoring customer temperatures"
        case .loadTemperatureOverview: return "Reading the watch list"
        case .export: return "Exporting the punch list"
        case .countPunch: return "Counting the matches"
        case .countAgenda: return "Counting the meetings"
        case .previewImport(let path, _): return "Reading \((path as NSString).lastPathComponent)"
        case .write(.importFile(let path, _), _): return "Importing \((path as NSString).lastPathComponent)"
        case .calendarFile(.importFile(let path), _): return "Importing \((path as NSString).lastPathComponent)"
        case .calendarFile(.export, _): return "Exporting the calendar"
        case .calendarFile(.sync(let folder), _): return "Syncing \((folder as NSString).lastPathComponent)"
        // Off the main thread so typing never waits on a search; the newest asked for wins.
        case .search: return "Searching"
        // Its steps go on behind everything for a while; the search box says how far it is.
        case .buildSearchIndex: return ""
        default: return nil
        }
    }

    /// The reads a view makes when it opens: they change nothing, so they may be read ahead
    /// (`Runtime+ReadAhead`); any other effect may write, and what was read ahead is forgotten.
    static func readsForAView(_ effect: Effect) -> Bool {
        switch effect {
        case .loadPunchDetail, .loadProjectDetail, .loadCustomer, .loadProjectRecord, .loadLocationPaths, .loadMeeting,
             .loadDropInBrief, .loadCapture, .loadCustomerEvidence, .loadMeetingIntel:
            return true
        default:
            return false
        }
    }

    func perform(_ effect: Effect) -> Action {
        do {
            switch effect {
            case let .loadProjects(offset, limit, today):
                // With records, each row also counts its assumptions due for review.
                let rows = try records?.projects(offset: offset, limit: limit, today: today)
                    ?? source.projects(offset: offset, limit: limit)
                return .projectsLoaded(total: try source.projectCount(), offset: offset, rows: rows)
            case let .loadPunch(query, today, offset, limit):
                let rows = try source.punchItems(query, today: today, offset: offset, limit: limit)
                // A page short of its limit ends the list, which counts it; otherwise only a quick
                // count is taken here, and a slow one follows off the main thread (`countPunch`).
                let total = rows.count < limit && (offset == 0 || !rows.isEmpty)
                    ? offset + rows.count : try source.quickPunchCount(query, today: today)
                // Without a filter the count is the total; a 100,000-item project need not count twice.
                let unfiltered = try query.filter.isEmpty ? total ?? source.punchTotal(projectId: query.projectId)
                    : source.punchTotal(projectId: query.projectId)
                let groups = query.grouping == .none || total == nil ? [] : try source.punchGroups(query, today: today)
                return .punchLoaded(query, total: total, unfilteredTotal: unfiltered, offset: offset, rows: rows, groups: groups)
            case let .countPunch(query, today):
                return .punchCounted(query, total: try source.punchCount(query, today: today),
                                     groups: query.grouping == .none ? [] : try source.punchGroups(query, today: today))
            case let .loadAgenda(from, to, offset, limit, zone, sales):
                return .agendaLoaded(from: from, total: nil, offset: offset,
                                     rows: try source.agenda(from: from, to: to, timeZone: zone, offset: offset, limit: limit,
                                                             salesOnly: sales))
            case let .countAgenda(from, to, zone, sales):
                return .agendaCounted(from: from, salesOnly: sales,
                                      total: try source.agendaCount(from: from, to: to, timeZone: zone, salesOnly: sales))
            case let .loadCalendarSpan(first, days, perDay, zone, sales):
                return .calendarSpanLoaded(try span(first: first, days: days, perDay: perDay, zone: zone, salesOnly: sales))
            case .loadStoredTemperatures(let limit):
                let stored = try source.storedTemperatures(limit: limit)
                return .storedTemperaturesLoaded(stored?.temperatures ?? [], day: stored?.day, total: stored?.total)
            case let .loadTemperatures(now, zone):
                return .temperaturesLoaded(try source.temperatures(now: now, timeZone: zone))
            case let .loadPunchDetail(id, forEdit):
                return .punchDetailLoaded(try source.punchDetail(id: id), forEdit: forEdit)
            case .loadProjectDetail(let id):
                return .projectDetailLoaded(try source.projectDetail(projectId: id))
            case let .loadCustomer(id, today):
                // Without records the views show what they have (a temperature, the milestones).
                guard let records else { return .withoutRecords }
                return .customerLoaded(try records.customerDetail(customerId: id, today: today))
            case let .loadProjectRecord(id, today):
                guard let records else { return .withoutRecords }
                return .projectRecordLoaded(try records.projectRecord(projectId: id, today: today))
            case let .checkQuickAddLocation(projectId, draft, line):
                // Without records the location is taken as typed.
                let match = try records.map { try $0.classifyLocation(projectId: projectId, text: draft.location ?? "") } ?? .none
                return .quickAddLocationChecked(projectId: projectId, draft: draft, line: line, match)
            case .loadLocationPaths(let projectId):
                guard let records else { return .withoutRecords }
                let paths = try records.locationTree(projectId: projectId).filter { $0.id != nil }.map(\.path)
                return .locationPathsLoaded(projectId: projectId, paths)
            case let .loadMeeting(id, occurrence):
                guard let calendar = source as? any CalendarSource else { return .withoutRecords }
                return .meetingLoaded(try calendar.meetingDetail(meetingId: id, occurrence: occurrence))
            case let .loadDropInBrief(id, occurrence, now, zone):
                guard let calendar = source as? any CalendarSource else { return .withoutRecords }
                return .dropInBriefLoaded(try calendar.dropInBrief(meetingId: id, occurrence: occurrence, now: now, timeZone: zone))
            case .loadFormData(let request):
                return .formDataLoaded(request, try FormData.load(request, from: recordSource()))
            case let .write(write, who):
                do {
                    return .written(try perform(write, by: who))
                } catch let error as AppError {
                    if case let .invalidRecord(_, field, _) = error { return .writeRefused("\(error)", field: field) }
                    return .writeRefused("\(error)", field: nil)
                } catch {
                    return .writeRefused("\(error)", field: nil)
                }
            case let .previewImport(path, projectId):
                guard let importer else { return .failed("Import is not available here") }
                let preview = try importer.preview(path: path, projectId: projectId, mappings: [], dateOrder: nil,
                                                   keepUnknown: false, sheet: nil)
                return .importPreviewed(preview, path: path, projectId: projectId)
            case .copy(_, let what):
                // The runtime gives the text to the terminal; here there is none to give it to.
                return .copied(what: what)
            case .switchTheme:
                // The runtime reads themes; without a theme reader there is nothing to switch.
                return .failed("Themes cannot be switched here")
            case let .calendarFile(job, who):
                guard let calendarFiles else { return .failed("Calendar files are not available here") }
                let at = clock()
                switch job {
                case .importFile(let path): return .calendarFiled(try calendarFiles.importCalendar(path: path, by: who, at: at), job)
                case .export(let path): return .calendarFiled(try calendarFiles.exportCalendar(path: path, at: at), job)
                case .sync(let folder): return .calendarFiled(try calendarFiles.syncCalendar(folder: folder, by: who, at: at), job)
                }
            case let .editText(field, _, _):
                // The runtime runs the editor (it needs the terminal); without one, the field stays.
                return .editorClosed(field: field, .failed("no terminal to hand to an editor"))
            case let .search(text, limit, zone):
                guard let searcher = (records as? any SearchSource) ?? (source as? any SearchSource) else {
                    return .searched(text: text, hits: [])
                }
                return .searched(text: text, hits: try searcher.search(text, limit: limit, timeZone: zone))
            case .buildSearchIndex:
                guard let searcher = (records as? any SearchSource) ?? (source as? any SearchSource) else {
                    return .searchIndexBuilt(.complete)
                }
                return .searchIndexBuilt(try searcher.buildSearchIndex())
            case let .export(projectId, format, today):
                guard let exporter else { return .failed("Export is not available here") }
                return .exported(path: try exporter.export(projectId: projectId, format: format, on: today))
            case .loadCapture, .loadOpportunities, .loadMeetingIntel:
                return try CaptureLoads.perform(effect, records: records)
            case let .loadTemperatureOverview(now, zone, watch):
                guard let detail = source as? any TemperatureDetailSource else { return .withoutRecords }
                return .temperatureOverviewLoaded(try detail.temperatureOverview(now: now, timeZone: zone, watch: watch))
            case let .loadCustomerEvidence(id, now, zone):
                guard let detail = source as? any TemperatureDetailSource else { return .withoutRecords }
                return .customerEvidenceLoaded(try detail.customerEvidence(customerId: id, now: now, timeZone: zone))
            }
        } catch {
            return .failed("\(error)")
        }
    }

    /// The counts in one grouped query (a meeting over midnight counts on both days); the grid's
    /// meetings are read a day at a time, at most `perDay` each, only on days that have any.
    private func span(first: LocalDate, days: Int, perDay: Int, zone: TimeZone, salesOnly: Bool) throws -> CalendarSpan {
        let counts = try source.agendaDayCounts(first: first, days: days, timeZone: zone, salesOnly: salesOnly)
        var entries: [AgendaEntry] = []
        for i in 0..<days where perDay > 0 && counts[i] > 0 {
            let from = first.adding(days: i).startOfDay(in: zone), to = first.adding(days: i + 1).startOfDay(in: zone)
            // A meeting over midnight came with the day before; it is drawn on each day it touches.
            let day = try source.agenda(from: from, to: to, timeZone: zone, offset: 0, limit: perDay, salesOnly: salesOnly)
            entries += day.filter { entry in !entries.contains(entry) }
        }
        return CalendarSpan(first: first, days: days, counts: counts, entries: entries)
    }

    /// Runs one write with the time now; returns what it did, in values.
    private func perform(_ write: Write, by who: String) throws -> WriteOutcome {
        let at = clock()
        switch write {
        case .record(let record):
            return try RecordWriter.perform(record, on: recordSource(), calendar: source as? any CalendarSource, by: who, at: at)
        case let .add(projectId, draft):
            return .added(try source.addPunchItem(projectId: projectId, draft: draft, by: who, at: at))
        case let .change(ids, change, query, today):
            // A bulk change never reaches an item the filter hides: those are left alone, and said so.
            let shown = query.filter.isEmpty ? ids : try source.punchIds(ids, matching: query, today: today)
            let hidden = ids.count - shown.count
            guard !shown.isEmpty else { return .allHidden(count: hidden) }
            return .changed(try source.changePunchItems(ids: shown, change: change, by: who, at: at), hidden: hidden)
        case .undo:
            return .undone(try source.undo(by: who, at: at))
        case .redo:
            return .redone(try source.redo(by: who, at: at))
        case let .setStage(projectId, stage):
            return .stageSet(try source.setProjectStage(projectId: projectId, stage: stage, by: who, at: at))
        case let .recordAcceptance(milestoneId, day):
            return .accepted(try source.recordAcceptance(milestoneId: milestoneId, by: who, on: day, at: at))
        case let .dispute(ids, side, note, projectId):
            let count = try source.disputePunchItems(ids: ids, side: side, note: note, by: who, at: at)
            return .disputed(count: count, side: side, projectId: projectId)
        case let .importFile(path, projectId):
            guard let importer else { throw ImportUnavailable() }
            let result = try importer.commit(path: path, projectId: projectId, mappings: [], dateOrder: nil, keepUnknown: false,
                                             sheet: nil, by: who, at: at)
            return .imported(result, file: (path as NSString).lastPathComponent, projectId: projectId)
        }
    }
}

extension EffectRunner {
    func recordSource() throws -> any RecordSource {
        guard let records else { throw RecordsUnavailable() }
        return records
    }
}

/// Said when a runtime keeps no customer records (tests of the punch list alone).
struct RecordsUnavailable: Error, CustomStringConvertible {
    var description: String { "Customer and project records are not available here" }
}

/// Said when a runtime has no importer (tests without files).
struct ImportUnavailable: Error, CustomStringConvertible {
    var description: String { "Import is not available here" }
}

/// Writes a project's punch list to a file; the command-line wiring provides it.
public protocol PunchExporter: Sendable {
    /// Returns the path written.
    func export(projectId: Int64, format: ExportFormat, on day: LocalDate) throws -> String
}
