import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport meeting …`: meetings as records, for scripts and people who live in a shell.
    struct MeetingCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "meeting", abstract: "Add, change, cancel, list and show meetings.",
            subcommands: [Add.self, Set.self, Cancel.self, List.self, Show.self])
    }
}

/// The fields `meeting add` and `meeting set` share.
struct MeetingFields: ParsableArguments {
    @Option(help: "The title.") var title: String?
    @Option(help: "When it starts, in the meeting's zone: 2026-03-10T10:00 (or 10:00 with --occurrence), a date with --all-day.")
    var start: String?
    @Option(help: "When it ends (same forms), or use --minutes.") var end: String?
    @Option(help: "How long, in minutes.") var minutes: Int?
    @Option(name: .customLong("tz"), help: "The meeting's IANA zone (default: --zone, else TZ).") var tzid: String?
    @Option(help: "An RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TU (\"none\" for a one-off).") var rrule: String?
    @Flag(help: "Held on dates, not times.") var allDay = false
    @Option(help: "Where.") var location: String?
    @Option(help: "Who runs it.") var organizer: String?
    @Option(help: "Whether sales may drop in: yes or no.") var salesWelcome: YesNo?
    @Option(help: ArgumentHelp("Invite someone: a contact's name or e-mail, or \"Name <e-mail>\", optionally :ROLE[:RESPONSE] (roles chair, required, optional, non-participant; responses needs-action, accepted, declined, tentative); repeatable, replaces the list.", valueName: "who[:role[:response]]"))
    var attendee: [String] = []
    @Option(help: "Notes (the iCalendar DESCRIPTION).") var details: String?
}

/// `yes` or `no` for an option that sets a flag either way.
enum YesNo: String, ExpressibleByArgument, CaseIterable {
    case yes, no

    var value: Bool { self == .yes }
}

extension MeetingFields {
    /// A wall-clock time in `zone`: `YYYY-MM-DDTHH:MM`, or `HH:MM` on `day`.
    static func time(_ text: String, zone: TimeZone, day: LocalDate?) throws -> Date {
        if let day, text.count <= 5, text.contains(":") { return try Now.parse(day.iso + "T" + text, timeZone: zone) }
        do { return try Now.parse(text, timeZone: zone) } catch {
            throw CLIError("'\(text)' is not a time: write 2026-03-10T10:00\(day == nil ? "" : " or 10:00")")
        }
    }

    /// The draft after these options are applied to `base` (a new meeting's empty one, or the meeting as it is).
    func apply(to base: MeetingDraft, context: CalendarContext, day: LocalDate?) throws -> MeetingDraft {
        var d = base
        if let title { d.title = title }
        if let tzid {
            guard TimeZone(identifier: tzid) != nil else { throw CLIError("--tz: '\(tzid)' is not a time zone; write e.g. America/New_York") }
            d.tzid = tzid
        }
        if allDay { d.allDay = true }
        let zone = d.allDay ? TimeZone(identifier: "UTC")! : TimeZone(identifier: d.tzid) ?? context.zone
        let length = d.endsAt.timeIntervalSince(d.startsAt)
        if let start {
            d.startsAt = try Self.time(start, zone: zone, day: day)
            d.endsAt = d.startsAt + length
        }
        if let end { d.endsAt = try Self.time(end, zone: zone, day: LocalDate(d.startsAt, in: zone)) }
        if let minutes { d.endsAt = d.startsAt + TimeInterval(minutes * 60) }
        if d.allDay, d.endsAt <= d.startsAt { d.endsAt = d.startsAt + 86_400 }
        if let rrule { d.rrule = rrule.lowercased() == "none" ? nil : rrule }
        if let location { d.location = location }
        if let organizer { d.organizer = organizer }
        if let salesWelcome { d.salesWelcome = salesWelcome.value }
        if let details { d.details = details }
        if !attendee.isEmpty {
            let customer = try d.customerId ?? d.projectId.map(context.database.customerId(projectId:))
            d.attendees = try attendee.map { try Self.invitee($0, customerId: customer, database: context.database) }
        }
        return d
    }

    /// `Sam Lee`, `sam@acme.example`, `Kim Park <kim@x.example>`, each optionally `:role[:response]`.
    static func invitee(_ spec: String, customerId: Int64?, database: AppDatabase) throws -> AttendeeDraft {
        var parts = spec.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var who = parts.removeFirst()
        // "mailto:x" is not a role: keep it whole.
        if who.lowercased() == "mailto", !parts.isEmpty { who = parts.removeFirst() }
        var role = "required", status = Attendee.Status.needsAction
        if let r = parts.first, !r.isEmpty {
            guard Attendee.roles.contains(r) else { throw CLIError("--attendee \(spec): unknown role '\(r)' (\(Attendee.roles.joined(separator: ", ")))") }
            role = r
        }
        if parts.count > 1 {
            guard let s = Attendee.Status(rawValue: parts[1]) else {
                throw CLIError("--attendee \(spec): unknown response '\(parts[1])' (\(Attendee.Status.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            status = s
        }
        if let open = who.firstIndex(of: "<"), who.hasSuffix(">") {
            let name = who[..<open].trimmingCharacters(in: .whitespaces)
            let email = String(who[who.index(after: open)..<who.index(before: who.endIndex)])
            return AttendeeDraft(invitee: Invitee(name: name.isEmpty ? email : name, email: email, role: role, status: status))
        }
        if let customerId, let contact = try? database.contact(customerId: customerId, named: who) {
            let email = contact.emails.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            return AttendeeDraft(contactId: contact.id, invitee: Invitee(name: contact.name, email: email, role: role, status: status))
        }
        if who.contains("@") { return AttendeeDraft(invitee: Invitee(name: who, email: who, role: role, status: status)) }
        guard let customerId else {
            throw CLIError("--attendee \(spec): give an e-mail (the meeting has no customer whose contacts to look in)")
        }
        _ = try database.contact(customerId: customerId, named: who)  // throws the clear message
        fatalError("unreachable: the contact was not found above")
    }

    /// The original start of the meeting's occurrence on `text`'s local date (or at its time).
    static func occurrence(_ text: String, of detail: MeetingDetail, context: CalendarContext) throws -> Date {
        let series = detail.series ?? detail.meeting
        let zone = series.allDay ? TimeZone(identifier: "UTC")! : TimeZone(identifier: series.tzid) ?? TimeZone(identifier: "UTC")!
        let day: LocalDate
        if text.contains("T") {
            let at = try time(text, zone: zone, day: nil)
            return at
        }
        do { day = try DateExpression.parse(text, today: context.today) } catch { throw CLIError("--occurrence: \(error)") }
        let window = day.startOfDay(in: zone)..<day.adding(days: 1).startOfDay(in: zone)
        let starts = series.schedule.occurrences(overlapping: window).filter { window.contains($0) }
        if let first = starts.first { return first }
        throw AppError.notAnOccurrence(meeting: series.title, occurrence: window.lowerBound)
    }
}
