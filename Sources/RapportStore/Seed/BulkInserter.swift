import Foundation
import GRDB
import RapportModel

/// Inserts many rows fast inside a write transaction: one prepared statement per table,
/// rebound for each row.
///
/// The Codable insert encodes each record through a container and formats each `Date` with a
/// `DateFormatter`; that is fine for a user's edits and too slow for the hundreds of thousands
/// of rows the `l` data set holds. Rows are written exactly as the Codable insert writes them
/// (`SeedTests` checks that), so readers never see the difference.
final class BulkInserter {
    private let db: Database
    private let punchItem: Statement
    private let punchEvent: Statement
    private let interaction: Statement
    private let attendee: Statement
    private let location: Statement
    private let locationFact: Statement
    private let meeting: Statement
    private let milestone: Statement
    private let meetingNote: Statement
    private let actionItem: Statement
    private let payment: Statement
    private let stageEvent: Statement

    init(db: Database) throws {
        self.db = db
        func prepare(_ table: String, _ columns: [String]) throws -> Statement {
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            let names = columns.joined(separator: ", ")
            return try db.makeStatement(sql: "INSERT INTO \(table) (\(names)) VALUES (\(marks))")
        }
        punchItem = try prepare("punch_item", [
            "project_id", "number", "title", "detail", "location_id", "category", "priority", "status",
            "ball_in_court", "assignee", "due_on", "blocks_acceptance", "source", "rejections", "accepted_by",
            "created_at", "updated_at",
        ])
        punchEvent = try prepare("punch_event", [
            "punch_item_id", "at", "who", "field", "from_value", "to_value", "note",
        ])
        interaction = try prepare("interaction", [
            "customer_id", "project_id", "contact_id", "kind", "at", "subject", "body", "sentiment", "urgency",
            "message_id", "thread", "answered_at",
        ])
        attendee = try prepare("attendee", ["meeting_id", "contact_id", "name", "email", "role", "status", "attended"])
        location = try prepare("location", ["project_id", "path"])
        locationFact = try prepare("location_fact", ["location_id", "key", "value", "verified"])
        meeting = try prepare("meeting", [
            "project_id", "customer_id", "uid", "title", "starts_at", "ends_at", "tzid", "rrule", "exdates",
            "location", "organizer", "sales_welcome", "agenda", "minutes", "last_ends_at", "series_id",
            "recurrence_id", "rdates", "sequence", "dtstamp", "last_modified", "all_day", "status", "details",
        ])
        meetingNote = try prepare("meeting_note", ["meeting_id", "occurs_at", "agenda", "minutes", "attended", "updated_at"])
        actionItem = try prepare("action_item", [
            "meeting_id", "occurs_at", "text", "owner", "due_on", "done", "punch_item_id", "created_at",
        ])
        milestone = try prepare("milestone", [
            "project_id", "name", "kind", "amount_cents", "due_on", "payment", "requires_acceptance",
            "accepted_on", "accepted_by", "invoiced_on", "invoice_number", "released_on",
        ])
        payment = try prepare("milestone_payment", [
            "milestone_id", "project_id", "paid_on", "amount_cents", "recorded_by", "note",
        ])
        stageEvent = try prepare("project_stage_event", ["project_id", "at", "who", "from_stage", "to_stage", "note"])
    }

    private func run(_ statement: Statement, _ values: [(any DatabaseValueConvertible)?]) throws -> Int64 {
        statement.setUncheckedArguments(StatementArguments(values))
        try statement.execute()
        return db.lastInsertedRowID
    }

    // MARK: - Rows

    @discardableResult func insert(_ v: PunchItem) throws -> Int64 {
        try run(punchItem, [
            v.projectId, v.number, v.title, v.detail, v.locationId, v.category.rawValue, v.priority.rawValue,
            v.status.rawValue, v.ballInCourt, v.assignee, v.dueOn.map(Self.text), v.blocksAcceptance,
            v.source.rawValue, v.rejections, v.acceptedBy, Self.text(v.createdAt), Self.text(v.updatedAt),
        ])
    }

    @discardableResult func insert(_ v: PunchEvent) throws -> Int64 {
        try run(punchEvent, [v.punchItemId, Self.text(v.at), v.who, v.field, v.fromValue, v.toValue, v.note])
    }

    @discardableResult func insert(_ v: Interaction) throws -> Int64 {
        try run(interaction, [
            v.customerId, v.projectId, v.contactId, v.kind.rawValue, Self.text(v.at), v.subject, v.body,
            v.sentiment, v.urgency, v.messageId, v.thread, v.answeredAt.map(Self.text),
        ])
    }

    @discardableResult func insert(_ v: Attendee) throws -> Int64 {
        try run(attendee, [v.meetingId, v.contactId, v.name, v.email, v.role, v.status.rawValue, v.attended])
    }

    @discardableResult func insert(_ v: Location) throws -> Int64 {
        try run(location, [v.projectId, v.path])
    }

    @discardableResult func insert(_ v: LocationFact) throws -> Int64 {
        try run(locationFact, [v.locationId, v.key, v.value, v.verified])
    }

    @discardableResult func insert(_ v: Meeting) throws -> Int64 {
        // Arrays are JSON, encoded exactly as the record encodes them.
        let exdates = try String(decoding: Meeting.databaseJSONEncoder(for: "exdates").encode(v.exdates), as: UTF8.self)
        let rdates = try String(decoding: Meeting.databaseJSONEncoder(for: "rdates").encode(v.rdates), as: UTF8.self)
        return try run(meeting, [
            v.projectId, v.customerId, v.uid, v.title, Self.text(v.startsAt), Self.text(v.endsAt), v.tzid, v.rrule,
            exdates, v.location, v.organizer, v.salesWelcome, v.agenda, v.minutes, v.lastEndsAt.map(Self.text),
            v.seriesId, v.recurrenceId.map(Self.text), rdates, v.sequence, v.dtstamp.map(Self.text),
            v.lastModified.map(Self.text), v.allDay, v.status.rawValue, v.details,
        ])
    }

    @discardableResult func insert(_ v: MeetingNote) throws -> Int64 {
        try run(meetingNote, [
            v.meetingId, Self.text(v.occursAt), v.agenda, v.minutes,
            "[" + v.attended.map(String.init).joined(separator: ",") + "]", Self.text(v.updatedAt),
        ])
    }

    @discardableResult func insert(_ v: ActionItem) throws -> Int64 {
        try run(actionItem, [
            v.meetingId, Self.text(v.occursAt), v.text, v.owner, v.dueOn.map(Self.text), v.done, v.punchItemId,
            Self.text(v.createdAt),
        ])
    }

    @discardableResult func insert(_ v: Milestone) throws -> Int64 {
        try run(milestone, [
            v.projectId, v.name, v.kind.rawValue, v.amountCents, v.dueOn.map(Self.text), v.payment.rawValue,
            v.requiresAcceptance, v.acceptedOn.map(Self.text), v.acceptedBy, v.invoicedOn.map(Self.text), v.invoiceNumber,
            v.releasedOn.map(Self.text),
        ])
    }

    @discardableResult func insert(_ v: MilestonePayment) throws -> Int64 {
        try run(payment, [v.milestoneId, v.projectId, Self.text(v.paidOn), v.amountCents, v.recordedBy, v.note])
    }

    @discardableResult func insert(_ v: StageEvent) throws -> Int64 {
        try run(stageEvent, [v.projectId, Self.text(v.at), v.who, v.fromStage?.rawValue, v.toStage.rawValue, v.note])
    }

    // MARK: - Values as the records store them

    /// A date as GRDB stores it (`YYYY-MM-DD HH:MM:SS.SSS`, UTC), formatted by hand for whole
    /// seconds, which is all the generator makes; anything finer goes through GRDB itself.
    static func text(_ date: Date) -> DatabaseValue {
        let t = date.timeIntervalSince1970
        // Years 1970…9999 only, so every field has a fixed width.
        guard t >= 0, t < 253_402_300_800, t == t.rounded(.down) else { return date.databaseValue }
        let s = Int(t)
        let dayNumber = s / 86_400
        let rest = s - dayNumber * 86_400
        var out = digits(LocalDate(dayNumber: dayNumber))
        out.append(UInt8(ascii: " "))
        append(rest / 3600, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        append(rest / 60 % 60, width: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        append(rest % 60, width: 2, to: &out)
        out.append(contentsOf: Array(".000".utf8))
        return String(decoding: out, as: UTF8.self).databaseValue
    }

    /// A local date as its `Codable` form stores it, `YYYY-MM-DD`.
    static func text(_ date: LocalDate) -> String {
        String(decoding: digits(date), as: UTF8.self)
    }

    private static func digits(_ date: LocalDate) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(23)
        append(date.year, width: 4, to: &out)
        out.append(UInt8(ascii: "-"))
        append(date.month, width: 2, to: &out)
        out.append(UInt8(ascii: "-"))
        append(date.day, width: 2, to: &out)
        return out
    }

    private static func append(_ value: Int, width: Int, to out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(v / divisor % 10))
            v %= divisor
            divisor /= 10
        }
    }
}
