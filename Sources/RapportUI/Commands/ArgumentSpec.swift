/// What a command takes on the `:` line: free text with a placeholder, or one of a known set of
/// values taken from a type's cases, so help and completion can never disagree with the parser.
public struct ArgumentSpec: Hashable, Sendable {
    /// How help shows the argument: `DATE`, or the values joined by `|`.
    public let placeholder: String
    /// The values Tab completes; empty for free text.
    public let values: [String]
    /// Values that complete but are not the whole set (a date also takes `2026-12-03`).
    public let suggestionsOnly: Bool
    /// The command does nothing useful without it (`:stage` needs a stage).
    public let required: Bool
    /// Values known only at run time (the themes in the user's folder), read from the state.
    public var fromState: StateValues? = nil

    public enum StateValues: Hashable, Sendable { case themeNames }

    /// The values Tab completes where the user is: the fixed ones, or the state's.
    public func values(in state: AppState?) -> [String] {
        switch fromState {
        case .themeNames?: return state?.looks.themeNames ?? values
        case nil: return values
        }
    }

    /// Free text: a name, a location, a filter.
    public static func text(_ placeholder: String, required: Bool = false, suggestions: [String] = []) -> ArgumentSpec {
        ArgumentSpec(placeholder: placeholder, values: suggestions, suggestionsOnly: true, required: required)
    }

    /// One of the cases of `type`, by raw value.
    public static func choice<T: CaseIterable & RawRepresentable>(_ type: T.Type, required: Bool = false) -> ArgumentSpec
    where T.RawValue == String {
        let values = T.allCases.map(\.rawValue)
        return ArgumentSpec(placeholder: values.joined(separator: "|"), values: values, suggestionsOnly: false,
                            required: required)
    }

    /// The one known value `word` names: an exact match, else the only value it begins; nil when
    /// none or several do, or for free text (which is taken as typed).
    public func resolve(_ word: String) -> String? {
        let lower = word.lowercased()
        if values.contains(lower) { return lower }
        let matches = values.filter { $0.hasPrefix(lower) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Resolves `word` to a case of `type`.
    public func resolve<T: RawRepresentable>(_ word: String, as type: T.Type) -> T? where T.RawValue == String {
        resolve(word).flatMap(T.init(rawValue:))
    }
}
