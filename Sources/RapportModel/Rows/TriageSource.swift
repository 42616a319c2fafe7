import Foundation

/// The punch list's queries and writes: what triage needs beyond the dashboard's lists.
/// Each write is one transaction and one undo step; `by` and `at` are recorded with it.
/// Writes return values (`WriteResult`: what changed and what that stales), never display text;
/// refusals are thrown as `AppError`.
public protocol TriageSource: DashboardSource {
    func punchCount(_ query: PunchQuery, today: LocalDate) throws -> Int
    /// The count when it is quick to get (kept counts, an index), nil when it would read every
    /// item: the page then shows first and `punchCount` runs off the main thread.
    func quickPunchCount(_ query: PunchQuery, today: LocalDate) throws -> Int?
    func punchTotal(projectId: Int64) throws -> Int
    func punchItems(_ query: PunchQuery, today: LocalDate, offset: Int, limit: Int) throws -> [PunchRow]
    func punchGroups(_ query: PunchQuery, today: LocalDate) throws -> [PunchGroupCount]
    /// Those of `ids` that `query` shows, in the order given: what a bulk change may touch.
    func punchIds(_ ids: [Int64], matching query: PunchQuery, today: LocalDate) throws -> [Int64]
    func punchDetail(id: Int64) throws -> PunchDetail
    func projectDetail(projectId: Int64) throws -> ProjectDetail

    /// The new item, numbered; the draft is cleaned (`PunchDraft.cleaned()`) and refused when
    /// it breaks a rule or a limit.
    func addPunchItem(projectId: Int64, draft: PunchDraft, by: String, at: Date) throws -> PunchItem
    /// The items changed and the items the workflow skipped, as one undo step.
    /// Marks open items disputed by `side` with a note; one undo step. Returns how many changed.
    func disputePunchItems(ids: [Int64], side: DisputeSide, note: String, by: String, at: Date) throws -> Int
    func changePunchItems(ids: [Int64], change: PunchChange, by: String, at: Date) throws -> ChangeResult
    /// The step `by` undid: that user's newest step not yet undone; nil when they have none.
    /// Refused (`AppError.undoBuiltOn`) when another user has since changed the same rows.
    func undo(by: String, at: Date) throws -> JournalStep?
    /// The step `by` redid: that user's most recently undone step; nil when they have none.
    func redo(by: String, at: Date) throws -> JournalStep?
    /// Refused while items that block acceptance are open.
    func setProjectStage(projectId: Int64, stage: ProjectStage, by: String, at: Date) throws -> StageChange
    func recordAcceptance(milestoneId: Int64, by: String, on: LocalDate, at: Date) throws -> AcceptanceRecord
}

extension TriageSource {
    /// A source whose counts are all quick (one in memory) counts at once.
    public func quickPunchCount(_ query: PunchQuery, today: LocalDate) throws -> Int? {
        try punchCount(query, today: today)
    }
}
