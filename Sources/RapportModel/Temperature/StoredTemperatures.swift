/// The newest stored temperatures, read without scoring: what the first frame shows, marked
/// as of their day when it is not today, until today's are scored.
public struct StoredTemperatures: Equatable, Sendable {
    /// The day they were scored for.
    public var day: LocalDate
    /// Coldest first: every customer's, or with a limit the coldest that many.
    public var temperatures: [CustomerTemperature]
    /// How many customers have a score stored that day (more than `temperatures` holds when
    /// only the first page was read).
    public var total: Int

    public init(day: LocalDate, temperatures: [CustomerTemperature], total: Int) {
        self.day = day
        self.temperatures = temperatures
        self.total = total
    }
}
