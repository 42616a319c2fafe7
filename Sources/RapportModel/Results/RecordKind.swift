/// The kinds of record a journal step can change, as the undo journal knows them.
public enum RecordKind: String, CaseIterable, Hashable, Sendable {
    case punchItem = "punch_item"
    case location, project, milestone
    // v8: the records of contract to cash.
    case customer, contact, assumption
    case locationFact = "location_fact"
    case milestonePayment = "milestone_payment"
    case opportunity
    case meeting, attendee
    case meetingNote = "meeting_note"
    case actionItem = "action_item"
    // v13: capture (notes, calls and visits; intel).
    case interaction, intel
}
