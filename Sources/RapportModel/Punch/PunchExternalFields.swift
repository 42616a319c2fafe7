/// What the general contractor's system keeps about a punch item that Rapport's workflow does
/// not act on, carried so the list goes back out with it: Procore's reference, cost code, cost
/// and schedule impact, and who raised the item there.
///
/// Impacts are kept as written (`Yes; Cost Impact Amount: 1500`, `TBD`), since each tool has
/// its own words and amounts for them.
public struct PunchExternalFields: Hashable, Sendable {
    public var reference: String
    public var costCode: String
    public var costImpact: String
    public var scheduleImpact: String
    public var createdBy: String

    public init(reference: String = "", costCode: String = "", costImpact: String = "",
                scheduleImpact: String = "", createdBy: String = "") {
        self.reference = reference
        self.costCode = costCode
        self.costImpact = costImpact
        self.scheduleImpact = scheduleImpact
        self.createdBy = createdBy
    }

    /// True when no field has a value: nothing to show or export.
    public var isEmpty: Bool { lines.isEmpty }

    /// The fields that have a value, labelled for the detail view, in a fixed order.
    public var lines: [(label: String, value: String)] {
        [("Reference", reference), ("Cost code", costCode), ("Cost impact", costImpact),
         ("Schedule impact", scheduleImpact), ("Created by", createdBy)].filter { !$0.1.isEmpty }
    }
}
