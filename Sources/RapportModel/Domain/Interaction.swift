import Foundation

/// A touch point with a customer: an e-mail either way, a call, a meeting, a visit, a note.
public struct Interaction: Identifiable, Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case emailIn = "email-in", emailOut = "email-out", call, meeting, siteVisit = "site-visit", note

        /// The customer spoke to us (their words carry their mood).
        public var isInbound: Bool { self == .emailIn || self == .call || self == .meeting || self == .siteVisit }
        /// Both sides took part.
        public var isTwoWay: Bool { self != .emailOut && self != .note }
    }

    public var id: Int64?
    public var customerId: Int64
    public var projectId: Int64?
    public var contactId: Int64?
    public var kind: Kind
    public var at: Date
    public var subject: String
    public var body: String
    /// -1 (angry) … +1 (delighted); nil when not scored.
    public var sentiment: Double?
    /// 0 (none) … 1 (escalation).
    public var urgency: Double
    public var messageId: String?
    public var thread: String?
    /// When we answered it, for inbound messages; nil while unanswered.
    public var answeredAt: Date?

    public init(id: Int64? = nil, customerId: Int64, projectId: Int64? = nil, contactId: Int64? = nil,
                kind: Kind, at: Date, subject: String, body: String = "", sentiment: Double? = nil,
                urgency: Double = 0, messageId: String? = nil, thread: String? = nil, answeredAt: Date? = nil) {
        self.id = id
        self.customerId = customerId
        self.projectId = projectId
        self.contactId = contactId
        self.kind = kind
        self.at = at
        self.subject = subject
        self.body = body
        self.sentiment = sentiment
        self.urgency = urgency
        self.messageId = messageId
        self.thread = thread
        self.answeredAt = answeredAt
    }
}
