import RapportModel

/// What a form field holds, which decides how it is typed, completed and checked: one line,
/// several lines, a date, one of a list, a whole number, money, yes or no, or another record
/// chosen by name. Every record form (punch items now; customers, projects, meetings later)
/// is built from these.
public enum FieldKind: Equatable, Sendable {
    case line
    case text
    case date
    case choice([String])
    case number(ClosedRange<Int>)
    case money
    case flag
    case reference([RecordRef])

    /// What Tab completes to.
    var choices: [String] {
        switch self {
        case .choice(let values): return values
        case .flag: return ["yes", "no"]
        case .reference(let records): return records.map(\.name)
        default: return []
        }
    }

    /// What the empty field shows, when the form gives no hint of its own.
    var defaultHint: String {
        switch self {
        case .line, .text: return ""
        case .date: return "today, fri, +3d, +2w, 2026-12-03, or empty"
        case .choice, .flag, .reference: return choices.prefix(8).joined(separator: " · ")
        case .number(let range): return "\(range.lowerBound)–\(range.upperBound)"
        case .money: return "12500 or 12,500.00"
        }
    }

    /// Reads a field's text as its kind; the message says what is wrong, for under the field.
    func parse(_ raw: String, required: Bool, today: LocalDate) -> Result<FieldValue, FieldError> {
        let text = self == .text ? raw : raw.trimmingCharacters(in: .whitespaces)
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            if required { return .failure(FieldError("this is needed")) }
            switch self {
            case .line, .text: return .success(.text(""))
            case .date: return .success(.date(nil))
            case .choice: return .success(.choice(nil))
            case .number: return .success(.number(nil))
            case .money: return .success(.money(nil))
            case .flag: return .success(.flag(false))
            case .reference: return .success(.reference(nil))
            }
        }
        switch self {
        case .line, .text:
            return .success(.text(text))
        case .date:
            if text.lowercased() == "none" { return .success(.date(nil)) }
            do { return .success(.date(try DateExpression.parse(text, today: today))) } catch {
                return .failure(FieldError("\(error)"))
            }
        case .choice(let values):
            guard let value = Self.match(text, in: values) else {
                return .failure(FieldError("one of " + values.joined(separator: ", ")))
            }
            return .success(.choice(value))
        case .number(let range):
            guard let n = Int(text), range.contains(n) else {
                return .failure(FieldError("a whole number from \(range.lowerBound) to \(range.upperBound)"))
            }
            return .success(.number(n))
        case .money:
            do { return .success(.money(try Money.cents(parsing: text))) } catch {
                return .failure(FieldError(error.description))
            }
        case .flag:
            switch text.lowercased() {
            case "yes", "y", "true": return .success(.flag(true))
            case "no", "n", "false": return .success(.flag(false))
            default: return .failure(FieldError("yes or no"))
            }
        case .reference(let records):
            guard let name = Self.match(text, in: records.map(\.name)), let record = records.first(where: { $0.name == name })
            else { return .failure(FieldError("no such record; Tab completes a name")) }
            return .success(.reference(record.id))
        }
    }

    /// The value `text` names, ignoring case: an exact match, else the only one it begins.
    private static func match(_ text: String, in values: [String]) -> String? {
        let lower = text.lowercased()
        if let exact = values.first(where: { $0.lowercased() == lower }) { return exact }
        let starts = values.filter { $0.lowercased().hasPrefix(lower) }
        return starts.count == 1 ? starts[0] : nil
    }
}

/// Another record a field points at, as completion offers it: its id and the name people type.
public struct RecordRef: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public init(id: Int64, name: String) {
        self.id = id
        self.name = name
    }
}

/// A field's value once read as its kind.
public enum FieldValue: Equatable, Sendable {
    case text(String)
    case date(LocalDate?)
    case choice(String?)
    case number(Int?)
    case money(Int64?)
    case flag(Bool)
    case reference(Int64?)
}

/// What is wrong with one field, shown under it.
public struct FieldError: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
