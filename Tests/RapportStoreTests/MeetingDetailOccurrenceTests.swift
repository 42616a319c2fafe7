import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// A meeting's detail asked for by its series and an occurrence: the occurrence as it is now,
/// its override when it has one, and whether the project's sales rep is on it.
@Suite struct MeetingDetailOccurrenceTests {
    @Test func theSeriesAndAnOccurrenceGiveThatOccurrencesOverride() throws {
        let (db, id) = try MeetingWriteTests.database()
        let tuesday = MeetingWriteTests.tuesday10
        let series = try db.meetingDetail(meetingId: id, occurrence: tuesday)
        #expect(series.salesRep == "Ravi Patel")
        #expect(series.salesAttendance == "Ravi Patel (sales) invited, no answer yet")
        // Ravi accepts this occurrence only, as `J` in the meeting view writes it.
        var draft = MeetingDraft(series.meeting, attendees: series.attendees.map {
            AttendeeDraft(contactId: $0.contactId, invitee: Invitee(name: $0.name, email: $0.email, role: $0.role,
                                                                    status: $0.name == "Ravi Patel" ? .accepted : $0.status))
        })
        draft.startsAt = tuesday
        draft.endsAt = tuesday + 3600
        draft.rrule = nil
        let change = try db.changeMeeting(meetingId: id, scope: .occurrence(tuesday), draft: draft, by: "ravi",
                                          at: MeetingWriteTests.at)
        let now = try db.meetingDetail(meetingId: id, occurrence: tuesday)
        #expect(now.meeting.id == change.meetingId && now.meeting.isOverride)
        #expect(now.series?.id == id)
        #expect(now.salesAttendance == "Ravi Patel (sales) attending")
        // The week after is still the series', Ravi unanswered there.
        let next = try db.meetingDetail(meetingId: id, occurrence: tuesday + 7 * 86_400)
        #expect(next.meeting.id == id)
        #expect(next.salesAttendance == "Ravi Patel (sales) invited, no answer yet")
    }
}
