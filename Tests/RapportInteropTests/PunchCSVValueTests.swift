import Testing
import RapportModel
@testable import RapportInterop

@Suite struct PunchCSVValueTests {
    @Test(arguments: [
        ("P1", Priority.p1), ("p1", .p1), ("1", .p1), ("High", .p1), ("URGENT", .p1), ("critical", .p1), ("!1", .p1),
        ("P2", .p2), ("2", .p2), ("medium", .p2), ("Normal", .p2),
        ("P3", .p3), ("3", .p3), ("low", .p3), ("Minor", .p3),
    ])
    func priorities(cell: String, expected: Priority) throws {
        // Given a priority as another tool writes it, when imported, then it is ours
        #expect(try importCell("Priority", cell).priority == expected)
    }

    @Test(arguments: [
        ("open", PunchStatus.open), ("Open", .open), ("Work Required", .open), ("Not Accepted", .open),
        ("in progress", .inProgress), ("In-Progress", .inProgress), ("in_progress", .inProgress),
        ("Work in Progress", .inProgress),
        ("ready", .readyForReview), ("Ready for Review", .readyForReview), ("Pending Review", .readyForReview),
        ("Completed Pending", .readyForReview), ("Ready to Close", .readyForReview),
        // Fieldwire and Autodesk Build: the trade is done, the check is not; it still blocks acceptance
        ("Completed", .readyForReview),
        ("closed", .closed), ("Complete", .closed), ("Done", .closed), ("Verified", .closed),
        ("void", .void), ("Voided", .void), ("Cancelled", .void), ("canceled", .void),
    ])
    func statuses(cell: String, expected: PunchStatus) throws {
        #expect(try importCell("Status", cell).status == expected)
    }

    @Test(arguments: [
        ("audio", PunchCategory.audio), ("Audio", .audio), ("Video", .video), ("Display", .video),
        ("Control", .control), ("Controls", .control), ("Programming", .control),
        ("Cabling", .cabling), ("Low Voltage", .cabling), ("low-voltage", .cabling),
        ("Network", .network), ("IT", .network), ("Network/IT", .network),
        ("Electrical", .electrical),
        ("physical-install", .physicalInstall), ("Physical Install", .physicalInstall),
        ("Mounting", .physicalInstall), ("Millwork", .physicalInstall),
        ("documentation", .documentation), ("Closeout Docs", .documentation),
        ("other", .other), ("Misc", .other),
    ])
    func categories(cell: String, expected: PunchCategory) throws {
        #expect(try importCell("Trade", cell).category == expected)
    }

    @Test(arguments: [
        ("2026-03-08", date(2026, 3, 8)),
        ("03/28/2026", date(2026, 3, 28)),
        ("3/28/2026", date(2026, 3, 28)),
        // A part above 12 settles the order: month first, or day first
        ("12/31/2026", date(2026, 12, 31)),
        ("31/12/2026", date(2026, 12, 31)),
        ("04/04/2026", date(2026, 4, 4)),
        // ISO with a time after it, as exports write instants
        ("2026-03-08T14:05:00Z", date(2026, 3, 8)),
        ("08.03.2026", date(2026, 3, 8)),
        ("8.3.2026", date(2026, 3, 8)),
        ("29.02.2028", date(2028, 2, 29)),
    ])
    func dueDates(cell: String, expected: LocalDate) throws {
        #expect(try importCell("Due Date", cell).dueOn == expected)
    }

    @Test(arguments: [
        ("yes", true), ("Y", true), ("TRUE", true), ("1", true), ("x", true), ("X", true),
        ("no", false), ("N", false), ("false", false), ("0", false), ("", false),
    ])
    func blocksAcceptance(cell: String, expected: Bool) throws {
        #expect(try importCell("Blocking", cell).blocksAcceptance == expected)
    }

    @Test(arguments: [
        ("us", "us"), ("Us", "us"), ("Customer", "customer"), ("Owner", "customer"), ("client", "customer"),
        ("Sub", "sub"), ("Subcontractor", "sub"), ("", "us"),
        // Procore puts a person there; it is kept as written
        ("Dana Whitfield", "Dana Whitfield"),
    ])
    func ballInCourt(cell: String, expected: String) throws {
        #expect(try importCell("Ball In Court", cell).ballInCourt == expected)
    }

    @Test(arguments: [
        ("walkthrough", PunchItem.Source.walkthrough), ("Site Walk", .walkthrough),
        ("Meeting", .meeting), ("e-mail", .email), ("Email", .email),
    ])
    func sources(cell: String, expected: PunchItem.Source) throws {
        #expect(try importCell("Source", cell).source == expected)
    }

    @Test(arguments: [("12", 12), ("#12", 12), ("1", 1), ("", nil)] as [(String, Int?)])
    func numbers(cell: String, expected: Int?) throws {
        #expect(try importCell("#", cell).number == expected)
    }

    @Test func textFieldsAreTrimmedButTheDetailKeepsItsLines() throws {
        // Given cells with padding, and a detail written with Windows line breaks
        let rows = try importPunch("Title,Room,Assigned To,Description\n"
            + "  HDMI fails  , Board Room ,  Dana ,\"Line one\r\nline two\rthree \"\n")
        // Then the fields are trimmed; the detail keeps its lines, its line breaks as \n
        let draft = try #require(rows.first?.draft)
        #expect(draft.title == "HDMI fails")
        #expect(draft.location == "Board Room")
        #expect(draft.assignee == "Dana")
        #expect(draft.detail == "Line one\nline two\nthree")
    }

    @Test func emptyCellsAndMissingColumnsTakeTheDefaults() throws {
        // Given a file with only a title column, and one with every column present but empty
        let titleOnly = try importPunch("Title\nHDMI fails\n")
        let allEmpty = try importPunch(PunchCSV.header.joined(separator: ",") + "\n,HDMI fails,,,,,,,,,,\n")
        // Then both give the draft a quick-add with just a title gives
        let expected = PunchDraft(title: "HDMI fails")
        #expect(titleOnly.map(\.draft) == [expected])
        #expect(allEmpty.map(\.draft) == [expected])
        #expect(expected.category == .other && expected.location == nil && expected.number == nil)
    }

    @Test func unknownColumnsAreIgnoredAndEmptyRowsSkipped() throws {
        // Given a Procore-like export with columns Rapport does not keep and trailing rows of commas
        let text = "Item #,Subject,Private,Punch Item Manager,Priority\n"
            + "4,Rack door rubs,No,Kim,High\n"
            + ",,,,\n"
            + " , ,,,\n"
        // When it is imported
        let rows = try importPunch(text)
        // Then the known columns are read, the others left out (the plan lists them), and the empty rows dropped
        #expect(rows == [PunchImportRow(line: 2, draft: PunchDraft(title: "Rack door rubs", priority: .p1, number: 4))])
    }

    @Test(arguments: [
        ("Title;Priority;Room\n\"Rack; rear\";P1;Lobby\n", "Rack; rear"),
        ("Title\tPriority\tRoom\nRack, rear\tP1\tLobby\n", "Rack, rear"),
        ("Title;Priority;Room;\"Cost, USD\"\nRack;P1;Lobby;1,5\n", "Rack"),
    ])
    func semicolonAndTabFilesAreRecognisedByTheirHeader(text: String, title: String) throws {
        // Given a file from a European Excel (;) or a "text" export (tab)
        // When it is imported
        let rows = try importPunch(text)
        // Then its columns are found as in a comma file
        #expect(rows.map(\.draft) == [PunchDraft(title: title, location: "Lobby", priority: .p1)])
    }
}
