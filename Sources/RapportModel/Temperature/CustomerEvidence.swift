import Foundation

/// The records behind a customer's temperature, for the customer view: the sentences that set
/// its tone, the mail waiting on either side, the latest intel, meetings sales may join, and the
/// open items that block acceptance.
public struct CustomerEvidence: Hashable, Sendable {
    /// One sentence of the customer's own words, with the terms that gave it its tone.
    public struct ToneSentence: Hashable, Sendable {
        public var at: Date
        public var subject: String
        public var text: String
        public var sentiment: Double
        public var drivers: [Sentiment.Term]
        /// Where the sentence came from: their mail, or our own record of a call, visit or note.
        public var kind: Interaction.Kind
        public init(at: Date, subject: String, text: String, sentiment: Double, drivers: [Sentiment.Term],
                    kind: Interaction.Kind = .emailIn) {
            self.at = at
            self.subject = subject
            self.text = text
            self.sentiment = sentiment
            self.drivers = drivers
            self.kind = kind
        }
    }

    /// A thread whose last message waits for an answer: theirs for ours, or ours for theirs.
    public struct WaitingThread: Hashable, Sendable {
        public var subject: String
        public var at: Date
        /// The customer wrote and we have not answered (else: we wrote, they have not).
        public var theyWait: Bool
        public var urgent: Bool
        public init(subject: String, at: Date, theyWait: Bool, urgent: Bool) {
            self.subject = subject
            self.at = at
            self.theyWait = theyWait
            self.urgent = urgent
        }
    }

    /// An open item that stands between a project and its acceptance.
    public struct Blocker: Hashable, Sendable {
        public var projectCode: String
        public var number: Int
        public var title: String
        public var priority: Int
        public var dueOn: LocalDate?
        public init(projectCode: String, number: Int, title: String, priority: Int, dueOn: LocalDate?) {
            self.projectCode = projectCode
            self.number = number
            self.title = title
            self.priority = priority
            self.dueOn = dueOn
        }
    }

    public var customerId: Int64
    /// Strongest first (by tone, weighed by age as the score weighs it).
    public var tone: [ToneSentence] = []
    /// Oldest first: theirs waiting on us, then ours waiting on them.
    public var waiting: [WaitingThread] = []
    public var intel: [Intel] = []
    /// Sales-welcome meetings ahead, soonest first.
    public var meetings: [AgendaEntry] = []
    /// The first few blockers by priority and due date, and how many there are in all.
    public var blockers: [Blocker] = []
    public var blockerTotal: Int = 0

    public init(customerId: Int64) { self.customerId = customerId }

    public static let toneCount = 3
    public static let waitingCount = 5
    public static let intelCount = 3
    public static let meetingCount = 3
    public static let blockerCount = 5
    /// Meetings are looked for this far ahead.
    public static let meetingDays = 30
}
