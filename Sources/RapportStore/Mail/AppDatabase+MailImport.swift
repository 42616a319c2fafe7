import Foundation
import GRDB
import RapportModel

// MARK: - Mail import: all messages or none

extension AppDatabase {
    /// Stores the messages that match a customer as e-mail interactions, in one transaction and
    /// one undo step (`import 120 e-mails`), and marks what the new replies answer.
    ///
    /// Messages match a contact by address, else a customer by domain (`ours` names our own
    /// domains and addresses, whose mail goes out to the customer of its first matching
    /// recipient). Messages already stored, or given twice, are recognised by Message-ID and
    /// skipped; unmatched ones are counted, not stored. With `dryRun` nothing is written and the
    /// result says what would be. The result's `read` and `broken` are the caller's to fill.
    public func importMail(_ messages: [MailImportMessage], ours: Set<String>, dryRun: Bool,
                           by who: String, at: Date) throws -> MailImportResult {
        if dryRun {
            return try read { db in try Self.planMail(db, messages, ours: ours).result }
        }
        return try writing { db in
            var plan = try Self.planMail(db, messages, ours: ours)
            guard !plan.rows.isEmpty || !plan.answers.isEmpty else { return plan.result }
            let journal = try Journal.begin(db, who: who, at: at)
            try journal.willUpdate("interaction", ids: plan.answers.keys.sorted())
            for (id, answeredAt) in plan.answers.sorted(by: { $0.key < $1.key }) {
                try db.cachedStatement(sql: "UPDATE interaction SET answered_at = ? WHERE id = ?").execute(arguments: [answeredAt, id])
            }
            let projects = try Self.projectCodes(db, customers: Set(plan.rows.map(\.customerId)))
            let insert = try db.cachedStatement(sql: """
                INSERT INTO interaction (customer_id, project_id, contact_id, kind, at, subject, body, sentiment, urgency,
                                         message_id, thread, answered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for row in plan.rows {
                let message = messages[row.message]
                let project = projects[row.customerId]?.first { message.subject.contains($0.code) }?.id
                try insert.execute(arguments: [row.customerId, project, row.contactId, row.kind.rawValue, message.at,
                                               message.subject, message.body, min(1, max(-1, message.sentiment)),
                                               message.urgency, message.messageId, row.thread, row.answeredAt])
                try journal.didInsert("interaction", id: db.lastInsertedRowID)
            }
            let count = plan.rows.count
            // A run that only brings replies already imported elsewhere still records their answers.
            let label = count == 0 ? "record \(plan.answers.count) e-mail answers"
                : count == 1 ? "import 1 e-mail" : "import \(count) e-mails"
            try journal.finish(label: label)
            plan.result.read = messages.count
            return plan.result
        }
    }

    /// Gathers the directory, the ids already stored and the touched threads' stored messages,
    /// and plans the import.
    static func planMail(_ db: Database, _ messages: [MailImportMessage], ours: Set<String>) throws -> MailImportPlan {
        let (directory, names) = try mailDirectory(db, ours: ours)
        var wanted = Set<String>()
        for message in messages {
            wanted.insert(message.messageId)
            wanted.formUnion(message.parents)
        }
        var stored: [String: String] = [:]
        let ids = Array(wanted)
        for start in stride(from: 0, to: ids.count, by: 5_000) {
            let chunk = ids[start..<min(ids.count, start + 5_000)]
            let rows = try Row.fetchAll(db, sql: """
                SELECT message_id, COALESCE(thread, message_id) FROM interaction
                WHERE message_id IN (SELECT value FROM json_each(?))
                """, arguments: [Self.jsonStrings(chunk)])
            for row in rows { stored[row[0]] = row[1] }
        }
        var plan = MailImportPlan.make(messages, directory: directory, stored: stored, customerNames: names)
        let threads = Array(plan.threads)
        var threadMessages: [MailImportPlan.StoredMessage] = []
        for start in stride(from: 0, to: threads.count, by: 5_000) {
            let chunk = threads[start..<min(threads.count, start + 5_000)]
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, kind, at, answered_at, thread FROM interaction
                WHERE thread IN (SELECT value FROM json_each(?)) AND kind IN ('email-in', 'email-out')
                """, arguments: [Self.jsonStrings(chunk)])
            for row in rows {
                guard let kind = Interaction.Kind(rawValue: row[1]) else { continue }
                threadMessages.append(.init(id: row[0], kind: kind, at: row[2], answeredAt: row[3], thread: row[4]))
            }
        }
        plan.answer(stored: threadMessages, messages: messages)
        plan.result.read = messages.count
        return plan
    }

    /// Who is who by address: every contact's addresses and every customer's domains, with our own.
    public func mailDirectory(ours: Set<String>) throws -> MailDirectory {
        try read { db in try Self.mailDirectory(db, ours: ours).directory }
    }

    static func mailDirectory(_ db: Database, ours: Set<String>) throws -> (directory: MailDirectory, names: [Int64: String]) {
        var directory = MailDirectory(ours: Set(ours.map { $0.lowercased() }))
        var names: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, domains FROM customer") {
            let id: Int64 = row[0]
            names[id] = row[1]
            directory.addCustomer(id: id, domains: row[2])
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, customer_id, emails FROM contact WHERE emails <> ''") {
            directory.addContact(id: row[0], customerId: row[1], emails: row[2])
        }
        return (directory, names)
    }

    /// Each customer's project codes, longest first so "BER-0004" is not read as "BER-000".
    private static func projectCodes(_ db: Database, customers: Set<Int64>) throws -> [Int64: [(id: Int64, code: String)]] {
        guard !customers.isEmpty else { return [:] }
        var codes: [Int64: [(id: Int64, code: String)]] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT customer_id, id, code FROM project WHERE customer_id IN (SELECT value FROM json_each(?))
            """, arguments: ["[" + customers.map(String.init).joined(separator: ",") + "]"])
        for row in rows { codes[row[0], default: []].append((row[1], row[2])) }
        for key in codes.keys { codes[key]!.sort { $0.code.count > $1.code.count } }
        return codes
    }

    /// A JSON array of strings, for `json_each`.
    static func jsonStrings(_ values: some Collection<String>) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: Array(values))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
