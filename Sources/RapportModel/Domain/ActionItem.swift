import Foundation

/// Something to do that came up in one occurrence of a meeting; it can become a punch item of
/// the meeting's project (source: meeting), which then decides whether it is still open.
public struct ActionItem: Identifiable, Hashable, Codable, Sendable {
    public var id: Int64?
    /// The series (or one-off).
    public var meetingId: Int64
    /// The occurrence it came up in (original start).
    public var occursAt: Date
    public var text: String
    public var owner: String
    public var dueOn: LocalDate?
    /// Done without becoming a punch item.
    public var done: Bool
    public var punchItemId: Int64?
    public var createdAt: Date

    public init(id: Int64? = nil, meetingId: Int64, occursAt: Date, text: String, owner: String = "",
                dueOn: LocalDate? = nil, done: Bool = false, punchItemId: Int64? = nil, createdAt: Date) {
        self.id = id
        self.meetingId = meetingId
        self.occursAt = occursAt
        self.text = text
        self.owner = owner
        self.dueOn = dueOn
        self.done = done
        self.punchItemId = punchItemId
        self.createdAt = createdAt
    }
}

/// An action item as the next occurrence lists it: with its punch item's reference and status
/// when it became one.
public struct OpenActionItem: Hashable, Sendable {
    public var item: ActionItem
    /// `ACME-01#14`, when it is a punch item.
    public var punchRef: String?
    public var punchStatus: PunchStatus?

    public init(item: ActionItem, punchRef: String? = nil, punchStatus: PunchStatus? = nil) {
        self.item = item
        self.punchRef = punchRef
        self.punchStatus = punchStatus
    }
}
