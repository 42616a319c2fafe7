import GRDB
import RapportModel

extension PunchExternalFields {
    /// The columns `init(row:at:)` reads, in its order, from `punch_item` aliased `i`.
    static let columns = AppDatabase.externalColumns.map { "i.\($0)" }.joined(separator: ", ")

    /// Reads the five columns that start at position `start` of a row.
    init(row: Row, at start: Int) {
        self.init(reference: row[start], costCode: row[start + 1], costImpact: row[start + 2],
                  scheduleImpact: row[start + 3], createdBy: row[start + 4])
    }
}

extension PunchItem {
    /// How many columns `punchColumns` selects, so columns after it can be read by position.
    static let punchColumnCount = punchColumns.split(separator: ",").count
}
