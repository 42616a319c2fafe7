import Foundation
import RapportModel

/// Reads the VEVENTs of an iCalendar file (RFC 5545) as `CalendarEvent`s.
///
/// The whole file is read before anything is returned: a malformed file is refused with the
/// line and the reason, so an import never stores half of it. A rule Rapport cannot expand is
/// not malformed: it is kept as written, and the calendar shows the meeting with the reason.
public struct ICalendarReader {
    /// Floating times (no zone, no `Z`) are read in this zone.
    public var floatingZone: TimeZone
    /// The longest file read; larger ones are refused before parsing.
    public static let maximumBytes = 256 << 20

    public init(floatingZone: TimeZone) {
        self.floatingZone = floatingZone
    }

    public func events(from data: Data) throws(ICalendarError) -> [CalendarEvent] {
        guard data.count <= Self.maximumBytes else {
            throw ICalendarError(line: 1, reason: "the file is larger than \(Self.maximumBytes >> 20) MiB")
        }
        var events: [CalendarEvent] = []
        for calendar in try ICalendarComponent.parse(data) {
            var clock = ICalendarClock(zones: ZoneResolver(timezones: calendar.components("VTIMEZONE")), floating: floatingZone)
            for block in calendar.components("VEVENT") {
                events.append(try event(block, clock: &clock))
            }
        }
        var seen: [String: Int] = [:]
        for event in events {
            let key = event.meeting.uid + "\u{0}" + (event.meeting.recurrenceId.map { "\($0.timeIntervalSince1970)" } ?? "")
            if let first = seen[key] {
                throw ICalendarError(line: event.line, reason: "UID \(event.meeting.uid) is defined twice (first on line \(first))")
            }
            seen[key] = event.line
        }
        return events
    }

    // MARK: - One VEVENT

    private func event(_ block: ICalendarComponent, clock: inout ICalendarClock) throws(ICalendarError) -> CalendarEvent {
        func text(_ name: String) -> String? { block.property(name).map { ICalendarText.unescaped(Substring($0.value)) } }
        guard let uid = text("UID")?.trimmingCharacters(in: .whitespaces), !uid.isEmpty else {
            throw ICalendarError(line: block.line, reason: "VEVENT has no UID")
        }
        guard let startProperty = block.property("DTSTART") else {
            throw ICalendarError(line: block.line, reason: "VEVENT \(uid) has no DTSTART")
        }
        let start = try clock.time(Substring(startProperty.value), of: startProperty)
        let allDay = start.kind == .date
        var end: Date
        if let endProperty = block.property("DTEND") {
            if block.property("DURATION") != nil {
                throw ICalendarError(line: endProperty.line, reason: "VEVENT \(uid) has both DTEND and DURATION")
            }
            let value = try clock.time(Substring(endProperty.value), of: endProperty)
            guard (value.kind == .date) == allDay else {
                throw ICalendarError(line: endProperty.line, reason: "DTEND must be a \(allDay ? "DATE" : "DATE-TIME") as DTSTART is")
            }
            end = value.instant
        } else if let durationProperty = block.property("DURATION") {
            guard let seconds = ICalendarClock.duration(durationProperty.value), seconds >= 0 else {
                throw ICalendarError(line: durationProperty.line, reason: "DURATION: '\(durationProperty.value)' is not a positive duration")
            }
            end = start.instant + seconds
        } else {
            end = allDay ? start.instant + 86_400 : start.instant
        }
        guard end >= start.instant else {
            throw ICalendarError(line: (block.property("DTEND") ?? startProperty).line, reason: "VEVENT \(uid) ends before it starts")
        }
        let tzid: String
        switch start.kind {
        case .date, .utc: tzid = "UTC"
        case .zoned(let name): tzid = name
        case .floating: tzid = floatingZone.identifier
        }

        var exdates: [Date] = [], rdates: [Date] = []
        for property in block.properties("EXDATE") { exdates += try clock.times(of: property).map(\.instant) }
        for property in block.properties("RDATE") { rdates += try clock.times(of: property).map(\.instant) }
        var recurrenceId: Date?
        if let property = block.property("RECURRENCE-ID") {
            recurrenceId = try clock.time(Substring(property.value), of: property).instant
        }
        let rrule = block.property("RRULE")?.value.trimmingCharacters(in: .whitespaces)
        if recurrenceId != nil, rrule != nil {
            throw ICalendarError(line: block.property("RRULE")!.line, reason: "an override (RECURRENCE-ID) cannot have its own RRULE")
        }

        var sequence = 0
        if let property = block.property("SEQUENCE") {
            guard let n = Int(property.value.trimmingCharacters(in: .whitespaces)), n >= 0 else {
                throw ICalendarError(line: property.line, reason: "SEQUENCE: '\(property.value)' is not a number")
            }
            sequence = n
        }
        func stamp(_ name: String) throws(ICalendarError) -> Date? {
            guard let property = block.property(name) else { return nil }
            return try clock.time(Substring(property.value), of: property).instant
        }
        let status: Meeting.Status
        switch block.property("STATUS")?.value.uppercased() {
        case "CANCELLED": status = .cancelled
        case "TENTATIVE": status = .tentative
        default: status = .confirmed
        }

        var organizer = "", organizerEmail = ""
        if let property = block.property("ORGANIZER") {
            organizerEmail = Self.email(property.value)
            organizer = property.parameter("CN") ?? organizerEmail
        }
        if let name = text("X-RAPPORT-ORGANIZER") { organizer = name }
        let attendees = block.properties("ATTENDEE").map { property in
            let email = Self.email(property.value)
            return Invitee(name: property.parameter("CN") ?? email, email: email,
                           role: Self.role(property.parameter("ROLE")), status: Self.status(property.parameter("PARTSTAT")))
        }
        let title = text("SUMMARY") ?? ""
        let meeting = Meeting(
            uid: uid, title: title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "(no title)" : title, startsAt: start.instant, endsAt: end, tzid: tzid,
            rrule: rrule, exdates: exdates.sorted(), location: text("LOCATION") ?? "", organizer: organizer,
            salesWelcome: text("X-RAPPORT-SALES-WELCOME")?.uppercased() == "TRUE",
            agenda: text("X-RAPPORT-AGENDA") ?? "", minutes: text("X-RAPPORT-MINUTES") ?? "",
            recurrenceId: recurrenceId, rdates: rdates.sorted(), sequence: sequence, dtstamp: try stamp("DTSTAMP"),
            lastModified: try stamp("LAST-MODIFIED"), allDay: allDay, status: status, details: text("DESCRIPTION") ?? "")
        var event = CalendarEvent(meeting: meeting, attendees: attendees, projectCode: text("X-RAPPORT-PROJECT"),
                                  customerName: text("X-RAPPORT-CUSTOMER"), organizerEmail: organizerEmail, line: block.line,
                                  carriesRapportFields: block.properties.contains { $0.name.hasPrefix("X-RAPPORT-") })
        event.occurrences = try occurrenceRecords(block, clock: &clock)
        return event
    }

    /// Each occurrence's notes and action items (X-RAPPORT-NOTE, X-RAPPORT-ACTION), by occurrence.
    private func occurrenceRecords(_ block: ICalendarComponent, clock: inout ICalendarClock) throws(ICalendarError) -> [OccurrenceRecords] {
        var byStart: [Date: OccurrenceRecords] = [:]
        func start(_ property: ContentLine, _ clock: inout ICalendarClock) throws(ICalendarError) -> Date {
            guard let value = property.parameter("X-OCCURRENCE") else {
                throw ICalendarError(line: property.line, reason: "\(property.name) needs X-OCCURRENCE (the occurrence's start)")
            }
            return try clock.time(Substring(value), of: property).instant
        }
        for property in block.properties("X-RAPPORT-NOTE") {
            let at = try start(property, &clock), value = ICalendarText.unescaped(Substring(property.value))
            var record = byStart[at] ?? OccurrenceRecords(occursAt: at)
            switch property.parameter("X-PART")?.uppercased() {
            case "AGENDA": record.agenda = value
            case "MINUTES": record.minutes = value
            default: throw ICalendarError(line: property.line, reason: "X-RAPPORT-NOTE: X-PART must be AGENDA or MINUTES")
            }
            byStart[at] = record
        }
        for property in block.properties("X-RAPPORT-ACTION") {
            let at = try start(property, &clock)
            var due: LocalDate?
            if let text = property.parameter("X-DUE") {
                guard let day = LocalDate(iso: text) else {
                    throw ICalendarError(line: property.line, reason: "X-RAPPORT-ACTION: X-DUE '\(text)' is not a date (YYYY-MM-DD)")
                }
                due = day
            }
            byStart[at, default: OccurrenceRecords(occursAt: at)].actions.append(.init(
                text: ICalendarText.unescaped(Substring(property.value)), owner: property.parameter("X-OWNER") ?? "", dueOn: due,
                done: property.parameter("X-DONE")?.uppercased() == "TRUE"))
        }
        return byStart.values.sorted { $0.occursAt < $1.occursAt }
    }

    /// `mailto:dana@example.com` → `dana@example.com`; other addresses as written.
    static func email(_ address: String) -> String {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased().hasPrefix("mailto:") { return String(trimmed.dropFirst(7)) }
        return trimmed
    }

    static func role(_ value: String?) -> String {
        switch value?.uppercased() {
        case "CHAIR": return "chair"
        case "OPT-PARTICIPANT": return "optional"
        case "NON-PARTICIPANT": return "non-participant"
        default: return "required"
        }
    }

    static func status(_ value: String?) -> Attendee.Status {
        switch value?.uppercased() {
        case "ACCEPTED": return .accepted
        case "DECLINED": return .declined
        case "TENTATIVE": return .tentative
        default: return .needsAction
        }
    }
}
