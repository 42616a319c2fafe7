/// What a meeting write did: the rows it wrote and the undo step's label.
public struct MeetingChange: Hashable, Sendable, WriteResult {
    /// The meeting the change is about: the new series, the override, or the meeting itself.
    public var meetingId: Int64
    /// Every meeting row written (a split writes two series; a change of the series may move overrides).
    public var meetingIds: [Int64]
    public var label: String

    public init(meetingId: Int64, meetingIds: [Int64], label: String) {
        self.meetingId = meetingId
        self.meetingIds = meetingIds
        self.label = label
    }

    public var touched: Set<DataArea> { meetingIds.isEmpty ? [] : [.calendar] }
}
