import Foundation
import RapportModel

// Recurring meetings: a weekly series per active project, then stand-ups, reviews and
// customer business reviews, each held in the customer's own time zone.
extension DemoDataGenerator {
    static let meetingTimes: [(hour: Int, minute: Int)] = [
        (8, 30), (9, 0), (10, 0), (11, 0), (13, 0), (14, 0), (15, 30),
    ]

    func makeMeetings(_ bulk: BulkInserter, _ clock: Clock, projects: [SeedProject],
                      customers: [SeedCustomer]) throws {
        var rng = generator(.meetings)
        var notesRng = generator(.meetingNotes)
        var zones = ZoneCalendars()
        let target = size.counts.meetings
        var made = 0
        let active = projects.filter(\.stage.isActive)
        for project in active where made < target {
            let customer = customers[project.customerIndex]
            var meeting = weeklySeries(for: project, customer: customer, number: made, clock, &zones, &rng)
            stamp(&meeting, clock)
            meeting.id = try bulk.insert(meeting)
            let there = try invite(bulk, to: meeting, customer: customer, clock, &rng)
            try writeNotes(bulk, for: meeting, attended: there, clock, &notesRng)
            made += 1
        }
        while made < target, !active.isEmpty {
            let project = rng.pick(active)
            let customer = customers[project.customerIndex]
            let businessReview = rng.chance(0.25)
            let series = rng.pick(DemoVocabulary.extraSeries)
            var day = clock.day(rng.int(-90...30))
            if (businessReview || series.rrule.contains("MONTHLY")) && day.day > 28 {
                day = day.adding(days: 28 - day.day)  // a day of the month that every month has
            }
            if day.isoWeekday > 5 { day = day.adding(days: 5 - day.isoWeekday) }  // back to Friday
            let time = rng.pick(Self.meetingTimes)
            let start = zones.instant(day, hour: time.hour, minute: time.minute, tzid: customer.tzid)
            let length = businessReview ? 60 : series.minutes
            var meeting = Meeting(
                projectId: businessReview ? nil : project.id, customerId: businessReview ? customer.id : nil,
                uid: uid(made),
                title: businessReview
                    ? "\(customer.name) quarterly business review" : "\(project.name) \(series.title)",
                startsAt: start, endsAt: start + TimeInterval(length * 60), tzid: customer.tzid,
                rrule: businessReview ? "FREQ=MONTHLY;INTERVAL=3" : series.rrule,
                location: rng.pick(businessReview ? DemoVocabulary.reviewPlaces : DemoVocabulary.meetingPlaces),
                organizer: businessReview ? customer.salesRep : project.pm,
                salesWelcome: businessReview || rng.chance(0.3), agenda: rng.pick(DemoVocabulary.meetingAgendas))
            stamp(&meeting, clock)
            meeting.id = try bulk.insert(meeting)
            try invite(bulk, to: meeting, customer: customer, clock, &rng)
            made += 1
        }
    }

    /// Written by Rapport when the series began (a week before its first meeting, or now if later).
    private func stamp(_ meeting: inout Meeting, _ clock: Clock) {
        let made = min(meeting.startsAt - 7 * 86_400, clock.ago(seconds: 0))
        meeting.dtstamp = made
        meeting.lastModified = made
    }

    private func uid(_ number: Int) -> String { "seed\(seed)-m\(number)@\(DemoVocabulary.ourDomain)" }

    /// The project's weekly (sometimes fortnightly) meeting: begun in the past, recurring into the
    /// future unless it runs out by COUNT or UNTIL; a few skip a week (EXDATE).
    private func weeklySeries(for project: SeedProject, customer: SeedCustomer, number: Int, _ clock: Clock,
                              _ zones: inout ZoneCalendars, _ rng: inout SeededGenerator) -> Meeting {
        // The first meeting falls soon after signing (at most half a year back), and at least a week ago.
        let weekday = rng.int(1...5)
        let latest = clock.day(-7)
        var first = min(max(project.signedOn.adding(days: 3), clock.day(-180)), latest)
        first = first.adding(days: rng.int(0...min(21, first.days(until: latest))))
        first = first.adding(days: -((first.isoWeekday - weekday + 7) % 7))
        let time = rng.pick(Self.meetingTimes)
        let start = zones.instant(first, hour: time.hour, minute: time.minute, tzid: customer.tzid)
        let byDay = RecurrenceRule(frequency: .weekly, byDay: [weekday]).text
        var rrule: String
        var title = "\(project.name) weekly coordination"
        // The kind of series goes by position, so every data set has each kind: of ten series,
        // six weekly, two fortnightly, one ending by COUNT and one by UNTIL.
        switch number % 10 {
        case 0...5: rrule = byDay
        case 6, 7:
            rrule = RecurrenceRule(frequency: .weekly, interval: 2, byDay: [weekday]).text
            title = "\(project.name) biweekly check-in"
        case 8: rrule = RecurrenceRule(frequency: .weekly, byDay: [weekday], count: rng.int(8...30)).text
        default:
            // Ends on a day: for some, a day already past (the series is over).
            let end = max(first.adding(days: 14), clock.day(rng.int(-20...120)))
            let until = Date(timeIntervalSince1970: TimeInterval(end.dayNumber * 86_400 + 86_399))
            rrule = RecurrenceRule(frequency: .weekly, byDay: [weekday], until: until).text
        }
        let length = rng.pick([30, 45, 60])
        let place = rng.chance(0.5) || project.locations.isEmpty
            ? rng.pick(DemoVocabulary.meetingPlaces)
            : Location(projectId: project.id, path: rng.pick(project.locations).path).room
        var meeting = Meeting(
            projectId: project.id, uid: uid(number), title: title, startsAt: start,
            endsAt: start + TimeInterval(length * 60), tzid: customer.tzid, rrule: rrule, location: place,
            organizer: project.pm, salesWelcome: rng.chance(0.3), agenda: rng.pick(DemoVocabulary.meetingAgendas),
            minutes: rng.pick(DemoVocabulary.meetingMinutes))
        // One series in seven skips a week or two around now (holidays, a site shutdown).
        if number % 7 == 2, let recurrence = meeting.recurrence {
            let window = clock.ago(days: 60)..<clock.ago(days: -30)
            let skipped = rng.sample(recurrence.occurrences(overlapping: window), count: rng.int(1...2))
            if !skipped.isEmpty {
                meeting = Meeting(
                    projectId: meeting.projectId, uid: meeting.uid, title: meeting.title, startsAt: meeting.startsAt,
                    endsAt: meeting.endsAt, tzid: meeting.tzid, rrule: meeting.rrule, exdates: skipped.sorted(),
                    location: meeting.location, organizer: meeting.organizer, salesWelcome: meeting.salesWelcome,
                    agenda: meeting.agenda, minutes: meeting.minutes)
            }
        }
        return meeting
    }

    /// The last two past occurrences' agenda, minutes and attendance, and now and then an
    /// action item still open (what the next occurrence lists).
    private func writeNotes(_ bulk: BulkInserter, for meeting: Meeting, attended: [Int64], _ clock: Clock,
                            _ rng: inout SeededGenerator) throws {
        guard let recurrence = meeting.recurrence else { return }
        let past = recurrence.occurrences(overlapping: clock.ago(days: 15)..<clock.ago(seconds: 0))
            .filter { $0 + recurrence.duration <= clock.ago(seconds: 0) }
        for start in past.suffix(2) {
            let minutes = rng.pick(DemoVocabulary.meetingMinutes)
            try bulk.insert(MeetingNote(meetingId: meeting.id!, occursAt: start, agenda: rng.pick(DemoVocabulary.meetingAgendas),
                                        minutes: minutes, attended: attended, updatedAt: start + recurrence.duration))
            if rng.chance(0.4) {
                try bulk.insert(ActionItem(meetingId: meeting.id!, occursAt: start, text: rng.pick(DemoVocabulary.actionItems),
                                           owner: meeting.organizer, dueOn: LocalDate(start + 7 * 86_400, in: .gmt),
                                           createdAt: start + recurrence.duration))
            }
        }
    }

    /// The organizer, one to three of the customer's people, and sometimes the sales rep;
    /// returns the ids of those who were there.
    @discardableResult
    private func invite(_ bulk: BulkInserter, to meeting: Meeting, customer: SeedCustomer, _ clock: Clock,
                        _ rng: inout SeededGenerator) throws -> [Int64] {
        let past = meeting.startsAt < clock.ago(seconds: 0)
        var there: [Int64] = []
        func status() -> Attendee.Status { Attendee.Status.allCases[rng.weightedIndex([15, 60, 10, 15])] }
        let chair = try bulk.insert(Attendee(meetingId: meeting.id!, name: meeting.organizer,
                                             email: Self.ourEmail(meeting.organizer), role: "chair", status: .accepted,
                                             attended: past))
        if past { there.append(chair) }
        for contact in rng.sample(customer.activeContacts, count: rng.int(1...3)) {
            let answer = status()
            let attended = past && answer == .accepted && rng.chance(0.85)
            let id = try bulk.insert(Attendee(meetingId: meeting.id!, contactId: contact.id, name: contact.name,
                                              email: contact.email, status: answer, attended: attended))
            if attended { there.append(id) }
        }
        if meeting.salesWelcome, meeting.organizer != customer.salesRep, rng.chance(0.5) {
            try bulk.insert(Attendee(meetingId: meeting.id!, name: customer.salesRep,
                                     email: Self.ourEmail(customer.salesRep), role: "optional", status: .tentative))
        }
        return there
    }

    /// "Dana Whitfield" → "dana.whitfield@brightline-av.example".
    static func ourEmail(_ name: String) -> String {
        name.lowercased().split(separator: " ").joined(separator: ".") + "@" + DemoVocabulary.ourDomain
    }
}

extension DemoDataGenerator {
    /// Gregorian calendars for the few zones meetings are held in, made once each.
    struct ZoneCalendars {
        private var calendars: [(tzid: String, calendar: Calendar)] = []

        /// The instant of a wall-clock time on a local day in the zone `tzid`.
        mutating func instant(_ day: LocalDate, hour: Int, minute: Int, tzid: String) -> Date {
            let calendar: Calendar
            if let known = calendars.first(where: { $0.tzid == tzid }) {
                calendar = known.calendar
            } else {
                var made = Calendar(identifier: .gregorian)
                made.timeZone = TimeZone(identifier: tzid)!
                calendars.append((tzid, made))
                calendar = made
            }
            return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day,
                                                      hour: hour, minute: minute))!
        }
    }
}
