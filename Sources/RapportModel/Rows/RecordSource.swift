import Foundation

/// Customers, contacts, projects, milestones, locations and assumptions: the reads the customer
/// and project views need, and the writes of their forms ("contract to cash").
///
/// Separate from `TriageSource` (the punch list); the store implements both. Each write is one
/// transaction and one undo step, recorded with `by` and `at`; it returns what it saved
/// (`Saved`, whose `touched` says what to reload) and refuses with `AppError`, changing nothing.
/// Dates that decide "overdue" and "due" are `today`, never the store's clock.
public protocol RecordSource: Sendable {
    // MARK: Reads
    /// Customers by name; archived ones only when asked.
    func customers(includeArchived: Bool) throws -> [CustomerRow]
    func customerDetail(customerId: Int64, today: LocalDate) throws -> CustomerDetail
    /// The id of the customer with this name (exact, else the only one that differs in case).
    func customerId(name: String) throws -> Int64
    /// A free code for a new project of the customer (`ProjectCode.suggest`).
    func suggestedProjectCode(customerId: Int64) throws -> String
    func projectRecord(projectId: Int64, today: LocalDate) throws -> ProjectRecord
    func milestones(projectId: Int64, today: LocalDate) throws -> [MilestoneRow]
    func locationTree(projectId: Int64) throws -> [LocationNode]
    /// How a typed `@location` resolves in the project: exact, ambiguous (the candidates), or new.
    func classifyLocation(projectId: Int64, text: String) throws -> LocationMatch
    func assumptions(projectId: Int64, today: LocalDate) throws -> [AssumptionRow]
    /// Open assumptions whose review day has come, across projects, oldest review day first.
    func assumptionsDue(today: LocalDate) throws -> [AssumptionRow]
    /// The projects list page with each project's count of assumptions due for review.
    func projects(offset: Int, limit: Int, today: LocalDate) throws -> [ProjectRow]

    // MARK: Customers and contacts
    func addCustomer(_ draft: CustomerDraft, by: String, at: Date) throws -> Saved<Customer>
    func editCustomer(customerId: Int64, _ draft: CustomerDraft, by: String, at: Date) throws -> Saved<Customer>
    /// Refused while the customer has projects not closed. `archived` false brings it back.
    func archiveCustomer(customerId: Int64, archived: Bool, on: LocalDate, by: String, at: Date) throws -> Saved<Customer>
    func addContact(customerId: Int64, _ draft: ContactDraft, by: String, at: Date) throws -> Saved<Contact>
    func editContact(contactId: Int64, _ draft: ContactDraft, by: String, at: Date) throws -> Saved<Contact>
    func archiveContact(contactId: Int64, archived: Bool, on: LocalDate, by: String, at: Date) throws -> Saved<Contact>
    /// Records that the contact left on `on`, and who took over (`ContactRules.checkLeaving`).
    func markContactLeft(contactId: Int64, on: LocalDate, successorId: Int64?, by: String, at: Date) throws -> Saved<ContactLeaving>

    // MARK: Projects and stages
    /// A new project at `sold`, with its schedule's milestones; an empty code takes the suggested one.
    func addProject(_ draft: ProjectDraft, by: String, at: Date) throws -> Saved<NewProject>
    /// The project's fields; its stage and milestones are changed by their own writes.
    func editProject(projectId: Int64, _ draft: ProjectDraft, by: String, at: Date) throws -> Saved<Project>
    /// Moves the project, with the rules of `StageRules`; the move goes into its history.
    func changeStage(projectId: Int64, to: ProjectStage, note: String, by: String, at: Date) throws -> StageChange
    func stageHistory(projectId: Int64) throws -> [StageEvent]

    // MARK: Milestones and money
    func addMilestone(projectId: Int64, _ draft: MilestoneDraft, by: String, at: Date) throws -> Saved<Milestone>
    func editMilestone(milestoneId: Int64, _ draft: MilestoneDraft, by: String, at: Date) throws -> Saved<Milestone>
    /// Refused once invoiced.
    func deleteMilestone(milestoneId: Int64, by: String, at: Date) throws -> Saved<Milestone>
    func invoiceMilestone(milestoneId: Int64, on: LocalDate, number: String, dueOn: LocalDate?, by: String,
                          at: Date) throws -> Saved<Milestone>
    /// A (partial) payment; payments add up, and one more than what is owed is refused.
    func recordPayment(milestoneId: Int64, amountCents: Int64, on: LocalDate, note: String, by: String,
                       at: Date) throws -> Saved<RecordedPayment>
    /// Retainage: `released` true releases it for invoicing, false holds it again.
    func setRetainageReleased(milestoneId: Int64, released: Bool, on: LocalDate, by: String, at: Date) throws -> Saved<Milestone>

    // MARK: Locations
    func addLocation(projectId: Int64, path: String, by: String, at: Date) throws -> Saved<SavedLocation>
    /// Renames the location; locations under it follow.
    func renameLocation(locationId: Int64, to path: String, by: String, at: Date) throws -> Saved<SavedLocation>
    /// Sets (or with `value` nil removes) the fact `key` of the location.
    func setLocationFact(locationId: Int64, key: String, value: String?, verified: Bool, by: String,
                         at: Date) throws -> Saved<SavedLocation>

    // MARK: Assumptions
    func addAssumption(projectId: Int64, _ draft: AssumptionDraft, by: String, at: Date) throws -> Saved<Assumption>
    func editAssumption(assumptionId: Int64, _ draft: AssumptionDraft, status: Assumption.Status?, by: String,
                        at: Date) throws -> Saved<Assumption>
    func reviewAssumption(assumptionId: Int64, _ review: AssumptionReview, on: LocalDate, by: String,
                          at: Date) throws -> Saved<ReviewedAssumption>
}
