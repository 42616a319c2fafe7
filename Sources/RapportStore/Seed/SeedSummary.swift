/// What `DemoDataGenerator.generate(into:)` made: the rows now in each table.
public struct SeedSummary: Hashable, Sendable {
    public var size: DataSize
    public var seed: UInt64
    /// Rows per table after seeding, keyed by table name as in `AppDatabase.tables`.
    public var counts: [String: Int]

    public init(size: DataSize, seed: UInt64, counts: [String: Int]) {
        self.size = size
        self.seed = seed
        self.counts = counts
    }

    public var totalRows: Int { counts.values.reduce(0, +) }
}
