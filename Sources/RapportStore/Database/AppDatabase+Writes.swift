import GRDB
import RapportModel

extension AppDatabase {
    /// Inserts values in one transaction: all of them, or none when one fails.
    @discardableResult
    public func insertAll<T>(_ body: (Inserter) throws -> T) throws -> T {
        try write { db in try body(Inserter(db: db)) }
    }
}

/// Inserts inside one write transaction; only `AppDatabase.insertAll` makes one.
/// Each insert returns the value with its new id.
public struct Inserter {
    let db: Database

    private func inserted<T: SnakeCaseRecord>(_ value: T) throws -> T {
        var copy = value
        try copy.insert(db)
        return copy
    }

    @discardableResult public func insert(_ value: Customer) throws -> Customer { try inserted(value) }
    @discardableResult public func insert(_ value: Contact) throws -> Contact { try inserted(value) }
    @discardableResult public func insert(_ value: Project) throws -> Project { try inserted(value) }
    @discardableResult public func insert(_ value: Location) throws -> Location { try inserted(value) }
    @discardableResult public func insert(_ value: LocationFact) throws -> LocationFact { try inserted(value) }
    @discardableResult public func insert(_ value: PunchItem) throws -> PunchItem { try inserted(value) }
    @discardableResult public func insert(_ value: PunchEvent) throws -> PunchEvent { try inserted(value) }
    @discardableResult public func insert(_ value: Milestone) throws -> Milestone { try inserted(value) }
    @discardableResult public func insert(_ value: Assumption) throws -> Assumption { try inserted(value) }
    @discardableResult public func insert(_ value: Meeting) throws -> Meeting { try inserted(value) }
    @discardableResult public func insert(_ value: Attendee) throws -> Attendee { try inserted(value) }
    @discardableResult public func insert(_ value: Interaction) throws -> Interaction { try inserted(value) }
    @discardableResult public func insert(_ value: Intel) throws -> Intel { try inserted(value) }
    @discardableResult public func insert(_ value: Opportunity) throws -> Opportunity { try inserted(value) }
    @discardableResult public func insert(_ value: MilestonePayment) throws -> MilestonePayment { try inserted(value) }
    @discardableResult public func insert(_ value: StageEvent) throws -> StageEvent { try inserted(value) }
}
