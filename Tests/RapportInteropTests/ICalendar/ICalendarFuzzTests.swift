import Foundation
import RapportModel
import Testing
@testable import RapportInterop

/// Hostile and broken iCalendar files: the reader reads or refuses every mutation of real
/// files with a line inside the file, and never crashes or hangs.
struct ICalendarFuzzTests {
    static let seeds: [String] = [
        ICalendarWriter(now: Date(timeIntervalSince1970: 1_770_000_000)).text(ICalendarRoundTripTests.events),
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=\"Eastern Standard Time\":20260101T090000\nDURATION:PT1H\nEND:VEVENT\nEND:VCALENDAR\n",
    ]

    @Test func everyMutationIsReadOrRefusedWithALineInTheFile() {
        let reader = ICalendarReader(floatingZone: TimeZone(identifier: "UTC")!)
        let accepted = MutationFuzzTests.fuzz(seeds: Self.seeds, seed: 29, count: 400) { bytes in
            do {
                let events = try reader.events(from: Data(bytes))
                // What is read is whole: a UID, an end not before the start
                #expect(events.allSatisfy { !$0.meeting.uid.isEmpty && $0.meeting.endsAt >= $0.meeting.startsAt })
                return true
            } catch let error as ICalendarError {
                let lines = bytes.filter { $0 == 0x0A }.count + 1
                #expect((1...max(lines, 1)).contains(error.line), "line \(error.line) of \(lines): \(error.reason)")
                #expect(!error.reason.isEmpty)
                return false
            } catch {
                Issue.record("not an ICalendarError: \(error)")
                return false
            }
        }
        // Some mutations leave a readable file (a changed letter in a summary)
        #expect(accepted > 0)
    }

    @Test func aHugeLineAndControlCharactersAreHandled() throws {
        let huge = String(repeating: "x", count: 300_000)
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:h\r\nDTSTART:20260101T090000Z\r\nSUMMARY:\(huge)\u{1B}[31m\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let events = try ICalendarReader(floatingZone: .gmt).events(from: Data(text.utf8))
        #expect(events.first?.meeting.title.count == 300_000 + 5)
        // Written back, it folds into lines of at most 75 octets
        let written = ICalendarWriter(now: .distantPast).text(events)
        #expect(written.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }
}
