/// The paths through the punch workflow, for tools that set a status rather than step to it.
public enum PunchWorkflow {
    /// The workflow's statuses in order; `void` is off the path.
    public static let path: [PunchStatus] = [.open, .inProgress, .readyForReview, .closed]

    /// The triage steps that take an item from `from` to `to`: forward by advancing, back by
    /// stepping back (from ready that is a rejection, which goes straight to open and is
    /// counted), `void` by voiding. Empty when the item is already there (except for `void`,
    /// which is left to `apply` to refuse or find unchanged).
    public static func steps(from: PunchStatus, to: PunchStatus) throws(PunchWorkflowError) -> [PunchChange] {
        // Voiding is one step from anywhere; the workflow itself refuses a closed item.
        if to == .void { return [.void] }
        if from == to { return [] }
        guard let a = path.firstIndex(of: from), let b = path.firstIndex(of: to) else { throw .voidCannotMove }
        if b > a { return Array(repeating: .advance, count: b - a) }
        var steps: [PunchChange] = []
        var current = from
        while current != to, let back = current.steppedBack {
            steps.append(.stepBack)
            current = back
        }
        guard current == to else { throw .noPath(from: from, to: to) }
        return steps
    }
}
