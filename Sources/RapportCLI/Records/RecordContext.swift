import ArgumentParser
import Foundation
import RapportModel
import RapportStore

// MARK: - Finding records by what people type, and reading typed values

extension PunchContext {
    func customerId(_ name: String) throws -> Int64 { try database.customerId(name: name) }

    /// The customer's contact named `name` (without case), or with that id; several of one name is refused.
    func contactId(customerId: Int64, _ name: String) throws -> Int64 {
        let detail = try database.customerDetail(customerId: customerId, today: today)
        let contacts = detail.contacts.map(\.contact)
        if let id = Int64(name), contacts.contains(where: { $0.id == id }) { return id }
        let matches = contacts.filter { $0.name.compare(name, options: .caseInsensitive) == .orderedSame }
        if matches.count > 1 {
            throw AppError.ambiguousContact(name: name, matches: matches.map { "\($0.name) (id \($0.id!))" })
        }
        guard let match = matches.first else { throw AppError.unknownContact(customer: detail.customer.name, name: name) }
        return match.id!
    }

    /// The project's milestone named `name` (without case), or with that id.
    func milestoneId(projectId: Int64, code: String, _ name: String) throws -> Int64 {
        let rows = try database.milestones(projectId: projectId, today: today)
        if let id = Int64(name), rows.contains(where: { $0.id == id }) { return id }
        let matches = rows.filter { $0.milestone.name.compare(name, options: .caseInsensitive) == .orderedSame }
        guard matches.count == 1 else { throw AppError.unknownMilestone(project: code, name: name) }
        return matches[0].id
    }

    /// The project's location `path` names (a whole path or the end of one); never created here.
    func locationId(projectId: Int64, code: String, _ path: String) throws -> Int64 {
        switch try database.classifyLocation(projectId: projectId, text: path) {
        case .exact(let id, _): return id
        case .ambiguous(let paths): throw AppError.ambiguousLocation(text: path, matches: paths)
        case .new, .none: throw AppError.unknownLocation(project: code, path: path)
        }
    }

    /// A day as typed (`2026-04-01`, `fri`, `+3d`, `today`); `field` names it in the refusal.
    func day(_ text: String, field: String) throws -> LocalDate {
        guard let day = try optionalDay(text, field: field) else { throw CLIError("\(field): give a date, e.g. 2026-04-01") }
        return day
    }

    /// As `day`, with empty or `none` for no date.
    func optionalDay(_ text: String, field: String) throws -> LocalDate? {
        do { return try PunchFieldParser.due(text, today: today) } catch {
            if case .badDue(_, let reason) = error { throw CLIError("\(field)=\(text): \(reason)") }
            throw CLIError("\(field)=\(text): \(error)")
        }
    }
}

/// `12,500.00` → cents, the refusal naming the field.
func cents(_ text: String, field: String) throws -> Int64 {
    do { return try Money.cents(parsing: text) } catch { throw CLIError("\(field): \(error)") }
}

/// `yes`/`no` for a field.
func yesNo(_ text: String, field: String) throws -> Bool {
    switch text.lowercased() {
    case "yes", "y", "true": return true
    case "no", "n", "false", "": return false
    default: throw CLIError("\(field)=\(text): use yes or no")
    }
}

/// `field=value` words, in order; a word without `=` is refused.
/// Fields are lower-cased unless `keepCase` (fact names keep theirs).
func assignments(_ words: [String], example: String, keepCase: Bool = false) throws -> [(field: String, value: String)] {
    guard !words.isEmpty else { throw CLIError("give at least one field=value, e.g. \(example)") }
    return try words.map { word in
        guard let equals = word.firstIndex(of: "=") else { throw CLIError("'\(word)' is not field=value, e.g. \(example)") }
        let field = String(word[..<equals]).trimmingCharacters(in: .whitespaces)
        return (keepCase ? field : field.lowercased(), String(word[word.index(after: equals)...]))
    }
}

/// An enum value as typed (its raw value, any case), the refusal listing the choices.
func choice<T: RawRepresentable & CaseIterable>(_ text: String, _ type: T.Type, field: String) throws -> T where T.RawValue == String {
    if let value = T.allCases.first(where: { $0.rawValue == text.lowercased() }) { return value }
    throw CLIError("\(field)=\(text): use " + T.allCases.map(\.rawValue).joined(separator: ", "))
}

/// What a write printed: its undo step's label, or that nothing changed.
func written(_ label: String) -> String {
    TerminalSafe.line(label.isEmpty ? "nothing changed" : label)
}
