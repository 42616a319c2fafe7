/// A punch item's place in the workflow `open → in progress → ready for review → closed`.
///
/// A reviewer may reject a ready item (it goes back to open and the rejection is counted);
/// `void` takes an item off the list without closing it. An item the customer (or we) contest
/// is `disputed`, as Procore's and Autodesk Build's "In Dispute": still open, it caps the
/// customer's temperature; advancing it resumes the work, stepping back reopens it.
public enum PunchStatus: String, CaseIterable, Codable, Sendable {
    case open, inProgress = "in-progress", readyForReview = "ready", closed, void, disputed

    public var label: String {
        switch self {
        case .open: return "open"
        case .inProgress: return "in prog"
        case .readyForReview: return "ready"
        case .closed: return "closed"
        case .void: return "void"
        case .disputed: return "dispute"
        }
    }

    /// The status in words, for messages: `ready for review`.
    public var name: String {
        switch self {
        case .open: return "open"
        case .inProgress: return "in progress"
        case .readyForReview: return "ready for review"
        case .closed: return "closed"
        case .void: return "void"
        case .disputed: return "in dispute"
        }
    }

    /// Still stands between the project and acceptance.
    public var isOpen: Bool { self == .open || self == .inProgress || self == .readyForReview || self == .disputed }

    /// The next status on the workflow, or nil at its end.
    public var advanced: PunchStatus? {
        switch self {
        case .open: return .inProgress
        case .inProgress: return .readyForReview
        case .readyForReview: return .closed
        case .disputed: return .inProgress
        case .closed, .void: return nil
        }
    }

    /// One step back; from `ready` that is a rejection, which is counted.
    public var steppedBack: PunchStatus? {
        switch self {
        case .inProgress: return .open
        case .readyForReview: return .open
        case .closed: return .readyForReview
        case .disputed: return .open
        case .open, .void: return nil
        }
    }

    /// Statuses the open-list queries look for, as stored.
    public static let openRawValues = allCases.filter(\.isOpen).map(\.rawValue)
}
