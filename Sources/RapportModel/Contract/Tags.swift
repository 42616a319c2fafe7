import Foundation

/// Comma-separated lists as the records keep them (domains, regions, concerns, e-mails).
public enum Tags {
    /// `"speed, Look and feel,,budget"` → `["speed", "Look and feel", "budget"]`: trimmed, empties dropped,
    /// duplicates (ignoring case) kept once, first spelling wins.
    public static func split(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// The list as stored: `"speed, look and feel"`.
    public static func join(_ tags: [String]) -> String { split(tags.joined(separator: ",")).joined(separator: ", ") }
}
