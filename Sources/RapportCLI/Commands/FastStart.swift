import Foundation
import RapportStore

/// The plain dashboard started without the argument parser: `rapport`, `rapport --db PATH`,
/// `rapport demo` and `rapport demo --db PATH`.
///
/// swift-argument-parser reflects over every command type before it runs one; those
/// protocol-conformance lookups were a quarter of the instructions to the first frame. Any
/// other command line (help, a flag, a typo) goes to the parser as before, so usage and errors
/// read the same.
enum FastStart {
    /// The work the command line asks for, or nil when the parser must read it.
    static func command(for arguments: [String],
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> (() throws -> Void)? {
        var words = arguments[...]
        let demo = words.first == "demo"
        if demo { words = words.dropFirst() }
        var db: String?
        switch words.count {
        case 0: break
        case 2 where words.first == "--db":
            // A value that looks like an option is the parser's to refuse.
            guard let value = words.last, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            db = value
        default: return nil
        }
        if demo {
            return {
                let path = db ?? Paths(environment: environment).demoDatabase
                try Seeding.ensureDemoData(path: path)
                try Dashboard.run(databasePath: path, mode: .create, theme: nil, screenReader: false)
            }
        }
        return {
            // As `Open`: only the default file is made on first run; a named one must exist.
            let envDB = environment["RAPPORT_DB"] ?? ""
            let path = db ?? (envDB.isEmpty ? Paths(environment: environment).defaultDatabase : envDB)
            let isDefault = db == nil && envDB.isEmpty
            try Dashboard.run(databasePath: path, mode: isDefault ? .create : .existing, theme: nil, screenReader: false)
        }
    }
}
