import Foundation

/// Punch triage, undo and the acceptance gate: what the punch pane, the project detail and the
/// `rapport punch` commands ask of the store. Tests may stand in for it.
///
/// Every write is one transaction and one undo step; `who` is the user's name and `at` the
/// injected clock, so the store never reads the time itself.
public protocol TriageStore: Sendable {
    // MARK: Punch pane
    func punchCount(_ query: PunchQuery, today: LocalDate) throws -> Int
    func punchItems(_ query: PunchQuery, today: LocalDate, offset: Int, limit: Int) throws -> [PunchRow]
    func punchGroups(_ query: PunchQuery, today: LocalDate) throws -> [PunchGroupCount]
    func punchTotal(projectId: Int64) throws -> Int
    func punchDetail(id: Int64) throws -> PunchDetail
    func punchItemId(projectId: Int64, number: Int) throws -> Int64

    // MARK: Triage
    func addPunchItem(projectId: Int64, draft: PunchDraft, by who: String, at: Date) throws -> PunchItem
    func changePunchItems(ids: [Int64], change: PunchChange, by who: String, at: Date) throws -> ChangeResult
    func undo(by who: String, at: Date) throws -> String?
    func redo(by who: String, at: Date) throws -> String?
    func undoLabel() throws -> String?
    func redoLabel() throws -> String?

    // MARK: Acceptance gate
    func projectId(code: String) throws -> Int64
    func projectDetail(projectId: Int64) throws -> ProjectDetail
    @discardableResult
    func setProjectStage(projectId: Int64, stage: ProjectStage, by who: String, at: Date) throws -> String
    @discardableResult
    func recordAcceptance(milestoneId: Int64, by who: String, on day: LocalDate, at: Date) throws -> String

    // MARK: Import and export
    func importPunchItems(projectId: Int64, drafts: [(line: Int, draft: PunchDraft)], file: String,
                          by who: String, at: Date) throws -> Int
    func exportPunchItems(projectId: Int64) throws -> [PunchItemExport]
}
