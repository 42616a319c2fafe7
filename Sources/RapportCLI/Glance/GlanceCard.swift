import Foundation
import RapportModel
import RapportStore

/// What `rapport glance` shows about one customer, read at one instant.
struct GlanceCard {
    typealias Week = Sparkline.Week

    /// A temperature component (or a cap) and how far it moves the score from neutral 50.
    struct Reason {
        var signal: String
        /// Points added to (or taken from) 50 by this signal; nil for a cap.
        var points: Double?
        var text: String
    }

    struct Person {
        var role: Contact.Role
        var name: String
        var title: String
        var leftOn: LocalDate?
        var successorName: String?
    }

    struct Blocking {
        var projectCode: String
        var projectName: String
        var blockers: Int
        var heldBackCents: Int64
    }

    var customerId: Int64
    var name: String
    var now: Date
    var zone: TimeZone
    var score: Int
    var band: Temperature.Band
    var trend: Trend
    var weeks: [Week]
    var reasons: [Reason]
    var people: [Person]
    var nextMeeting: AgendaEntry?
    var blocking: [Blocking]
    var intel: [Intel]

    var today: LocalDate { LocalDate(now, in: zone) }
    var blockersTotal: Int { blocking.reduce(0) { $0 + $1.blockers } }
    var heldBackTotalCents: Int64 { blocking.reduce(0) { $0 + $1.heldBackCents } }

    static let weekCount = Sparkline.weekCount
    static let reasonCount = 3
    static let intelCount = 3
    /// How far ahead the next meeting is looked for.
    static let meetingHorizonDays = 90
}

extension GlanceCard {
    /// Reads the card of the customer with id `customerId` at `now`.
    static func load(_ database: AppDatabase, customerId: Int64, now: Date, zone: TimeZone) throws -> GlanceCard {
        let today = LocalDate(now, in: zone)
        let detail = try database.customerDetail(customerId: customerId, today: today)
        // Stored as today's snapshot when the file may be written, so the sparkline's last week has it.
        guard let row = try database.temperature(customerId: customerId, now: now, timeZone: zone)
        else { throw AppError.missingCustomer(id: customerId) }
        let t = row.temperature
        let history = try database.temperatureHistory(customerId: customerId,
                                                      from: today.adding(days: -(weekCount * 7 - 1)), to: today)
        return GlanceCard(
            customerId: customerId, name: detail.customer.name, now: now, zone: zone,
            score: t.score, band: t.band, trend: row.trend,
            weeks: Sparkline.weeks(history, today: today, todayScore: t.score),
            reasons: reasons(t), people: people(detail.contacts),
            nextMeeting: try nextMeeting(database, customer: detail, now: now, zone: zone),
            blocking: try blocking(database, projects: detail.projects, today: today),
            intel: try database.latestIntel(customerId: customerId, limit: intelCount))
    }

    /// The components that move the score most from 50, strongest first, then every cap.
    static func reasons(_ t: Temperature) -> [Reason] {
        let total = t.components.reduce(0) { $0 + $1.weight }
        let moved: [Reason] = total > 0 ? t.components.map {
            Reason(signal: $0.signal.rawValue, points: ($0.value - 50) * $0.weight / total, text: $0.reason)
        } : []
        let strongest = moved.enumerated().sorted {
            (abs($0.element.points!), -$0.offset) > (abs($1.element.points!), -$1.offset)
        }.prefix(reasonCount).map(\.element)
        return strongest + t.caps.map { Reason(signal: "cap", points: nil, text: "\($0.rawValue): score held below 50") }
    }

    /// Champion, signer and final approver, in that order; who left stays, with who replaced them.
    static func people(_ contacts: [ContactRow]) -> [Person] {
        KeyPeople.select(contacts).map {
            Person(role: $0.contact.role, name: $0.contact.name, title: $0.contact.title, leftOn: $0.contact.leftOn,
                   successorName: $0.successorName)
        }
    }

    /// The customer's first meeting not yet over, its own or one of its projects': a read of
    /// that customer's occurrences only, not a walk through everyone's agenda.
    static func nextMeeting(_ database: AppDatabase, customer: CustomerDetail, now: Date, zone: TimeZone) throws -> AgendaEntry? {
        guard let id = customer.customer.id else { return nil }
        let end = now.addingTimeInterval(TimeInterval(meetingHorizonDays * 86_400))
        return try database.customerMeetings(customerId: id, from: now, to: end, timeZone: zone, limit: 1).first
    }

    /// The projects not closed with items blocking acceptance or money held back.
    static func blocking(_ database: AppDatabase, projects: [CustomerProjectRow], today: LocalDate) throws -> [Blocking] {
        let open = projects.filter { $0.stage != .closed }
        let money = try database.projectsMoney(projectIds: open.map(\.id), today: today)
        return open.compactMap { project in
            guard let record = money[project.id], record.blockers > 0 || record.money.heldBackCents > 0 else { return nil }
            return Blocking(projectCode: project.code, projectName: project.name, blockers: record.blockers,
                            heldBackCents: record.money.heldBackCents)
        }
    }
}
