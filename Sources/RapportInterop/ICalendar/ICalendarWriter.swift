import Foundation
import RapportModel

/// Writes `CalendarEvent`s as one iCalendar file (RFC 5545): CRLF line ends, lines folded at
/// 75 octets, TEXT escaped, a VTIMEZONE for every zone used, times in their own zone.
///
/// What it writes reads back through `ICalendarReader` as the same meetings.
public struct ICalendarWriter {
    public static let productId = "-//Rapport//Rapport Calendar//EN"

    /// Stamps events that carry no DTSTAMP.
    public var now: Date

    public init(now: Date) {
        self.now = now
    }

    public func text(_ events: [CalendarEvent]) -> String {
        var out = ""
        func emit(_ line: ContentLine) { out += ICalendarLines.fold(line.text) }
        func emit(_ name: String, _ value: String, _ parameters: [(name: String, values: [String])] = []) {
            emit(ContentLine(name: name, parameters: parameters, value: value))
        }
        emit("BEGIN", "VCALENDAR")
        emit("VERSION", "2.0")
        emit("PRODID", Self.productId)
        emit("CALSCALE", "GREGORIAN")
        var firstYear: [String: Int] = [:]
        for event in events where Self.zone(of: event.meeting) != nil {
            let year = Self.year(of: event.meeting.startsAt)
            firstYear[event.meeting.tzid] = min(firstYear[event.meeting.tzid] ?? year, year)
        }
        for tzid in firstYear.keys.sorted() {
            for line in VTimezone(zone: TimeZone(identifier: tzid)!, fromYear: firstYear[tzid]!).lines { emit(line) }
        }
        for event in events { for line in lines(event) { emit(line) } }
        emit("END", "VCALENDAR")
        return out
    }

    public func data(_ events: [CalendarEvent]) -> Data { Data(text(events).utf8) }

    // MARK: - One VEVENT

    func lines(_ event: CalendarEvent) -> [ContentLine] {
        let m = event.meeting
        var out: [ContentLine] = []
        func add(_ name: String, _ value: String, _ parameters: [(name: String, values: [String])] = []) {
            out.append(ContentLine(name: name, parameters: parameters, value: value))
        }
        func text(_ name: String, _ value: String) { if !value.isEmpty { add(name, ICalendarText.escaped(value)) } }
        func time(_ name: String, _ dates: [Date]) {
            guard !dates.isEmpty else { return }
            let formatted = dates.map { format($0, m) }
            add(name, formatted.map(\.value).joined(separator: ","), formatted[0].parameters)
        }
        add("BEGIN", "VEVENT")
        add("UID", ICalendarText.escaped(m.uid))
        add("DTSTAMP", Self.utcText(m.dtstamp ?? now))
        if let modified = m.lastModified { add("LAST-MODIFIED", Self.utcText(modified)) }
        add("SEQUENCE", String(m.sequence))
        if let recurrenceId = m.recurrenceId { time("RECURRENCE-ID", [recurrenceId]) }
        time("DTSTART", [m.startsAt])
        time("DTEND", [m.endsAt])
        if let rrule = m.rrule { add("RRULE", rrule) }
        time("EXDATE", m.exdates)
        time("RDATE", m.rdates)
        text("SUMMARY", m.title)
        text("LOCATION", m.location)
        text("DESCRIPTION", m.details)
        if m.status != .confirmed { add("STATUS", m.status.rawValue.uppercased()) }
        if !event.organizerEmail.isEmpty {
            add("ORGANIZER", "mailto:" + event.organizerEmail, m.organizer.isEmpty ? [] : [("CN", [m.organizer])])
        }
        // An organizer known by name alone: ORGANIZER needs an address, so the name rides apart.
        if !m.organizer.isEmpty, event.organizerEmail.isEmpty || m.organizer != m.organizer.trimmingCharacters(in: .whitespaces) {
            text("X-RAPPORT-ORGANIZER", m.organizer)
        }
        for person in event.attendees {
            var parameters: [(name: String, values: [String])] = []
            if !person.name.isEmpty { parameters.append(("CN", [person.name])) }
            parameters.append(("ROLE", [Self.role(person.role)]))
            parameters.append(("PARTSTAT", [person.status.rawValue.uppercased()]))
            add("ATTENDEE", "mailto:" + person.email, parameters)
        }
        if let code = event.projectCode { text("X-RAPPORT-PROJECT", code) }
        if let name = event.customerName { text("X-RAPPORT-CUSTOMER", name) }
        if m.salesWelcome { add("X-RAPPORT-SALES-WELCOME", "TRUE") }
        text("X-RAPPORT-AGENDA", m.agenda)
        text("X-RAPPORT-MINUTES", m.minutes)
        for record in event.occurrences {
            let at = ("X-OCCURRENCE", [Self.utcText(record.occursAt)])
            if !record.agenda.isEmpty { add("X-RAPPORT-NOTE", ICalendarText.escaped(record.agenda), [at, ("X-PART", ["AGENDA"])]) }
            if !record.minutes.isEmpty { add("X-RAPPORT-NOTE", ICalendarText.escaped(record.minutes), [at, ("X-PART", ["MINUTES"])]) }
            for action in record.actions {
                var parameters: [(name: String, values: [String])] = [at]
                if !action.owner.isEmpty { parameters.append(("X-OWNER", [action.owner])) }
                if let due = action.dueOn { parameters.append(("X-DUE", [due.iso])) }
                if action.done { parameters.append(("X-DONE", ["TRUE"])) }
                add("X-RAPPORT-ACTION", ICalendarText.escaped(action.text), parameters)
            }
        }
        add("END", "VEVENT")
        return out
    }

    /// A time of the meeting as it should be written: a DATE, local time with its TZID, or UTC.
    private func format(_ date: Date, _ m: Meeting) -> (value: String, parameters: [(name: String, values: [String])]) {
        if m.allDay {
            let day = LocalDate(date, in: TimeZone(identifier: "UTC")!)
            return (String(format: "%04d%02d%02d", day.year, day.month, day.day), [("VALUE", ["DATE"])])
        }
        guard let zone = Self.zone(of: m) else { return (Self.utcText(date), []) }
        return (Self.localText(date, in: zone), [("TZID", [m.tzid])])
    }

    /// The meeting's zone when times are written in it: an IANA zone other than UTC.
    static func zone(of m: Meeting) -> TimeZone? {
        guard !m.allDay, m.tzid != "UTC", m.tzid != "Etc/UTC", m.tzid.contains("/"),
              let zone = TimeZone(identifier: m.tzid) else { return nil }
        return zone
    }

    static func utcText(_ date: Date) -> String { localText(date, in: TimeZone(identifier: "UTC")!) + "Z" }

    static func localText(_ date: Date, in zone: TimeZone) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: date)
        let dayNumber = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let day = LocalDate(dayNumber: dayNumber)
        let t = seconds - dayNumber * 86_400
        return String(format: "%04d%02d%02dT%02d%02d%02d", day.year, day.month, day.day, t / 3600, t / 60 % 60, t % 60)
    }

    static func year(of date: Date) -> Int { LocalDate(date, in: TimeZone(identifier: "UTC")!).year }

    static func role(_ role: String) -> String {
        switch role {
        case "chair": return "CHAIR"
        case "optional": return "OPT-PARTICIPANT"
        case "non-participant": return "NON-PARTICIPANT"
        default: return "REQ-PARTICIPANT"
        }
    }
}
