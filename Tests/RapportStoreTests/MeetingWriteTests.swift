import Foundation
import Testing
import GRDB
import RapportModel
@testable import RapportStore

/// Meetings as records: one occurrence, this and following, the whole series; cancelling;
/// notes and action items per occurrence; each write one undo step.
@Suite struct MeetingWriteTests {
    static let at = utc("2026-03-01T12:00:00Z")
    static let march = (utc("2026-03-01T00:00:00Z"), utc("2026-04-01T00:00:00Z"))
    static let tuesday10 = utc("2026-03-10T14:00:00Z")  // 10:00 New York, after the DST change

    /// A weekly Tuesday 10:00 New York series from 3 March, with Sam invited.
    static func database() throws -> (AppDatabase, Int64) {
        let db = try AppDatabase.inMemory()
        let (customer, project) = try db.insertAll { ins in
            let acme = try ins.insert(Customer(name: "Acme Corp")).id!
            let project = try ins.insert(Project(customerId: acme, code: "ACME-01", name: "Boardroom", stage: .punch,
                                                 salesRep: "Ravi Patel", concerns: "speed, look and feel")).id!
            try ins.insert(Contact(customerId: acme, name: "Sam Lee", emails: "sam@acme.example", department: .facilities,
                                   role: .champion, influence: 4))
            // Someone who left: the temperature reader needs one (its SUM over no one's leaving is NULL)
            try ins.insert(Contact(customerId: acme, name: "Old Signer", department: .executive, role: .signer,
                                   leftOn: LocalDate(year: 2025, month: 6, day: 1)))
            return (acme, project)
        }
        _ = customer
        let draft = MeetingDraft(title: "Site coordination", startsAt: utc("2026-03-03T15:00:00Z"), endsAt: utc("2026-03-03T16:00:00Z"),
                                 tzid: "America/New_York", rrule: "FREQ=WEEKLY", salesWelcome: true, projectId: project,
                                 attendees: [AttendeeDraft(invitee: Invitee(name: "Sam Lee", email: "sam@acme.example")),
                                             AttendeeDraft(invitee: Invitee(name: "Ravi Patel", email: "ravi@ours.example", role: "optional"))])
        let id = try db.addMeeting(draft, by: "dana", at: at).meetingId
        return (db, id)
    }

    func starts(_ db: AppDatabase) throws -> [String] {
        try db.agenda(from: Self.march.0, to: Self.march.1, timeZone: .gmt).map {
            "\(ISO8601DateFormatter().string(from: $0.start)) \($0.title)"
        }
    }

    func draft(_ db: AppDatabase, _ id: Int64) throws -> MeetingDraft {
        MeetingDraft(try db.meetingDetail(meetingId: id, occurrence: nil).meeting)
    }

    @Test func oneOccurrenceBecomesAnOverrideAndUndoTakesItBack() throws {
        let (db, id) = try Self.database()
        var moved = try draft(db, id)
        moved.title = "Coordination (moved)"
        moved.startsAt = utc("2026-03-11T19:00:00Z")
        moved.endsAt = utc("2026-03-11T20:00:00Z")
        let change = try db.changeMeeting(meetingId: id, scope: .occurrence(Self.tuesday10), draft: moved, by: "dana", at: Self.at)
        #expect(change.label == "change occurrence of Site coordination")
        #expect(try starts(db) == ["2026-03-03T15:00:00Z Site coordination", "2026-03-11T19:00:00Z Coordination (moved)",
                                   "2026-03-17T14:00:00Z Site coordination", "2026-03-24T14:00:00Z Site coordination",
                                   "2026-03-31T14:00:00Z Site coordination"])
        // The override has its own copy of the people and shares the UID
        let detail = try db.meetingDetail(meetingId: change.meetingId, occurrence: nil)
        #expect(detail.meeting.uid == detail.series?.uid && detail.occurrence == Self.tuesday10)
        #expect(detail.attendees.map(\.name) == ["Sam Lee", "Ravi Patel"])
        #expect(detail.attendees.first?.contactId == 1)
        // Changing it again edits the same override
        moved.title = "Coordination (moved again)"
        _ = try db.changeMeeting(meetingId: id, scope: .occurrence(Self.tuesday10), draft: moved, by: "dana", at: Self.at)
        #expect(try db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meeting") } == 2)
        // Undo twice: the series is as it was
        _ = try db.undo(by: "dana", at: Self.at)
        _ = try db.undo(by: "dana", at: Self.at)
        #expect(try starts(db).count == 5 && (try starts(db))[1] == "2026-03-10T14:00:00Z Site coordination")
    }

    @Test func aStartThatIsNoOccurrenceIsRefused() throws {
        let (db, id) = try Self.database()
        #expect(throws: AppError.notAnOccurrence(meeting: "Site coordination", occurrence: utc("2026-03-11T14:00:00Z"))) {
            try db.cancelOccurrence(meetingId: id, occurrence: utc("2026-03-11T14:00:00Z"), by: "dana", at: Self.at)
        }
    }

    @Test func thisAndFollowingSplitsTheSeriesAndMovesTheLaterNotes() throws {
        let (db, id) = try Self.database()
        // Minutes written for the 24th, before the split
        _ = try db.saveMeetingNote(meetingId: id, occurrence: utc("2026-03-24T14:00:00Z"), agenda: "", minutes: "Rack moved",
                                   attended: [], by: "dana", at: Self.at)
        var later = try draft(db, id)
        later.startsAt = utc("2026-03-17T15:00:00Z")  // 11:00 from the 17th on
        later.endsAt = utc("2026-03-17T16:00:00Z")
        let change = try db.changeMeeting(meetingId: id, scope: .following(utc("2026-03-17T14:00:00Z")), draft: later,
                                          by: "dana", at: Self.at)
        #expect(try starts(db) == ["2026-03-03T15:00:00Z Site coordination", "2026-03-10T14:00:00Z Site coordination",
                                   "2026-03-17T15:00:00Z Site coordination", "2026-03-24T15:00:00Z Site coordination",
                                   "2026-03-31T15:00:00Z Site coordination"])
        let old = try db.meetingDetail(meetingId: id, occurrence: nil).meeting
        #expect(old.rrule == "FREQ=WEEKLY;UNTIL=20260317T135959Z")
        #expect(old.sequence == 1)
        let new = try db.meetingDetail(meetingId: change.meetingId, occurrence: utc("2026-03-24T15:00:00Z"))
        #expect(new.meeting.uid != old.uid && new.meeting.rrule == "FREQ=WEEKLY")
        #expect(new.note?.minutes == "Rack moved")
        #expect(new.attendees.count == 2)
        // One undo step puts it all back
        _ = try db.undo(by: "dana", at: Self.at)
        #expect(try db.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meeting") } == 1)
        #expect(try db.meetingDetail(meetingId: id, occurrence: utc("2026-03-24T14:00:00Z")).note?.minutes == "Rack moved")
    }

    @Test func aSplitShareOutACount() throws {
        let (db, id) = try Self.database()
        var counted = try draft(db, id)
        counted.rrule = "FREQ=WEEKLY;COUNT=4"
        _ = try db.changeMeeting(meetingId: id, scope: .series, draft: counted, by: "dana", at: Self.at)
        let change = try db.changeMeeting(meetingId: id, scope: .following(Self.tuesday10),
                                          draft: try draft(db, id), by: "dana", at: Self.at)
        // Read first, then compared: a `try` call inside #expect here crashed Swift Testing's
        // expression capture once MeetingDetail grew (swift 6.3, "destroy for ClosedRange.Index").
        let before = try db.meetingDetail(meetingId: id, occurrence: nil).meeting.rrule
        let after = try db.meetingDetail(meetingId: change.meetingId, occurrence: nil).meeting.rrule
        #expect(before == "FREQ=WEEKLY;COUNT=1")
        #expect(after == "FREQ=WEEKLY;COUNT=3")
        #expect(try starts(db).count == 4)
    }

    @Test func movingTheWholeSeriesMovesItsCancellationsAndOverridesToo() throws {
        let (db, id) = try Self.database()
        _ = try db.cancelOccurrence(meetingId: id, occurrence: Self.tuesday10, by: "dana", at: Self.at)
        var wednesday = try draft(db, id)
        wednesday.startsAt = utc("2026-03-04T15:00:00Z")
        wednesday.endsAt = utc("2026-03-04T16:00:00Z")
        _ = try db.changeMeeting(meetingId: id, scope: .series, draft: wednesday, by: "dana", at: Self.at)
        #expect(try starts(db) == ["2026-03-04T15:00:00Z Site coordination", "2026-03-18T14:00:00Z Site coordination",
                                   "2026-03-25T14:00:00Z Site coordination"])
    }

    @Test func cancellingAnOccurrenceAddsAnExdateAndAOneOffIsCancelledWhole() throws {
        let (db, id) = try Self.database()
        let change = try db.cancelOccurrence(meetingId: id, occurrence: Self.tuesday10, by: "dana", at: Self.at)
        #expect(change.label == "cancel occurrence of Site coordination")
        #expect(try db.meetingDetail(meetingId: id, occurrence: nil).meeting.exdates == [Self.tuesday10])
        #expect(try starts(db).count == 4)
        let next = try db.scheduleNextMeeting(after: id, startsAt: utc("2026-03-05T15:00:00Z"), by: "dana", at: Self.at)
        #expect(try starts(db).contains("2026-03-05T15:00:00Z Site coordination"))
        #expect(try db.meetingDetail(meetingId: next.meetingId, occurrence: nil).attendees.map(\.status) == [.needsAction, .needsAction])
        _ = try db.cancelOccurrence(meetingId: next.meetingId, occurrence: utc("2026-03-05T15:00:00Z"), by: "dana", at: Self.at)
        #expect(try db.meetingDetail(meetingId: next.meetingId, occurrence: nil).meeting.status == .cancelled)
        #expect(try starts(db).count == 4)
    }

    @Test func anActionItemBecomesAPunchItemAndStaysOpenForTheNextOccurrence() throws {
        let (db, id) = try Self.database()
        let item = try db.addActionItem(meetingId: id, occurrence: utc("2026-03-03T15:00:00Z"), text: "Relabel the rack",
                                        owner: "omar", dueOn: LocalDate(year: 2026, month: 3, day: 9), by: "dana", at: Self.at)
        let punch = try db.punchActionItem(id: item.id!, by: "dana", at: Self.at)
        #expect(punch.source == .meeting && punch.title == "Relabel the rack" && punch.assignee == "omar")
        #expect(punch.detail == "From Site coordination, 2026-03-03")
        #expect(throws: AppError.actionItemAlreadyPunched(ref: "ACME-01#1")) { try db.punchActionItem(id: item.id!, by: "dana", at: Self.at) }
        // The next occurrence lists it, with its punch item
        let next = try db.meetingDetail(meetingId: id, occurrence: Self.tuesday10)
        #expect(next.openActionItems.map(\.item.text) == ["Relabel the rack"])
        #expect(next.openActionItems.first?.punchRef == "ACME-01#1" && next.openActionItems.first?.punchStatus == .open)
        #expect(try db.meetingDetail(meetingId: id, occurrence: utc("2026-03-03T15:00:00Z")).openActionItems.isEmpty)
        // Voided as a punch item, it is no longer open
        _ = try db.changePunchItems(ids: [punch.id!], change: .void, by: "dana", at: Self.at)
        #expect(try db.openActionItems(meetingId: id, before: nil).isEmpty)
    }

    @Test func minutesAndAttendanceArePerOccurrenceAndFeedTheBrief() throws {
        let (db, id) = try Self.database()
        let people = try db.meetingDetail(meetingId: id, occurrence: nil).attendees
        _ = try db.saveMeetingNote(meetingId: id, occurrence: utc("2026-03-03T15:00:00Z"), agenda: "1. racks",
                                   minutes: "Customer wants it before the board meeting", attended: [people[0].id!],
                                   by: "dana", at: Self.at)
        let first = try db.meetingDetail(meetingId: id, occurrence: utc("2026-03-03T15:00:00Z")).note
        #expect(first?.minutes == "Customer wants it before the board meeting" && first?.attended == [people[0].id!])
        #expect(try db.meetingDetail(meetingId: id, occurrence: Self.tuesday10).note == nil)
        let brief = try db.dropInBrief(meetingId: id, occurrence: Self.tuesday10, now: Self.at, timeZone: .gmt)
        #expect(brief.customerName == "Acme Corp" && brief.projectCode == "ACME-01")
        #expect(brief.concerns == ["speed", "look and feel"])
        #expect(brief.lastMinutesAt == utc("2026-03-03T15:00:00Z"))
        #expect(brief.lastMinutes == "Customer wants it before the board meeting")
        #expect(brief.people.map(\.name) == ["Sam Lee", "Ravi Patel"])
        #expect(brief.people.map(\.isSales) == [false, true])
        #expect(brief.people[0].department == .facilities && brief.people[0].influence == 4)
        #expect(brief.temperature?.name == "Acme Corp")
    }

    @Test func aTypedZoneOrRuleRapportCannotReadIsRefused() throws {
        let (db, _) = try Self.database()
        var bad = MeetingDraft(title: "x", startsAt: Self.at, endsAt: Self.at, tzid: "Mars/Base")
        #expect(throws: AppError.invalidMeeting(reason: "'Mars/Base' is not a time zone (write an IANA name, e.g. America/New_York)")) {
            try db.addMeeting(bad, by: "dana", at: Self.at)
        }
        bad.tzid = "UTC"
        bad.rrule = "FREQ=SOMETIMES"
        #expect(throws: AppError.self) { try db.addMeeting(bad, by: "dana", at: Self.at) }
    }
}
