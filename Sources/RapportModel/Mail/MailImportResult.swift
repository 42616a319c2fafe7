/// What an import of mail did (or, in a dry run, would do).
public struct MailImportResult: Hashable, Sendable {
    /// Messages read and parsed.
    public var read = 0
    /// Stored as interactions, by direction.
    public var inbound = 0
    public var outbound = 0
    /// Already in the database from an earlier import (same Message-ID).
    public var alreadyImported = 0
    /// The same Message-ID twice in this import (a message in several folders, Gmail's labels).
    public var duplicates = 0
    /// Stored messages per customer name, for the summary.
    public var perCustomer: [String: Int] = [:]
    /// Threads the stored messages belong to.
    public var threads = 0
    /// Messages newly marked answered by a reply (theirs or ours), whose latency is now known.
    public var answered = 0
    /// Messages that matched no customer, by the address that would have told: the sender of
    /// mail to us, the first recipient of mail from us; counted, not guessed, not stored.
    public var unmatched: [String: Int] = [:]
    /// Messages between our own people only.
    public var internalOnly = 0
    /// Messages that could not be read, with where they are and why.
    public var broken: [Broken] = []

    public struct Broken: Hashable, Sendable {
        public var location: String
        public var reason: String
        public init(location: String, reason: String) {
            self.location = location
            self.reason = reason
        }
    }

    public init() {}

    public var stored: Int { inbound + outbound }
    public var unmatchedCount: Int { unmatched.values.reduce(0, +) }
}
