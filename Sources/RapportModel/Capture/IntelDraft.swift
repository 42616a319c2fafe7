import Foundation

/// Intel as a form or the CLI captures it: what was learned, its category, where it came from
/// (a meeting, a contact, or both), and when to look at it again.
public struct IntelDraft: Hashable, Sendable {
    public var customerId: Int64
    public var projectId: Int64?
    public var category: Intel.Category
    public var text: String
    public var meetingId: Int64?
    public var contactId: Int64?
    public var reviewOn: LocalDate?

    public init(customerId: Int64, projectId: Int64? = nil, category: Intel.Category, text: String, meetingId: Int64? = nil,
                contactId: Int64? = nil, reviewOn: LocalDate? = nil) {
        self.customerId = customerId
        self.projectId = projectId
        self.category = category
        self.text = text
        self.meetingId = meetingId
        self.contactId = contactId
        self.reviewOn = reviewOn
    }

    /// Trimmed; refused (naming the field) when the text is empty or too long, or the review
    /// day is before the day it was captured.
    public func cleaned(today: LocalDate) throws(AppError) -> IntelDraft {
        var copy = self
        copy.text = RecordText.trimmed(text)
        try RecordText.require(copy.text, record: "intel", field: "text")
        try RecordText.limit(copy.text, 2_000, record: "intel", field: "text")
        if let reviewOn, reviewOn < today {
            throw .invalidRecord(record: "intel", field: "review", reason: "the review-by date \(reviewOn.iso) is already past")
        }
        return copy
    }
}
