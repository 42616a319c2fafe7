import RapportModel

/// One row of an imported file: the draft it gives, and the line it started on.
public struct PunchImportRow: Hashable, Sendable {
    public var line: Int
    public var draft: PunchDraft

    public init(line: Int, draft: PunchDraft) {
        self.line = line
        self.draft = draft
    }
}
