/// The longest text each punch item field holds; every entrance (quick-add, form, CSV import,
/// `punch set`) refuses longer text through `PunchDraft.cleaned()` or `PunchChange.cleaned()`.
///
/// Lengths count Unicode scalars, not characters: a run of combining marks is one character
/// however long it is, and it is the scalars that cost memory, drawing and search time.
public enum PunchLimits {
    /// A title is one line on a list: a sentence, not a report.
    public static let title = 500
    /// The detail holds notes and pasted e-mail excerpts.
    public static let detail = 20_000
    /// A location path (`HQ / Floor 3 / Board Room`).
    public static let location = 500
    /// A person's or a company's name.
    public static let assignee = 200
    public static let ballInCourt = 200

    /// The limit of a text field, nil for fields that are not free text.
    public static func limit(of field: PunchField) -> Int? {
        switch field {
        case .title: return title
        case .detail: return detail
        case .location: return location
        case .assignee: return assignee
        case .ballInCourt: return ballInCourt
        case .category, .priority, .status, .due, .blocking, .source, .number: return nil
        }
    }

    /// Refuses `text` when it is longer than the field's limit.
    public static func check(_ text: String, _ field: PunchField) throws(PunchDraftError) {
        guard let limit = limit(of: field) else { return }
        let length = text.unicodeScalars.count
        if length > limit { throw .tooLong(field, length: length, limit: limit) }
    }
}
