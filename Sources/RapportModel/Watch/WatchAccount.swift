import Foundation

/// What the watch list needs to know of one account, gathered by the store.
public struct WatchAccount: Hashable, Sendable {
    /// A champion who left with nobody named to take over.
    public struct GoneChampion: Hashable, Sendable {
        public var name: String
        public var leftOn: LocalDate
        public init(name: String, leftOn: LocalDate) {
            self.name = name
            self.leftOn = leftOn
        }
    }

    /// A customer's mail we have not answered.
    public struct WaitingMail: Hashable, Sendable {
        public var subject: String
        public var at: Date
        public init(subject: String, at: Date) {
            self.subject = subject
            self.at = at
        }
    }

    /// Intel with a review-by date.
    public struct ReviewIntel: Hashable, Sendable {
        public var text: String
        public var reviewOn: LocalDate
        public init(text: String, reviewOn: LocalDate) {
            self.text = text
            self.reviewOn = reviewOn
        }
    }

    public var customerId: Int64
    public var name: String
    /// The sales reps of its projects (any stage), as recorded.
    public var reps: [String] = []
    public var lastTwoWayContact: Date?
    public var goneChampions: [GoneChampion] = []
    public var waitingMail: [WaitingMail] = []
    public var intel: [ReviewIntel] = []
    /// The score now, and the one its 14-day trend is measured against.
    public var score: Int?
    public var scoreBefore: Int?

    public init(customerId: Int64, name: String) {
        self.customerId = customerId
        self.name = name
    }

    /// Whether `rep` sells to this account (names compare case-insensitively).
    public func isAccount(of rep: String) -> Bool {
        reps.contains { $0.caseInsensitiveCompare(rep) == .orderedSame }
    }
}
