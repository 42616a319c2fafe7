import GRDB
import RapportModel

// Database conformances of the model's values: one table each, snake_case columns.

/// Shared by every record: columns are the snake_case form of the Swift property names.
public protocol SnakeCaseRecord: FetchableRecord, MutablePersistableRecord, Codable {}

extension SnakeCaseRecord {
    /// GRDB's `.convertFromSnakeCase`, remembered per column name: it converts every column of
    /// every row again, which was half of decoding a customer view's records.
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { SnakeCaseColumns.strategy }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

extension Customer: SnakeCaseRecord {
    public static let databaseTableName = "customer"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Contact: SnakeCaseRecord {
    public static let databaseTableName = "contact"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Project: SnakeCaseRecord {
    public static let databaseTableName = "project"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Location: SnakeCaseRecord {
    public static let databaseTableName = "location"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension LocationFact: SnakeCaseRecord {
    public static let databaseTableName = "location_fact"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension PunchItem: SnakeCaseRecord {
    public static let databaseTableName = "punch_item"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension PunchEvent: SnakeCaseRecord {
    public static let databaseTableName = "punch_event"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Milestone: SnakeCaseRecord {
    public static let databaseTableName = "milestone"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Assumption: SnakeCaseRecord {
    public static let databaseTableName = "assumption"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Meeting: SnakeCaseRecord {
    public static let databaseTableName = "meeting"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Attendee: SnakeCaseRecord {
    public static let databaseTableName = "attendee"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Interaction: SnakeCaseRecord {
    public static let databaseTableName = "interaction"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Intel: SnakeCaseRecord {
    public static let databaseTableName = "intel"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Opportunity: SnakeCaseRecord {
    public static let databaseTableName = "opportunity"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension MilestonePayment: SnakeCaseRecord {
    public static let databaseTableName = "milestone_payment"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension StageEvent: SnakeCaseRecord {
    public static let databaseTableName = "project_stage_event"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension MeetingNote: SnakeCaseRecord {
    public static let databaseTableName = "meeting_note"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ActionItem: SnakeCaseRecord {
    public static let databaseTableName = "action_item"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
