import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// Fills an empty database with a generated firm's data.
    struct Seed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "seed",
            abstract: "Fill an empty database with generated data (deterministic for a seed).",
            discussion: "Sizes: s is a believable small integrator; m is ten times that; l is 1,000 customers, 5,000 projects and 100,000 punch items.")

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "Data size: s, m or l.")
        var size: DataSize = .s

        @Option(name: .long, help: "Random seed; the same seed gives the same data.")
        var seed: UInt64 = 1

        @Option(name: .long, help: ArgumentHelp("The day the data is made around, YYYY-MM-DDTHH:MM in $TZ (default $RAPPORT_NOW, else now); with the seed it fixes every row.", valueName: "time"))
        var now: String?

        func validate() throws {
            if database.readOnly { throw ValidationError("seed writes to the file; --read-only cannot be used with it") }
        }

        func run() throws {
            let path = database.path()
            do {
                let start = ContinuousClock.now
                let instant = try Now.resolve(now, timeZone: .current) ?? Date()
                let counts = try Seeding.seed(path: path, size: size, seed: seed, now: instant)
                let elapsed = ContinuousClock.now - start
                print(TerminalSafe.line("Seeded \(path) (size \(size.rawValue), seed \(seed)) in \(elapsed.formatted(.units(allowed: [.seconds], fractionalPart: .show(length: 2))))"))
                for table in AppDatabase.tables where counts[table, default: 0] > 0 {
                    print("  \(table.padding(toLength: 22, withPad: " ", startingAt: 0)) \(counts[table]!)")
                }
            } catch let error as AppError {
                throw CLIError(error)
            }
        }
    }
}

extension DataSize: ExpressibleByArgument {}

/// Seeding shared by `seed` and `demo`.
enum Seeding {
    static func seed(path: String, size: DataSize, seed: UInt64, now: Date) throws -> [String: Int] {
        let database = try AppDatabase.open(path: path, mode: .create)
        guard try database.isEmpty() else {
            throw CLIError("\(path) already holds data; seed an empty or new file")
        }
        _ = try DemoDataGenerator(size: size, seed: seed, now: now, timeZone: .current).generate(into: database)
        return try database.counts()
    }

    /// Makes the demo database unless it already holds data.
    static func ensureDemoData(path: String) throws {
        do {
            let database = try AppDatabase.open(path: path, mode: .create)
            if try database.isEmpty() {
                let now = try Now.resolve(nil, timeZone: .current) ?? Date()
                _ = try DemoDataGenerator(size: .s, seed: 1, now: now, timeZone: .current).generate(into: database)
            }
        } catch let error as AppError {
            throw CLIError(error)
        }
    }
}
