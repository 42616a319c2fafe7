/// Who contests a punch item: the customer (it is ours to answer) or us (it is theirs).
public enum DisputeSide: String, CaseIterable, Sendable {
    case customer, us

    /// Who must act next once the item is disputed: the other side.
    public var ballInCourt: String { self == .customer ? "us" : "customer" }
}
