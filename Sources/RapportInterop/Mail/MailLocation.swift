import Foundation

/// Where a message was read: its file, and in an mbox its number and byte offset, so a
/// broken one can be found with an editor.
public struct MailLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based, in an mbox.
    public var message: Int?
    /// Of the message's "From " separator line, in an mbox.
    public var offset: Int?

    public init(file: String, message: Int? = nil, offset: Int? = nil) {
        self.file = file
        self.message = message
        self.offset = offset
    }

    /// `Inbox.mbox: message 3 (byte 10240)`, or the file alone.
    public var description: String {
        guard let message else { return file }
        return "\(file): message \(message)" + (offset.map { " (byte \($0))" } ?? "")
    }
}

/// One message's bytes as a mail store holds them, before parsing.
public struct RawMail: Sendable {
    public var bytes: [UInt8]
    public var location: MailLocation
    /// When the store says it arrived (the mbox separator line, the Maildir file name), for a
    /// message without a readable Date header.
    public var receivedAt: Date?
}
