import Foundation
import GRDB
import RapportModel

// MARK: - Each occurrence's notes and action items

extension AppDatabase {
    public func saveMeetingNote(meetingId: Int64, occurrence: Date, agenda: String, minutes: String, attended: [Int64],
                                by who: String, at: Date) throws -> MeetingNote {
        try writing { db in
            let journal = try Journal.begin(db, who: who, at: at)
            let writer = MeetingWriter(db: db, journal: journal, at: at)
            let (series, start) = try Self.occurrence(meetingId, occurrence, writer: writer)
            var note = try MeetingNote.fetchOne(db, sql: "SELECT * FROM meeting_note WHERE meeting_id = ? AND occurs_at = ?",
                                                arguments: [series.id!, start])
                ?? MeetingNote(meetingId: series.id!, occursAt: start, updatedAt: at)
            note.agenda = agenda
            note.minutes = minutes
            note.attended = Array(Set(attended)).sorted()
            note.updatedAt = at
            if let id = note.id {
                try journal.willUpdate("meeting_note", ids: [id])
                try note.update(db)
            } else {
                try note.insert(db)
                try journal.didInsert("meeting_note", id: note.id!)
            }
            try journal.finish(label: "minutes of \(series.title)")
            return note
        }
    }

    public func addActionItem(meetingId: Int64, occurrence: Date, text: String, owner: String, dueOn: LocalDate?,
                              by who: String, at: Date) throws -> ActionItem {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw AppError.invalidMeeting(reason: "the action item says nothing") }
        return try writing { db in
            let journal = try Journal.begin(db, who: who, at: at)
            let (series, start) = try Self.occurrence(meetingId, occurrence, writer: MeetingWriter(db: db, journal: journal, at: at))
            var item = ActionItem(meetingId: series.id!, occursAt: start, text: text, owner: owner, dueOn: dueOn, createdAt: at)
            try item.insert(db)
            try journal.didInsert("action_item", id: item.id!)
            try journal.finish(label: "action item \(text)")
            return item
        }
    }

    public func punchActionItem(id: Int64, by who: String, at: Date) throws -> PunchItem {
        try writing { db in
            guard var item = try ActionItem.fetchOne(db, key: id) else { throw AppError.missingActionItem(id: id) }
            let meeting = try Meeting.fetchOne(db, key: item.meetingId)!
            if let punchId = item.punchItemId {
                let ref = try Row.fetchOne(db, sql: """
                    SELECT p.code || '#' || i.number FROM punch_item i JOIN project p ON p.id = i.project_id WHERE i.id = ?
                    """, arguments: [punchId])?[0] as String? ?? "#\(punchId)"
                throw AppError.actionItemAlreadyPunched(ref: ref)
            }
            guard let projectId = meeting.projectId else { throw AppError.meetingHasNoProject(meeting: meeting.title) }
            let journal = try Journal.begin(db, who: who, at: at)
            let zone = TimeZone(identifier: meeting.tzid) ?? TimeZone(identifier: "UTC")!
            let draft = PunchDraft(title: item.text, detail: "From \(meeting.title), \(LocalDate(item.occursAt, in: zone).iso)",
                                   assignee: item.owner, dueOn: item.dueOn, source: .meeting)
            let punch = try PunchWriter(db: db, journal: journal, who: who, at: at).insert(draft, into: projectId)
            try journal.willUpdate("action_item", ids: [id])
            item.punchItemId = punch.id
            try item.update(db)
            try journal.finish(label: "punch \(punch.ref) from \(meeting.title)")
            return punch
        }
    }

    public func setActionItemDone(id: Int64, done: Bool, by who: String, at: Date) throws -> ActionItem {
        try writing { db in
            guard var item = try ActionItem.fetchOne(db, key: id) else { throw AppError.missingActionItem(id: id) }
            let journal = try Journal.begin(db, who: who, at: at)
            try journal.willUpdate("action_item", ids: [id])
            item.done = done
            try item.update(db)
            try journal.finish(label: (done ? "done: " : "open again: ") + item.text)
            return item
        }
    }

    public func openActionItems(meetingId: Int64, before: Date?) throws -> [OpenActionItem] {
        try read { db in
            let meeting = try Meeting.fetchOne(db, key: meetingId)
            guard let meeting else { throw AppError.missingMeeting(id: meetingId) }
            return try Self.actionItems(db, seriesId: meeting.seriesId ?? meetingId, before: before, openOnly: true)
        }
    }

    /// Action items of the series with their punch items: before an occurrence (or at one, when
    /// `at` is given), and only the open ones when asked.
    static func actionItems(_ db: Database, seriesId: Int64, before: Date? = nil, at: Date? = nil,
                            openOnly: Bool) throws -> [OpenActionItem] {
        var sql = """
            SELECT a.*, p.code || '#' || i.number AS punch_ref, i.status AS punch_status
            FROM action_item a LEFT JOIN punch_item i ON i.id = a.punch_item_id LEFT JOIN project p ON p.id = i.project_id
            WHERE a.meeting_id = ?
            """
        var arguments: StatementArguments = [seriesId]
        if let before { sql += " AND a.occurs_at < ?"; _ = arguments.append(contentsOf: [before]) }
        if let at { sql += " AND a.occurs_at = ?"; _ = arguments.append(contentsOf: [at]) }
        if openOnly {
            sql += " AND NOT a.done AND (a.punch_item_id IS NULL OR i.status NOT IN ('closed', 'void'))"
        }
        sql += " ORDER BY a.occurs_at, a.id"
        return try Row.fetchAll(db, cached: sql, arguments: arguments).map { row in
            OpenActionItem(item: try ActionItem(row: row), punchRef: row["punch_ref"],
                           punchStatus: (row["punch_status"] as String?).flatMap(PunchStatus.init(rawValue:)))
        }
    }

    /// The series and original start an occurrence is named by: an override's own, or the
    /// start given, which must be one of the series.
    static func occurrence(_ meetingId: Int64, _ start: Date, writer: MeetingWriter) throws -> (Meeting, Date) {
        let target = try writer.meeting(meetingId)
        if let seriesId = target.seriesId { return (try writer.meeting(seriesId), target.recurrenceId!) }
        try requireOccurrence(target, start, writer: writer)
        return (target, start)
    }
}
