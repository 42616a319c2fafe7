import ArgumentParser
import Foundation
import RapportModel
import RapportStore

/// `rapport watch [--rep NAME]`: the accounts growing cold, and why.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Accounts growing cold: a score falling, a champion gone, mail unanswered, no contact, intel to review.",
        discussion: """
            The limits come from config.toml's [watch]: no-contact-days (default 30), \
            unanswered-days (3) and score-drop (10 points over 14 days). --rep keeps the accounts \
            whose projects name that sales rep (any case).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var database: DatabaseOptions
    @Option(help: ArgumentHelp("Only this sales rep's accounts (as projects name the rep).", valueName: "name"))
    var rep: String?
    @Option(help: "text or json.") var format: Format = .text
    @Option(name: .long, help: ArgumentHelp("The time, YYYY-MM-DDTHH:MM in the zone (default $RAPPORT_NOW, else now).", valueName: "time"))
    var now: String?
    @Option(name: .long, help: ArgumentHelp("The time zone, an IANA name (default $TZ).", valueName: "zone"))
    var tz: String?

    func run() throws { print(try output(), terminator: "") }

    func output(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        try reporting {
            let zone = try CalendarContext.zone(tz, environment: environment)
            let instant = try Now.resolve(now, timeZone: zone, environment: environment) ?? Date()
            let config = try Config.load(path: Paths(environment: environment).configFile)
            let db = try database.open(temperature: config.temperature)
            let accounts = try db.watchAccounts(now: instant, timeZone: zone)
            if let rep, !accounts.contains(where: { $0.isAccount(of: rep) }) {
                let known = Set(accounts.flatMap(\.reps)).sorted()
                throw CLIError("no project names '\(rep)' as sales rep"
                               + (known.isEmpty ? "" : "; reps: \(known.joined(separator: ", "))"))
            }
            let items = WatchList.items(accounts, settings: config.watch, now: instant, timeZone: zone, rep: rep)
            let report = WatchReport(asOf: LocalDate(instant, in: zone), rep: rep, settings: config.watch, items: items)
            switch format {
            case .json: return try jsonText(report.json)
            case .text: return report.text
            }
        }
    }
}
