import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport punch …`: the punch list for scripts and for people who live in a shell.
    struct Punch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "punch",
            abstract: "List, add, change, dispute, export and import punch items.",
            subcommands: [List.self, Add.self, Set.self, Dispute.self, Export.self, Import.self])
    }
}

/// Shared by the punch subcommands: the database, who is acting, and the clock.
struct PunchContext {
    let database: AppDatabase
    let user: String
    let now: Date
    let zone: TimeZone

    /// `reading`: the command only reads, so the file is opened read-only and left untouched.
    init(options: DatabaseOptions, reading: Bool = false) throws {
        let config = try Config.load(path: Paths().configFile)
        // The meeting view shows the customer's temperature: scored with the user's weights.
        database = try options.open(reading: reading, temperature: config.temperature)
        user = config.user ?? Self.loginName()
        zone = TimeZone.current
        now = try Now.resolve(nil, timeZone: zone) ?? Date()
    }

    var today: LocalDate { LocalDate(now, in: zone) }

    func projectId(_ code: String) throws -> Int64 { try database.projectId(code: code) }

    /// `BER-0004#12` → the item's id.
    func itemId(_ reference: String) throws -> Int64 {
        let parts = reference.split(separator: "#")
        guard parts.count == 2, let number = Int(parts[1]) else { throw AppError.badReference(reference) }
        return try database.punchItemId(projectId: projectId(String(parts[0])), number: number)
    }

    static func loginName() -> String {
        let env = ProcessInfo.processInfo.environment
        return env["USER"] ?? env["LOGNAME"] ?? "me"
    }
}

/// Runs a command body, turning the errors users can cause into one clear line.
func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as AppError {
        throw CLIError(error)
    } catch let error as CLIError {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch {
        throw CLIError("\(error)")
    }
}
