/// The customer's acceptance of a milestone, as recorded: which, whose project, which day, by whom.
public struct AcceptanceRecord: Hashable, Sendable, WriteResult {
    public var milestoneId: Int64
    public var milestoneName: String
    public var projectId: Int64
    public var projectCode: String
    public var day: LocalDate
    public var by: String

    public init(milestoneId: Int64, milestoneName: String, projectId: Int64, projectCode: String, day: LocalDate,
                by: String) {
        self.milestoneId = milestoneId
        self.milestoneName = milestoneName
        self.projectId = projectId
        self.projectCode = projectCode
        self.day = day
        self.by = by
    }

    public var touched: Set<DataArea> { DataArea.areas(.milestone, projectId: projectId) }
}
