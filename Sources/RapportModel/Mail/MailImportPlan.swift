import Foundation

/// Which messages to store, for which customer, in which direction and thread; and which
/// messages, new or stored, a reply now answers. Pure: the store gathers what it needs
/// (the directory, the ids already stored) and applies the plan in one transaction.
public struct MailImportPlan: Sendable {
    public struct Row: Hashable, Sendable {
        /// Index into the messages given.
        public var message: Int
        public var customerId: Int64
        public var contactId: Int64?
        public var kind: Interaction.Kind
        public var thread: String
        /// When the other side answered, when this import shows it.
        public var answeredAt: Date?
    }

    /// A stored message of a thread this import touches.
    public struct StoredMessage: Hashable, Sendable {
        public var id: Int64
        public var kind: Interaction.Kind
        public var at: Date
        public var answeredAt: Date?
        public var thread: String

        public init(id: Int64, kind: Interaction.Kind, at: Date, answeredAt: Date?, thread: String) {
            self.id = id
            self.kind = kind
            self.at = at
            self.answeredAt = answeredAt
            self.thread = thread
        }
    }

    public var rows: [Row] = []
    /// Stored messages a new reply answers: id → when.
    public var answers: [Int64: Date] = [:]
    public var result = MailImportResult()

    /// Plans the import of `messages` (any order): `stored` maps the Message-IDs the database
    /// already holds (among these messages and their parents) to their thread.
    public static func make(_ messages: [MailImportMessage], directory: MailDirectory, stored: [String: String],
                            customerNames: [Int64: String]) -> MailImportPlan {
        var plan = MailImportPlan()
        var threadOf: [String: String] = [:]
        var seen = Set<String>()
        // Oldest first, so a thread's root is placed before its replies.
        let order = messages.indices.sorted { (messages[$0].at, messages[$0].messageId) < (messages[$1].at, messages[$1].messageId) }
        for index in order {
            let message = messages[index]
            guard seen.insert(message.messageId).inserted else { plan.result.duplicates += 1; continue }
            if stored[message.messageId] != nil { plan.result.alreadyImported += 1; continue }

            let match: MailDirectory.Match?
            let kind: Interaction.Kind
            if let sender = directory.contacts[message.from] {
                (match, kind) = (sender, .emailIn)
            } else if directory.isOurs(message.from) {
                kind = .emailOut
                match = message.recipients.lazy.compactMap { directory.customer(of: $0) }.first
                if match == nil {
                    if let outsider = message.recipients.first(where: { !directory.isOurs($0) }) {
                        plan.result.unmatched["to " + outsider, default: 0] += 1
                    } else {
                        plan.result.internalOnly += 1
                    }
                    continue
                }
            } else if let sender = directory.customer(of: message.from) {
                (match, kind) = (sender, .emailIn)
            } else {
                plan.result.unmatched[message.from, default: 0] += 1
                continue
            }
            guard let match else { continue }

            let parentThread = message.parents.lazy.compactMap { threadOf[$0] ?? stored[$0] }.first
            let thread = parentThread ?? message.references.first ?? message.inReplyTo.first ?? message.messageId
            threadOf[message.messageId] = thread
            plan.rows.append(Row(message: index, customerId: match.customerId, contactId: match.contactId, kind: kind,
                                 thread: thread))
            if kind == .emailIn { plan.result.inbound += 1 } else { plan.result.outbound += 1 }
            plan.result.perCustomer[customerNames[match.customerId] ?? "#\(match.customerId)", default: 0] += 1
        }
        plan.result.threads = Set(plan.rows.map(\.thread)).count
        return plan
    }

    /// The threads the planned rows belong to, for the store to read their stored messages.
    public var threads: Set<String> { Set(rows.map(\.thread)) }

    /// Works out who answered what: in a thread, a message from one side is answered by the
    /// first later message from the other. Stored messages already answered keep their time.
    public mutating func answer(stored: [StoredMessage], messages: [MailImportMessage]) {
        struct Entry { var row: Int?; var id: Int64?; var kind: Interaction.Kind; var at: Date; var answered: Bool }
        var byThread: [String: [Entry]] = [:]
        for message in stored {
            byThread[message.thread, default: []].append(
                Entry(row: nil, id: message.id, kind: message.kind, at: message.at, answered: message.answeredAt != nil))
        }
        for (i, row) in rows.enumerated() {
            byThread[row.thread, default: []].append(
                Entry(row: i, id: nil, kind: row.kind, at: messages[row.message].at, answered: false))
        }
        for (_, entries) in byThread {
            for entry in entries where !entry.answered {
                let reply = entries.lazy.filter { $0.kind != entry.kind && $0.at > entry.at && ($0.row != nil || entry.row != nil) }
                    .map(\.at).min()
                guard let reply else { continue }
                if let row = entry.row {
                    rows[row].answeredAt = reply
                } else if let id = entry.id {
                    answers[id] = reply
                }
                result.answered += 1
            }
        }
    }
}
