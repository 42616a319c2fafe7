import Foundation
import RapportModel
import RapportStore

/// Finds the customer a typed name means: the one whose name it is (without case), else the
/// only one whose name starts with it.
enum CustomerMatch {
    static func id(_ typed: String, in customers: [(id: Int64, name: String)]) throws -> Int64 {
        let text = typed.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw CLIError("give a customer's name (or the start of it)") }
        let exact = customers.filter { $0.name.compare(text, options: .caseInsensitive) == .orderedSame }
        if exact.count == 1 { return exact[0].id }
        let candidates = exact.count > 1 ? exact : customers.filter {
            $0.name.range(of: text, options: [.caseInsensitive, .anchored]) != nil
        }
        switch candidates.count {
        case 0: throw CLIError(AppError.unknownCustomer(text))
        case 1: return candidates[0].id
        default:
            let names = candidates.map(\.name).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
            throw CLIError("'\(TerminalSafe.line(text))' matches \(names.count) customers; say which:\n"
                           + names.map { "  " + TerminalSafe.line($0) }.joined(separator: "\n"))
        }
    }
}
