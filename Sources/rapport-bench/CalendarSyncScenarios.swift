import Foundation
import RapportInterop
import RapportModel
import RapportStore

/// iCalendar in and out: reading and importing a large file, and a vdir sync with nothing
/// to do. (The agenda's own scenarios are in `CalendarScenarios`.)
@MainActor
enum CalendarSyncScenarios {
    static func all(now: Date, zone: TimeZone, iterations n: Int, events count: Int) throws -> [Scenario] {
        let data = ICalendarWriter(now: now).data(generatedEvents(count, now: now))
        let reader = ICalendarReader(floatingZone: zone)

        // The import lands in a database of its own, so the seeded firm stays as it was; one
        // folder, replaced by each run, so runs leave one copy behind, not one each.
        let scratch = NSTemporaryDirectory() + "rapport-bench-calendar"
        try? FileManager.default.removeItem(atPath: scratch)
        try FileManager.default.createDirectory(atPath: scratch + "/vdir", withIntermediateDirectories: true)
        let importDB = try AppDatabase.open(path: scratch + "/import.sqlite")
        let syncDB = try AppDatabase.open(path: scratch + "/sync.sqlite")
        // The sync's folder: every meeting written once (untimed), so later syncs find nothing to do.
        _ = try syncDB.importCalendar(try reader.events(from: data), by: "bench", at: now)
        let sync = VdirSync(folder: scratch + "/vdir", store: syncDB, floatingZone: zone, by: "bench", at: now)
        _ = try sync.run()

        var imported = false
        let label = count.formatted()
        return [
            Scenario(name: "calendar sync: read a \(label)-event .ics", targetMilliseconds: nil, iterations: 3, warmup: 1) {
                _ = try reader.events(from: data)
            },
            Scenario(name: "calendar sync: import a \(label)-event .ics (read + store)", targetMilliseconds: nil, iterations: 3,
                     warmup: 1, prepare: {
                         if imported { _ = try importDB.undo(by: "bench", at: now) }
                         imported = true
                     }) {
                _ = try importDB.importCalendar(try reader.events(from: data), by: "bench", at: now)
            },
            Scenario(name: "calendar sync: vdir sync of \(label) files, nothing changed", targetMilliseconds: 1_000,
                     iterations: max(3, n / 20)) {
                let report = try sync.run()
                guard report.read == 0, report.written == 0 else { throw BenchError("the sync found changes: \(report)") }
            },
        ]
    }

    /// Meetings as a firm's calendar holds them: weekly and monthly series with people, some
    /// one-offs and all-day dates, every tenth series with a moved occurrence.
    static func generatedEvents(_ count: Int, now: Date) -> [CalendarEvent] {
        let zones = ["America/New_York", "America/Chicago", "Europe/London", "Australia/Sydney", "America/Los_Angeles"]
        var events: [CalendarEvent] = []
        var i = 0
        while events.count < count {
            let start = now - 90 * 86_400 + Double(i % 120) * 86_400 + Double(i % 7) * 3_600
            let people = (0..<3).map { Invitee(name: "Person \(i)-\($0)", email: "p\(i)-\($0)@customer\(i % 50).example",
                                               role: $0 == 0 ? "chair" : "required", status: .accepted) }
            let rule: String? = i % 4 == 3 ? nil : (i % 4 == 2 ? "FREQ=MONTHLY;COUNT=12" : "FREQ=WEEKLY")
            var meeting = Meeting(uid: "bench-\(i)@rapport", title: "Project \(i) coordination", startsAt: start,
                                  endsAt: start + 3_600, tzid: zones[i % zones.count], rrule: rule,
                                  location: "Room \(i % 30)", organizer: people[0].name, dtstamp: now, allDay: false,
                                  details: "Agenda: punch list, schedule, RFIs")
            if i % 25 == 24 {
                meeting.allDay = true
                meeting.tzid = "UTC"
                meeting.startsAt = Date(timeIntervalSince1970: (start.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
                meeting.endsAt = meeting.startsAt + 86_400
            }
            events.append(CalendarEvent(meeting: meeting, attendees: people, organizerEmail: people[0].email))
            if i % 10 == 0, rule == "FREQ=WEEKLY", events.count < count {
                var moved = meeting
                moved.recurrenceId = start + 7 * 86_400
                moved.rrule = nil
                moved.startsAt = start + 8 * 86_400
                moved.endsAt = moved.startsAt + 3_600
                moved.title += " (moved)"
                events.append(CalendarEvent(meeting: moved, attendees: people, organizerEmail: people[0].email))
            }
            i += 1
        }
        return events
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
