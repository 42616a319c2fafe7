import Foundation
import RapportInterop
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// Each occurrence's agenda, minutes and action items travel in Rapport's calendar files
/// (X-RAPPORT-NOTE, X-RAPPORT-ACTION): an export imports into a fresh database with them, and
/// importing it again changes nothing.
@Suite(.serialized)
struct CalendarNotesRoundTripTests {
    let folder = NSTemporaryDirectory() + "rapport-notes-\(UUID().uuidString)"
    static let at = ISO8601DateFormatter().date(from: "2026-12-01T08:00:00Z")!
    static let second = ISO8601DateFormatter().date(from: "2026-12-08T09:00:00Z")!  // 10:00 in Berlin

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func database(_ name: String) throws -> AppDatabase {
        try RapportCommand.Init.parse([folder + "/\(name).sqlite"]).run()
        return try AppDatabase.open(path: folder + "/\(name).sqlite")
    }

    func notes(_ db: AppDatabase) throws -> (String?, [String]) {
        let id = try db.calendarEvents().first!.meeting.id!
        let detail = try db.meetingDetail(meetingId: id, occurrence: Self.second)
        return (detail.note?.minutes, detail.actionItems.map { "\($0.item.text)|\($0.item.owner)|\($0.item.dueOn?.iso ?? "")|\($0.item.done)" })
    }

    @Test func minutesAndActionItemsSurviveAnExportIntoAFreshDatabase() throws {
        let ours = try database("ours")
        let draft = MeetingDraft(title: "Site coordination", startsAt: ISO8601DateFormatter().date(from: "2026-12-01T09:00:00Z")!,
                                 endsAt: ISO8601DateFormatter().date(from: "2026-12-01T10:00:00Z")!, tzid: "Europe/Berlin",
                                 rrule: "FREQ=WEEKLY")
        let id = try ours.addMeeting(draft, by: "dana", at: Self.at).meetingId
        _ = try ours.saveMeetingNote(meetingId: id, occurrence: Self.second, agenda: "1. Rack", minutes: "Kim: move the rack;\nbefore commissioning, please",
                                     attended: [], by: "dana", at: Self.at)
        _ = try ours.addActionItem(meetingId: id, occurrence: Self.second, text: "Send the elevation, with notes", owner: "Lee, Kim",
                                   dueOn: LocalDate(year: 2026, month: 12, day: 10), by: "dana", at: Self.at)
        let item = try ours.addActionItem(meetingId: id, occurrence: Self.second, text: "Book the lift", owner: "", dueOn: nil,
                                          by: "dana", at: Self.at)
        _ = try ours.setActionItemDone(id: item.id!, done: true, by: "dana", at: Self.at)
        let file = ICalendarWriter(now: Self.at).text(try ours.calendarEvents())
        // Unfolded, a parameter value with a comma is quoted.
        #expect(file.replacingOccurrences(of: "\r\n ", with: "").contains("X-RAPPORT-ACTION;X-OCCURRENCE=20261208T090000Z;X-OWNER=\"Lee, Kim\";X-DUE=2026-12-10:Send the"))

        let fresh = try database("fresh")
        let events = try ICalendarReader(floatingZone: .gmt).events(from: Data(file.utf8))
        #expect(try fresh.importCalendar(events, by: "dana", at: Self.at).added == 1)
        let expected: (String?, [String]) = ("Kim: move the rack;\nbefore commissioning, please",
                                             ["Send the elevation, with notes|Lee, Kim|2026-12-10|false", "Book the lift|||true"])
        #expect(try notes(fresh) == expected)
        // And the same file again is nothing new.
        let again = try fresh.importCalendar(events, by: "dana", at: Self.at)
        #expect(again.unchanged == 1 && again.updated == 0 && again.added == 0)
        #expect(try notes(fresh) == expected)
        // A note changed elsewhere comes in as an update of the series.
        let edited = file.replacingOccurrences(of: "before commissioning", with: "after commissioning")
        let changed = try fresh.importCalendar(try ICalendarReader(floatingZone: .gmt).events(from: Data(edited.utf8)),
                                               by: "dana", at: Self.at)
        #expect(changed.updated == 1)
        #expect(try notes(fresh).0 == "Kim: move the rack;\nafter commissioning, please")
    }

    @Test func aNoteWithoutItsOccurrenceIsRefusedWithItsLine() throws {
        let file = """
            BEGIN:VCALENDAR\r
            BEGIN:VEVENT\r
            UID:x@example\r
            DTSTART:20261201T090000Z\r
            X-RAPPORT-NOTE;X-PART=MINUTES:said\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        #expect(throws: ICalendarError(line: 5, reason: "X-RAPPORT-NOTE needs X-OCCURRENCE (the occurrence's start)")) {
            _ = try ICalendarReader(floatingZone: .gmt).events(from: Data(file.utf8))
        }
    }
}
