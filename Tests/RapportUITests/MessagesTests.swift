import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// Messages clear themselves and are kept in a log `:messages` shows.
struct MessagesTests {
    func state() -> AppState {
        AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
    }

    @Test func everyMessageShownIsLoggedOnceWithItsTime() {
        var s = state()
        s.message = .init(text: "Sorted by due")
        s.message = .init(text: "Sorted by due")  // the same one again is not a new message
        s.message = nil
        s.message = .init(text: "No meeting selected", isError: true)
        #expect(s.messageLog.map(\.message.text) == ["Sorted by due", "No meeting selected"])
        #expect(s.messageLog.map(\.message.severity) == [.info, .error])
        #expect(s.messageLog.first?.at == FixtureSource.now)
        #expect(s.messagesSaid == 2)
    }

    @Test func theLogKeepsTheNewestOnly() {
        var s = state()
        for i in 0..<(AppState.messageLogLimit + 3) { s.message = .init(text: "m\(i)") }
        #expect(s.messageLog.count == AppState.messageLogLimit)
        #expect(s.messageLog.first?.message.text == "m3")
    }

    @Test func anExpiryClearsOnlyTheMessageItWasFor() {
        var s = state()
        s.message = .init(text: "first")
        let first = s.messagesSaid
        s.message = .init(text: "second")
        _ = reduce(&s, .messageExpired(logged: first))
        #expect(s.message?.text == "second")
        _ = reduce(&s, .messageExpired(logged: s.messagesSaid))
        #expect(s.message == nil)
    }

    @Test func errorsStayLongerThanNews() {
        #expect(AppState.Message(text: "x", isError: true).lifetime > AppState.Message(text: "x").lifetime)
    }

    @MainActor
    @Test func messagesListsWhatFlashedPastWithTimes() {
        let shot = screen(keys: "3 x s : m e s s a g e s Enter")
        #expect(shot.state.topRoute?.id == .messages)
        #expect(shot.lines.contains { $0.contains("09:00  error") })
        assertSnapshot(shot, named: "messages-120x40")
    }
}
