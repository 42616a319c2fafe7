import Foundation
import RapportStore

/// The commands started without the argument parser: `rapport`, `rapport --db PATH`,
/// `rapport demo`, `rapport demo --db PATH`, `rapport --version` and `rapport glance …`
/// (`GlanceRequest` says which of its command lines).
///
/// swift-argument-parser reflects over every command type before it runs one; those
/// protocol-conformance lookups were a quarter of the instructions to the first frame. Any
/// other command line (help, a flag, a typo) goes to the parser as before, so usage and errors
/// read the same.
enum FastStart {
    /// What a command line read without the parser asks for.
    enum Plan: Equatable {
        case dashboard(db: String?)
        case demo(db: String?)
        case version
        case glance(GlanceRequest)
    }

    /// The plan for `arguments`, or nil when the parser must read them.
    static func plan(for arguments: [String]) -> Plan? {
        if arguments == ["--version"] { return .version }
        if arguments.first == "glance" { return GlanceRequest(arguments: arguments.dropFirst()).map(Plan.glance) }
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
        return demo ? .demo(db: db) : .dashboard(db: db)
    }

    /// The dashboard work the command line asks for, or nil when the parser must read it
    /// (`--version` is answered by `RapportCommand.run`).
    static func command(for arguments: [String],
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> (() throws -> Void)? {
        switch plan(for: arguments) {
        case nil, .version?:
            return nil
        case .glance(let request)?:
            return { print(try request.output(environment: environment, terminal: isatty(STDOUT_FILENO) == 1), terminator: "") }
        case .demo(let db)?:
            return {
                let path = db ?? Paths(environment: environment).demoDatabase
                try Seeding.ensureDemoData(path: path)
                try Dashboard.run(databasePath: path, mode: .create, theme: nil, screenReader: false)
            }
        case .dashboard(let db)?:
            return {
                // As `Open`: only the default file is made on first run; a named one must exist.
                let envDB = environment["RAPPORT_DB"] ?? ""
                let path = db ?? (envDB.isEmpty ? Paths(environment: environment).defaultDatabase : envDB)
                let isDefault = db == nil && envDB.isEmpty
                try Dashboard.run(databasePath: path, mode: isDefault ? .create : .existing, theme: nil, screenReader: false)
            }
        }
    }
}
