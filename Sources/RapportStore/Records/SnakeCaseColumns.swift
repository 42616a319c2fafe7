import Foundation
import GRDB
import Synchronization

/// Column names in snake_case turned into property names once each, not once a row: the
/// few dozen columns of the schema, so the table never needs clearing.
enum SnakeCaseColumns {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private static let known = Mutex<[String: String]>([:])

    static let strategy = DatabaseColumnDecodingStrategy.custom { column in
        if let name = known.withLock({ $0[column] }) { return Key(stringValue: name) }
        // The very conversion `.convertFromSnakeCase` makes, so every record decodes as before.
        let name = camelCase(column)
        known.withLock { $0[column] = name }
        return Key(stringValue: name)
    }

    /// `a_b_c` → `aBC`, leading and trailing underscores kept: GRDB's `_convertFromSnakeCase`
    /// (Foundation's JSON decoder's rule), which is internal to GRDB, step for step.
    static func camelCase(_ key: String) -> String {
        guard let first = key.firstIndex(where: { $0 != "_" }) else { return key }
        var last = key.index(before: key.endIndex)
        while last > first, key[last] == "_" { key.formIndex(before: &last) }
        let components = key[first...last].split(separator: "_")
        let joined = components.count == 1 ? String(key[first...last])
            : ([components[0].lowercased()] + components[1...].map { $0.capitalized }).joined()
        return String(key[..<first]) + joined + String(key[key.index(after: last)...])
    }
}
