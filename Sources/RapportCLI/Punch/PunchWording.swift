import RapportModel

/// How the CLI words the store's typed results: the same words as the dashboard's status line.
enum PunchWording {
    /// `advance 3 items`, `nothing changed`, with up to three skipped items named:
    /// `advance #6 (skipped: #2 is closed; it cannot advance)`.
    static func summary(_ result: ChangeResult) -> String {
        let head = result.changed.isEmpty ? "nothing changed" : result.label
        guard !result.skipped.isEmpty else { return head }
        let shown = result.skipped.prefix(3).map(skipped).joined(separator: "; ")
        let more = result.skipped.count > 3 ? " and \(result.skipped.count - 3) more" : ""
        return "\(head) (skipped: \(shown)\(more))"
    }

    /// `#2 is closed; it cannot advance`.
    static func skipped(_ item: SkippedItem) -> String {
        "#\(item.number) is \(item.status.name); it cannot \(item.reason.verb)"
    }
}
