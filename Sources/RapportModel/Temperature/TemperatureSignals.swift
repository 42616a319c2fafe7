import Foundation

/// What is known about one customer, gathered by the store, from which a temperature is scored.
public struct TemperatureSignals: Hashable, Sendable {
    /// Sentiment (-1…+1) of recent inbound messages and notes, with their age in days.
    public var tone: [ToneSample] = []
    /// Days since the last two-way contact; nil when there never was one.
    public var daysSinceContact: Double?
    /// Open punch items by priority (index 0 = P1).
    public var openByPriority: [Int] = [0, 0, 0]
    /// Sum over open items of days overdue, each item capped at 30.
    public var overdueDays: Int = 0
    /// Open items rejected at least twice: the customer disputes them.
    public var disputedItems: Int = 0
    /// Milestones due by now: how many are paid or current, blocked by open items, or overdue.
    public var milestonesDue: Int = 0
    public var milestonesBlocked: Int = 0
    public var milestonesOverdue: Int = 0
    public var activeContacts: Int = 0
    public var hasActiveChampion: Bool = false
    /// A champion left and nobody took the role.
    public var championLeft: Bool = false
    /// Age in days of the oldest unanswered escalation (urgent inbound message), if any.
    public var unansweredEscalationDays: Double?

    /// The customer's replies to our mail: how long each took, and how long ago it came.
    public var replies: [ReplySample] = []
    /// Hours our mail to the customer has waited for an answer so far, for mail still unanswered.
    public var awaitingReplyHours: [Double] = []

    public struct ReplySample: Hashable, Sendable {
        public var latencyHours: Double
        public var ageDays: Double
        public init(latencyHours: Double, ageDays: Double) {
            self.latencyHours = latencyHours
            self.ageDays = ageDays
        }
    }

    public struct ToneSample: Hashable, Sendable {
        public var sentiment: Double
        public var ageDays: Double
        public init(sentiment: Double, ageDays: Double) {
            self.sentiment = sentiment
            self.ageDays = ageDays
        }
    }

    public init() {}
}
