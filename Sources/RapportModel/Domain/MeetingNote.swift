import Foundation

/// One occurrence's own agenda, minutes and attendance, kept under the series and the
/// occurrence's original start, so moving the occurrence keeps its notes.
public struct MeetingNote: Identifiable, Hashable, Codable, Sendable {
    public var id: Int64?
    /// The series (or one-off).
    public var meetingId: Int64
    /// The occurrence's original start (its RECURRENCE-ID).
    public var occursAt: Date
    public var agenda: String
    public var minutes: String
    /// Ids of the attendees who were there.
    public var attended: [Int64]
    public var updatedAt: Date

    public init(id: Int64? = nil, meetingId: Int64, occursAt: Date, agenda: String = "", minutes: String = "",
                attended: [Int64] = [], updatedAt: Date) {
        self.id = id
        self.meetingId = meetingId
        self.occursAt = occursAt
        self.agenda = agenda
        self.minutes = minutes
        self.attended = attended
        self.updatedAt = updatedAt
    }
}
