import Foundation

/// One row of a customers, contacts or projects file, read and checked, naming the customer it
/// belongs to by name (the store finds it).
public enum RecordImportRow: Hashable, Sendable {
    case customer(CustomerDraft)
    case contact(customer: String, ContactDraft)
    /// The draft's `customerId` is unused (0); the schedule, when given, is laid on the contract.
    case project(customer: String, ProjectDraft)
}

/// Which records a file holds.
public enum RecordImportKind: String, CaseIterable, Sendable {
    case customers, contacts, projects
}

/// What an import added: the new records' ids in the file's order, as one undo step.
public struct RecordImportResult: Hashable, Sendable, WriteResult {
    public var kind: RecordImportKind
    public var ids: [Int64]
    public var label: String
    /// The customers the rows belong to (the new ones, for customers).
    public var customerIds: Set<Int64>

    public init(kind: RecordImportKind, ids: [Int64], label: String, customerIds: Set<Int64>) {
        self.kind = kind
        self.ids = ids
        self.label = label
        self.customerIds = customerIds
    }

    public var touched: Set<DataArea> {
        guard !ids.isEmpty else { return [] }
        var areas: Set<DataArea> = [.customers]
        if kind == .projects { areas.insert(.projects) }
        if kind == .contacts { areas.insert(.temperatures) }
        for id in customerIds { areas.insert(.customer(customerId: id)) }
        return areas
    }
}
