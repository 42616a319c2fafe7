/// A field of a punch item as people edit it: in the form, on `punch set`, in a CSV column.
///
/// The raw values are the edit form's field keys, so a `PunchDraftError` can be shown at the
/// field it names.
public enum PunchField: String, CaseIterable, Hashable, Sendable {
    case title, detail, location, category, priority, status, assignee, due, blocking
    case ballInCourt = "court"
    case source, number

    /// The field in words, for messages: `the title is empty`.
    public var name: String {
        switch self {
        case .due: return "due date"
        case .blocking: return "blocks acceptance"
        case .ballInCourt: return "ball in court"
        default: return rawValue
        }
    }
}
