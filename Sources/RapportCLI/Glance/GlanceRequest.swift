import Foundation
import RapportModel
import RapportStore

/// What `rapport glance` was asked, as plain values: from the parser (`GlanceCommand`) or read
/// by `FastStart`, which skips the parser's start-up for the one command a rep runs before a call.
struct GlanceRequest: Equatable {
    var db: String?
    var readOnly = false
    var customer: String
    var format: GlanceCommand.Format = .text
    var color: GlanceCommand.Colour = .auto
    var now: String?
    var tz: String?

    func output(environment: [String: String], terminal: Bool) throws -> String {
        try reporting {
            let zone = try CalendarContext.zone(tz, environment: environment)
            let instant = try Now.resolve(now, timeZone: zone, environment: environment) ?? Date()
            // Scored with the config file's `[temperature]` weights and half-lives, as the dashboard is.
            let config = try Config.load(path: Paths(environment: environment).configFile)
            let database = try AppDatabase.open(path: DatabaseOptions.path(db, environment: environment),
                                                mode: readOnly ? .readOnly : .existing, temperature: config.temperature)
            let id = try CustomerMatch.id(customer, in: try database.customerNames())
            let card = try GlanceCard.load(database, customerId: id, now: instant, zone: zone)
            switch format {
            case .json: return try GlanceJSON.json(card)
            case .text: return GlanceText(colour: GlanceCommand.colour(color, environment: environment, terminal: terminal)).text(card)
            }
        }
    }

}

// In an extension, so the memberwise initializer stays.
extension GlanceRequest {
    /// `glance` and its words as the parser would read them, or nil when only the parser can:
    /// `--db`, `--format`, `--color`, `--now` and `--tz` each once with a value that is not an
    /// option, `--read-only`, and one customer. Help, `--name=value`, a repeat, an unknown word
    /// or value goes to the parser, so usage and errors read the same.
    init?(arguments: ArraySlice<String>) {
        var words = arguments
        var values: [String: String] = [:]
        var customer: String?
        var readOnly = false
        while let word = words.popFirst() {
            switch word {
            case "--db", "--format", "--color", "--now", "--tz":
                guard values[word] == nil, let value = words.popFirst(), !value.hasPrefix("-") else { return nil }
                values[word] = value
            case "--read-only":
                guard !readOnly else { return nil }
                readOnly = true
            default:
                guard customer == nil, !word.hasPrefix("-") else { return nil }
                customer = word
            }
        }
        guard let customer else { return nil }
        let format = values["--format"].map(GlanceCommand.Format.init(rawValue:)) ?? .text
        let color = values["--color"].map(GlanceCommand.Colour.init(rawValue:)) ?? .auto
        guard let format, let color else { return nil }
        self.init(db: values["--db"], readOnly: readOnly, customer: customer, format: format, color: color,
                  now: values["--now"], tz: values["--tz"])
    }
}
