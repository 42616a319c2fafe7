import Foundation
import Testing
import RapportModel

/// Whether the project's sales rep is on a meeting, as the meeting view and `meeting show` say it.
@Suite struct MeetingSalesAttendanceTests {
    static let meeting = Meeting(id: 1, uid: "m1", title: "Site coordination", startsAt: Date(timeIntervalSince1970: 0),
                                 endsAt: Date(timeIntervalSince1970: 3600), tzid: "UTC", salesWelcome: true)

    static func detail(rep: String?, _ people: [(String, Attendee.Status)]) -> MeetingDetail {
        MeetingDetail(meeting: meeting, attendees: people.enumerated().map { i, p in
            Attendee(id: Int64(i + 1), meetingId: 1, name: p.0, status: p.1)
        }, salesRep: rep)
    }

    @Test(arguments: [
        (Attendee.Status.accepted, "Sam Ortiz (sales) attending"),
        (.tentative, "Sam Ortiz (sales) may attend"),
        (.declined, "Sam Ortiz (sales) declined"),
        (.needsAction, "Sam Ortiz (sales) invited, no answer yet"),
    ])
    func theRepsAnswerIsSaid(status: Attendee.Status, line: String) {
        let d = Self.detail(rep: "Sam Ortiz", [("Kim Lee", .accepted), ("Sam Ortiz", status)])
        #expect(d.salesAttendance == line)
        #expect(d.salesAttendees.map(\.name) == ["Sam Ortiz"])
    }

    @Test func theRepIsKnownWhateverTheCaseAndSpaces() {
        let d = Self.detail(rep: "sam ortiz ", [("Sam Ortiz", .accepted)])
        #expect(d.isSales(d.attendees[0]))
        #expect(d.salesAttendance == "Sam Ortiz (sales) attending")
    }

    @Test func aRepNotOnTheMeetingIsSaidToBeMissing() {
        #expect(Self.detail(rep: "Sam Ortiz", [("Kim Lee", .accepted)]).salesAttendance == "Sam Ortiz (sales) not invited")
    }

    @Test func noRepNoLine() {
        #expect(Self.detail(rep: nil, [("Kim Lee", .accepted)]).salesAttendance == nil)
        #expect(Self.detail(rep: "", [("Kim Lee", .accepted)]).salesAttendance == nil)
        #expect(!Self.detail(rep: "", [("", .accepted)]).isSales(Attendee(meetingId: 1, name: "")))
    }
}
