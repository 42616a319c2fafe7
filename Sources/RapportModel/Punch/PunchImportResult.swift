/// What an import did to a project: the numbers of the items it added and of those it updated
/// (a row whose number the project already has updates that item instead of adding a twin).
public struct PunchImportResult: Hashable, Sendable {
    public var added: [Int]
    public var updated: [Int]

    public init(added: [Int], updated: [Int]) {
        self.added = added
        self.updated = updated
    }
}

/// A field an imported file can give (the form's `PunchField`s and the other system's); an
/// update from a file changes only the fields it has.
public enum PunchImportField: String, CaseIterable, Hashable, Sendable {
    case title, detail, location, category, priority, status, assignee, due, blocksAcceptance, ballInCourt, source
    case reference, costCode, costImpact, scheduleImpact, createdBy
}
