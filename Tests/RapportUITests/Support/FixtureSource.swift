import Foundation
import RapportModel
@testable import RapportUI

/// A fixed small firm in memory, so screen tests never depend on the store or the generator.
final class FixtureSource: TriageSource, @unchecked Sendable {
    static let zone = TimeZone(identifier: "UTC")!
    /// Friday 2026-11-27 09:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_770_000)

    var projectRows: [ProjectRow]
    var punch: [Int64: [PunchRow]]
    var entries: [AgendaEntry]
    var customers: [CustomerTemperature]
    var version = 1
    /// What each step of the search index's build answers, in turn; then it is complete.
    var indexSteps: [SearchIndexProgress] = []
    /// Every query asked for, to check that the UI pages rather than loading everything.
    private(set) var calls: [String] = []

    init(empty: Bool = false) {
        let names = ["Northwind Health", "Contoso University", "Fabrikam Legal", "Tailspin Media"]
        customers = empty ? [] : names.enumerated().map { i, name in
            let score = [22, 41, 63, 88][i]
            let caps: [Temperature.Cap] = i == 0 ? [.unansweredEscalation] : []
            let components = [Temperature.Component(signal: .tone, value: Double(score), weight: 25, reason: "3 messages")]
            return CustomerTemperature(customerId: Int64(i + 1), name: name,
                                       temperature: Temperature(score: score, components: components, caps: caps),
                                       trend: [.falling, .steady, .rising, .steady][i], change: [-12, 2, 8, -1][i])
        }
        let stages = ProjectStage.allCases
        let projectNames = ["Boardroom refresh", "Lecture hall AV", "Town hall streaming", "Huddle rooms",
                            "Sim lab cameras", "Courtroom audio"]
        projectRows = empty ? [] : (1...30).map { (i: Int) -> ProjectRow in
            let code = String(format: "PRJ-%04d", i)
            let open = i == 1 ? 20 : i % 7
            return ProjectRow(id: Int64(i), code: code, name: projectNames[i % projectNames.count],
                              customerId: Int64(i % 4 + 1), customerName: names[i % 4],
                              stage: stages[i % stages.count], openPunch: open)
        }
        let rooms = ["Board Room", "Lecture Hall 2", "Lobby", "会議室", "Control Room"]
        let titles = ["HDMI handshake fails on lectern input", "Ceiling mic 3 picks up HVAC noise",
                      "Label rack patch panel", "Touch panel page flips slow", "Speaker 🔊 buzzes at idle"]
        let statuses: [PunchStatus] = [.open, .inProgress, .readyForReview, .open, .closed]
        let today = LocalDate(Self.now, in: Self.zone)
        punch = empty ? [:] : [1: (1...25).map { n in
            PunchRow(id: Int64(n), number: n, status: statuses[n % 5], priority: Priority(rawValue: n % 3 + 1)!,
                     location: rooms[n % 5], title: titles[n % 5], assignee: ["dana", "li", "omar"][n % 3],
                     dueOn: n % 4 == 0 ? nil : today.adding(days: n - 8),
                     category: [.audio, .video, .control][n % 3], blocksAcceptance: n % 6 == 1,
                     locationPath: "HQ / " + rooms[n % 5])
        }]
        entries = empty ? [] : (0..<12).map { i in
            let start = Self.now + TimeInterval(i * 86_400 + (i % 3) * 3_600)
            return AgendaEntry(meetingId: Int64(i % 4 + 1), title: ["Weekly site coordination", "Punch walk", "Design review", "Steering"][i % 4],
                               start: start, end: start + 3_600, projectCode: String(format: "PRJ-%04d", i % 4 + 1),
                               customerName: names[i % 4], location: "Site office", salesWelcome: i % 2 == 0)
        }
    }

    func projectCount() throws -> Int { projectRows.count }

    /// A slow first screen: each page of projects takes this long.
    var projectsDelay: TimeInterval = 0

    func projects(offset: Int, limit: Int) throws -> [ProjectRow] {
        if projectsDelay > 0 { Thread.sleep(forTimeInterval: projectsDelay) }
        calls.append("projects \(offset) \(limit)")
        return Array(projectRows.dropFirst(offset).prefix(limit))
    }



    // MARK: - Triage

    /// Writes asked for, in order, as text: "advance [1, 2] by me".
    private(set) var writes: [String] = []
    /// What the next write throws, to show refusals.
    var nextWriteError: AppError?

    /// Filters by words (title or location) and `status:` like the store, enough for screen tests.
    private func matching(_ query: PunchQuery, today: LocalDate) -> [PunchRow] {
        (punch[query.projectId] ?? []).filter { row in
            query.filter.words.allSatisfy { w in
                row.title.localizedCaseInsensitiveContains(w) || row.location.localizedCaseInsensitiveContains(w)
            } && (query.filter.statuses.isEmpty || query.filter.statuses.contains(row.status))
        }
    }

    /// When set, a filtered count takes this long and is not quick, as a short word's on a
    /// 100,000-item project: the page then comes first. `countCalls` has each such count's words.
    var punchCountDelay: TimeInterval?
    private(set) var countCalls: [String] = []

    func punchCount(_ query: PunchQuery, today: LocalDate) throws -> Int {
        if let punchCountDelay, !query.filter.isEmpty {
            countCalls.append(query.filter.words.joined(separator: " "))
            Thread.sleep(forTimeInterval: punchCountDelay)
        }
        return matching(query, today: today).count
    }

    func quickPunchCount(_ query: PunchQuery, today: LocalDate) throws -> Int? {
        punchCountDelay != nil && !query.filter.isEmpty ? nil : try punchCount(query, today: today)
    }

    func punchTotal(projectId: Int64) throws -> Int { punch[projectId]?.count ?? 0 }

    func punchItems(_ query: PunchQuery, today: LocalDate, offset: Int, limit: Int) throws -> [PunchRow] {
        calls.append("punch \(query.projectId) \(offset) \(limit)")
        return Array(matching(query, today: today).dropFirst(offset).prefix(limit))
    }

    func punchGroups(_ query: PunchQuery, today: LocalDate) throws -> [PunchGroupCount] {
        let rows = matching(query, today: today)
        let keys = rows.map { query.grouping == .category ? $0.category.rawValue : $0.locationPath }
        return Dictionary(grouping: keys, by: { $0 }).map { PunchGroupCount(key: $0.key, count: $0.value.count) }
            .sorted { $0.key < $1.key }
    }

    func punchIds(_ ids: [Int64], matching query: PunchQuery, today: LocalDate) throws -> [Int64] {
        let shown = Set(matching(query, today: today).map(\.id))
        return ids.filter(shown.contains)
    }

    func punchDetail(id: Int64) throws -> PunchDetail {
        let row = punch.values.flatMap { $0 }.first { $0.id == id }!
        let item = PunchItem(id: row.id, projectId: 1, number: row.number, title: row.title, priority: row.priority,
                             status: row.status, assignee: row.assignee, dueOn: row.dueOn,
                             createdAt: Self.now - 86_400, updatedAt: Self.now)
        return PunchDetail(item: item, locationPath: row.locationPath, projectCode: "PRJ-0001", history: [
            PunchEvent(punchItemId: row.id, at: Self.now - 86_400, who: "dana", field: "created", fromValue: nil, toValue: nil),
        ], blocks: [])
    }

    func projectDetail(projectId: Int64) throws -> ProjectDetail {
        let project = Project(id: projectId, customerId: 1, code: "PRJ-0001", name: "Lecture hall AV", stage: .punch,
                              contractCents: 12_500_000, pm: "Dana", salesRep: "Li")
        let retainage = Milestone(id: 7, projectId: projectId, name: "Retainage", kind: .retainage, amountCents: 1_250_000,
                                  dueOn: LocalDate(year: 2026, month: 12, day: 15), requiresAcceptance: true)
        let blockers = Array((punch[projectId] ?? []).filter { $0.status.isOpen }.prefix(2))
        return ProjectDetail(project: project, customerName: "Contoso University",
                             milestones: [MilestoneGate(milestone: retainage, blockers: blockers, heldBackCents: 1_250_000)],
                             openAssumptions: [])
    }

    private func record(_ text: String) throws {
        if let error = nextWriteError { nextWriteError = nil; throw error }
        writes.append(text)
        version += 0  // our own writes do not bump data_version, as in SQLite
    }

    func addPunchItem(projectId: Int64, draft: PunchDraft, by: String, at: Date) throws -> PunchItem {
        try record("add \(draft.title) by \(by)")
        let number = (punch[projectId]?.count ?? 0) + 1
        punch[projectId, default: []].append(PunchRow(id: Int64(1000 + number), number: number, status: .open,
                                                      priority: draft.priority, location: draft.location ?? "",
                                                      title: draft.title, assignee: draft.assignee, dueOn: draft.dueOn))
        return PunchItem(id: Int64(1000 + number), projectId: projectId, number: number, title: draft.title,
                         createdAt: at, updatedAt: at)
    }

    /// The query the screen shows while a key is handled; a change to an item it hides is a
    /// violation (the randomized key test reads them).
    var shownQuery: PunchQuery?
    private(set) var violations: [String] = []

    func disputePunchItems(ids: [Int64], side: DisputeSide, note: String, by: String, at: Date) throws -> Int {
        try record("dispute \(ids) by \(side.rawValue): \(note)")
        return ids.count
    }

    /// Moves statuses as the store would, so items leave a `status:` filter after a change.
    func changePunchItems(ids: [Int64], change: PunchChange, by: String, at: Date) throws -> ChangeResult {
        try record("\(change) \(ids) by \(by)")
        if let query = shownQuery {
            let shown = Set(matching(query, today: LocalDate(Self.now, in: Self.zone)).map(\.id))
            for id in ids where !shown.contains(id) { violations.append("\(change) reached hidden item \(id)") }
        }
        for project in punch.keys {
            for i in punch[project]!.indices where ids.contains(punch[project]![i].id) {
                let status = punch[project]![i].status
                switch change {
                case .advance: punch[project]![i].status = status.advanced ?? status
                case .stepBack: punch[project]![i].status = status.steppedBack ?? status
                case .void: punch[project]![i].status = .void
                default: break
                }
            }
        }
        let changed = ids.enumerated().map { index, id in
            PunchItem(id: id, projectId: 1, number: index + 1, title: "", createdAt: at, updatedAt: at)
        }
        return ChangeResult(change: change, projectId: 1, label: "change \(ids.count) items", changed: changed)
    }

    func undo(by: String, at: Date) throws -> JournalStep? {
        try record("undo")
        return writes.count > 1
            ? JournalStep(id: 1, label: "change 1 items", who: by, at: at, projectIds: [1], records: [.punchItem]) : nil
    }

    func redo(by: String, at: Date) throws -> JournalStep? {
        try record("redo")
        return nil
    }

    func setProjectStage(projectId: Int64, stage: ProjectStage, by: String, at: Date) throws -> StageChange {
        try record("stage \(stage.rawValue)")
        return StageChange(projectId: projectId, projectCode: "PRJ-0001", from: .punch, to: stage)
    }

    func recordAcceptance(milestoneId: Int64, by: String, on: LocalDate, at: Date) throws -> AcceptanceRecord {
        try record("accept \(milestoneId) on \(on.iso) by \(by)")
        return AcceptanceRecord(milestoneId: milestoneId, milestoneName: "Retainage", projectId: 1,
                                projectCode: "PRJ-0001", day: on, by: by)
    }

    /// When the calendar's count last began.
    private(set) var countStarted: ContinuousClock.Instant?

    func agendaCount(from: Date, to: Date, timeZone: TimeZone) throws -> Int {
        countStarted = .now
        return entries.filter { $0.start < to && $0.end > from }.count
    }

    func agenda(from: Date, to: Date, timeZone: TimeZone, offset: Int, limit: Int) throws -> [AgendaEntry] {
        calls.append("agenda \(offset) \(limit)")
        return Array(entries.filter { $0.start < to && $0.end > from }.dropFirst(offset).prefix(limit))
    }

    /// How long scoring takes, to show slow work off the main thread; and how often it ran.
    var temperatureDelay: TimeInterval = 0
    private(set) var temperatureCalls = 0

    /// When scoring last began (on the worker, in the dashboard).
    private(set) var temperaturesStarted: ContinuousClock.Instant?

    func temperatures(now: Date, timeZone: TimeZone) throws -> [CustomerTemperature] {
        temperaturesStarted = .now
        temperatureCalls += 1
        if temperatureDelay > 0 { Thread.sleep(forTimeInterval: temperatureDelay) }
        return customers
    }

    /// How many times a customer's evidence was read.
    var evidenceCalls = 0

    /// The thread the last checkpoint ran on.
    var checkpointThread: pthread_t?

    func checkpoint() throws { checkpointThread = pthread_self() }

    func dataVersion() throws -> Int { version }
}

/// What a screen test looks at: the text, the styles behind it, and the state that drew it.
struct Shot {
    var lines: [String]
    var state: AppState
    var canvas: Canvas
}

/// Replays `keys` on the fixture firm and keeps the last frame, drawn in the marker theme so
/// the snapshot's style layer can tell the selection and every role apart.
@MainActor
func screen(_ source: FixtureSource = FixtureSource(), size: Size = Size(columns: 120, rows: 40),
            keys: String = "", theme: Theme = StyleLayer.theme) -> Shot {
    let terminal = MemoryTerminal(size: size, script: Key.sequence(keys).map { .key($0) })
    let state = AppState(size: size, now: FixtureSource.now, timeZone: FixtureSource.zone)
    let runtime = Runtime(state: state, source: source, terminal: terminal, theme: theme,
                          clock: { FixtureSource.now })
    runtime.replay()
    let canvas = terminal.lastCanvas!
    return Shot(lines: canvas.lines, state: runtime.state, canvas: canvas)
}

/// No records to search; the index's build answers `indexSteps`, then complete.
extension FixtureSource: SearchSource {
    func search(_ text: String, limit: Int, timeZone: TimeZone) throws -> [SearchHit] { [] }

    func buildSearchIndex() throws -> SearchIndexProgress {
        indexSteps.isEmpty ? .complete : indexSteps.removeFirst()
    }
}
