import Foundation
import GRDB
import RapportModel

// MARK: - Reading imported mail

extension AppDatabase {
    /// The e-mails of one thread (its root's Message-ID), oldest first.
    public func mailThread(_ thread: String) throws -> [Interaction] {
        try read { db in
            try Interaction.fetchAll(db, sql: """
                SELECT * FROM interaction WHERE thread = ? AND kind IN ('email-in', 'email-out') ORDER BY at, id
                """, arguments: [thread])
        }
    }

    /// A customer's mail still waiting for our answer, oldest first: the threads a sales rep
    /// should look at, and what the unanswered-escalation cap counts.
    public func unansweredMail(customerId: Int64) throws -> [Interaction] {
        try read { db in
            try Interaction.fetchAll(db, sql: """
                SELECT * FROM interaction WHERE customer_id = ? AND kind = 'email-in' AND answered_at IS NULL ORDER BY at, id
                """, arguments: [customerId])
        }
    }
}
