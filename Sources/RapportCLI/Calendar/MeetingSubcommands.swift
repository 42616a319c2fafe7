import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand.MeetingCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a meeting (one-off, or a series with --rrule).")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var fields: MeetingFields
        @Option(help: "The project (a code).") var project: String?
        @Option(help: "The customer, for a meeting of no project.") var customer: String?
        @Option(help: "Read and show times in this IANA zone (default: TZ).") var zone: String?

        func validate() throws {
            if fields.title == nil { throw ValidationError("give the meeting a --title") }
            if fields.start == nil { throw ValidationError("say when it starts with --start (e.g. 2026-03-10T10:00)") }
        }

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try CalendarContext(options: database, zone: zone)
                let projectId = try project.map(context.database.projectId(code:))
                let customerId = try customer.map(context.customerId)
                let base = MeetingDraft(title: "", startsAt: context.now, endsAt: context.now + 3600,
                                        tzid: context.zone.identifier, projectId: projectId, customerId: customerId)
                let draft = try fields.apply(to: base, context: context, day: nil)
                let change = try context.database.addMeeting(draft, by: context.user, at: context.now)
                let detail = try context.database.meetingDetail(meetingId: change.meetingId, occurrence: nil)
                return TerminalSafe.text("Added meeting \(change.meetingId): " + MeetingText.summary(detail.meeting))
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change a meeting: the whole series, one occurrence (--occurrence DATE), or it and the following.",
            discussion: """
                With --occurrence and --this, the change is that occurrence's alone (an override); with \
                --following the series is split there; --series (the default without --occurrence) \
                changes every occurrence not changed on its own.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The meeting's id (see `rapport meeting list` or `rapport agenda --format json`).") var id: Int64
        @OptionGroup var fields: MeetingFields
        @Option(help: "The occurrence: its date (2026-03-10, fri, +1w) in the meeting's zone.") var occurrence: String?
        @Flag(name: .customLong("this"), help: "Only that occurrence.") var this = false
        @Flag(help: "That occurrence and all after it.") var following = false
        @Flag(help: "The whole series.") var series = false
        @Option(help: "Read and show times in this IANA zone (default: TZ).") var zone: String?

        func validate() throws {
            if [this, following, series].filter({ $0 }).count > 1 { throw ValidationError("give one of --this, --following, --series") }
            if (this || following) && occurrence == nil { throw ValidationError("--this and --following need --occurrence DATE") }
        }

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try CalendarContext(options: database, zone: zone)
                let detail = try context.database.meetingDetail(meetingId: id, occurrence: nil)
                var scope = MeetingScope.series
                var day: LocalDate?
                var base = MeetingDraft(detail.meeting)
                if let occurrence, !series {
                    let start = try MeetingFields.occurrence(occurrence, of: detail, context: context)
                    scope = following ? .following(start) : .occurrence(start)
                    let zone = TimeZone(identifier: base.tzid) ?? context.zone
                    day = LocalDate(start, in: zone)
                    // The occurrence's own times are what a change starts from.
                    let length = base.endsAt.timeIntervalSince(base.startsAt)
                    if !detail.meeting.isOverride { base.startsAt = start; base.endsAt = start + length }
                }
                let draft = try fields.apply(to: base, context: context, day: day)
                let change = try context.database.changeMeeting(meetingId: id, scope: scope, draft: draft, by: context.user, at: context.now)
                return TerminalSafe.text("\(change.label) (meeting \(change.meetingId))")
            }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel", abstract: "Cancel one occurrence (--occurrence DATE) or the whole meeting.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The meeting's id.") var id: Int64
        @Option(help: "The occurrence: its date in the meeting's zone.") var occurrence: String?
        @Option(help: "Read times in this IANA zone (default: TZ).") var zone: String?

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try CalendarContext(options: database, zone: zone)
                let change: MeetingChange
                if let occurrence {
                    let detail = try context.database.meetingDetail(meetingId: id, occurrence: nil)
                    let start = try MeetingFields.occurrence(occurrence, of: detail, context: context)
                    change = try context.database.cancelOccurrence(meetingId: id, occurrence: start, by: context.user, at: context.now)
                } else {
                    change = try context.database.cancelMeeting(meetingId: id, by: context.user, at: context.now)
                }
                return TerminalSafe.text(change.label)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List meetings (series and one-offs), by UID.")

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only this project's.") var project: String?
        @Option(help: "Only this customer's, its projects' included.") var customer: String?
        @Option(help: "table or json.") var format: Format = .table

        func run() throws {
            // Streamed: rows go out as SQLite reads them, in constant memory.
            let out = ListingOutput(descriptor: STDOUT_FILENO)
            defer { out.flush() }
            try write(to: out)
        }

        /// The whole listing as text (what `run` prints).
        func output() throws -> String {
            let out = ListingOutput()
            try write(to: out)
            return out.text
        }

        func write(to out: ListingOutput) throws {
            try reporting {
                let context = try CalendarContext(options: database, zone: nil, reading: true)
                let projectId = try project.map(context.database.projectId(code:))
                let customerId = try customer.map(context.customerId)
                switch format {
                case .json:
                    var json = JSONArrayWriter(out)
                    try context.database.forEachMeetingListing(projectId: projectId, customerId: customerId) {
                        let m = $0.meeting
                        json.object([
                            "allDay": .bool(m.allDay), "end": .string(UTCTimestamp.text(m.endsAt)), "id": .int(Int(m.id!)),
                            "location": .string(m.location), "rrule": m.rrule.map { .string($0) },
                            "salesWelcome": .bool(m.salesWelcome), "start": .string(UTCTimestamp.text(m.startsAt)),
                            "status": .string(m.status.rawValue), "title": .string(m.title), "tzid": .string(m.tzid),
                            "uid": .string(m.uid),
                        ])
                    }
                    json.end()
                    out.write("\n")
                case .table:
                    out.write("  ID WHEN                                           TITLE                                    PROJECT/CUSTOMER\n")
                    var count = 0
                    var zones: [String: TimeZone] = [:]
                    try context.database.forEachMeetingListing(projectId: projectId, customerId: customerId) { listing in
                        count += 1
                        let m = listing.meeting
                        let key = m.allDay ? "" : m.tzid
                        let zone = zones[key] ?? MeetingText.zone(m)
                        zones[key] = zone
                        var when = MeetingText.when(m, in: zone)
                        if listing.changedOccurrences > 0 { when += " (\(listing.changedOccurrences) changed)" }
                        let whose = [listing.projectCode, listing.customerName].compactMap { $0 }.joined(separator: " · ")
                        let id = String(m.id!)
                        let line = String(repeating: " ", count: max(0, 4 - id.count)) + id + " "
                            + TableText.fit(when, 46) + " " + TableText.fit(m.title, 40) + " "
                            + TerminalSafe.line(whose)
                        // Trailing blanks cut on the bytes (walking Characters back was a third of a row).
                        let end = line.utf8.lastIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
                        out.write((end.map { String(decoding: line.utf8[...$0], as: UTF8.self) } ?? "") + "\n")
                    }
                    out.write(Counted.text(count, "meeting") + "\n")
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a meeting: people, and an occurrence's notes and action items.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The meeting's id.") var id: Int64
        @Option(help: "The occurrence: its date in the meeting's zone.") var occurrence: String?

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try CalendarContext(options: database, zone: nil, reading: true)
                var detail = try context.database.meetingDetail(meetingId: id, occurrence: nil)
                if let occurrence {
                    let start = try MeetingFields.occurrence(occurrence, of: detail, context: context)
                    detail = try context.database.meetingDetail(meetingId: id, occurrence: start)
                }
                return TerminalSafe.text(MeetingText.detail(detail))
            }
        }
    }
}

/// Meetings as the CLI words them.
enum MeetingText {
    static func zone(_ m: Meeting) -> TimeZone {
        m.allDay ? TimeZone(identifier: "UTC")! : TimeZone(identifier: m.tzid) ?? TimeZone(identifier: "UTC")!
    }

    /// `Tue 2026-03-10 10:00-11:00 America/New_York`, or `Thu 2026-03-05 all day`.
    static func when(_ m: Meeting) -> String { when(m, in: zone(m)) }

    /// As `when(_:)`, in `z` (the meeting's `zone`, which a long listing looks up once per name).
    static func when(_ m: Meeting, in z: TimeZone) -> String {
        let day = LocalDate(m.startsAt, in: z)
        let weekday = LocalDate.weekdayShortNames[day.isoWeekday - 1]
        if m.allDay { return "\(weekday) \(day.iso) all day" }
        return "\(weekday) \(day.iso) \(AgendaText.clock(m.startsAt, z))-\(AgendaText.clock(m.endsAt, z)) \(m.tzid)"
    }

    static func summary(_ m: Meeting) -> String {
        var text = "\(m.title), \(when(m))"
        if let rule = m.rrule { text += ", \(rule)" }
        return text
    }

    static func detail(_ d: MeetingDetail) -> String {
        let m = d.meeting
        var lines = [m.title, "  when:      \(when(m))" + (m.status == .confirmed ? "" : " (\(m.status.rawValue))")]
        if let series = d.series { lines.append("  changes:   one occurrence of meeting \(series.id!) (\(series.title))") }
        if let rule = m.rrule { lines.append("  repeats:   \(rule)") }
        if !m.exdates.isEmpty {
            lines.append("  cancelled: " + m.exdates.map { LocalDate($0, in: zone(m)).iso }.joined(separator: ", "))
        }
        if let problem = d.problem { lines.append("  ! \(problem)") }
        let whose = [d.projectCode.map { "\($0) \(d.projectName ?? "")" }, d.customerName].compactMap { $0 }.joined(separator: " · ")
        if !whose.isEmpty { lines.append("  for:       \(whose)") }
        if !m.location.isEmpty { lines.append("  where:     \(m.location)") }
        if !m.organizer.isEmpty { lines.append("  organizer: \(m.organizer)") }
        if m.salesWelcome { lines.append("  ★ sales welcome") }
        if let sales = d.salesAttendance { lines.append("  sales:     \(sales)") }
        let attended = Set(d.note?.attended ?? [])
        if !d.attendees.isEmpty {
            lines.append("  people:")
            for a in d.attendees {
                let there = d.occurrence != nil && attended.contains(a.id!) ? "  (was there)" : ""
                lines.append("    \(a.name)" + (d.isSales(a) ? " (sales)" : "") + (a.email.isEmpty || a.email == a.name ? "" : " <\(a.email)>") + "  \(a.role), \(a.status.rawValue)\(there)")
            }
        }
        if let occurrence = d.occurrence {
            lines.append("  occurrence \(LocalDate(occurrence, in: zone(d.series ?? m)).iso):")
            if let note = d.note, !note.agenda.isEmpty { lines.append("    agenda:  \(note.agenda)") }
            if let note = d.note, !note.minutes.isEmpty { lines.append("    minutes: \(note.minutes)") }
            for item in d.actionItems { lines.append("    action:  \(item.item.text)" + item.punchText) }
        }
        if !d.openActionItems.isEmpty {
            lines.append("  open from earlier occurrences:")
            for item in d.openActionItems {
                lines.append("    \(LocalDate(item.item.occursAt, in: zone(d.series ?? m)).iso)  \(item.item.text)" + item.punchText)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct Row: Encodable {
        var id: Int64
        var uid: String
        var title: String
        var start: String
        var end: String
        var tzid: String
        var allDay: Bool
        var rrule: String?
        var status: String
        var location: String
        var salesWelcome: Bool
    }

    static func json(_ meetings: [Meeting]) throws -> String {
        let iso = ISO8601DateFormatter()
        let rows = meetings.map {
            Row(id: $0.id!, uid: $0.uid, title: $0.title, start: iso.string(from: $0.startsAt), end: iso.string(from: $0.endsAt),
                tzid: $0.tzid, allDay: $0.allDay, rrule: $0.rrule, status: $0.status.rawValue, location: $0.location,
                salesWelcome: $0.salesWelcome)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalSafe.json(String(decoding: try encoder.encode(rows), as: UTF8.self)) + "\n"
    }
}

extension OpenActionItem {
    /// ` → ACME-01#14 (open)` when it is a punch item.
    var punchText: String {
        guard let ref = punchRef else { return item.done ? "  (done)" : "" }
        return " → \(ref)" + (punchStatus.map { " (\($0.rawValue))" } ?? "")
    }
}
