import Foundation

/// A note, call or site visit as a form or the CLI logs it, against a customer and, when
/// known, one of its projects and the contact it was with. Its tone is scored from the text
/// (`SentimentAnalyzer`) when it is saved, so the temperature's tone signal counts it.
public struct InteractionDraft: Hashable, Sendable {
    /// The kinds a person logs by hand; mail comes in by import, meetings from the calendar.
    public static let loggedKinds: [Interaction.Kind] = [.call, .siteVisit, .note]

    public var kind: Interaction.Kind
    public var customerId: Int64
    public var projectId: Int64?
    public var contactId: Int64?
    public var at: Date
    /// What it was about, one line; empty takes the text's first line.
    public var subject: String
    public var text: String

    public init(kind: Interaction.Kind, customerId: Int64, projectId: Int64? = nil, contactId: Int64? = nil, at: Date,
                subject: String = "", text: String) {
        self.kind = kind
        self.customerId = customerId
        self.projectId = projectId
        self.contactId = contactId
        self.at = at
        self.subject = subject
        self.text = text
    }

    /// Trimmed, with a subject; refused (naming the field) when the kind is not one logged by
    /// hand or the text is empty or too long.
    public func cleaned() throws(AppError) -> InteractionDraft {
        var copy = self
        guard Self.loggedKinds.contains(kind) else {
            throw .invalidRecord(record: "note", field: "kind",
                                 reason: "log a call, site-visit or note (\(kind.rawValue) comes from mail or the calendar)")
        }
        copy.text = RecordText.trimmed(text)
        copy.subject = RecordText.trimmed(subject)
        try RecordText.require(copy.text, record: "note", field: "text")
        try RecordText.limit(copy.text, 20_000, record: "note", field: "text")
        if copy.subject.isEmpty {
            let first = copy.text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? copy.text
            copy.subject = first.count > 80 ? String(first.prefix(79)) + "…" : first
        }
        try RecordText.limit(copy.subject, 200, record: "note", field: "subject")
        return copy
    }

    /// The tone of the text as it will be stored.
    public var sentiment: Sentiment { SentimentAnalyzer().analyze(text) }
}
