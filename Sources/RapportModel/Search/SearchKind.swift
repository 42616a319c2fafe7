/// What a global-search hit is: each kind has its own view to open and its own weight in the ranking.
public enum SearchKind: String, CaseIterable, Codable, Sendable {
    case customer, contact, project, punch, meeting, minutes, intel, note, mail

    /// The number the index keeps in the top bits of a document's rowid (never renumber: the
    /// migration's triggers write these).
    public var code: Int64 {
        switch self {
        case .customer: return 1
        case .contact: return 2
        case .project: return 3
        case .punch: return 4
        case .meeting: return 5
        case .minutes: return 6
        case .intel: return 7
        case .note: return 8
        case .mail: return 9
        }
    }

    public init?(code: Int64) {
        guard let kind = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = kind
    }

    /// Multiplies the text score: the few records people look up by name (customers, contacts,
    /// projects) come before the many that merely mention the words (items, mail).
    public var weight: Double {
        switch self {
        case .customer, .contact: return 3
        case .project: return 2.5
        case .meeting: return 1.6
        case .minutes, .intel: return 1.3
        case .punch: return 1.2
        case .note: return 1
        case .mail: return 0.8
        }
    }

    /// The label a result row shows before its title.
    public var label: String {
        switch self {
        case .customer: return "customer"
        case .contact: return "contact"
        case .project: return "project"
        case .punch: return "item"
        case .meeting: return "meeting"
        case .minutes: return "minutes"
        case .intel: return "intel"
        case .note: return "note"
        case .mail: return "mail"
        }
    }
}
