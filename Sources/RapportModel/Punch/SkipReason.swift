/// Why the workflow left an item alone in a triage step.
public enum SkipReason: Hashable, Sendable {
    /// Closed or void: nothing comes after.
    case cannotAdvance
    /// Open or void: nothing comes before.
    case cannotStepBack
    /// A closed item was accepted; it is stepped back, not voided.
    case cannotVoidClosed

    /// The refused step, as the message words it: `it cannot advance`.
    public var verb: String {
        switch self {
        case .cannotAdvance: return "advance"
        case .cannotStepBack: return "step back"
        case .cannotVoidClosed: return "be voided"
        }
    }
}
