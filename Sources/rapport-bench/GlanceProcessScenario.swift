import Foundation
import RapportStore

/// Times `rapport glance` as a whole process, exec to exit, like the first-frame scenario.
enum GlanceProcessScenario {
    static let name = "glance as a whole process"

    /// Glances at the customer with the most projects (the most records to read), by its whole name.
    static func run(database: AppDatabase, databasePath: String, now: String, runs: Int) throws -> Measurement? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = folder.appendingPathComponent("rapport")
        if !FileManager.default.isExecutableFile(atPath: binary.path) { ProcessScenario.buildApp(beside: folder) }
        guard FileManager.default.isExecutableFile(atPath: binary.path),
              let customer = try database.customers().max(by: { ($0.projects, $1.name) < ($1.projects, $0.name) })
        else { return nil }
        // Not read-only: the first (warm-up) run stores the day's temperature snapshot, as a user's would.
        let arguments = [binary.path, "glance", "--db", databasePath, "--now", now, "--tz", "UTC", "--color", "never",
                         customer.name]
        var samples: [Double] = []
        for i in 0..<(runs + 2) {
            let ms = Stopwatch.time { _ = ProcessScenario.spawnAndWait(arguments) }
            if i >= 2 { samples.append(ms) }
        }
        return Measurement(name: name, samples: samples, target: 25)
    }
}
