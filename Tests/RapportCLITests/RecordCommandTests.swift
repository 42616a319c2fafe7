import ArgumentParser
import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// Contract to cash from the command line, from an empty file, as a script would run it.
/// Dates are far in the past or future, so "due" and "overdue" do not depend on today.
@Suite(.serialized)
struct RecordCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-records-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(RapportCommand.run(["init", db]).status == 0)
    }

    /// Runs a command's `output()` with `--db` added after the subcommand words.
    func run<C: ParsableRecordCommand>(_ type: C.Type, _ arguments: [String]) throws -> String {
        try C.parse(["--db", db] + arguments).output()
    }

    /// The refusal of a command line, as the user reads it on stderr, with its exit status.
    func refusal(_ arguments: [String]) -> (Int32, String) {
        let words = arguments.prefix(2) + ["--db", db] + arguments.dropFirst(2)
        let outcome = RapportCommand.run(Array(words))
        return (outcome.status, outcome.message)
    }

    /// A customer with two contacts and a project on 50/40/10 with three rooms.
    func setUp() throws {
        _ = try run(RapportCommand.CustomerCommand.Add.self, ["Contoso University", "--domains", "contoso.edu",
                                                              "--trajectory", "expanding"])
        _ = try run(RapportCommand.ContactCommand.Add.self, ["Contoso University", "Kim Lee", "--email", "kim@contoso.edu",
                                                             "--role", "champion", "--department", "av", "--influence", "4"])
        _ = try run(RapportCommand.ContactCommand.Add.self, ["Contoso University", "Ana Ruiz", "--role", "signer",
                                                             "--department", "executive", "--influence", "5"])
        _ = try run(RapportCommand.ProjectCommand.Add.self, [
            "Contoso University", "Lecture hall refit", "--contract", "100,000", "--signed", "2020-01-06",
            "--target", "2099-06-01", "--schedule", "50/40/10", "--pm", "pat"])
        for room in ["Main / Level 1 / Hall A", "Main / Level 1 / Hall B", "Main / Level 2 / Control Room"] {
            _ = try run(RapportCommand.LocationCommand.Add.self, ["CUO-0001", room])
        }
    }

    @Test func aProjectIsLaidOnItsScheduleToTheCent() throws {
        _ = try run(RapportCommand.CustomerCommand.Add.self, ["Contoso University"])
        let added = try run(RapportCommand.ProjectCommand.Add.self, [
            "Contoso University", "Lecture hall refit", "--contract", "100,000.01", "--signed", "2026-01-05",
            "--target", "2026-05-29", "--schedule", "30/40/20/10"])
        #expect(added == """
            add project CUO-0001
              Deposit    deposit   $30,000.01     due 2026-01-19
              Progress   progress  $40,000.00     due 2026-03-18
              Final      final     $20,000.00     due 2026-05-29, waits for acceptance
              Retainage  retainage $10,000.00     due 2026-07-28, waits for acceptance
            """)
        #expect(try run(RapportCommand.ProjectCommand.List.self, ["--format", "csv"]) == """
            code,stage,customer,name,open_punch,assumptions_due\r
            CUO-0001,sold,Contoso University,Lecture hall refit,0,0\r

            """)
    }

    @Test func theListingsReadTheSameInEveryFormat() throws {
        try setUp()
        #expect(try run(RapportCommand.CustomerCommand.List.self, []) == """
            NAME                             TRAJECTORY ACTIVE PROJECTS CONTACTS ARCHIVED
            Contoso University               expanding  1      1        2
            1 customer

            """)
        #expect(try run(RapportCommand.MilestoneCommand.List.self, ["CUO-0001"]) == """
            ID    NAME                   KIND      AMOUNT         DUE        STATUS       INVOICE      PAID           ACCEPTANCE
            1     Deposit                deposit   $50,000.00     2020-01-20 not-invoiced              $0.00
            2     Progress               progress  $40,000.00     2059-09-18 not-invoiced              $0.00
            3     Final                  final     $10,000.00     2099-06-01 not-invoiced              $0.00          waits
            3 milestones, $100,000.00

            """)
        #expect(try run(RapportCommand.MilestoneCommand.List.self, ["CUO-0001", "--format", "json"]).hasPrefix("""
            [
              {
                "acceptance" : "",
                "amountCents" : 5000000,
                "dueOn" : "2020-01-20",
                "id" : 1,
                "invoice" : "",
                "kind" : "deposit",
                "name" : "Deposit",
                "paidCents" : 0,
                "status" : "not-invoiced"
              },
            """))
        #expect(try run(RapportCommand.LocationCommand.List.self, ["CUO-0001"]) == """
            LOCATION                             OPEN FACTS
            Main                                 0
              Level 1                            0
                Hall A                           0
                Hall B                           0
              Level 2                            0
                Control Room                     0
            3 locations

            """)
    }

    @Test func moneyMovesFromInvoiceToPartialPaymentsToPaid() throws {
        try setUp()
        #expect(try run(RapportCommand.MilestoneCommand.Invoice.self, ["CUO-0001", "Deposit", "--on", "2020-01-20",
                                                                       "--number", "INV-101", "--due", "2020-02-19"])
                == "invoice Deposit as INV-101 (CUO-0001)")
        #expect(try run(RapportCommand.MilestoneCommand.Pay.self, ["CUO-0001", "deposit", "20,000", "--on", "2020-02-10"])
                == "record payment of $20,000.00 on Deposit (CUO-0001): $30,000.00 still owed")
        #expect(try run(RapportCommand.ProjectCommand.Show.self, ["CUO-0001"]).contains("""
            Money:     contract $100,000.00, invoiced $50,000.00, paid $20,000.00, outstanding $30,000.00, overdue $30,000.00
            Held back: nothing: no open item blocks acceptance
            Next:      collect $30,000.00 on Deposit, overdue since 2020-02-19
            """))
        #expect(refusal(["milestone", "pay", "CUO-0001", "Deposit", "30,000.01"])
                == (1, "Error: milestone Deposit: $30,000.01 is more than the $30,000.00 still owed; nothing was changed"))
        #expect(try run(RapportCommand.MilestoneCommand.Pay.self, ["CUO-0001", "Deposit", "30,000"])
                == "record payment of $30,000.00 on Deposit (CUO-0001): paid in full")
        #expect(refusal(["milestone", "delete", "CUO-0001", "Deposit"])
                == (1, "Error: milestone Deposit: it was invoiced; it can no longer be deleted; nothing was changed"))
    }

    @Test func theProjectWalksToAcceptanceOnlyOnceNothingBlocksIt() throws {
        try setUp()
        _ = try RapportCommand.Punch.Add.parse(["--db", db, "CUO-0001", "Projector flickers @Hall A !1 blocking"]).output()
        #expect(try run(RapportCommand.ProjectCommand.Stage.self, ["CUO-0001", "punch"]) == "move CUO-0001 from sold to punch")
        #expect(refusal(["project", "stage", "CUO-0001", "next"]) == (1, "Error: CUO-0001 cannot be accepted: 1 open item "
                + "blocks acceptance (#1), holding back $10,000.00; close or void them first"))
        #expect(refusal(["milestone", "accept", "CUO-0001", "Final"]).0 == 1)
        _ = try RapportCommand.Punch.Set.parse(["--db", db, "CUO-0001#1", "status=closed"]).output()
        #expect(try run(RapportCommand.ProjectCommand.Stage.self, ["CUO-0001", "next"]) == "move CUO-0001 from punch to acceptance")
        #expect(try run(RapportCommand.MilestoneCommand.Accept.self, ["CUO-0001", "Final", "--on", "2099-05-30"])
                == "record acceptance of Final (CUO-0001) on 2099-05-30")
        #expect(refusal(["project", "stage", "CUO-0001", "closed"]) == (1, "Error: CUO-0001 cannot be closed: 3 milestones "
                + "are not paid in full (Deposit, Progress, Final), $100,000.00 owed"))
        #expect(try run(RapportCommand.ProjectCommand.Stage.self, ["CUO-0001", "back", "--note", "snag list reopened"])
                == "move CUO-0001 from acceptance to punch (reopened: Final)")
        let history = try run(RapportCommand.ProjectCommand.History.self, ["CUO-0001", "--format", "csv"])
        #expect(history.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(2).joined(separator: ",") } == [
            "from,to,note", "acceptance,punch,snag list reopened; reopened Final", "punch,acceptance,", "sold,punch,", ",sold,created",
        ])
    }

    @Test func theChampionLeavesAndTheHistoryStays() throws {
        try setUp()
        #expect(try run(RapportCommand.ContactCommand.Left.self, ["Contoso University", "kim lee", "--on", "2026-03-01",
                                                                  "--successor", "Ana Ruiz"])
                == "mark Kim Lee left, succeeded by Ana Ruiz")
        #expect(try run(RapportCommand.ContactCommand.List.self, ["Contoso University"]) == """
            ID    NAME                 ROLE           DEPARTMENT  INF EMAILS                     LEFT       SUCCESSOR
            2     Ana Ruiz             signer         executive   5
            1     Kim Lee              champion       av          4   kim@contoso.edu            2026-03-01 Ana Ruiz
            2 contacts

            """)
        #expect(refusal(["contact", "left", "Contoso University", "Kim Lee"])
                == (1, "Error: Kim Lee left on 2026-03-01 already; that history is kept; nothing was changed"))
    }

    @Test func dueAssumptionsAreListedAcrossProjectsAndReviewed() throws {
        try setUp()
        #expect(try run(RapportCommand.AssumptionCommand.Add.self, ["CUO-0001", "Ceiling is drop tile", "--owner", "pat",
                                                                    "--review", "2020-03-01"])
                == "add assumption to CUO-0001 (#1)")
        _ = try run(RapportCommand.AssumptionCommand.Add.self, ["CUO-0001", "Owner supplies displays", "--owner", "ana",
                                                                "--review", "2099-01-01"])
        #expect(try run(RapportCommand.AssumptionsCommand.Due.self, []) == """
            ID    PROJECT    STATUS    REVIEW     OWNER      ASSUMPTION
            1     CUO-0001   due       2020-03-01 pat        Ceiling is drop tile
            1 assumption due

            """)
        #expect(refusal(["assumption", "review", "CUO-0001", "1", "invalid"]) == (1, "Error: assumption 'Ceiling is drop tile': "
                + "say what it changes (scope, schedule, cost …); nothing was changed"))
        #expect(try run(RapportCommand.AssumptionCommand.Review.self, ["CUO-0001", "1", "invalid", "--changes",
                                                                       "Hard lid: access panels", "--raise", "blocking-punch"])
                == "invalidate assumption of CUO-0001; raised CUO-0001#1")
        #expect(try run(RapportCommand.AssumptionsCommand.Due.self, ["--format", "json"]) == "[\n\n]\n")
        #expect(try run(RapportCommand.ProjectCommand.List.self, []).contains("CUO-0001   sold       Contoso University       "
                                                                            + "Lecture hall refit             1    0"))
    }

    @Test func locationsAreRenamedWithWhatIsUnderThemAndCarryFacts() throws {
        try setUp()
        #expect(try run(RapportCommand.LocationCommand.Set.self, ["CUO-0001", "Hall A", "VLAN=120", "mount height=2.4 m",
                                                                  "--verified"])
                == "set VLAN of Main / Level 1 / Hall A (CUO-0001)\nset mount height of Main / Level 1 / Hall A (CUO-0001)")
        _ = try run(RapportCommand.LocationCommand.Add.self, ["CUO-0001", "Main / Level 1"])
        #expect(try run(RapportCommand.LocationCommand.Rename.self, ["CUO-0001", "Main / Level 1", "Main / Ground"])
                == "rename location Main / Level 1 to Main / Ground (CUO-0001) (2 under it moved too)")
        #expect(try run(RapportCommand.LocationCommand.List.self, ["CUO-0001", "--format", "csv"]) == """
            path,open_punch,facts\r
            Main,0,\r
            Main / Ground,0,\r
            Main / Ground / Hall A,0,mount height=2.4 m; VLAN=120\r
            Main / Ground / Hall B,0,\r
            Main / Level 2,0,\r
            Main / Level 2 / Control Room,0,\r

            """)
        #expect(refusal(["location", "set", "CUO-0001", "Hall", "x=1"]) == (1, "Error: CUO-0001 has no location 'Hall'"))
    }
}

extension RecordCommandTests {
    func write(_ name: String, _ text: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func anImportIsAllOrNothingAndNamesTheLine() throws {
        let companies = try write("companies.csv", "Company Name,Website\nNorthwind Traders,www.northwind.com\nFabrikam,fabrikam.com\n")
        #expect(try RapportCommand.ImportCommand.Customers.parse([companies, "--db", db]).output()
                == "import 2 customers from companies.csv")
        // A second run refuses the first row that exists, and adds nothing
        #expect(RapportCommand.run(["import", "customers", companies, "--db", db]).message
                == "Error: companies.csv:2: a customer named 'Northwind Traders' exists already; nothing was imported")
        // Contacts name their customer; an unknown one refuses the whole file
        let people = try write("people.csv", "Name,Company,Email\nJo Park,Northwind Traders,jo@northwind.com\nLi Wu,Initech,li@initech.com\n")
        let outcome = RapportCommand.run(["import", "contacts", people, "--db", db])
        #expect(outcome.status == 1)
        #expect(outcome.message == "Error: people.csv:3: no customer named 'Initech'; nothing was imported")
        #expect(try run(RapportCommand.ContactCommand.List.self, ["Northwind Traders"]).hasSuffix("0 contacts\n"))
        // A cell its field cannot take is named with line and column, before anything is written
        let deals = try write("deals.csv", "Deal Name,Company,Amount\nLobby,Fabrikam,ten\n")
        #expect(RapportCommand.run(["import", "projects", deals, "--db", db]).message == "Error: deals.csv, line 2, field Amount: "
                + "'ten' is not an amount; write it as 12500, 12,500.00 or $12,500.50\nNothing was imported.")
        #expect(try RapportCommand.ImportCommand.Projects.parse([deals, "--db", db, "--map", "Amount=ignore"]).output()
                == "import 1 project from deals.csv")
        #expect(try run(RapportCommand.ProjectCommand.List.self, ["--format", "csv"]).contains("FAB-0001,sold,Fabrikam,Lobby,0,0"))
    }
}

/// The record commands' common shape, so the tests can parse and run any of them.
protocol ParsableRecordCommand: ParsableCommand {
    func output() throws -> String
}

extension RapportCommand.CustomerCommand.List: ParsableRecordCommand {}
extension RapportCommand.CustomerCommand.Add: ParsableRecordCommand {}
extension RapportCommand.ContactCommand.Add: ParsableRecordCommand {}
extension RapportCommand.ContactCommand.List: ParsableRecordCommand {}
extension RapportCommand.ContactCommand.Left: ParsableRecordCommand {}
extension RapportCommand.ProjectCommand.Add: ParsableRecordCommand {}
extension RapportCommand.ProjectCommand.List: ParsableRecordCommand {}
extension RapportCommand.ProjectCommand.Show: ParsableRecordCommand {}
extension RapportCommand.ProjectCommand.Stage: ParsableRecordCommand {}
extension RapportCommand.ProjectCommand.History: ParsableRecordCommand {}
extension RapportCommand.MilestoneCommand.List: ParsableRecordCommand {}
extension RapportCommand.MilestoneCommand.Invoice: ParsableRecordCommand {}
extension RapportCommand.MilestoneCommand.Pay: ParsableRecordCommand {}
extension RapportCommand.MilestoneCommand.Accept: ParsableRecordCommand {}
extension RapportCommand.LocationCommand.Add: ParsableRecordCommand {}
extension RapportCommand.LocationCommand.List: ParsableRecordCommand {}
extension RapportCommand.LocationCommand.Set: ParsableRecordCommand {}
extension RapportCommand.LocationCommand.Rename: ParsableRecordCommand {}
extension RapportCommand.AssumptionCommand.Add: ParsableRecordCommand {}
extension RapportCommand.AssumptionCommand.Review: ParsableRecordCommand {}
extension RapportCommand.AssumptionsCommand.Due: ParsableRecordCommand {}

