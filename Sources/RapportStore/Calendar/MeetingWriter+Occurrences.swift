import Foundation
import GRDB
import RapportModel

// MARK: - Each occurrence's notes and action items, as calendar files carry them

extension AppDatabase {
    /// The series' notes and action items, by occurrence, as an export writes them.
    static func occurrenceRecords(_ db: Database, seriesId: Int64) throws -> [OccurrenceRecords] {
        var byStart: [Date: OccurrenceRecords] = [:]
        for note in try MeetingNote.fetchAll(db, sql: "SELECT * FROM meeting_note WHERE meeting_id = ?", arguments: [seriesId])
        where !note.agenda.isEmpty || !note.minutes.isEmpty {
            byStart[note.occursAt] = OccurrenceRecords(occursAt: note.occursAt, agenda: note.agenda, minutes: note.minutes)
        }
        for item in try ActionItem.fetchAll(db, sql: "SELECT * FROM action_item WHERE meeting_id = ? ORDER BY id", arguments: [seriesId]) {
            byStart[item.occursAt, default: OccurrenceRecords(occursAt: item.occursAt)].actions
                .append(.init(text: item.text, owner: item.owner, dueOn: item.dueOn, done: item.done))
        }
        return byStart.values.sorted { $0.occursAt < $1.occursAt }
    }
}

extension MeetingWriter {
    /// Brings a file's notes and action items into the series: a note the file has replaces the
    /// stored one; an action item is matched by its occurrence and text, added when new, else
    /// its owner, due date and done taken from the file (one that became a punch item stays as
    /// the punch item has it). Nothing is deleted: a file written before a note was taken must
    /// not take it away. Returns whether anything changed.
    @discardableResult
    func importOccurrenceRecords(_ records: [OccurrenceRecords], seriesId: Int64) throws -> Bool {
        var changed = false
        for record in records {
            if !record.agenda.isEmpty || !record.minutes.isEmpty {
                if var note = try MeetingNote.fetchOne(db, sql: "SELECT * FROM meeting_note WHERE meeting_id = ? AND occurs_at = ?",
                                                       arguments: [seriesId, record.occursAt]) {
                    if note.agenda != record.agenda || note.minutes != record.minutes {
                        try journal.willUpdate("meeting_note", ids: [note.id!])
                        note.agenda = record.agenda
                        note.minutes = record.minutes
                        note.updatedAt = at
                        try note.update(db)
                        changed = true
                    }
                } else {
                    var note = MeetingNote(meetingId: seriesId, occursAt: record.occursAt, agenda: record.agenda,
                                           minutes: record.minutes, updatedAt: at)
                    try note.insert(db)
                    try journal.didInsert("meeting_note", id: note.id!)
                    changed = true
                }
            }
            let stored = try ActionItem.fetchAll(db, sql: "SELECT * FROM action_item WHERE meeting_id = ? AND occurs_at = ?",
                                                 arguments: [seriesId, record.occursAt])
            for action in record.actions {
                if var item = stored.first(where: { $0.text == action.text }) {
                    guard item.punchItemId == nil,
                          item.owner != action.owner || item.dueOn != action.dueOn || item.done != action.done else { continue }
                    try journal.willUpdate("action_item", ids: [item.id!])
                    item.owner = action.owner
                    item.dueOn = action.dueOn
                    item.done = action.done
                    try item.update(db)
                } else {
                    var item = ActionItem(meetingId: seriesId, occursAt: record.occursAt, text: action.text, owner: action.owner,
                                          dueOn: action.dueOn, done: action.done, createdAt: at)
                    try item.insert(db)
                    try journal.didInsert("action_item", id: item.id!)
                }
                changed = true
            }
        }
        return changed
    }
}
