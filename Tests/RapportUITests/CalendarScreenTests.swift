import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// The calendar's three views as whole screens at 120x40 and 80x24, and zoomed.
@MainActor
struct CalendarScreenTests {
    /// The fixture firm plus two meetings that overlap Monday's coordination meeting, and one
    /// running over midnight.
    func source() -> FixtureSource {
        let source = FixtureSource()
        let monday = FixtureSource.now + 3 * 86_400  // Monday 30 November, 09:00 UTC
        source.entries += [
            AgendaEntry(meetingId: 20, title: "Rack walk with IT", start: monday + 1_800, end: monday + 5_400,
                        projectCode: "PRJ-0002", customerName: "Contoso University", location: "", salesWelcome: true),
            AgendaEntry(meetingId: 21, title: "Change order review", start: monday + 2_700, end: monday + 4_500,
                        projectCode: nil, customerName: "Fabrikam Legal", location: "", salesWelcome: false),
            AgendaEntry(meetingId: 22, title: "Overnight cutover", start: monday + 14 * 3_600, end: monday + 17 * 3_600,
                        projectCode: "PRJ-0003", customerName: "Fabrikam Legal", location: "", salesWelcome: false),
        ].sorted { $0.start < $1.start }
        source.entries.sort { $0.start < $1.start }
        return source
    }

    @Test func weekAt120x40() {
        let shot = screen(source(), keys: "3 v ]")
        #expect(shot.lines.contains { $0.contains("week of Mon 30 Nov 2026") })
        assertSnapshot(shot, named: "calendar-week-120x40")
    }

    @Test func weekZoomedShowsOverlapsSideBySide() {
        let shot = screen(source(), keys: "3 v ] h h h h +")
        // Monday: the coordination meeting and the two that overlap it share the column.
        #expect(shot.lines.contains { $0.contains("Ste") && $0.contains("★Ra") && $0.contains("Chan") })
        assertSnapshot(shot, named: "calendar-week-zoomed-120x40")
    }

    @Test func weekAt80x24() {
        assertSnapshot(screen(source(), size: Size(columns: 80, rows: 24), keys: "3 v"), named: "calendar-week-80x24")
    }

    @Test func monthAt120x40() {
        let shot = screen(source(), keys: "3 v v")
        #expect(shot.lines.contains { $0.contains("November 2026") })
        assertSnapshot(shot, named: "calendar-month-120x40")
    }

    @Test func monthZoomedListsMeetingsInTheCells() {
        assertSnapshot(screen(source(), keys: "3 v v } +"), named: "calendar-month-zoomed-120x40")
    }

    @Test func monthAt80x24() {
        assertSnapshot(screen(source(), size: Size(columns: 80, rows: 24), keys: "3 v v"), named: "calendar-month-80x24")
    }

    @Test func agendaFromAnotherDayAt80x24() {
        let shot = screen(source(), size: Size(columns: 80, rows: 24), keys: "3 ] j")
        #expect(shot.state.calendar.cursor == LocalDate(year: 2026, month: 12, day: 4))
        assertSnapshot(shot, named: "calendar-agenda-moved-80x24")
    }

    @Test func enterOnTheGridOpensTheDaysSelectedMeeting() {
        let shot = screen(source(), keys: "3 v ] h h h h j Enter")
        #expect(shot.state.topRoute?.id == .meeting)
        #expect(shot.lines.contains { $0.contains("Rack walk with IT") })
    }
}
