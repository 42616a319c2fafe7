import Foundation
import Testing
@testable import RapportModel

/// The rules of capture's drafts: each refusal names the field a form shows it under.
struct CaptureDraftTests {
    let today = LocalDate(year: 2026, month: 3, day: 10)
    let at = Date(timeIntervalSince1970: 1_773_133_200)

    @Test(arguments: [
        (Interaction.Kind.emailIn, "hello", "kind"),
        (.call, "   ", "text"),
        (.note, String(repeating: "x", count: 20_001), "text"),
    ])
    func aNoteIsRefusedOnItsField(kind: Interaction.Kind, text: String, field: String) {
        let error = #expect(throws: AppError.self) {
            try InteractionDraft(kind: kind, customerId: 1, at: at, text: text).cleaned()
        }
        guard case .invalidRecord("note", let named, _)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(named == field)
    }

    @Test func aNotesSubjectIsItsFirstLineClipped() throws {
        let long = String(repeating: "a", count: 100)
        let draft = try InteractionDraft(kind: .note, customerId: 1, at: at, text: "  \(long)\nsecond line ").cleaned()
        #expect(draft.subject == String(repeating: "a", count: 79) + "…")
        #expect(draft.text == "\(long)\nsecond line")
    }

    @Test func intelNeedsTextAndAReviewDayNotPast() {
        #expect(throws: AppError.invalidRecord(record: "intel", field: "text", reason: "the text is empty")) {
            try IntelDraft(customerId: 1, category: .priority, text: " ").cleaned(today: today)
        }
        #expect(throws: AppError.invalidRecord(record: "intel", field: "review", reason: "the review-by date 2026-03-09 is already past")) {
            try IntelDraft(customerId: 1, category: .priority, text: "x", reviewOn: today.adding(days: -1)).cleaned(today: today)
        }
    }

    @Test func intelIsDueFromItsReviewDayUntilReviewedOnOrAfterIt() {
        var intel = Intel(customerId: 1, category: .regionChange, text: "x", capturedBy: "sam", at: at, reviewOn: today)
        #expect(!intel.isDueForReview(on: today.adding(days: -1)))
        #expect(intel.isDueForReview(on: today))
        intel.reviewedOn = today.adding(days: -5)  // a review before the day does not count
        #expect(intel.isDueForReview(on: today))
        intel.reviewedOn = today
        #expect(!intel.isDueForReview(on: today.adding(days: 3)))
    }

    @Test func theFormOffersTheSevenCategoriesAndOther() {
        #expect(Intel.Category.offered.map(\.rawValue) == ["priority", "management-concern", "company-change", "region-change",
                                                          "politics", "other-department", "opportunity", "other"])
        #expect(Set(Intel.Category.offered) == Set(Intel.Category.allCases))
    }

    @Test(arguments: [
        ("", "sam", Int64(0), Opportunity.Stage.idea, "call", "title"),
        ("Hall", "", 0, .idea, "call", "owner"),
        ("Hall", "sam", -1, .idea, "call", "estimate"),
        ("Hall", "sam", 0, .proposal, " ", "next"),
    ])
    func anOpportunityIsRefusedOnItsField(title: String, owner: String, cents: Int64, stage: Opportunity.Stage, next: String,
                                          field: String) {
        let error = #expect(throws: AppError.self) {
            try OpportunityDraft(customerId: 1, title: title, source: "", estimateCents: cents, stage: stage, nextStep: next,
                                 owner: owner).cleaned()
        }
        guard case .invalidRecord("opportunity", let named, _)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(named == field)
    }

    @Test func aClosedOpportunityNeedsNoNextStep() throws {
        let draft = try OpportunityDraft(customerId: 1, title: "Hall", source: "", estimateCents: 0, stage: .lost, owner: "sam").cleaned()
        #expect(draft.stage == .lost)
    }

    @Test func stagesStepAlongThePipeline() {
        #expect(Opportunity.Stage.idea.next == .qualified)
        #expect(Opportunity.Stage.negotiation.next == .won)
        #expect(Opportunity.Stage.won.next == nil)
        #expect(Opportunity.Stage.lost.previous == .qualified)
        #expect(Opportunity.Stage.idea.previous == nil)
    }
}
