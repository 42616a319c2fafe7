import Foundation

/// One e-mail ready to be matched and stored: addresses, thread ids, when, and its own words
/// already scored. Made from a parsed message by the importer; the store matches it.
public struct MailImportMessage: Hashable, Sendable {
    /// Without angle brackets; messages without one get a stable id made from their content
    /// (`MailImportMessage.syntheticId`), so a re-import still recognises them.
    public var messageId: String
    /// In-Reply-To then References, as written.
    public var inReplyTo: [String]
    /// Oldest first.
    public var references: [String]
    /// Lowercased.
    public var from: String
    /// To then Cc, lowercased.
    public var recipients: [String]
    public var at: Date
    public var subject: String
    /// The new text only (quotes and signature cut).
    public var body: String
    public var sentiment: Double
    public var urgency: Double
    /// Where it was read, for messages (`Inbox.mbox: message 3 (byte 10240)`).
    public var source: String

    public init(messageId: String, inReplyTo: [String] = [], references: [String] = [], from: String,
                recipients: [String] = [], at: Date, subject: String, body: String, sentiment: Double,
                urgency: Double = 0, source: String = "") {
        self.messageId = messageId
        self.inReplyTo = inReplyTo
        self.references = references
        self.from = from
        self.recipients = recipients
        self.at = at
        self.subject = subject
        self.body = body
        self.sentiment = sentiment
        self.urgency = urgency
        self.source = source
    }

    /// The ids this message answers, nearest first: In-Reply-To, then References newest to oldest.
    public var parents: [String] {
        var seen = Set<String>()
        return (inReplyTo + references.reversed()).filter { $0 != messageId && seen.insert($0).inserted }
    }

    /// A stable id for a message that has none: the same message read twice (or from two
    /// folders) gets the same id. FNV-1a over sender, date, subject and text.
    public static func syntheticId(from: String, at: Date, subject: String, text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(from)\n\(Int(at.timeIntervalSince1970))\n\(subject)\n\(text)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "rapport-" + String(repeating: "0", count: 16 - hex.count) + hex + "@no-message-id.invalid"
    }
}
