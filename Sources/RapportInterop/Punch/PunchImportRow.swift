import RapportModel

/// One row of an imported file: the draft it gives, the other system's fields, and the line it
/// started on.
public struct PunchImportRow: Hashable, Sendable {
    public var line: Int
    public var draft: PunchDraft
    public var external: PunchExternalFields

    public init(line: Int, draft: PunchDraft, external: PunchExternalFields = PunchExternalFields()) {
        self.line = line
        self.draft = draft
        self.external = external
    }
}
