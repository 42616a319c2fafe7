import ArgumentParser
import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// Every refusal of the record commands, worded as the user reads it, with its exit status:
/// 1 for a refusal (nothing changed), 2 for a mistyped command line.
@Suite(.serialized)
struct RecordRefusalTests {
    let folder = NSTemporaryDirectory() + "rapport-refusals-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(RapportCommand.run(["init", db]).status == 0)
    }

    /// Runs a command line with `--db` after its first two words; fails the test when it is refused.
    @discardableResult
    func ok(_ words: [String]) -> String {
        let outcome = RapportCommand.run(Array(words.prefix(2) + ["--db", db] + words.dropFirst(2)))
        #expect(outcome.status == 0, "\(words): \(outcome.message)")
        return outcome.message
    }

    func refusal(_ words: [String]) -> String {
        let outcome = RapportCommand.run(Array(words.prefix(2) + ["--db", db] + words.dropFirst(2)))
        // A usage error (2) is followed by the usage lines; its first line is the message.
        let message = outcome.status == 2 ? String(outcome.message.split(separator: "\n").first ?? "") : outcome.message
        return "\(outcome.status) \(message)"
    }

    /// Contoso with Kim and Ana, Globex with Bo; CUO-0001 on 50/40/10 with retainage added, the
    /// deposit invoiced, a blocking item in Hall A, Hall A in two buildings; one confirmed assumption.
    func setUp() {
        ok(["customer", "add", "Contoso University"])
        ok(["customer", "add", "Globex"])
        ok(["contact", "add", "Contoso University", "Kim Lee", "--role", "champion"])
        ok(["contact", "add", "Contoso University", "Ana Ruiz", "--role", "signer"])
        ok(["contact", "add", "Globex", "Bo Chen"])
        ok(["project", "add", "Contoso University", "Refit", "--contract", "100,000", "--schedule", "50/40/10"])
        ok(["milestone", "add", "CUO-0001", "Retainage", "--kind", "retainage", "--amount", "5,000", "--acceptance"])
        ok(["milestone", "invoice", "CUO-0001", "Deposit", "--number", "INV-1", "--on", "2026-01-19"])
        ok(["location", "add", "CUO-0001", "Main / Hall A"])
        ok(["location", "add", "CUO-0001", "Annex / Hall A"])
        ok(["location", "add", "CUO-0001", "Main / Lobby"])
        ok(["punch", "add", "CUO-0001", "Projector flickers @Main / Hall A blocking"])
        ok(["assumption", "add", "CUO-0001", "Ceiling is drop tile", "--review", "2020-01-01"])
        ok(["assumption", "add", "CUO-0001", "Drops exist", "--review", "2020-01-01"])
        ok(["assumption", "review", "CUO-0001", "2", "confirm"])
    }

    static let refusals: [([String], String)] = [
        // customers
        (["customer", "add", "contoso university"], "1 Error: a customer named 'contoso university' exists already; nothing was saved"),
        (["customer", "add", "Initech", "--domains", "initech"],
         "1 Error: cannot save the customer: domains: 'initech' is not an e-mail domain (e.g. contoso.edu)"),
        (["customer", "add", " "], "1 Error: cannot save the customer: name: the name is empty"),
        (["customer", "add", "Initech", "--trajectory", "up"], "1 Error: trajectory=up: use expanding, stable, shrinking"),
        (["customer", "set", "Globex", "size=big"], "1 Error: unknown field 'size': use name, domains, regions or trajectory"),
        (["customer", "set", "Globex"], "1 Error: give at least one field=value, e.g. trajectory=expanding"),
        (["customer", "set", "Globex", "trajectory"], "1 Error: 'trajectory' is not field=value, e.g. trajectory=expanding"),
        (["customer", "set", "Globex", "name=Contoso University"],
         "1 Error: a customer named 'Contoso University' exists already; nothing was saved"),
        (["customer", "show", "Initech"], "1 Error: no customer named 'Initech'"),
        (["customer", "archive", "Contoso University"],
         "1 Error: Contoso University: cannot be archived while 1 project is not closed (CUO-0001); nothing was changed"),
        // contacts
        (["contact", "add", "Globex", "Al", "--email", "al@globex"], "1 Error: cannot save the contact: emails: 'al@globex' is not an e-mail address"),
        (["contact", "add", "Globex", "Al", "--role", "boss"], "1 Error: role=boss: use signer, champion, final-approver, gatekeeper, user"),
        (["contact", "add", "Globex", "Al", "--department", "hr"],
         "1 Error: department=hr: use executive, it-network, facilities, finance, end-user, procurement, av"),
        (["contact", "add", "Globex", "Al", "--influence", "9"],
         "1 Error: cannot save the contact: influence: influence is 9; it must be 1 to 5"),
        (["contact", "add", "Globex", "Al", "--influence", "high"],
         "2 Error: The value 'high' is invalid for '--influence <influence>'"),
        (["contact", "set", "Globex", "Bo Chen", "influence=high"], "1 Error: influence=high: use 1 to 5"),
        (["contact", "set", "Globex", "Bo Chen", "age=40"],
         "1 Error: unknown field 'age': use name, emails, phone, title, department, role or influence"),
        (["contact", "set", "Globex", "Kim Lee", "role=user"], "1 Error: Globex has no contact named 'Kim Lee'"),
        (["contact", "left", "Contoso University", "Kim Lee", "--successor", "Bo Chen"],
         "1 Error: Contoso University has no contact named 'Bo Chen'"),
        (["contact", "left", "Contoso University", "Kim Lee", "--successor", "Kim Lee"],
         "1 Error: Kim Lee cannot be their own successor; nothing was changed"),
        (["contact", "left", "Contoso University", "Kim Lee", "--on", "someday"],
         "1 Error: --on=someday: 'someday' is not a date: use today, tomorrow, a weekday (fri), +3d, +2w, or YYYY-MM-DD"),
        // projects
        (["project", "add", "Initech", "X"], "1 Error: no customer named 'Initech'"),
        (["project", "add", "Globex", "X", "--code", "cuo-0001"], "1 Error: the project code cuo-0001 is taken; nothing was saved"),
        (["project", "add", "Globex", "X", "--code", "GLX 1"],
         "1 Error: cannot save the project: code: 'GLX 1' may hold only letters, digits, -, _ and . (e.g. ACME-0001)"),
        (["project", "add", "Globex", "X", "--schedule", "50/30/10"], "1 Error: schedule '50/30/10': the shares add up to 90 %, not 100 %"),
        (["project", "add", "Globex", "X", "--contract", "ten"],
         "1 Error: --contract: 'ten' is not an amount; write it as 12500, 12,500.00 or $12,500.50"),
        (["project", "add", "Globex", "X", "--signed", "2026-03-02", "--target", "2026-03-01"],
         "1 Error: cannot save the project: target: the target date 2026-03-01 is before the signature 2026-03-02"),
        (["project", "add", "Globex", " "], "1 Error: cannot save the project: name: the name is empty"),
        (["project", "set", "CUO-0001", "budget=1"], "1 Error: unknown field 'budget': use code, name, contract, signed, target, pm, "
            + "sales-rep, concerns, scope or customer"),
        (["project", "set", "CUO-0001", "contract=-5"], "1 Error: cannot save the project: contract: the contract value cannot be negative"),
        (["project", "show", "NOPE-1"], "1 Error: no project with code 'NOPE-1'"),
        (["project", "stage", "CUO-0001", "done"],
         "1 Error: stage=done: use sold, design, rough-in, install, commission, punch, acceptance, warranty, closed"),
        (["project", "stage", "CUO-0001", "back"], "1 Error: CUO-0001 is at sold: there is no stage before"),
        (["project", "stage", "CUO-0001", "acceptance"], "1 Error: CUO-0001 cannot be accepted: 1 open item blocks acceptance (#1), "
            + "holding back $15,000.00; close or void them first"),
        // milestones
        (["milestone", "add", "CUO-0001", "X", "--amount", "1", "--kind", "bonus"], "1 Error: kind=bonus: use deposit, progress, final, retainage"),
        (["milestone", "add", "CUO-0001", "X", "--amount=-1"], "1 Error: cannot save the milestone: amount: the amount cannot be negative"),
        (["milestone", "add", "CUO-0001", "X"], "2 Error: Missing expected argument '--amount <amount>'"),
        (["milestone", "pay", "CUO-0001", "Bonus", "1"], "1 Error: CUO-0001 has no milestone 'Bonus'"),
        (["milestone", "invoice", "CUO-0001", "Deposit"],
         "1 Error: milestone Deposit: it was invoiced on 2026-01-19 (INV-1); nothing was changed"),
        (["milestone", "invoice", "CUO-0001", "Final"],
         "1 Error: milestone Final: it waits for the customer's acceptance; record acceptance first; nothing was changed"),
        (["milestone", "invoice", "CUO-0001", "Retainage"],
         "1 Error: milestone Retainage: the retainage is held; release it first; nothing was changed"),
        (["milestone", "pay", "CUO-0001", "Deposit", "50,000.01"],
         "1 Error: milestone Deposit: $50,000.01 is more than the $50,000.00 still owed; nothing was changed"),
        (["milestone", "pay", "CUO-0001", "Deposit", "0"], "1 Error: milestone Deposit: a payment must be more than $0.00; nothing was changed"),
        (["milestone", "pay", "CUO-0001", "Progress", "1"], "1 Error: milestone Progress: it is not invoiced yet; nothing was changed"),
        (["milestone", "delete", "CUO-0001", "Deposit"],
         "1 Error: milestone Deposit: it was invoiced; it can no longer be deleted; nothing was changed"),
        (["milestone", "set", "CUO-0001", "Deposit", "amount=1"],
         "1 Error: milestone Deposit: it was invoiced; its amount and kind can no longer change; nothing was changed"),
        (["milestone", "set", "CUO-0001", "Progress", "acceptance=maybe"], "1 Error: acceptance=maybe: use yes or no"),
        (["milestone", "set", "CUO-0001", "Progress", "rate=2"], "1 Error: unknown field 'rate': use name, kind, amount, due or acceptance"),
        (["milestone", "release", "CUO-0001", "Progress"], "1 Error: milestone Progress: it is not retainage; nothing was changed"),
        (["milestone", "release", "CUO-0001", "Retainage"],
         "1 Error: milestone Retainage: it waits for the customer's acceptance; record acceptance first; nothing was changed"),
        (["milestone", "release", "CUO-0001", "Retainage", "--hold"],
         "1 Error: milestone Retainage: the retainage is already held; nothing was changed"),
        (["milestone", "accept", "CUO-0001", "Final"], "1 Error: CUO-0001 cannot be accepted: 1 open item blocks acceptance (#1), "
            + "holding back $10,000.00; close or void them first"),
        // locations
        (["location", "add", "CUO-0001", "main/hall a"], "1 Error: the location 'Main / Hall A' exists already in the project; nothing was saved"),
        (["location", "add", "CUO-0001", " / "], "1 Error: cannot save the location: path: the path is empty"),
        (["location", "rename", "CUO-0001", "Lobby", "Annex / Hall A"],
         "1 Error: the location 'Annex / Hall A' exists already in the project; nothing was saved"),
        (["location", "rename", "CUO-0001", "Hall A", "Main / Hall 1"],
         "1 Error: location 'Hall A' matches 2 places (Annex / Hall A; Main / Hall A); type more of the path"),
        (["location", "set", "CUO-0001", "Roof", "VLAN=1"], "1 Error: CUO-0001 has no location 'Roof'"),
        (["location", "set", "CUO-0001", "Lobby", "VLAN="],
         "1 Error: location 'Main / Lobby': it has no fact 'VLAN'; nothing was changed"),
        (["location", "set", "CUO-0001", "Lobby", "=1"], "1 Error: cannot save the location: fact: the fact has no name"),
        // assumptions
        (["assumption", "add", "CUO-0001", " "], "1 Error: cannot save the assumption: text: the text is empty"),
        (["assumption", "review", "CUO-0001", "9", "confirm"], "1 Error: CUO-0001 has no assumption #9"),
        (["assumption", "review", "CUO-0001", "1", "invalid"], "1 Error: assumption 'Ceiling is drop tile': say what it changes "
            + "(scope, schedule, cost …); nothing was changed"),
        (["assumption", "review", "CUO-0001", "1", "postpone"], "1 Error: postpone: give the next review day with --until"),
        (["assumption", "review", "CUO-0001", "1", "postpone", "--until", "2020-01-02"],
         "1 Error: assumption 'Ceiling is drop tile': the new review day 2020-01-02 is not after today; nothing was changed"),
        (["assumption", "review", "CUO-0001", "2", "confirm"], "1 Error: assumption 'Drops exist': it is confirmed already; "
            + "set its status to open to review it again; nothing was changed"),
        (["assumption", "review", "CUO-0001", "1", "maybe"], "2 Error: The value 'maybe' is invalid for '<outcome>'. "
            + "Please provide one of 'confirm', 'invalid' or 'postpone'."),
        (["assumption", "set", "CUO-0001", "1", "status=wrong"], "1 Error: status=wrong: use open, confirmed, invalid"),
        (["assumption", "set", "CUO-0001", "1", "due=2026-01-01"], "1 Error: unknown field 'due': use text, owner, review or status"),
        // imports
        (["import", "customers", "/nonexistent.csv"], "1 Error: /nonexistent.csv: cannot read the file (no such file)"),
        (["import", "customers", "/tmp"], "1 Error: /tmp is a folder; give the CSV file's path"),
    ]

    @Test func everyRefusalSaysWhatAndChangesNothing() throws {
        setUp()
        let milestones = ok(["milestone", "list", "CUO-0001", "--format", "csv"])
        for (words, expected) in Self.refusals {
            #expect(refusal(words) == expected, "\(words.joined(separator: " "))")
        }
        // Nothing a refusal touched changed
        #expect(ok(["milestone", "list", "CUO-0001", "--format", "csv"]) == milestones)
    }

    @Test func closingWhileUnpaidAndStagesPastTheEndAreRefused() throws {
        setUp()
        ok(["punch", "set", "CUO-0001#1", "status=void"])
        ok(["project", "stage", "CUO-0001", "warranty"])
        #expect(refusal(["project", "stage", "CUO-0001", "closed"]) == "1 Error: CUO-0001 cannot be closed: 4 milestones are not "
                + "paid in full (Deposit, Progress, Final …), $105,000.00 owed")
        #expect(refusal(["contact", "left", "Contoso University", "Kim Lee", "--successor", "Ana Ruiz"]).hasPrefix("0"))
        #expect(refusal(["contact", "left", "Contoso University", "Kim Lee"])
                == "1 Error: Kim Lee left on \(try todayISO()) already; that history is kept; nothing was changed")
        #expect(refusal(["contact", "left", "Contoso University", "Ana Ruiz", "--successor", "Kim Lee"])
                == "1 Error: Ana Ruiz cannot be succeeded by Kim Lee, who has left or is archived; name someone still there; "
                + "nothing was changed")
    }

    func todayISO() throws -> String {
        LocalDate(Date(), in: TimeZone.current).iso
    }
}
