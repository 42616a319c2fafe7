/// What is wrong with one entry of a theme file, by role and field; the loader adds the file and line.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    case unknownRole(String)
    case unknownField(role: String, field: String)
    case notText(role: String, field: String)
    case badColor(role: String, field: String, value: String)
    case badAttribute(role: String, value: String)

    /// The role the problem is in, so the loader can find its line.
    public var role: String {
        switch self {
        case .unknownRole(let role): return role
        case .unknownField(let role, _), .notText(let role, _), .badColor(let role, _, _), .badAttribute(let role, _):
            return role
        }
    }

    public var description: String {
        switch self {
        case .unknownRole(let role):
            return "unknown role '\(role)'; roles are \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .unknownField(role, field):
            return "\(role): unknown field '\(field)' (use fg, bg and attrs)"
        case let .notText(role, field):
            return "\(role) \(field): must be " + (field == "attrs" ? "a list of names, e.g. [\"bold\"]" : "a colour in quotes, e.g. \"red\"")
        case let .badColor(role, field, value):
            return "\(role) \(field): unknown colour '\(value)' (use default, a name such as bright-red, 0-255, or #rrggbb)"
        case let .badAttribute(role, value):
            return "\(role) attrs: unknown attribute '\(value)' (use bold, dim, underline, reverse, italic)"
        }
    }
}
