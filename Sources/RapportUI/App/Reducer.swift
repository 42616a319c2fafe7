import Foundation
import RapportModel

/// The one place state changes. Pure: no I/O, no clock, no terminal; work goes out as effects.
/// Keys go through the layered keymap to commands (`Dispatcher`); results of effects go to the
/// view that asked for them.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .start:
        state.routes = []
        state.modal = nil
        // The stored temperatures draw the first frame; today's are scored off the main thread.
        return [.loadProjects(offset: 0, limit: state.visibleRows(.projects) * 3, today: state.today)]
            + CalendarFeature.start(state) + CalendarFeature.spanLoad(state)
            + [.loadStoredTemperatures(limit: state.visibleRows(.temperature) * 3),
               .loadTemperatures(now: state.now, timeZone: state.timeZone)]

    case .key(let key):
        return Dispatcher.key(&state, key)

    case .paste(let text):
        guard !state.layout.isTooSmall else { return [] }
        return ModalKeys.paste(&state, text)

    case .command(let command):
        return Dispatcher.run(command, argument: nil, &state)

    case .commandLine(let line):
        return CommandLineModal.run(&state, line)

    case .resize(let size):
        state.size = size
        return Dashboard.scrollAll(&state)

    case let .projectsLoaded(total, offset, rows):
        return ProjectsFeature.loaded(&state, total: total, offset: offset, rows: rows)

    case let .punchLoaded(query, total, unfilteredTotal, offset, rows, groups):
        return PunchFeature.loaded(&state, query, total: total, unfilteredTotal: unfilteredTotal, offset: offset,
                                   rows: rows, groups: groups)

    case let .punchCounted(query, total, groups):
        PunchFeature.counted(&state, query, total: total, groups: groups)
        return []

    case let .agendaLoaded(from, total, offset, rows):
        return CalendarFeature.loaded(&state, from: from, total: total, offset: offset, rows: rows)

    case let .agendaCounted(from, salesOnly, total):
        CalendarFeature.counted(&state, from: from, salesOnly: salesOnly, total: total)
        return []

    case .calendarSpanLoaded(let span):
        return CalendarFeature.spanLoaded(&state, span)

    case .temperaturesLoaded(let list):
        return TemperatureFeature.loaded(&state, list)

    case let .storedTemperaturesLoaded(list, day, total):
        return TemperatureFeature.storedLoaded(&state, list, day: day, total: total)

    case let .punchDetailLoaded(detail, forEdit):
        if forEdit {
            state.modal = .form(PunchItemForm.make(detail))
        } else {
            PunchDetailRoute.loaded(&state, detail)
        }
        return []

    case .projectDetailLoaded(let detail):
        ProjectDetailRoute.loaded(&state, detail)
        return []

    case .withoutRecords:
        return []

    case .meetingLoaded(let detail):
        MeetingDetailRoute.loaded(&state, detail)
        return []

    case .dropInBriefLoaded(let brief):
        MeetingDetailRoute.briefLoaded(&state, brief)
        return []

    case let .quickAddLocationChecked(projectId, draft, line, match):
        return PunchTriage.locationChecked(&state, projectId: projectId, draft: draft, line: line, match)

    case let .locationPathsLoaded(projectId, paths):
        if case .prompt(var prompt) = state.modal, prompt.purpose == .quickAdd(projectId: projectId) {
            prompt.locations = paths
            state.modal = .prompt(prompt)
        }
        return []

    case .customerLoaded(let detail):
        CustomerDetailRoute.loaded(&state, detail)
        return []

    case .projectRecordLoaded(let record):
        ProjectDetailRoute.recordLoaded(&state, record)
        return []

    case let .formDataLoaded(request, data):
        switch request {
        case .newProject(let customerId):
            guard customerId != nil || !data.customers.isEmpty else {
                return Dispatcher.refuse(&state, "Add a customer first" + RouteTitle.note(.newCustomer, "adds one", state))
            }
            state.modal = .form(ProjectForm.make(new: customerId, data, today: state.today))
        case .capture(let request):
            state.modal = .form(CaptureForms.make(request, data, state))
        case .meeting(let target):
            state.modal = .form(MeetingRecordForm.make(target, data, zone: state.timeZone))
        case .attendee(let target, _):
            state.modal = .form(AttendeeForm.make(target, data))
        }
        return []

    case let .writeRefused(text, field):
        if !RecordForms.refused(&state, text, field: field) { state.message = .init(text: text, isError: true) }
        return []

    case let .importPreviewed(preview, path, projectId):
        ImportPreviewRoute.loaded(&state, preview, path: path, projectId: projectId)
        return []

    case .written(let outcome):
        RecordForms.written(&state)
        state.message = .init(text: outcome.message)
        if case .saved(_, _, let then?) = outcome { return Reload.after(outcome.touched, state) + open(then, &state) }
        // Punch health and acceptance feed the temperatures; scoring runs off the main thread
        // when the user pauses (the next idle tick), so a burst of triage scores once.
        if outcome.touched.contains(.temperatures) { state.temperature.stale = true }
        return Reload.after(outcome.touched, state)

    case .copied(let what):
        state.message = .init(text: "Copied \(what) to the clipboard")
        return []

    case .exported(let path):
        state.message = .init(text: "Exported to \(path)")
        return []

    case let .calendarFiled(text, job):
        // An import is one journaled step; a sync also wrote files, which undo cannot take back.
        let undo = if case .importFile = job { " (u undoes)" } else { "" }
        state.message = .init(text: text.split(separator: "\n").first.map(String.init).map { $0 + undo } ?? text)
        return job.writes ? Reload.after([.calendar], state) : []

    case .databaseChanged(let now):
        state.now = now
        return Reload.everything(state)

    case .tick(let now):
        let dayBefore = state.today
        state.now = now
        // Overdue marks, the agenda window and temperatures all hang on today.
        if state.today != dayBefore { return Reload.everything(state) }
        guard state.temperature.stale else { return [] }
        state.temperature.stale = false
        return [.loadTemperatures(now: state.now, timeZone: state.timeZone)]

    case .messageExpired(let logged):
        if state.messagesSaid == logged { state.message = nil }
        return []

    case .failed(let text):
        state.message = .init(text: text, isError: true)
        return []

    case .themeSwitched(let name):
        Looks.switched(&state, to: name)
        return []

    case .busy(let label):
        state.busy = label
        return []

    case .captureLoaded(let capture):
        CustomerDetailRoute.captureLoaded(&state, capture)
        return []

    case .opportunitiesLoaded(let rows):
        OpportunitiesRoute.loaded(&state, rows)
        return []

    case .temperatureOverviewLoaded(let overview):
        return TemperatureFeature.overviewLoaded(&state, overview)

    case .customerEvidenceLoaded(let evidence):
        CustomerDetailRoute.evidenceLoaded(&state, evidence)
        return []

    case let .meetingIntelLoaded(meetingId, rows):
        MeetingDetailRoute.intelLoaded(&state, meetingId: meetingId, rows)
        return []
    case let .searched(text, hits):
        SearchModal.answered(&state, text: text, hits: hits)
        return []

    case .indexForSearch:
        return SearchModal.indexIfNeeded(&state)

    case .searchIndexBuilt(let progress):
        return SearchModal.indexBuilt(&state, progress)

    case let .editorClosed(field, outcome):
        EditorCommands.closed(&state, field: field, outcome)
        return []

    case .mouse(let event):
        return MouseInput.handle(&state, event)
    }
}

/// What to load again so the screen tells the truth after a change.
enum Reload {
    /// After one of our writes: what it made stale, and nothing else.
    static func after(_ touched: Set<DataArea>, _ state: AppState) -> [Effect] {
        var effects: [Effect] = []
        if touched.contains(.projects) { effects.append(ProjectsFeature.reload(state)) }
        if touched.contains(.calendar) { effects += CalendarFeature.reload(state) }
        if let projectId = state.punch.projectId, touched.contains(.punch(projectId: projectId)) {
            effects += PunchFeature.reload(state)
        }
        return effects + state.routes.flatMap { $0.view.reload(state, after: touched) }
    }

    /// Everything shown, after another process changed the file or a new day began.
    static func everything(_ state: AppState) -> [Effect] {
        [ProjectsFeature.reload(state)] + PunchFeature.reload(state) + state.routes.flatMap { $0.view.reload(state) }
            + CalendarFeature.reload(state) + [.loadTemperatures(now: state.now, timeZone: state.timeZone)]
    }
}

/// After a new record is saved: its view opens, so creating one leads to it.
private func open(_ followUp: SavedFollowUp, _ state: inout AppState) -> [Effect] {
    switch followUp {
    case .customer(let id): return CustomerDetailRoute.open(&state, customerId: id)
    case .project(let id): return ProjectDetailRoute.open(&state, projectId: id)
    case .wonOpportunity(let o): return [.loadFormData(.capture(.wonProject(o)))]
    }
}
