/// A project moved from one stage to another (or left where it was, when `from == to`).
public struct StageChange: Hashable, Sendable, WriteResult {
    public var projectId: Int64
    public var projectCode: String
    public var from: ProjectStage
    public var to: ProjectStage
    /// Milestones whose acceptance (or retainage release) moving back from acceptance cleared, by name.
    public var reopened: [String]

    public init(projectId: Int64, projectCode: String, from: ProjectStage, to: ProjectStage, reopened: [String] = []) {
        self.projectId = projectId
        self.projectCode = projectCode
        self.from = from
        self.to = to
        self.reopened = reopened
    }

    /// The project was already at the stage: nothing was written, no undo step was made.
    public var changedNothing: Bool { from == to }

    public var touched: Set<DataArea> {
        guard !changedNothing else { return [] }
        let project = DataArea.areas(.project, projectId: projectId)
        return reopened.isEmpty ? project : project.union(DataArea.areas(.milestone, projectId: projectId))
    }
}
