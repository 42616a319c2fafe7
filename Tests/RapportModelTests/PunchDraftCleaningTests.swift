import Foundation
import Testing
import RapportModel

/// The draft rules every entrance shares: trimming, the empty title, and the length limits.
@Suite struct PunchDraftCleaningTests {
    @Test func aDraftIsTrimmedAndAnEmptyLocationIsNone() throws {
        let draft = PunchDraft(title: "  Rack fan loud \n", detail: " hums ", location: "  ", assignee: " dana ",
                               ballInCourt: " ")
        let cleaned = try draft.cleaned()
        #expect(cleaned == PunchDraft(title: "Rack fan loud", detail: "hums", location: nil, assignee: "dana",
                                      ballInCourt: "us"))
    }

    @Test(arguments: [
        (PunchDraft(title: " \t "), PunchDraftError.empty(.title), "the title is empty"),
        (PunchDraft(title: "x", number: 0), .badNumber(0), "number 0 is not a positive number"),
    ])
    func brokenRulesAreRefusedWithTheirReason(draft: PunchDraft, error: PunchDraftError, message: String) {
        #expect(throws: error) { try draft.cleaned() }
        #expect(error.description == message)
    }

    @Test(arguments: [
        (PunchField.title, PunchLimits.title), (.detail, PunchLimits.detail), (.location, PunchLimits.location),
        (.assignee, PunchLimits.assignee), (.ballInCourt, PunchLimits.ballInCourt),
    ])
    func eachTextFieldHoldsItsLimitAndNotOneMore(field: PunchField, limit: Int) throws {
        func draft(_ length: Int) -> PunchDraft {
            var draft = PunchDraft(title: "Rack fan loud")
            let text = String(repeating: "a", count: length)
            switch field {
            case .title: draft.title = text
            case .detail: draft.detail = text
            case .location: draft.location = text
            case .assignee: draft.assignee = text
            case .ballInCourt: draft.ballInCourt = text
            default: Issue.record("not a text field: \(field)")
            }
            return draft
        }
        // At the limit it is kept; one more is refused, naming the field and the limit
        _ = try draft(limit).cleaned()
        #expect(throws: PunchDraftError.tooLong(field, length: limit + 1, limit: limit)) { try draft(limit + 1).cleaned() }
    }

    @Test func theLimitsAreTheDocumentedOnes() {
        let limits: [Int] = [PunchLimits.title, PunchLimits.detail, PunchLimits.location, PunchLimits.assignee,
                             PunchLimits.ballInCourt]
        #expect(limits == [500, 20_000, 500, 200, 200])
        #expect(PunchDraftError.tooLong(.title, length: 612, limit: 500).description
            == "the title is 612 characters long; at most 500 are allowed")
        #expect(PunchDraftError.tooLong(.ballInCourt, length: 201, limit: 200).description
            == "the ball in court is 201 characters long; at most 200 are allowed")
    }

    @Test func combiningMarksCountTowardTheLimit() {
        // One character on screen, 501 code points: refused, as its cost is in the code points
        let title = "e" + String(repeating: "\u{301}", count: 500)
        #expect(title.count == 1)
        #expect(throws: PunchDraftError.tooLong(.title, length: 501, limit: 500)) { try PunchDraft(title: title).cleaned() }
    }

    @Test func aChangeIsCheckedAsADraftIs() throws {
        let long = String(repeating: "n", count: 201)
        #expect(throws: PunchDraftError.tooLong(.assignee, length: 201, limit: 200)) { try PunchChange.assign(long).cleaned() }
        #expect(throws: PunchDraftError.tooLong(.location, length: 501, limit: 500)) {
            try PunchChange.setLocation(String(repeating: "r", count: 501)).cleaned()
        }
        #expect(throws: PunchDraftError.empty(.title)) { try PunchChange.edit(PunchDraft(title: "")).cleaned() }
        #expect(try PunchChange.assign(" sam ").cleaned() == .assign("sam"))
        #expect(try PunchChange.setLocation("  ").cleaned() == .setLocation(nil))
        #expect(try PunchChange.advance.cleaned() == .advance)
    }
}
