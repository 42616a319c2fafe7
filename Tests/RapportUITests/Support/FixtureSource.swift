import Foundation
import RapportModel
@testable import RapportUI

/// A fixed small firm in memory, so screen tests never depend on the store or the generator.
final class FixtureSource: DashboardSource, @unchecked Sendable {
    static let zone = TimeZone(identifier: "UTC")!
    /// Friday 2026-11-27 09:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_770_000)

    var projectRows: [ProjectRow]
    var punch: [Int64: [PunchRow]]
    var entries: [AgendaEntry]
    var customers: [CustomerTemperature]
    var version = 1
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
                                       trend: [.falling, .steady, .rising, .steady][i])
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
                     dueOn: n % 4 == 0 ? nil : today.adding(days: n - 8))
        }]
        entries = empty ? [] : (0..<12).map { i in
            let start = Self.now + TimeInterval(i * 86_400 + (i % 3) * 3_600)
            return AgendaEntry(meetingId: Int64(i % 4 + 1), title: ["Weekly site coordination", "Punch walk", "Design review", "Steering"][i % 4],
                               start: start, end: start + 3_600, projectCode: String(format: "PRJ-%04d", i % 4 + 1),
                               customerName: names[i % 4], location: "Site office", salesWelcome: i % 2 == 0)
        }
    }

    func projectCount() throws -> Int { projectRows.count }

    func projects(offset: Int, limit: Int) throws -> [ProjectRow] {
        calls.append("projects \(offset) \(limit)")
        return Array(projectRows.dropFirst(offset).prefix(limit))
    }

    func punchCount(projectId: Int64) throws -> Int { punch[projectId]?.count ?? 0 }

    func punchItems(projectId: Int64, offset: Int, limit: Int) throws -> [PunchRow] {
        calls.append("punch \(projectId) \(offset) \(limit)")
        return Array((punch[projectId] ?? []).dropFirst(offset).prefix(limit))
    }

    func agenda(from: Date, to: Date, timeZone: TimeZone) throws -> [AgendaEntry] {
        entries.filter { $0.start < to && $0.end > from }
    }

    func temperatures(now: Date, timeZone: TimeZone) throws -> [CustomerTemperature] { customers }

    func dataVersion() throws -> Int { version }
}

/// Runs keys through a runtime over the fixture, as `rapport render` does, and returns the screen.
@MainActor
func screen(_ source: FixtureSource = FixtureSource(), size: Size = Size(columns: 120, rows: 40),
            keys: String = "") -> (lines: [String], state: AppState) {
    let terminal = MemoryTerminal(size: size, script: Key.sequence(keys).map { .key($0) })
    let state = AppState(size: size, now: FixtureSource.now, timeZone: FixtureSource.zone)
    let runtime = Runtime(state: state, source: source, terminal: terminal, theme: .plain, clock: { FixtureSource.now })
    runtime.replay()
    return (terminal.lastCanvas!.lines, runtime.state)
}
