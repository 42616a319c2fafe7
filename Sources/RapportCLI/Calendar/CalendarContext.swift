import Foundation
import RapportModel
import RapportStore

/// Shared by the calendar commands: the database, who acts, the clock, and the zone times are
/// shown and typed in (`--zone`, else `TZ`).
struct CalendarContext {
    let database: AppDatabase
    let user: String
    let now: Date
    let zone: TimeZone

    init(options: DatabaseOptions, zone name: String?, reading: Bool = false) throws {
        let base = try PunchContext(options: options, reading: reading)
        database = base.database
        user = base.user
        zone = try Self.zone(name)
        now = try Now.resolve(nil, timeZone: zone) ?? Date()
    }

    static func zone(_ name: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> TimeZone {
        if let name {
            guard let zone = TimeZone(identifier: name) else {
                throw CLIError("'\(name)' is not a time zone; write an IANA name, e.g. America/New_York")
            }
            return zone
        }
        if let tz = environment["TZ"]?.trimmingCharacters(in: CharacterSet(charactersIn: ":")), !tz.isEmpty,
           let zone = TimeZone(identifier: tz) {
            return zone
        }
        return TimeZone.current
    }

    var today: LocalDate { LocalDate(now, in: zone) }

    func customerId(_ name: String) throws -> Int64 { try database.customerId(name: name) }
}
