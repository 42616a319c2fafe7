import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// Triage through the reducer: keys in, the exact writes and modes out.
struct TriageReducerTests {
    let now = FixtureSource.now
    let today = LocalDate(FixtureSource.now, in: FixtureSource.zone)

    /// The dashboard with project 1's punch list loaded and focused.
    func punchFocused() -> AppState {
        var state = AppState(size: Size(columns: 120, rows: 40), now: now, timeZone: FixtureSource.zone)
        state.user = "dana"
        let source = FixtureSource()
        _ = reduce(&state, .projectsLoaded(total: 30, offset: 0, rows: source.projectRows))
        let rows = source.punch[1]!
        _ = reduce(&state, .punchLoaded(PunchQuery(projectId: 1), total: rows.count, unfilteredTotal: rows.count, offset: 0,
                                        rows: rows, groups: []))
        _ = reduce(&state, .key(.char("2")))
        return state
    }

    func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { reduce(&state, .key(.char($0))) }
    }

    @Test func advanceActsOnTheSelectedItem() {
        var state = punchFocused()
        #expect(reduce(&state, .key(.char(">"))) == [.write(.change(ids: [1], .advance, within: PunchQuery(projectId: 1), today: today), by: "dana")])
    }

    @Test func marksMakeOneBulkChange() {
        // Given three items marked with Space (each mark moves down a row)
        var state = punchFocused()
        for _ in 0..<3 { _ = reduce(&state, .key(.char(" "))) }
        #expect(state.punch.marked == [1, 2, 3])
        #expect(state.punch.list.selected == 3)
        // When the user steps them back, then one write covers all three
        #expect(reduce(&state, .key(.char("<"))) == [.write(.change(ids: [1, 2, 3], .stepBack, within: PunchQuery(projectId: 1), today: today), by: "dana")])
        // And Esc clears the marks before anything else
        _ = reduce(&state, .key(.escape))
        #expect(state.punch.marked.isEmpty)
        #expect(state.focus == .punch)
    }

    @Test func quickAddParsesTheLineAndTypingNeverRunsCommands() {
        var state = punchFocused()
        _ = reduce(&state, .key(.char("a")))
        guard case .prompt = state.modal else { Issue.record("no prompt"); return }
        // "q", ">" and "u" are commands in normal mode; here they are text
        let typed = type("Label rack q>u @Lobby !1 due:+3d", &state)
        #expect(typed.isEmpty)
        #expect(state.shouldQuit == false)
        let effects = reduce(&state, .key(.enter))
        var draft = PunchDraft(title: "Label rack q>u", location: "Lobby", priority: .p1, dueOn: today.adding(days: 3))
        draft.category = .other
        // The location is looked up first; known, the item is added with its whole path
        let line = "Label rack q>u @Lobby !1 due:+3d"
        #expect(effects == [.checkQuickAddLocation(projectId: 1, draft: draft, line: line)])
        var placed = draft
        placed.location = "HQ / Lobby"
        let added = reduce(&state, .quickAddLocationChecked(projectId: 1, draft: draft, line: line,
                                                            .exact(id: 3, path: "HQ / Lobby")))
        #expect(added == [.write(.add(projectId: 1, draft: placed), by: "dana")])
        #expect(state.modal == nil)
    }

    @Test func aNewLocationIsAskedAboutAndAnAmbiguousOneListed() {
        var state = punchFocused()
        _ = reduce(&state, .key(.char("a")))
        _ = type("Mic hum @Hall", &state)
        guard case .checkQuickAddLocation(_, let draft, let line)? = reduce(&state, .key(.enter)).first else {
            Issue.record("no lookup")
            return
        }
        _ = reduce(&state, .quickAddLocationChecked(projectId: 1, draft: draft, line: line,
                                                    .ambiguous(["Main / Hall A", "Main / Hall B"])))
        guard case .prompt(let asked) = state.modal else { Issue.record("the prompt closed"); return }
        #expect(asked.error == "@Hall could be Main / Hall A; Main / Hall B: type more of the path")
        // A new one: told so, and Enter again adds it as typed
        _ = reduce(&state, .quickAddLocationChecked(projectId: 1, draft: draft, line: line, .new(path: "Hall")))
        guard case .prompt(let told) = state.modal else { Issue.record("the prompt closed"); return }
        #expect(told.error == "'Hall' is not a location here yet: Enter adds it, Tab completes")
        #expect(reduce(&state, .key(.enter)) == [.write(.add(projectId: 1, draft: draft), by: "dana")])
    }

    @Test func tabAfterAtCompletesTheProjectsLocations() {
        var state = punchFocused()
        #expect(reduce(&state, .key(.char("a"))) == [.loadLocationPaths(projectId: 1)])
        _ = reduce(&state, .locationPathsLoaded(projectId: 1, ["Main / Level 1 / Hall A", "Main / Level 2 / Control Room"]))
        _ = type("Label the rack @con", &state)
        _ = reduce(&state, .key(.tab))
        guard case .prompt(let prompt) = state.modal else { Issue.record("the prompt closed"); return }
        #expect(prompt.editor.text == "Label the rack @Control Room ")
    }

    @Test func aBadDueDateKeepsThePromptOpenWithTheReason() {
        var state = punchFocused()
        _ = reduce(&state, .key(.char("d")))
        _ = type("fryday", &state)
        #expect(reduce(&state, .key(.enter)).isEmpty)
        guard case .prompt(let prompt) = state.modal else { Issue.record("prompt closed"); return }
        #expect(prompt.error?.contains("'fryday' is not a date") == true)
        // Editing clears the error; a good date goes through
        _ = reduce(&state, .key(.ctrl("u")))
        _ = type("tomorrow", &state)
        #expect(reduce(&state, .key(.enter)) == [.write(.change(ids: [1], .setDue(today.adding(days: 1)), within: PunchQuery(projectId: 1), today: today), by: "dana")])
    }

    @Test func filterAppliesAsYouTypeAndEscRestoresTheOldOne() {
        var state = punchFocused()
        _ = reduce(&state, .key(.char("/")))
        let effects = type("hdmi", &state)
        // Every keystroke that changes the filter reloads from the top
        #expect(effects.count == 4)
        #expect(effects.last == .loadPunch(PunchQuery(projectId: 1, filter: { var f = PunchFilter(); f.words = ["hdmi"]; return f }()),
                                           today: today, offset: 0, limit: 54))
        // A half-typed term is reported and the last good filter ("hdmi status", as words) stays
        _ = type(" status:", &state)
        #expect(state.punch.settings.filterError != nil)
        #expect(state.punch.settings.filter.words == ["hdmi", "status"])
        _ = reduce(&state, .key(.escape))
        #expect(state.modal == nil)
        #expect(state.punch.settings.filter.isEmpty)
    }

    @Test func aPageComesBeforeItsSlowCountAndALateCountForAnOldFilterIsDropped() {
        var state = punchFocused()
        _ = reduce(&state, .key(.char("/")))
        _ = type("h", &state)
        let h = state.punch.query!
        // Given the page for "h" came without its count (counting would read every item)
        let rows = Array(FixtureSource().punch[1]!.prefix(20))
        #expect(reduce(&state, .punchLoaded(h, total: nil, unfilteredTotal: 100_000, offset: 0, rows: rows, groups: []))
                == [.countPunch(h, today: today)])
        // Then it shows at once, the count said to be at least the rows loaded
        #expect(state.punch.list.rows == rows)
        #expect(state.punch.list.counting)
        #expect(state.punch.list.total == 20)
        #expect(Screen.render(state, theme: .plain).lines.contains { $0.contains("≥ 20 of 100000 match…") })
        // When the next letter comes before that count
        _ = type("d", &state)
        let hd = state.punch.query!
        #expect(reduce(&state, .punchLoaded(hd, total: nil, unfilteredTotal: 100_000, offset: 0, rows: Array(rows.prefix(5)),
                                            groups: [])) == [.countPunch(hd, today: today)])
        // Then the late count for "h" is dropped
        _ = reduce(&state, .punchCounted(h, total: 80_000, groups: []))
        #expect(state.punch.list.counting)
        #expect(state.punch.list.total == 5)
        // And the count for "hd" replaces the lower bound
        _ = reduce(&state, .punchCounted(hd, total: 12_300, groups: []))
        #expect(!state.punch.list.counting)
        #expect(state.punch.list.total == 12_300)
        #expect(Screen.render(state, theme: .plain).lines.contains { $0.contains("12300 of 100000 match") })
        // And a window further down keeps that count without counting again
        #expect(reduce(&state, .punchLoaded(hd, total: nil, unfilteredTotal: 100_000, offset: 54, rows: rows, groups: [])) == [])
        #expect(state.punch.list.total == 12_300)
    }

    @Test func commandLineCompletesRunsAndRemembers() {
        var state = punchFocused()
        _ = reduce(&state, .key(.char(":")))
        _ = type("gr", &state)
        _ = reduce(&state, .key(.tab))
        guard case .commandLine(let line) = state.modal else { Issue.record("no command line"); return }
        #expect(line.editor.text == "group ")
        _ = type("loc", &state)
        _ = reduce(&state, .key(.enter))
        #expect(state.punch.settings.grouping == .location)
        #expect(state.commandHistory == ["group loc"])
        // Up chooses it among the recent lines, and Tab puts it on the line to change
        _ = reduce(&state, .key(.char(":")))
        _ = reduce(&state, .key(.up))
        guard case .commandLine(let again) = state.modal else { Issue.record("no command line"); return }
        #expect(again.selected == 0)
        _ = reduce(&state, .key(.tab))
        guard case .commandLine(let recalled) = state.modal else { Issue.record("no command line"); return }
        #expect(recalled.editor.text == "group loc")
    }

    @Test func unknownCommandsAndArgumentsSaySo() {
        var state = punchFocused()
        _ = reduce(&state, .commandLine("frobnicate"))
        #expect(state.message?.text == "unknown command 'frobnicate'; Tab completes; ? lists them")
        _ = reduce(&state, .commandLine("sort sideways"))
        #expect(state.message?.text.hasPrefix("unknown sort 'sideways'") == true)
        _ = reduce(&state, .commandLine("undo now"))
        #expect(state.message?.text == "undo takes no argument")
    }

    @Test func undoAndRedoAreWrites() {
        var state = punchFocused()
        #expect(reduce(&state, .key(.char("u"))) == [.write(.undo, by: "dana")])
        #expect(reduce(&state, .key(.ctrl("r"))) == [.write(.redo, by: "dana")])
    }

    @Test func aTriageWriteReloadsWhatItTouchedAndScoresTemperaturesWhenIdle() {
        var state = punchFocused()
        let item = PunchItem(id: 1, projectId: 1, number: 1, title: "HDMI", status: .inProgress, createdAt: now, updatedAt: now)
        let result = ChangeResult(change: .advance, projectId: 1, label: "advance #1", changed: [item])
        let effects = reduce(&state, .written(.changed(result, hidden: 2)))
        #expect(state.message?.text == "advance #1 · left alone 2 hidden by the filter")
        #expect(effects == [.loadProjects(offset: 0, limit: 42, today: today), .loadPunch(PunchQuery(projectId: 1), today: today, offset: 0, limit: 54)])
        // Punch health feeds the temperatures: they are scored at the next idle tick, once
        #expect(state.temperature.stale)
        #expect(reduce(&state, .tick(now: now + 1)) == [.loadTemperatures(now: now + 1, timeZone: FixtureSource.zone)])
        #expect(reduce(&state, .tick(now: now + 2)).isEmpty)
    }

    @Test func aStageChangeReloadsTheProjectsButNotThePunchList() {
        var state = punchFocused()
        let change = StageChange(projectId: 1, projectCode: "PRJ-0001", from: .punch, to: .acceptance)
        send(.written(.stageSet(change)), &state) {
            $0.message = .init(text: "Moved PRJ-0001 from punch to acceptance")
        }
        #expect(reduce(&state, .written(.stageSet(change))) == [.loadProjects(offset: 0, limit: 42, today: today)])
    }

    @Test func aChangeThatChangedNothingReloadsNothing() {
        var state = punchFocused()
        let skipped = SkippedItem(id: 5, number: 5, status: .closed, reason: .cannotAdvance)
        let result = ChangeResult(change: .advance, projectId: 1, label: "advance #5", skipped: [skipped])
        #expect(reduce(&state, .written(.changed(result, hidden: 0))).isEmpty)
        #expect(state.message?.text == "nothing changed (skipped: #5 is closed; it cannot advance)")
        #expect(!state.temperature.stale)
    }

    @Test func undoWithNothingOfYoursSaysSoAndReloadsNothing() {
        var state = punchFocused()
        #expect(reduce(&state, .written(.undone(nil))).isEmpty)
        #expect(state.message?.text == "Nothing of yours to undo")
    }

    @Test func triageOutsideThePunchPaneIsRefused() {
        var state = punchFocused()
        _ = reduce(&state, .key(.char("1")))
        #expect(reduce(&state, .key(.char(">"))).isEmpty)
        #expect(state.message?.text == "> is advance-status in the punch list (2); ? lists the keys")
    }

    @Test func acceptanceIsRecordedOnTheSelectedMilestone() throws {
        var state = punchFocused()
        #expect(reduce(&state, .key(.char("i"))) == [.loadProjectDetail(projectId: 1), .loadProjectRecord(projectId: 1, today: today)])
        _ = reduce(&state, .projectDetailLoaded(try FixtureSource().projectDetail(projectId: 1)))
        #expect(reduce(&state, .key(.char("A"))) == [.write(.recordAcceptance(milestoneId: 7, on: today), by: "dana")])
    }

    @Test func editFormRefusesABadFieldAndSavesAGoodOne() throws {
        var state = punchFocused()
        #expect(reduce(&state, .key(.char("e"))) == [.loadPunchDetail(id: 1, forEdit: true)])
        _ = reduce(&state, .punchDetailLoaded(try FixtureSource().punchDetail(id: 1), forEdit: true))
        guard case .form(var edit) = state.modal else { Issue.record("no form"); return }
        // Given a priority of P7 typed into the form
        edit.form.focus(field: "priority")
        state.modal = .form(edit)
        _ = reduce(&state, .key(.ctrl("u")))
        _ = type("P7", &state)
        // When saved (C-s), then it stays open with the reason on that field
        #expect(reduce(&state, .key(.ctrl("s"))).isEmpty)
        guard case .form(let refused) = state.modal else { Issue.record("form closed"); return }
        #expect(refused.form.fields.first { $0.id == "priority" }?.error == "one of P1, P2, P3")
        // And a good value saves every field as one edit
        _ = reduce(&state, .key(.ctrl("u")))
        _ = type("P1", &state)
        let effects = reduce(&state, .key(.ctrl("s")))
        guard case .write(.change(let ids, .edit(let draft), _, _), _)? = effects.first else { Issue.record("no write"); return }
        #expect(ids == [1])
        #expect(draft.priority == .p1)
        #expect(draft.title == "Ceiling mic 3 picks up HVAC noise")
    }

    @Test func theModelsLengthLimitIsShownAtTheField() throws {
        var state = punchFocused()
        _ = reduce(&state, .punchDetailLoaded(try FixtureSource().punchDetail(id: 1), forEdit: true))
        _ = reduce(&state, .key(.ctrl("u")))
        _ = reduce(&state, .paste(String(repeating: "x", count: PunchLimits.title + 1)))
        #expect(reduce(&state, .key(.ctrl("s"))).isEmpty)
        guard case .form(let refused) = state.modal else { Issue.record("form closed"); return }
        let title = refused.form.fields.first { $0.id == "title" }
        #expect(title?.error?.contains("\(PunchLimits.title)") == true)
        #expect(refused.form.focus == 0)
    }

    @Test func disputeAsksWhoAndWhyThenWritesOnce() {
        var state = punchFocused()
        _ = reduce(&state, .key(.char("!")))
        guard case .prompt(let prompt) = state.modal else { Issue.record("no prompt"); return }
        #expect(prompt.label == "Dispute")
        _ = type("us: cable pulled to the wrong rack", &state)
        #expect(reduce(&state, .key(.enter)) == [.write(.dispute(ids: [1], side: .us, note: "cable pulled to the wrong rack",
                                                                 projectId: 1), by: "dana")])
        // Without a side it is the customer's, and the whole text is the note
        #expect(PunchTriage.disputeAnswer("screen flickers: see photo") == (.customer, "screen flickers: see photo"))
        _ = reduce(&state, .written(.disputed(count: 1, side: .us, projectId: 1)))
        #expect(state.message?.text == "1 item in dispute, raised by us")
    }
}
