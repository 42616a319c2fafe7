import Foundation

/// Project codes: short, unique handles such as `NHM-0012`, suggested from the customer's name.
public enum ProjectCode {
    /// Longest code accepted; codes are typed on the command line.
    public static let maxLength = 20

    /// Initials of the customer's first three words, padded from the first word to three letters,
    /// and one past the highest number any code with those letters has (`existing`, compared
    /// without case): "Northbrook Heritage Museum" with `NHM-0011` taken → `NHM-0012`.
    /// Letters are folded to ASCII ("Zürich Oper" → `ZOP-…`); a name without letters gives `PRJ`.
    public static func suggest(customerName: String, existing: some Sequence<String>) -> String {
        let prefix = self.prefix(customerName)
        var highest = 0
        for code in existing {
            let parts = code.uppercased().split(separator: "-")
            guard parts.count == 2, parts[0] == prefix, let number = Int(parts[1]) else { continue }
            highest = max(highest, number)
        }
        let number = String(highest + 1)
        return prefix + "-" + String(repeating: "0", count: max(0, 4 - number.count)) + number
    }

    /// The letters a customer's codes start with.
    public static func prefix(_ customerName: String) -> String {
        let skip: Set<String> = ["the", "of", "and", "&", "llp", "llc", "inc", "ltd", "gmbh", "co"]
        let folded = customerName.applyingTransform(.stripDiacritics, reverse: false) ?? customerName
        let words = folded.split(whereSeparator: { !($0.isASCII && $0.isLetter) && !($0.isASCII && $0.isNumber) })
            .filter { !skip.contains($0.lowercased()) }
        guard let first = words.first else { return "PRJ" }
        var letters = String(words.prefix(3).compactMap(\.first)).uppercased()
        if letters.count < 3 { letters += first.dropFirst().prefix(3 - letters.count).uppercased() }
        return letters
    }

    /// Refused unless letters, digits, `-`, `_` or `.`, starting with a letter or digit, at most 20.
    public static func check(_ code: String) throws(AppError) {
        guard !code.isEmpty else { throw .invalidRecord(record: "project", field: "code", reason: "the code is empty") }
        guard code.count <= maxLength else {
            throw .invalidRecord(record: "project", field: "code", reason: "'\(code)' is longer than \(maxLength) characters")
        }
        let allowed = code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        guard allowed, let first = code.first, first.isLetter || first.isNumber else {
            throw .invalidRecord(record: "project", field: "code",
                                 reason: "'\(code)' may hold only letters, digits, -, _ and . (e.g. ACME-0001)")
        }
    }
}
