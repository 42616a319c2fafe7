import Foundation
import RapportModel

/// Everything that can happen to the app: input, and the results of effects coming back.
public enum Action: Equatable, Sendable {
    /// The app has started: load what the panes show.
    case start
    case key(Key)
    case paste(String)
    case command(Command)
    /// A line entered on the `:` command line.
    case commandLine(String)
    case resize(Size)
    case projectsLoaded(total: Int, offset: Int, rows: [ProjectRow])
    /// A page of the punch list; `total` is nil when counting would read every item (a short
    /// word on a large project): the count follows as `punchCounted`.
    case punchLoaded(PunchQuery, total: Int?, unfilteredTotal: Int, offset: Int, rows: [PunchRow], groups: [PunchGroupCount])
    /// The count (and group counts) of a query whose page came first; dropped when the pane
    /// has moved on to another query.
    case punchCounted(PunchQuery, total: Int, groups: [PunchGroupCount])
    /// A page of the calendar's list for the window starting `from` (an answer for a window
    /// the cursor has left is dropped); `total` is nil when the page comes before its count,
    /// which follows as `agendaCounted`.
    case agendaLoaded(from: Date, total: Int?, offset: Int, rows: [AgendaEntry])
    /// How many meetings the window starting `from` holds (all, or only sales' when `salesOnly`).
    case agendaCounted(from: Date, salesOnly: Bool, total: Int)
    case calendarSpanLoaded(CalendarSpan)
    case temperaturesLoaded([CustomerTemperature])
    /// Temperatures stored on `day`, shown marked as of then until today's arrive; no day when
    /// none are stored. `total` counts the customers stored (more than the list holds when it is
    /// only the coldest page).
    case storedTemperaturesLoaded([CustomerTemperature], day: LocalDate?, total: Int? = nil)
    case punchDetailLoaded(PunchDetail, forEdit: Bool)
    case projectDetailLoaded(ProjectDetail)
    case customerLoaded(CustomerDetail)
    /// A record was asked of a runtime that keeps none (tests of the punch list alone).
    case withoutRecords
    case meetingLoaded(MeetingDetail)
    case dropInBriefLoaded(DropInBrief)
    /// Quick-add's `@location` looked up in the project: add the item, or ask.
    case quickAddLocationChecked(projectId: Int64, draft: PunchDraft, line: String, LocationMatch)
    case locationPathsLoaded(projectId: Int64, [String])
    case projectRecordLoaded(ProjectRecord)
    /// What a record form needs before it opens (pickers, a suggested code), loaded.
    case formDataLoaded(FormRequest, FormData)
    /// A write was refused; `field` names the form field to blame when the store says one.
    case writeRefused(String, field: String?)
    case importPreviewed(PunchImportPreview, path: String, projectId: Int64)
    /// A write went through; what it did, in values (the reducer words it).
    case written(WriteOutcome)
    case exported(path: String)
    /// A calendar file was imported, exported or synced: what the CLI would print.
    case calendarFiled(String, CalendarFileJob)
    /// Text went to the terminal's clipboard; `what` names it for the status line.
    case copied(what: String)
    /// Another process changed the database; `now` is the time of the check.
    case databaseChanged(now: Date)
    /// The message logged as number `logged` has been shown its lifetime: clear it if still shown.
    case messageExpired(logged: Int)
    /// The clock moved on (sent when idle); a new day reloads what depends on today.
    case tick(now: Date)
    case failed(String)
    /// Slow work has run for a while (its label), or none is running any more (nil).
    case busy(String?)
    case captureLoaded(CustomerCapture)
    /// Every customer's open opportunities, for their list.
    case opportunitiesLoaded([OpportunityRow])
    /// The temperature pane's sparklines, reps and watch list.
    case temperatureOverviewLoaded(TemperatureOverview)
    /// The records behind one customer's temperature, for its view.
    case customerEvidenceLoaded(CustomerEvidence)
    /// The runtime drew the screen in the theme `:theme` named.
    case themeSwitched(String)
    case meetingIntelLoaded(meetingId: Int64, [IntelRow])
    /// The global search's best hits for `text`.
    case searched(text: String, hits: [SearchHit])
    /// Build the search index in the background, a step at a time, unless it is built or building.
    case indexForSearch
    /// A step of the search index's build ran: how far it is.
    case searchIndexBuilt(SearchIndexProgress)
    /// `$EDITOR` closed on the form field `field`: its text, or why there is none.
    case editorClosed(field: String, EditorOutcome)
    /// A click or a turn of the wheel, hit-tested against the layout.
    case mouse(MouseEvent)
}

/// Work for the runtime: plain data that carries all it needs (zone, today), so tests compare
/// what the reducer asked for and slow work can run on another thread.
public enum Effect: Equatable, Sendable {
    /// A page of projects; `today` decides which assumptions are due for review.
    case loadProjects(offset: Int, limit: Int, today: LocalDate)
    case loadPunch(PunchQuery, today: LocalDate, offset: Int, limit: Int)
    /// Counts the query's matches and groups, off the main thread (it may read every item).
    case countPunch(PunchQuery, today: LocalDate)
    /// Occurrences in the window, in the zone the user sees (effects carry all they need).
    case loadAgenda(from: Date, to: Date, offset: Int, limit: Int, timeZone: TimeZone, salesOnly: Bool = false)
    /// Counts the window's occurrences, off the main thread: a fortnight of the l set's
    /// calendar is 16,000 rows, 4 ms the first frame need not wait for.
    case countAgenda(from: Date, to: Date, timeZone: TimeZone, salesOnly: Bool)
    /// The week or month grid's days: a count for each, and the first `perDay` meetings of each.
    case loadCalendarSpan(first: LocalDate, days: Int, perDay: Int, timeZone: TimeZone, salesOnly: Bool = false)
    /// The newest stored temperatures, read without scoring, for the first frame: the coldest
    /// `limit` (the pane's first rows), or all.
    case loadStoredTemperatures(limit: Int?)
    /// Every customer's temperature at `now`; scoring may be slow, so it runs off the main thread.
    case loadTemperatures(now: Date, timeZone: TimeZone)
    /// The item's whole record; `forEdit` opens the edit form on it instead of the detail view.
    case loadPunchDetail(id: Int64, forEdit: Bool = false)
    case loadProjectDetail(projectId: Int64)
    case loadCustomer(customerId: Int64, today: LocalDate)
    case loadProjectRecord(projectId: Int64, today: LocalDate)
    /// Looks up quick-add's `@location` among the project's locations before adding the item.
    case checkQuickAddLocation(projectId: Int64, draft: PunchDraft, line: String)
    /// The project's location paths, for completion after `@`.
    case loadLocationPaths(projectId: Int64)
    /// A meeting's record for one occurrence (its original start).
    case loadMeeting(meetingId: Int64, occurrence: Date)
    case loadDropInBrief(meetingId: Int64, occurrence: Date, now: Date, timeZone: TimeZone)
    /// Loads what the form needs, then opens it.
    case loadFormData(FormRequest)
    /// A change to the database, made as `by`; the runtime adds the time.
    case write(Write, by: String)
    case export(projectId: Int64, format: ExportFormat, today: LocalDate)
    /// An .ics import, export or vdir sync, made as `by`.
    case calendarFile(CalendarFileJob, by: String)
    /// Text for the terminal's clipboard (OSC 52); the runtime hands it to the terminal.
    case copy(String, what: String)
    /// What importing the file would do, read and planned, nothing written.
    case previewImport(path: String, projectId: Int64)
    /// The customer's notes, intel and opportunities, for its view.
    case loadCapture(customerId: Int64, today: LocalDate)
    case loadOpportunities
    /// Sparklines, reps and the watch list for the temperature pane, at `now`.
    case loadTemperatureOverview(now: Date, timeZone: TimeZone, watch: WatchSettings)
    /// The evidence behind a customer's temperature at `now`.
    case loadCustomerEvidence(customerId: Int64, now: Date, timeZone: TimeZone)
    /// Read the theme of that name and draw in it from the next frame (`:theme`).
    case switchTheme(String)
    /// The intel learned in a meeting, for its view.
    case loadMeetingIntel(meetingId: Int64, today: LocalDate)
    /// The global search's best `limit` hits for `text` (dates in the zone the user sees).
    case search(String, limit: Int, timeZone: TimeZone)
    /// The next step of the search index's build (a few tens of milliseconds).
    case buildSearchIndex
    /// The form field's text in `$VISUAL`/`$EDITOR`, the terminal handed over while it runs.
    case editText(field: String, label: String, text: String)
}

/// The writes the UI asks of the store; each is one transaction and one undo step.
public enum Write: Equatable, Sendable {
    /// A customer, contact, project, milestone, location or assumption write.
    case record(RecordWrite)
    case add(projectId: Int64, draft: PunchDraft)
    /// A triage step on `ids`, limited to those `within` still shows: a bulk change never
    /// reaches an item the filter hides, and says how many it left alone.
    case change(ids: [Int64], PunchChange, within: PunchQuery, today: LocalDate)
    case undo
    case redo
    case setStage(projectId: Int64, stage: ProjectStage)
    case recordAcceptance(milestoneId: Int64, on: LocalDate)
    /// Items disputed by one side, with a note (Procore's and ACC's "In Dispute").
    case dispute(ids: [Int64], side: DisputeSide, note: String, projectId: Int64)
    /// The file's rows into the project, in one transaction, as its preview showed.
    case importFile(path: String, projectId: Int64)
}

/// Formats `:export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, csv
}
