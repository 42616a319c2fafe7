/// What importing an iCalendar file (or syncing a vdir) did, by UID.
public struct CalendarImportResult: Hashable, Sendable, WriteResult {
    /// A VEVENT not imported, and why.
    public struct Skipped: Hashable, Sendable {
        public var uid: String
        public var line: Int
        public var reason: String

        public init(uid: String, line: Int, reason: String) {
            self.uid = uid
            self.line = line
            self.reason = reason
        }
    }

    /// Meetings (series or one-offs) new to the database, and overrides among all rows written.
    public var added: Int
    public var updated: Int
    public var unchanged: Int
    /// Older than what is stored (a lower SEQUENCE): left as stored.
    public var older: Int
    public var skipped: [Skipped]

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, older: Int = 0, skipped: [Skipped] = []) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.older = older
        self.skipped = skipped
    }

    public var touched: Set<DataArea> { added + updated == 0 ? [] : [.calendar] }
}
