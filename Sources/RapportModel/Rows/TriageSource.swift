import Foundation

/// The punch list's queries and writes: what triage needs beyond the dashboard's lists.
/// Each write is one transaction and one undo step; `by` and `at` are recorded with it.
public protocol TriageSource: DashboardSource {
    func punchCount(_ query: PunchQuery, today: LocalDate) throws -> Int
    func punchTotal(projectId: Int64) throws -> Int
    func punchItems(_ query: PunchQuery, today: LocalDate, offset: Int, limit: Int) throws -> [PunchRow]
    func punchGroups(_ query: PunchQuery, today: LocalDate) throws -> [PunchGroupCount]
    /// Those of `ids` that `query` shows, in the order given: what a bulk change may touch.
    func punchIds(_ ids: [Int64], matching query: PunchQuery, today: LocalDate) throws -> [Int64]
    func punchDetail(id: Int64) throws -> PunchDetail
    func projectDetail(projectId: Int64) throws -> ProjectDetail

    func addPunchItem(projectId: Int64, draft: PunchDraft, by: String, at: Date) throws -> PunchItem
    func changePunchItems(ids: [Int64], change: PunchChange, by: String, at: Date) throws -> ChangeResult
    /// The label of what was undone, or nil when there is nothing to undo.
    func undo(by: String, at: Date) throws -> String?
    func redo(by: String, at: Date) throws -> String?
    /// Refused while items that block acceptance are open; returns what was done.
    func setProjectStage(projectId: Int64, stage: ProjectStage, by: String, at: Date) throws -> String
    func recordAcceptance(milestoneId: Int64, by: String, on: LocalDate, at: Date) throws -> String
}
