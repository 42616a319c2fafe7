import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport agenda`: the coming days' meeting occurrences, as the calendar pane lists them.
    struct Agenda: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agenda",
            abstract: "List meeting occurrences day by day: series expanded, changed occurrences in place, cancelled ones out.",
            discussion: """
                `★` marks meetings sales may join (--sales shows only those); `!` marks a meeting whose \
                rule or zone Rapport could not fully read, with the reason below it. Times are in \
                --zone (or TZ).
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var database: DatabaseOptions
        @Option(help: "The first day: a date (2027-01-15), a weekday (fri) or an offset (+2w); default today.") var from: String?
        @Option(help: "How many days.") var days: Int = 7
        @Flag(help: "Only meetings sales may join.") var sales = false
        @Option(help: "text or json.") var format: Format = .text
        @Option(help: "Show times in this IANA zone (default: TZ).") var zone: String?

        func validate() throws {
            guard (1...3660).contains(days) else { throw ValidationError("--days must be between 1 and 3660") }
        }

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try CalendarContext(options: database, zone: zone, reading: true)
                let first: LocalDate
                if let from {
                    do { first = try DateExpression.parse(from, today: context.today) } catch { throw CLIError("--from: \(error)") }
                } else {
                    first = context.today
                }
                let start = first.startOfDay(in: context.zone), end = first.adding(days: days).startOfDay(in: context.zone)
                var entries = try context.database.agenda(from: start, to: end, timeZone: context.zone)
                if sales { entries = entries.filter(\.salesWelcome) }
                switch format {
                case .text: return AgendaText.text(entries, from: first, days: days, zone: context.zone)
                case .json: return try AgendaText.json(entries, zone: context.zone)
                }
            }
        }
    }
}

/// The agenda as the CLI prints it.
enum AgendaText {
    static func text(_ entries: [AgendaEntry], from first: LocalDate, days: Int, zone: TimeZone) -> String {
        guard !entries.isEmpty else {
            return "No meetings from \(first.iso) to \(first.adding(days: days - 1).iso).\n"
        }
        var out = ""
        var shownDay: LocalDate?
        for entry in entries {
            let day = LocalDate(max(entry.start, first.startOfDay(in: zone)), in: zone)
            if day != shownDay {
                if shownDay != nil { out += "\n" }
                out += "\(LocalDate.weekdayShortNames[day.isoWeekday - 1]) \(day.iso)\n"
                shownDay = day
            }
            let when = entry.allDay ? "all day    " : "\(clock(entry.start, zone))-\(clock(entry.end, zone))"
            let mark = (entry.salesWelcome ? "★" : " ") + (entry.problem != nil ? "!" : " ")
            let whose = [entry.projectCode, entry.customerName].compactMap { $0 }.joined(separator: " · ")
            var line = "  \(when) \(mark) \(TableText.fit(entry.title, 36)) \(TableText.fit(whose, 28))"
            if !entry.location.isEmpty { line += " " + TerminalSafe.line(entry.location) }
            out += line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
            if let problem = entry.problem { out += "                 ! \(TerminalSafe.line(problem.description))\n" }
        }
        return out
    }

    /// `HH:MM` in the zone.
    static func clock(_ date: Date, _ zone: TimeZone) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        let t = ((seconds % 86_400) + 86_400) % 86_400
        // Not String(format:), which costs some 20,000 instructions a call on Linux.
        let hours = t / 3600, minutes = t / 60 % 60
        return (hours < 10 ? "0" : "") + String(hours) + (minutes < 10 ? ":0" : ":") + String(minutes)
    }

    struct Row: Encodable {
        var meetingId: Int64
        var seriesId: Int64
        var occurrence: String
        var title: String
        var start: String
        var end: String
        var allDay: Bool
        var project: String?
        var customer: String?
        var location: String
        var salesWelcome: Bool
        var problem: String?
    }

    static func json(_ entries: [AgendaEntry], zone: TimeZone) throws -> String {
        let iso = ISO8601DateFormatter()
        iso.timeZone = zone
        iso.formatOptions = [.withInternetDateTime]
        // The occurrence is a key (with the series, it names the notes): in UTC, as stored.
        let key = ISO8601DateFormatter()
        let rows = entries.map {
            Row(meetingId: $0.meetingId, seriesId: $0.seriesId, occurrence: key.string(from: $0.occurrence), title: $0.title,
                start: iso.string(from: $0.start), end: iso.string(from: $0.end), allDay: $0.allDay,
                project: $0.projectCode, customer: $0.customerName, location: $0.location, salesWelcome: $0.salesWelcome,
                problem: $0.problem?.description)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalSafe.json(String(decoding: try encoder.encode(rows), as: UTF8.self)) + "\n"
    }
}
