import Foundation

/// Capture in the flow of work: notes, calls and site visits, intel, and opportunities, with
/// the reads that list them. Each write is one transaction and one undo step (`by`, `at`),
/// returns what it saved and refuses with `AppError`, changing nothing. `today` decides what
/// is due for review, never the store's clock.
public protocol CaptureSource: Sendable {
    // MARK: Reads
    /// The customer's newest `limit` interactions, intel (due first, then newest) and
    /// opportunities (open first, by stage, then won and lost).
    func customerCapture(customerId: Int64, today: LocalDate, limit: Int) throws -> CustomerCapture
    /// Notes, calls and site visits of one customer, one project, or all; newest first.
    func interactions(customerId: Int64?, projectId: Int64?, limit: Int) throws -> [InteractionRow]
    /// Intel of one customer, or of all; `dueOnly` keeps what is past its review-by date.
    func intel(customerId: Int64?, dueOnly: Bool, today: LocalDate) throws -> [IntelRow]
    /// Intel learned in the meeting, due first.
    func intel(meetingId: Int64, today: LocalDate) throws -> [IntelRow]
    /// Opportunities of one customer, or of all; `openOnly` leaves out won and lost ones.
    func opportunities(customerId: Int64?, openOnly: Bool) throws -> [OpportunityRow]

    // MARK: Writes
    /// Logs the note, call or visit with the tone of its text.
    func logInteraction(_ draft: InteractionDraft, by: String, at: Date) throws -> Saved<Interaction>
    func addIntel(_ draft: IntelDraft, today: LocalDate, by: String, at: Date) throws -> Saved<Intel>
    /// Marks the intel looked at on `on`; with `until` it is to be looked at again then.
    func reviewIntel(intelId: Int64, on: LocalDate, until: LocalDate?, by: String, at: Date) throws -> Saved<Intel>
    func addOpportunity(_ draft: OpportunityDraft, by: String, at: Date) throws -> Saved<Opportunity>
    func editOpportunity(opportunityId: Int64, _ draft: OpportunityDraft, by: String, at: Date) throws -> Saved<Opportunity>
    /// Moves the opportunity to `stage`; one that became a project stays won.
    func moveOpportunity(opportunityId: Int64, to: Opportunity.Stage, by: String, at: Date) throws -> Saved<Opportunity>
}
