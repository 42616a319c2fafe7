import Foundation
import Testing
import RapportModel

/// The field values the edit form and `punch set` read, parsed once.
@Suite struct PunchFieldParserTests {
    static let today = LocalDate(year: 2026, month: 3, day: 10)  // a Tuesday

    @Test(arguments: [("1", Priority.p1), ("P2", .p2), (" p3 ", .p3)])
    func prioritiesAreANumberWithOrWithoutP(text: String, priority: Priority) throws {
        #expect(try PunchFieldParser.priority(text) == priority)
    }

    @Test(arguments: ["4", "P0", "high", "", "11"])
    func otherPrioritiesAreRefused(text: String) {
        #expect(throws: PunchDraftError.badPriority(text)) { try PunchFieldParser.priority(text) }
    }

    @Test func statusesAreTheQuickAddWords() throws {
        #expect(try PunchFieldParser.status("Ready") == .readyForReview)
        #expect(try PunchFieldParser.status("inprog") == .inProgress)
        #expect(throws: PunchDraftError.badStatus("done")) { try PunchFieldParser.status("done") }
        #expect(PunchDraftError.badStatus("done").description
            == "'done' is not a status: use open, in-progress, ready, closed or void")
    }

    @Test func categoriesTakeTheirShortNames() throws {
        #expect(try PunchFieldParser.category("Docs") == .documentation)
        #expect(throws: PunchDraftError.badCategory("vidoe")) { try PunchFieldParser.category("vidoe") }
        #expect(PunchDraftError.badCategory("vidoe").field == .category)
    }

    @Test func dueDatesAreDateExpressionsAndNoneClears() throws {
        #expect(try PunchFieldParser.due("fri", today: Self.today) == LocalDate(year: 2026, month: 3, day: 13))
        #expect(try PunchFieldParser.due(" none ", today: Self.today) == nil)
        #expect(try PunchFieldParser.due("", today: Self.today) == nil)
        #expect(throws: PunchDraftError.badDue("someday", .notADate("someday"))) {
            try PunchFieldParser.due("someday", today: Self.today)
        }
    }

    @Test func yesAndNo() throws {
        #expect(try ["yes", "Y", "true"].map { try PunchFieldParser.yesNo($0) } == [true, true, true])
        #expect(try ["no", "n", "FALSE", ""].map { try PunchFieldParser.yesNo($0) } == [false, false, false, false])
        #expect(throws: PunchDraftError.badYesNo(.blocking, "maybe")) { try PunchFieldParser.yesNo("maybe") }
    }

    @Test func aFormIsReadWholeAndEveryWrongFieldIsNamed() {
        // Given a form with a bad priority, a bad due date and a title over the limit
        let original = PunchDraft(title: "Rack fan loud", assignee: "dana")
        let long = String(repeating: "t", count: 501)
        let (_, errors) = original.reading([.title: long, .priority: "9", .due: "someday", .assignee: "li"],
                                           today: Self.today)
        // Then each is reported at its field
        #expect(errors.map(\.field) == [.title, .priority, .due])
        #expect(errors.first == .tooLong(.title, length: 501, limit: 500))
    }

    @Test func aGoodFormGivesTheDraft() {
        let original = PunchDraft(title: "Rack fan loud", number: 7)
        let (draft, errors) = original.reading([
            .title: " Rack fan very loud ", .location: " ", .category: "video", .priority: "P1", .assignee: " li ",
            .due: "fri", .blocking: "yes", .ballInCourt: "", .detail: "hums at 60 Hz",
        ], today: Self.today)
        #expect(errors.isEmpty)
        #expect(draft == PunchDraft(title: "Rack fan very loud", detail: "hums at 60 Hz", location: nil, category: .video,
                                    priority: .p1, assignee: "li", dueOn: LocalDate(year: 2026, month: 3, day: 13),
                                    blocksAcceptance: true, ballInCourt: "us", number: 7))
    }
}
