import Foundation
import GRDB
import RapportModel

// MARK: - A meeting's detail and the sales drop-in brief

extension AppDatabase: CalendarSource {
    public func meetingDetail(meetingId: Int64, occurrence: Date?) throws -> MeetingDetail {
        try read { db in
            // By id through a cached statement: `fetchOne(db, key:)` builds and parses its SQL on every open.
            guard var meeting = try Self.meeting(db, meetingId) else { throw AppError.missingMeeting(id: meetingId) }
            // An occurrence of a series asked for by the series: its override when it has one
            // (a view opened before the occurrence was changed shows what it is now).
            if meeting.seriesId == nil, let occurrence,
               let override = try Meeting.fetchOne(db, cached: "SELECT * FROM meeting WHERE series_id = ? AND recurrence_id = ?",
                                                   arguments: [meetingId, occurrence]) {
                meeting = override
            }
            let series = try meeting.seriesId.flatMap { try Self.meeting(db, $0) }
            let owner = series ?? meeting
            let names = try Row.fetchOne(db, cached: """
                SELECT p.code, p.name, c.name, p.sales_rep FROM (SELECT ? AS project_id, ? AS customer_id) m
                LEFT JOIN project p ON p.id = m.project_id
                LEFT JOIN customer c ON c.id = COALESCE(m.customer_id, p.customer_id)
                """, arguments: [owner.projectId, owner.customerId])
            let start = meeting.recurrenceId ?? occurrence
            let note = try start.flatMap {
                try MeetingNote.fetchOne(db, cached: "SELECT * FROM meeting_note WHERE meeting_id = ? AND occurs_at = ?",
                                         arguments: [owner.id!, $0])
            }
            return MeetingDetail(
                meeting: meeting, series: series,
                attendees: try Attendee.fetchAll(db, cached: "SELECT * FROM attendee WHERE meeting_id = ? ORDER BY id", arguments: [meeting.id!]),
                projectCode: names?[0], projectName: names?[1], customerName: names?[2], occurrence: start, note: note,
                actionItems: try start.map { try Self.actionItems(db, seriesId: owner.id!, at: $0, openOnly: false) } ?? [],
                openActionItems: try Self.actionItems(db, seriesId: owner.id!, before: start, openOnly: true),
                problem: owner.schedule.problem, salesRep: names?[3])
        }
    }

    static func meeting(_ db: Database, _ id: Int64) throws -> Meeting? {
        try Meeting.fetchOne(db, cached: "SELECT * FROM meeting WHERE id = ?", arguments: [id])
    }

    public func dropInBrief(meetingId: Int64, occurrence: Date, now: Date, timeZone: TimeZone) throws -> DropInBrief {
        let temperatures = try self.temperatures(now: now, timeZone: timeZone)
        return try read { db in
            guard let meeting = try Meeting.fetchOne(db, key: meetingId) else { throw AppError.missingMeeting(id: meetingId) }
            let owner = try meeting.seriesId.flatMap { try Meeting.fetchOne(db, key: $0) } ?? meeting
            let start = meeting.recurrenceId ?? occurrence
            let project = try owner.projectId.flatMap { try Project.fetchOne(db, key: $0) }
            let customerId = owner.customerId ?? project?.customerId
            let customerName = try customerId.flatMap {
                try String.fetchOne(db, cached: "SELECT name FROM customer WHERE id = ?", arguments: [$0])
            }
            var blockers: [DropInBrief.Blocker] = []
            var blockerCount = 0, held: Int64 = 0
            if let project {
                let open = "status NOT IN ('closed', 'void')"
                blockerCount = try Int.fetchOne(db, cached: "SELECT COUNT(*) FROM punch_item WHERE project_id = ? AND blocks_acceptance AND \(open)",
                                                arguments: [project.id])!
                blockers = try Row.fetchAll(db, cached: """
                    SELECT number, title, priority, status FROM punch_item
                    WHERE project_id = ? AND blocks_acceptance AND \(open) ORDER BY priority, number LIMIT 5
                    """, arguments: [project.id]).map {
                    DropInBrief.Blocker(ref: "\(project.code)#\($0[0] as Int)", title: $0[1],
                                        priority: Priority(rawValue: $0[2]) ?? .p2,
                                        status: PunchStatus(rawValue: $0[3]) ?? .open)
                }
                held = try Int64.fetchOne(db, cached: """
                    SELECT COALESCE(SUM(amount_cents), 0) FROM milestone
                    WHERE project_id = ? AND requires_acceptance AND accepted_on IS NULL AND payment <> 'paid'
                    """, arguments: [project.id])!
            }
            let intel = try customerId.map {
                try Intel.fetchAll(db, cached: "SELECT * FROM intel WHERE customer_id = ? AND at >= ? ORDER BY at DESC LIMIT 5",
                                   arguments: [$0, now - 30 * 86_400])
            } ?? []
            let people = try Row.fetchAll(db, cached: """
                SELECT a.name, a.email, a.status, c.department, c.role, c.influence
                FROM attendee a LEFT JOIN contact c ON c.id = a.contact_id WHERE a.meeting_id = ? ORDER BY a.id
                """, arguments: [meetingId]).map { row in
                DropInBrief.Person(
                    name: row[0], email: row[1], response: Attendee.Status(rawValue: row[2]) ?? .needsAction,
                    department: (row[3] as String?).flatMap(Contact.Department.init(rawValue:)),
                    role: (row[4] as String?).flatMap(Contact.Role.init(rawValue:)), influence: row[5],
                    isSales: MeetingDetail.isSalesRep(row[0], rep: project?.salesRep))
            }
            let last = try Row.fetchOne(db, cached: """
                SELECT occurs_at, minutes FROM meeting_note WHERE meeting_id = ? AND occurs_at < ? AND minutes <> ''
                ORDER BY occurs_at DESC LIMIT 1
                """, arguments: [owner.id!, start])
            let concerns = (project?.concerns ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            return DropInBrief(
                meetingId: meetingId, title: meeting.title, occurrence: start, customerId: customerId, customerName: customerName,
                projectCode: project?.code, temperature: temperatures.first { $0.customerId == customerId },
                concerns: concerns, blockers: blockers, blockerCount: blockerCount, heldCents: held, recentIntel: intel,
                people: people, lastMinutesAt: last?[0], lastMinutes: last?[1] ?? owner.minutes)
        }
    }
}
