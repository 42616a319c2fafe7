/// One reason an account needs a sales rep's attention before it grows cold.
public struct WatchItem: Hashable, Sendable {
    /// Why, in the order the list shows them: the score already falling first, then what
    /// makes it fall.
    public enum Reason: String, Sendable, CaseIterable, Comparable {
        case scoreDrop = "score drop"
        case championLeft = "champion left"
        case unansweredMail = "unanswered mail"
        case noContact = "no contact"
        case intelReview = "intel to review"

        /// A word for a narrow column: "falling", "no reply".
        public var short: String {
            switch self {
            case .scoreDrop: return "falling"
            case .championLeft: return "champion"
            case .unansweredMail: return "no reply"
            case .noContact: return "quiet"
            case .intelReview: return "review"
            }
        }

        public static func < (a: Reason, b: Reason) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var customerId: Int64
    public var customerName: String
    public var reason: Reason
    /// What exactly: "12 points in 14 days (61 → 49)", "Dana Kim left 2026-10-01, no successor".
    public var detail: String
    /// How far past the line (days, or points for a drop): the larger, the higher on the list.
    public var amount: Int
    public var reps: [String]

    public init(customerId: Int64, customerName: String, reason: Reason, detail: String, amount: Int, reps: [String]) {
        self.customerId = customerId
        self.customerName = customerName
        self.reason = reason
        self.detail = detail
        self.amount = amount
        self.reps = reps
    }
}
