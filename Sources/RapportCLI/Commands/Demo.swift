import ArgumentParser
import Foundation
import RapportStore

extension RapportCommand {
    /// Opens the dashboard on a demo firm's data, made on first use and reused after.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Open the dashboard on demo data (created on first use in the data folder).")

        @Option(name: .long, help: ArgumentHelp("The demo database file.", valueName: "path"))
        var db: String?

        @Flag(name: .long, help: "Throw the demo data away and make it anew.")
        var fresh = false

        @OptionGroup var look: LookOptions

        func run() throws {
            let path = db ?? Paths().demoDatabase
            if fresh {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            try Seeding.ensureDemoData(path: path)
            try Dashboard.run(databasePath: path, mode: .create, theme: look.theme, screenReader: look.screenReader, mouse: !look.noMouse)
        }
    }
}
