import Foundation
import Testing
import RapportModel
@testable import RapportStore

/// Notes, intel and opportunities written through the store: one undo step each, refusals
/// name the field and change nothing.
@Suite struct CaptureRecordTests {
    let f: ContractFixture
    init() throws { f = try ContractFixture() }

    var today: LocalDate { ContractFixture.today }

    @Test func aLoggedCallKeepsItsToneAndUndoesAsOneStep() throws {
        // Given a call with the champion about the project
        let draft = InteractionDraft(kind: .call, customerId: f.customer, projectId: f.project, contactId: f.champion,
                                     at: ContractFixture.at(1), text: "Per my last email, the display wall is still not working")
        // When it is logged
        let saved = try f.db.logInteraction(draft, by: "sam", at: ContractFixture.at(1))
        // Then it is stored with the tone the analyzer gives, listed first, and stales the customer and temperatures
        #expect(saved.value.sentiment == SentimentAnalyzer().analyze(draft.text).score)
        #expect(saved.value.sentiment! < -0.25)
        #expect(saved.value.subject == "Per my last email, the display wall is still not working")
        #expect(saved.touched.isSuperset(of: [.customer(customerId: f.customer), .temperatures]))
        let rows = try f.db.interactions(customerId: f.customer, projectId: nil, limit: 10)
        #expect(rows.map(\.interaction.kind) == [.call])
        #expect(rows.first?.contactName == "Kim Lee")
        #expect(rows.first?.projectCode == "CUO-0001")
        let undone = try f.db.undo(by: "sam", at: ContractFixture.at(2))
        #expect(undone?.label == "log call with Contoso University")
        // Undo reloads the customer's view and rescores (the note's tone was a signal)
        #expect(undone?.touched.isSuperset(of: [.customer(customerId: f.customer), .temperatures]) == true)
        #expect(try f.db.interactions(customerId: f.customer, projectId: nil, limit: 10).isEmpty)
    }

    @Test func aNoteAgainstAnotherCustomersContactIsRefusedOnThatField() throws {
        let other = try f.db.addCustomer(CustomerDraft(name: "Globex"), by: "pat", at: ContractFixture.at(1)).value.id!
        let draft = InteractionDraft(kind: .note, customerId: other, contactId: f.champion, at: ContractFixture.at(2), text: "hello")
        #expect(throws: AppError.invalidRecord(record: "note", field: "contact", reason: "that contact works for another customer")) {
            try f.db.logInteraction(draft, by: "sam", at: ContractFixture.at(2))
        }
        #expect(try f.db.interactions(customerId: nil, projectId: nil, limit: 10).isEmpty)
    }

    @Test func intelFromAMeetingIsFlaggedOnceItsReviewDayPassesAndAReviewClearsIt() throws {
        // Given a meeting of the customer and intel learned there, to look at again on the 20th
        let meeting = try f.db.insertAll { try $0.insert(Meeting(customerId: f.customer, uid: "m1", title: "Weekly site sync",
                                              startsAt: ContractFixture.at(0), endsAt: ContractFixture.at(60), tzid: "UTC")) }
        let review = LocalDate(year: 2026, month: 3, day: 20)
        let saved = try f.db.addIntel(IntelDraft(customerId: f.customer, category: .regionChange, text: "Opening a Boston campus",
                                                 meetingId: meeting.id, contactId: f.signer, reviewOn: review),
                                      today: today, by: "sam", at: ContractFixture.at(1))
        #expect(saved.value.capturedBy == "sam")
        // Then it is not due before the day, and is due (first) after it
        #expect(try f.db.intel(customerId: f.customer, dueOnly: true, today: today).isEmpty)
        let later = LocalDate(year: 2026, month: 3, day: 21)
        let due = try f.db.intel(customerId: f.customer, dueOnly: true, today: later)
        #expect(due.map(\.id) == [saved.value.id!])
        #expect(due.first?.sourceText == "meeting Weekly site sync · Ana Ruiz")
        // When it is reviewed with a new day, it is no longer due, and undo brings the flag back
        let reviewed = try f.db.reviewIntel(intelId: saved.value.id!, on: later, until: LocalDate(year: 2026, month: 6, day: 1),
                                            by: "sam", at: ContractFixture.at(2))
        #expect(reviewed.value.reviewedOn == later)
        #expect(try f.db.intel(customerId: nil, dueOnly: true, today: later).isEmpty)
        let undone = try f.db.undo(by: "sam", at: ContractFixture.at(3))
        #expect(undone?.label.hasPrefix("review intel #") == true)
        #expect(undone?.touched.contains(.customer(customerId: f.customer)) == true)
        #expect(try f.db.intel(customerId: nil, dueOnly: true, today: later).count == 1)
    }

    @Test func intelReviewedWithoutANewDayStaysQuietAndAPastReviewDayIsRefused() throws {
        let draft = IntelDraft(customerId: f.customer, category: .politics, text: "Facilities and IT disagree on who owns AV",
                               reviewOn: today)
        let saved = try f.db.addIntel(draft, today: today, by: "sam", at: ContractFixture.at(1))
        #expect(try f.db.intel(customerId: f.customer, dueOnly: true, today: today).count == 1)
        _ = try f.db.reviewIntel(intelId: saved.value.id!, on: today, until: nil, by: "sam", at: ContractFixture.at(2))
        #expect(try f.db.intel(customerId: f.customer, dueOnly: true, today: today).isEmpty)
        var stale = draft
        stale.reviewOn = LocalDate(year: 2026, month: 3, day: 1)
        #expect(throws: AppError.invalidRecord(record: "intel", field: "review", reason: "the review-by date 2026-03-01 is already past")) {
            try f.db.addIntel(stale, today: today, by: "sam", at: ContractFixture.at(3))
        }
    }

    @Test func anOpportunityMovesThroughItsStagesAndAWonOneBecomesAProject() throws {
        // Given an opportunity at proposal
        let draft = OpportunityDraft(customerId: f.customer, title: "Second lecture hall", source: "site walk",
                                     estimateCents: 8_500_000, stage: .proposal, nextStep: "send the proposal", owner: "sam")
        let id = try f.db.addOpportunity(draft, by: "sam", at: ContractFixture.at(1)).value.id!
        // When it moves on twice
        _ = try f.db.moveOpportunity(opportunityId: id, to: .negotiation, by: "sam", at: ContractFixture.at(2))
        let won = try f.db.moveOpportunity(opportunityId: id, to: .won, by: "sam", at: ContractFixture.at(3))
        #expect(won.label == "move opportunity Second lecture hall: negotiation → won")
        #expect(try f.db.opportunities(customerId: f.customer, openOnly: true).isEmpty)
        // Then the project made from it names it, and it can no longer leave won
        let project = try f.db.addProject(ProjectDraft(customerId: f.customer, name: "Second lecture hall", contractCents: 8_500_000,
                                                       opportunityId: id), by: "sam", at: ContractFixture.at(4))
        let row = try f.db.opportunities(customerId: f.customer, openOnly: false).first { $0.id == id }
        #expect(row?.projectCode == project.value.project.code)
        #expect(throws: AppError.invalidRecord(record: "opportunity", field: "stage", reason: "it became a project already and stays won")) {
            try f.db.moveOpportunity(opportunityId: id, to: .lost, by: "sam", at: ContractFixture.at(5))
        }
    }

    @Test func openOpportunitiesComeFirstFurthestAlong() throws {
        func add(_ title: String, _ stage: Opportunity.Stage, _ cents: Int64) throws {
            _ = try f.db.addOpportunity(OpportunityDraft(customerId: f.customer, title: title, source: "", estimateCents: cents,
                                                         stage: stage, nextStep: "call", owner: "sam"), by: "sam", at: ContractFixture.at(1))
        }
        try add("Lost one", .lost, 1)
        try add("Idea", .idea, 100)
        try add("Won one", .won, 5)
        try add("Proposal small", .proposal, 10)
        try add("Proposal big", .proposal, 20)
        let titles = try f.db.opportunities(customerId: nil, openOnly: false).map(\.opportunity.title)
        #expect(titles == ["Proposal big", "Proposal small", "Idea", "Won one", "Lost one"])
        #expect(try f.db.opportunities(customerId: nil, openOnly: true).count == 3)
    }

    @Test func anOpenOpportunityWithoutANextStepIsRefusedNamingTheField() throws {
        let draft = OpportunityDraft(customerId: f.customer, title: "Huddle rooms", source: "", estimateCents: 0, owner: "sam")
        #expect(throws: AppError.invalidRecord(record: "opportunity", field: "next", reason: "an open opportunity needs a next step")) {
            try f.db.addOpportunity(draft, by: "sam", at: ContractFixture.at(1))
        }
        #expect(try f.db.opportunities(customerId: nil, openOnly: false).isEmpty)
    }

    @Test func theCustomerCaptureGathersNotesIntelAndOpportunities() throws {
        _ = try f.db.logInteraction(InteractionDraft(kind: .siteVisit, customerId: f.customer, at: ContractFixture.at(1),
                                                     text: "Walked Hall B; great progress, the team is delighted"),
                                    by: "sam", at: ContractFixture.at(1))
        _ = try f.db.addIntel(IntelDraft(customerId: f.customer, category: .priority, text: "Accessibility first"), today: today,
                              by: "sam", at: ContractFixture.at(2))
        _ = try f.db.addOpportunity(OpportunityDraft(customerId: f.customer, title: "Hall C", source: "", estimateCents: 0,
                                                     nextStep: "ask", owner: "sam"), by: "sam", at: ContractFixture.at(3))
        let capture = try f.db.customerCapture(customerId: f.customer, today: today, limit: 5)
        #expect(capture.interactions.count == 1)
        #expect(capture.interactions.first!.interaction.sentiment! > 0.25)
        #expect(capture.intel.map(\.intel.text) == ["Accessibility first"])
        #expect(capture.opportunities.map(\.opportunity.title) == ["Hall C"])
    }
}
