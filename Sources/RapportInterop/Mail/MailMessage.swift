import Foundation

/// One e-mail as Rapport reads it: who, when, which thread, and the readable text.
public struct MailMessage: Hashable, Sendable {
    /// Without angle brackets; nil when the message has none.
    public var messageId: String?
    public var inReplyTo: [String]
    /// Oldest first, as the References field lists them.
    public var references: [String]
    public var from: MailAddress?
    public var to: [MailAddress]
    public var cc: [MailAddress]
    public var date: Date?
    public var subject: String
    /// The body's text (text/plain preferred, HTML reduced to text), quoted history included.
    public var text: String

    public init(messageId: String?, inReplyTo: [String] = [], references: [String] = [], from: MailAddress?,
                to: [MailAddress] = [], cc: [MailAddress] = [], date: Date?, subject: String, text: String) {
        self.messageId = messageId
        self.inReplyTo = inReplyTo
        self.references = references
        self.from = from
        self.to = to
        self.cc = cc
        self.date = date
        self.subject = subject
        self.text = text
    }

    /// Why a message cannot be read at all; anything less is read around.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        case noHeaders
        case noSender

        public var description: String {
            switch self {
            case .empty: return "the message is empty"
            case .noHeaders: return "no header lines (not an e-mail message)"
            case .noSender: return "no From address"
            }
        }
    }

    /// Reads an RFC 5322 message with MIME; throws only when there is nothing to import.
    public static func parse(_ bytes: [UInt8]) throws(Problem) -> MailMessage {
        var start = 0
        while start < bytes.count, bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x20 || bytes[start] == 0x09 {
            start += 1
        }
        guard start < bytes.count else { throw .empty }
        let (headers, bodyStart) = MailHeaders.parse(bytes, from: start)
        guard !headers.fields.isEmpty else { throw .noHeaders }
        let from = MailAddress.list(headers["from"] ?? headers["sender"] ?? headers["return-path"] ?? "").first
        guard let from else { throw .noSender }
        let text = MIMEBody.text(headers: headers, bytes: bytes, start: bodyStart, end: bytes.count) ?? ""
        return MailMessage(
            messageId: ids(headers["message-id"] ?? "").first,
            inReplyTo: ids(headers["in-reply-to"] ?? ""),
            references: ids(headers["references"] ?? ""),
            from: from,
            to: MailAddress.list(headers["to"] ?? ""),
            cc: MailAddress.list(headers["cc"] ?? ""),
            date: headers["date"].flatMap(MailDate.parse),
            subject: String(EncodedWords.decode(headers["subject"] ?? "").trimmedSpaces()),
            text: text)
    }

    /// `<a@x> <b@y>` → ["a@x", "b@y"]; a bare id without brackets is taken whole.
    static func ids(_ field: String) -> [String] {
        var result: [String] = []
        var rest = Substring(field)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let id = String(rest[rest.index(after: open)..<close].trimmedSpaces())
            if !id.isEmpty, !id.utf8.contains(0x20) { result.append(id) }
            rest = rest[rest.index(after: close)...]
        }
        if result.isEmpty {
            let bare = String(field.trimmed { $0.isWhitespace })
            if !bare.isEmpty, !bare.utf8.contains(0x20), bare.utf8.contains(0x40) { result.append(bare) }
        }
        return result
    }
}
