import Foundation

/// Every failure a user can see, each with the message that tells them what and where.
public enum AppError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case notADatabase(path: String)
    case schemaTooNew(path: String)
    case foreignDatabase(path: String)
    case cannotOpen(path: String, reason: String)
    case notATerminal
    case terminalUnavailable(term: String)
    case unknownTheme(name: String, searched: [String])
    case badTheme(file: String, reason: String)
    case badConfig(file: String, reason: String)
    case badSize(String)
    case badKey(String)
    case badTime(String)
    case unknownProject(String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path): not a Rapport database (the file is not SQLite); it was left untouched"
        case .schemaTooNew(let path):
            return "\(path): made by a newer Rapport (unknown schema migrations); upgrade Rapport to open it"
        case .foreignDatabase(let path):
            return "\(path): a SQLite database of another program, not Rapport's; it was left untouched"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open database: \(reason)"
        case .notATerminal:
            return "rapport needs an interactive terminal (stdin and stdout must be a TTY); use `rapport render` for plain text"
        case .terminalUnavailable(let term):
            let name = term.isEmpty ? "TERM is not set" : "TERM=\(term) is unknown to ncurses"
            return "cannot start the terminal interface: \(name); set TERM (e.g. TERM=xterm-256color) or use `rapport render`"
        case .unknownTheme(let name, let searched):
            return "unknown theme '\(name)' (looked in \(searched.joined(separator: ", ")))"
        case .badTheme(let file, let reason):
            return "\(file): \(reason)"
        case .badConfig(let file, let reason):
            return "\(file): \(reason)"
        case .badSize(let text):
            return "bad size '\(text)': expected COLUMNSxROWS, e.g. 120x40"
        case .badKey(let text):
            return "unknown key '\(text)' in --keys"
        case .badTime(let text):
            return "bad time '\(text)': expected YYYY-MM-DDTHH:MM"
        case .unknownProject(let code):
            return "no project with code '\(code)'"
        }
    }

    public var errorDescription: String? { description }
}
