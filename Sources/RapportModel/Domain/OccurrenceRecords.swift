import Foundation

/// What one occurrence of a series holds of its own, as a calendar file carries it: its agenda,
/// minutes and action items, keyed by the occurrence's original start. Attendance and punch
/// links name rows of one database and stay behind.
public struct OccurrenceRecords: Hashable, Sendable {
    public struct Action: Hashable, Sendable {
        public var text: String
        public var owner: String
        public var dueOn: LocalDate?
        public var done: Bool

        public init(text: String, owner: String = "", dueOn: LocalDate? = nil, done: Bool = false) {
            self.text = text
            self.owner = owner
            self.dueOn = dueOn
            self.done = done
        }
    }

    /// The occurrence's original start (its RECURRENCE-ID).
    public var occursAt: Date
    public var agenda: String
    public var minutes: String
    public var actions: [Action]

    public init(occursAt: Date, agenda: String = "", minutes: String = "", actions: [Action] = []) {
        self.occursAt = occursAt
        self.agenda = agenda
        self.minutes = minutes
        self.actions = actions
    }
}
