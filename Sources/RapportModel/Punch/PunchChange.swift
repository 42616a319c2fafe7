import Foundation

/// One triage step applied to one item or to every marked item, as a single undoable change.
public enum PunchChange: Hashable, Sendable {
    /// One step along the workflow; closing records who accepted.
    case advance
    /// One step back; from ready for review that is a rejection, which is counted.
    case stepBack
    case cyclePriority
    case setPriority(Priority)
    case setDue(LocalDate?)
    case assign(String)
    case setLocation(String?)
    case void
    /// Every field from a form.
    case edit(PunchDraft)
}
