import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// Makes a new, empty database: the one way to create a file other than the default one.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a new, empty database file (and its folder).")

        @Argument(help: "Where the new database goes.") var path: String

        func run() throws {
            print(try output())
        }

        func output() throws -> String {
            try reporting {
                if FileManager.default.fileExists(atPath: path) {
                    throw CLIError("\(path) already exists; it was left as it was")
                }
                _ = try AppDatabase.open(path: path, mode: .create)
                return TerminalSafe.line("Created \(path)")
            }
        }
    }

    /// Copies the database consistently, even while the dashboard or a script writes to it.
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Write a consistent copy of the database to a new file, while others may be writing.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The new file; it must not exist.") var destination: String

        func run() throws {
            print(try output())
        }

        func output() throws -> String {
            try reporting {
                try OutputFile.check(destination)
                try database.open(reading: true).backup(to: destination)
                return TerminalSafe.line("Backed up \(database.path()) to \(destination)")
            }
        }
    }

    /// Runs SQLite's own checks on the file and says what they found.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the database: SQLite's integrity check and the foreign-key check (exit 1 on a problem).")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            print(try output())
        }

        func output() throws -> String {
            try reporting {
                let problems = try database.open(reading: true).problems()
                let path = TerminalSafe.line(database.path())
                guard problems.isEmpty else {
                    let list = problems.prefix(20).map { "  " + TerminalSafe.line($0) }.joined(separator: "\n")
                    let more = problems.count > 20 ? "\n  … and \(problems.count - 20) more" : ""
                    throw CLIError("\(path): \(problems.count) problems found:\n\(list)\(more)")
                }
                return "\(path): ok (integrity check and foreign-key check found nothing wrong)"
            }
        }
    }
}
