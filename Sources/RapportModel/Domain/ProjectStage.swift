/// Where a project is between the signature and the last payment.
public enum ProjectStage: String, CaseIterable, Codable, Sendable {
    case sold, design, roughIn = "rough-in", install, commission, punch, acceptance, warranty, closed

    /// Short label for narrow columns.
    public var label: String {
        switch self {
        case .roughIn: return "rough-in"
        case .commission: return "commiss."
        case .acceptance: return "accept."
        default: return rawValue
        }
    }

    /// Stages in which the punch list is worked; projects before them rarely have items.
    public var isActive: Bool { self != .closed }
}
