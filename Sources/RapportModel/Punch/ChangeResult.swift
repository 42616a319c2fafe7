/// What one triage command did: its undo label, how many items it changed, and why others were left alone.
public struct ChangeResult: Hashable, Sendable {
    /// The undo step's name, e.g. `advance 3 items` or `assign #14 to dana`.
    public var label: String
    /// Items actually changed; items already as asked are neither changed nor skipped.
    public var changed: Int
    /// One reason per item the workflow refused, e.g. `#14 is closed; it cannot advance`.
    public var skipped: [String]

    public init(label: String, changed: Int, skipped: [String] = []) {
        self.label = label
        self.changed = changed
        self.skipped = skipped
    }

    /// One line for the status bar: `advance 3 items; skipped #14 is closed; it cannot advance`.
    public var summary: String {
        let head = changed == 0 ? "nothing changed" : label
        guard !skipped.isEmpty else { return head }
        let shown = skipped.prefix(3).joined(separator: "; ")
        let more = skipped.count > 3 ? " and \(skipped.count - 3) more" : ""
        return "\(head) (skipped: \(shown)\(more))"
    }
}
