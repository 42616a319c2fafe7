import ArgumentParser
import Foundation
import RapportModel
import RapportStore

/// `rapport glance CUSTOMER`: one customer on one card, before a call.
struct GlanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glance",
        abstract: "One customer at a glance: temperature and why, key people, next meeting, blockers, latest intel.",
        discussion: """
            CUSTOMER is a name or the start of one, in any case. Colour on a terminal; plain when \
            output is piped or NO_COLOR is set (or with --color never).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    enum Colour: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The customer: a name or the start of one.") var customer: String
    @Option(help: "text or json.") var format: Format = .text
    @Option(help: "auto (on a terminal without NO_COLOR), always or never.") var color: Colour = .auto
    @Option(name: .long, help: ArgumentHelp("The time, YYYY-MM-DDTHH:MM in the zone (default $RAPPORT_NOW, else now).", valueName: "time"))
    var now: String?
    @Option(name: .long, help: ArgumentHelp("The time zone, an IANA name (default $TZ).", valueName: "zone"))
    var tz: String?

    func run() throws { print(try output(), terminator: "") }

    func output(environment: [String: String] = ProcessInfo.processInfo.environment,
                terminal: Bool = isatty(STDOUT_FILENO) == 1) throws -> String {
        try request.output(environment: environment, terminal: terminal)
    }

    /// The parsed command line as plain values (what `FastStart` reads without the parser).
    var request: GlanceRequest {
        GlanceRequest(db: database.db, readOnly: database.readOnly, customer: customer, format: format, color: color,
                      now: now, tz: tz)
    }

    /// Colour only on a terminal and without `NO_COLOR` (any non-empty value, as no-color.org says), unless forced.
    static func colour(_ choice: Colour, environment: [String: String], terminal: Bool) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto: return terminal && (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
