import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// Data that tries to drive the terminal (OSC 52, OSC 0, ESC[2J, backspaces, bidi overrides)
/// never reaches it raw from the CLI: not from a listing, an export, an echo or an error.
@Suite(.serialized)
struct HostileTextTests {
    let folder = NSTemporaryDirectory() + "rapport-hostile-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }
    static let hostile = "Rack \u{1B}]52;c;cHduZWQ=\u{07}fan\u{1B}]0;PWNED\u{07} \u{1B}[2J\u{08}\u{08}ok \u{202E}fdp.exe \u{9B}31m"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try AppDatabase.open(path: db, mode: .create).insertAll { ins in
            let customer = try ins.insert(Customer(name: "Acme \u{1B}[31mRed")).id!
            return try ins.insert(Project(customerId: customer, code: "HOS-0001", name: "Hostile", stage: .punch))
        }
        let database = try AppDatabase.open(path: db)
        _ = try database.importPunchItems(projectId: try database.projectId(code: "HOS-0001"),
                                          drafts: [(2, PunchDraft(title: Self.hostile, detail: "d\u{1B}[2J", assignee: "e\u{07}ve"))],
                                          file: "seed.csv", by: "test", at: Date(timeIntervalSince1970: 1_790_000_000))
    }

    /// True when `text` holds nothing a terminal would act on or that reorders what is shown.
    static func isInert(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            let v = s.value
            return (v >= 0x20 && v != 0x7F && !(0x80..<0xA0).contains(v) && !(0x202A...0x202E).contains(v)
                    && !(0x2066...0x2069).contains(v)) || v == 0x0A || v == 0x09
        }
    }

    @Test(arguments: ["table", "csv", "md", "json"])
    func everyListFormatIsInert(format: String) throws {
        let out = try RapportCommand.Punch.List.parse(["--db", db, "HOS-0001", "--format", format]).output()
        #expect(Self.isInert(out.replacingOccurrences(of: "\r\n", with: "\n")), "raw control in \(format): \(out.debugDescription)")
        #expect(out.contains("fan"))
    }

    @Test func jsonKeepsTheDataExactly() throws {
        let out = try RapportCommand.Punch.List.parse(["--db", db, "HOS-0001", "--format", "json"]).output()
        let items = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [[String: Any]]
        #expect(items.first?["title"] as? String == Self.hostile)
    }

    @Test func exportToATerminalIsInertButToAFileIsExact() throws {
        // Given the CSV export shown on a terminal, and written with -o
        let shown = try RapportCommand.Punch.Export.parse(["--db", db, "HOS-0001"]).output(toTerminal: true)
        let file = folder + "/out.csv"
        _ = try RapportCommand.Punch.Export.parse(["--db", db, "HOS-0001", "-o", file]).output(toTerminal: true)
        // Then the terminal sees placeholders, the file the data itself
        #expect(Self.isInert(shown.replacingOccurrences(of: "\r\n", with: "\n")))
        #expect(shown.contains("␛]52;"))
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains(Self.hostile))
        let md = try RapportCommand.Punch.Export.parse(["--db", db, "HOS-0001", "--format", "md"]).output(toTerminal: true)
        #expect(Self.isInert(md))
    }

    @Test func theAddedEchoIsInert() throws {
        let out = try RapportCommand.Punch.Add.parse(["--db", db, "HOS-0001", "Echo \u{1B}]0;PWNED\u{07} me"]).output()
        #expect(out.hasPrefix("Added HOS-0001#"))
        #expect(Self.isInert(out))
    }

    @Test func aRefusedImportEchoesTheBadFieldInertly() throws {
        // Given a CSV whose bad priority cell carries an OSC 52 clipboard write
        let file = folder + "/bad.csv"
        try "Title,Priority\nok,\"P\u{1B}]52;c;eA==\u{07}9\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        // When it is imported, Then the run fails with exit status 1 and a message with no raw control
        let outcome = RapportCommand.run(["punch", "import", "--db", db, "HOS-0001", file])
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("field Priority"))
        #expect(Self.isInert(outcome.message), "\(outcome.message.debugDescription)")
    }

    @Test func errorMessagesQuotingAnArgumentAreInert() {
        let outcome = RapportCommand.run(["punch", "list", "--db", db, "NO\u{1B}]0;x\u{07}PE"])
        #expect(outcome.status == 1)
        #expect(outcome.message.contains("no project with code"))
        #expect(Self.isInert(outcome.message))
    }
}
