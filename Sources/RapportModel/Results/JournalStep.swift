import Foundation

/// One undo step as undo and redo report it: what it was called, who made it and when, and
/// what it touched.
public struct JournalStep: Hashable, Sendable, WriteResult {
    public var id: Int64
    /// As the journal keeps it: `advance 3 items`, `add #7`.
    public var label: String
    /// Who made the change (undo and redo are per user, so also who undoes it).
    public var who: String
    /// When the change was made.
    public var at: Date
    /// The projects whose records it changed.
    public var projectIds: Set<Int64>
    /// The kinds of record it changed.
    public var records: Set<RecordKind>
    /// The customers whose own records (customer, contacts, opportunities, notes, intel) it changed.
    public var customerIds: Set<Int64>

    public init(id: Int64, label: String, who: String, at: Date, projectIds: Set<Int64>, records: Set<RecordKind>,
                customerIds: Set<Int64> = []) {
        self.id = id
        self.label = label
        self.who = who
        self.at = at
        self.projectIds = projectIds
        self.records = records
        self.customerIds = customerIds
    }

    public var touched: Set<DataArea> {
        var areas: Set<DataArea> = []
        for record in records {
            for projectId in projectIds { areas.formUnion(DataArea.areas(record, projectId: projectId)) }
            for customerId in customerIds { areas.formUnion(DataArea.customerAreas(record, customerId: customerId)) }
        }
        return areas
    }
}
