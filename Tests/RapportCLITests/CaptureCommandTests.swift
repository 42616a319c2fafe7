import ArgumentParser
import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// Capture from the command line: notes with their tone, intel with review-by dates, and the
/// opportunity pipeline up to won and its project. Dates are far in the past or future, so
/// nothing depends on today.
@Suite(.serialized)
struct CaptureCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-capture-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(RapportCommand.run(["init", db]).status == 0)
        _ = try run(RapportCommand.CustomerCommand.Add.self, ["Contoso University", "--domains", "contoso.edu"])
        _ = try run(RapportCommand.ContactCommand.Add.self, ["Contoso University", "Kim Lee", "--role", "champion"])
        _ = try run(RapportCommand.ProjectCommand.Add.self, ["Contoso University", "Lecture hall refit", "--contract", "100,000"])
    }

    func run<C: ParsableRecordCommand>(_ type: C.Type, _ arguments: [String]) throws -> String {
        try C.parse(["--db", db] + arguments).output()
    }

    func refusal(_ arguments: [String]) -> (Int32, String) {
        let words = arguments.prefix(2) + ["--db", db] + arguments.dropFirst(2)
        let outcome = RapportCommand.run(Array(words))
        return (outcome.status, outcome.message)
    }

    @Test func aLoggedCallSaysItsToneAndIsListed() throws {
        let logged = try run(RapportCommand.NoteCommand.Add.self, [
            "contoso university", "Per my last email, the display wall is still not working", "--kind", "call", "--contact", "kim lee",
            "--project", "CUO-0001", "--on", "2020-05-04"])
        let tone = SentimentAnalyzer().analyze("Per my last email, the display wall is still not working")
        #expect(logged.hasPrefix("log call with Contoso University (#1), tone \(tone.scoreText) negative: "))
        #expect(try run(RapportCommand.NoteCommand.List.self, ["Contoso University"]) == """
            ID    ON         KIND       TONE  PROJECT    WITH             SUBJECT
            1     2020-05-04 call       \(tone.scoreText) CUO-0001   Kim Lee          Per my last email, the display wall is still not working
            1 entry

            """)
        let json = try run(RapportCommand.NoteCommand.List.self, ["--format", "json"])
        #expect(json.contains("\"kind\" : \"call\""))
        #expect(json.contains("\"contact\" : \"Kim Lee\""))
    }

    @Test func aNoteOfAKindNotLoggedByHandIsRefused() {
        let (status, message) = refusal(["note", "add", "Contoso University", "hello", "--kind", "email-in"])
        #expect(status != 0)
        #expect(message.contains("--kind=email-in: use call, site-visit, note"))
    }

    @Test func intelIsCapturedListedAndReviewed() throws {
        let added = try run(RapportCommand.IntelCommand.Add.self, [
            "Contoso University", "Opening a Boston campus next year", "--category", "region-change", "--contact", "Kim Lee",
            "--review", "2099-01-01"])
        #expect(added == "capture region-change intel on Contoso University (#1)")
        #expect(try run(RapportCommand.IntelCommand.List.self, ["--format", "csv"]) == """
            id,customer,category,review_on,state,source,text\r
            1,Contoso University,region-change,2099-01-01,,Kim Lee,Opening a Boston campus next year\r

            """)
        #expect(try run(RapportCommand.IntelCommand.List.self, ["--due"]).hasSuffix("0 intel entries, 0 due\n"))
        #expect(try run(RapportCommand.IntelCommand.Review.self, ["1", "--again", "2099-06-01"])
                == "review intel #1, again 2099-06-01")
        #expect(try run(RapportCommand.IntelCommand.List.self, []).contains("2099-06-01 reviewed"))
        let (status, message) = refusal(["intel", "add", "Contoso University", "x", "--category", "gossip"])
        #expect(status != 0)
        #expect(message.contains("--category gossip: use priority, management-concern, company-change, region-change"))
    }

    @Test func anOpportunityMovesToWonAndBecomesAProject() throws {
        let added = try run(RapportCommand.OpportunityCommand.Add.self, [
            "Contoso University", "Second lecture hall", "--source", "site walk", "--estimate", "85,000", "--stage", "negotiation",
            "--next", "send the revised proposal", "--owner", "sam"])
        #expect(added == "add opportunity Second lecture hall (#1)")
        #expect(try run(RapportCommand.OpportunityCommand.Set.self, ["1", "estimate=92000"]) == "edit opportunity Second lecture hall")
        #expect(try run(RapportCommand.OpportunityCommand.List.self, []) == """
            ID    CUSTOMER             STAGE       ESTIMATE       OWNER        PROJECT    TITLE                        SOURCE         NEXT STEP
            1     Contoso University   negotiation $92,000.00     sam                     Second lecture hall          site walk      send the revised proposal
            1 opportunity, 1 open worth $92,000.00

            """)
        #expect(try run(RapportCommand.OpportunityCommand.Move.self, ["1", "won"])
                == "move opportunity Second lecture hall: negotiation → won; make it a project: rapport project add --opportunity 1 …")
        #expect(try run(RapportCommand.OpportunityCommand.List.self, []).hasSuffix("0 opportunities, 0 open worth $0.00\n"))
        _ = try run(RapportCommand.ProjectCommand.Add.self, ["Contoso University", "Second lecture hall", "--contract", "92,000",
                                                             "--opportunity", "1"])
        let json = try run(RapportCommand.OpportunityCommand.List.self, ["--all", "--format", "json"])
        #expect(json.contains("\"project\" : \"CUO-0002\""))
        #expect(json.contains("\"estimateCents\" : 9200000"))
        let (status, message) = refusal(["opportunity", "move", "1", "lost"])
        #expect(status != 0)
        #expect(message.contains("stage: it became a project already and stays won"))
    }

    @Test func anOpenOpportunityWithoutANextStepIsRefusedNamingTheField() {
        let (status, message) = refusal(["opportunity", "add", "Contoso University", "Huddle rooms"])
        #expect(status != 0)
        #expect(message.contains("cannot save the opportunity: next: an open opportunity needs a next step"))
    }
}

extension RapportCommand.NoteCommand.Add: ParsableRecordCommand {}
extension RapportCommand.NoteCommand.List: ParsableRecordCommand {}
extension RapportCommand.IntelCommand.Add: ParsableRecordCommand {}
extension RapportCommand.IntelCommand.List: ParsableRecordCommand {}
extension RapportCommand.IntelCommand.Review: ParsableRecordCommand {}
extension RapportCommand.OpportunityCommand.Add: ParsableRecordCommand {}
extension RapportCommand.OpportunityCommand.List: ParsableRecordCommand {}
extension RapportCommand.OpportunityCommand.Set: ParsableRecordCommand {}
extension RapportCommand.OpportunityCommand.Move: ParsableRecordCommand {}
