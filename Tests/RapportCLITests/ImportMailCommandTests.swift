import Foundation
import RapportModel
import RapportStore
import Testing
@testable import RapportCLI

/// A new user's mailbox: an mbox export and a Maildir with Gmail's label copies, taken in
/// with `rapport import mail`.
@Suite(.serialized)
struct ImportMailCommandTests {
    let folder = NSTemporaryDirectory() + "rapport-mail-cli-\(UUID().uuidString)"
    var db: String { folder + "/firm.sqlite" }
    var mbox: String { folder + "/Harbor.mbox" }
    var maildir: String { folder + "/Gmail" }
    var harbor: Int64 = 0

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let database = try AppDatabase.open(path: db)
        harbor = try database.insertAll { ins in
            let harbor = try ins.insert(Customer(name: "Harbor Hotels", domains: "harbor.example")).id!
            _ = try ins.insert(Contact(customerId: harbor, name: "Dana Ruiz", emails: "dana@harbor.example, d.ruiz@gmail.example",
                                       department: .facilities, role: .champion))
            _ = try ins.insert(Project(customerId: harbor, code: "HBR-01", name: "Lobby wall", stage: .punch))
            let birch = try ins.insert(Customer(name: "Birch Law", domains: "birchlaw.example")).id!
            _ = birch
            return harbor
        }
        try write(mbox, """
            From dana@harbor.example Tue Mar  3 09:00:00 2026
            From: Dana Ruiz <dana@harbor.example>
            To: Pat Lee <pat@brightline.example>
            Subject: HBR-01 display wall
            Date: Tue, 3 Mar 2026 09:00:00 +0000
            Message-ID: <m1@harbor.example>

            Per my last email, the display wall is still not working.

            Best regards,
            Dana Ruiz
            Director of Facilities

            From pat@brightline.example Tue Mar  3 13:00:00 2026
            From: Pat Lee <pat@brightline.example>
            To: Dana Ruiz <dana@harbor.example>
            Subject: Re: HBR-01 display wall
            Date: Tue, 3 Mar 2026 13:00:00 +0000
            Message-ID: <m2@brightline.example>
            In-Reply-To: <m1@harbor.example>
            References: <m1@harbor.example>

            A technician is on the way.

            On Tue, 3 Mar 2026 at 09:00, Dana Ruiz <dana@harbor.example> wrote:
            > Per my last email, the display wall is still not working.

            From sam@birchlaw.example Wed Mar  4 08:00:00 2026
            From: sam@birchlaw.example
            To: pat@brightline.example
            Subject: Thanks
            Date: Wed, 4 Mar 2026 08:00:00 +0000
            Message-ID: <m3@birchlaw.example>

            The boardroom looks fantastic, thank you to the whole install team.

            From x@unknown.example Wed Mar  4 09:00:00 2026
            From: x@unknown.example
            Subject: Webinar
            Date: Wed, 4 Mar 2026 09:00:00 +0000

            Join our webinar.

            From nobody Wed Mar  4 10:00:00 2026
            Subject: no sender here

            lost
            """)
        // Gmail's All Mail holds the first message again, as does its label
        try write(maildir + "/cur/1772528400.M1P1.host:2,S",
                  "From: dana@harbor.example\nDate: Tue, 3 Mar 2026 09:00:00 +0000\nMessage-ID: <m1@harbor.example>\n\nsame")
        try write(maildir + "/.Projects/cur/1772528400.M2P1.host:2,S",
                  "From: dana@harbor.example\nDate: Tue, 3 Mar 2026 09:00:00 +0000\nMessage-ID: <m1@harbor.example>\n\nsame")
    }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func run(_ arguments: [String]) throws -> String {
        try RapportCommand.ImportCommand.Mail.parse(["--db", db] + arguments).output()
    }

    @Test func aMailboxIsMatchedThreadedScoredAndTimed() throws {
        // When the mbox and the Maildir are imported, with our domain named
        let out = try run([mbox, maildir, "--ours", "brightline.example"])
        // Then matched mail is stored once, the rest counted, the broken message said with its place
        #expect(out == """
            Read 7 messages from 2 paths
            Imported 3 e-mails (2 in, 1 out) in 2 threads: Harbor Hotels 2, Birch Law 1
            1 message answered by a reply (reply times recorded)
            Twice in this import: 2 (same Message-ID, e.g. in two folders)
            Unmatched: 1 message from 1 address, not imported (add the contact, or the customer's domain):
              x@unknown.example  1
            Skipped 1 broken message:
              \(mbox): message 5 (byte 1197): no From address
            """)
        // And the thread holds the complaint and our answer, four hours later, scored on their own words
        let database = try AppDatabase.open(path: db)
        let thread = try database.mailThread("m1@harbor.example")
        #expect(thread.map(\.kind) == [.emailIn, .emailOut])
        #expect(thread[0].answeredAt == thread[1].at)
        #expect(thread[1].at.timeIntervalSince(thread[0].at) == 4 * 3600)
        #expect(thread[0].body == "Per my last email, the display wall is still not working.")
        #expect(thread[1].body == "A technician is on the way.")
        #expect(thread[0].sentiment.map { $0 < -0.5 } == true)
        #expect(thread[0].urgency >= 0.35)
        #expect(thread[0].contactId != nil && thread[0].projectId != nil)
        #expect(try database.unansweredMail(customerId: harbor).isEmpty)
    }

    @Test func importingAgainStoresNothingTwiceAndIsOneUndoStep() throws {
        _ = try run([mbox, "--ours", "brightline.example"])
        let again = try run([mbox, maildir, "--ours", "brightline.example"])
        #expect(again.hasPrefix("""
            Read 7 messages from 2 paths
            Imported 0 e-mails (0 in, 0 out)
            Already imported: 3 (same Message-ID)
            Twice in this import: 2 (same Message-ID, e.g. in two folders)
            """))
        // And the first import is taken back by one undo
        let database = try AppDatabase.open(path: db)
        #expect(try database.undoLabel(by: PunchContext.loginName()) == "import 3 e-mails")
        _ = try database.undo(by: PunchContext.loginName(), at: Date())
        #expect(try database.mailThread("m1@harbor.example").isEmpty)
    }

    @Test func aReplyImportedBeforeTheMessageItAnswersStillTimesIt() throws {
        // Given our Sent folder imported first
        let sent = folder + "/Sent.eml"
        try write(sent, """
            From: pat@brightline.example
            To: dana@harbor.example
            Date: Tue, 3 Mar 2026 10:30:00 +0000
            Message-ID: <s1@brightline.example>
            In-Reply-To: <m1@harbor.example>
            References: <m1@harbor.example>

            On it.
            """)
        _ = try run([sent, "--ours", "brightline.example"])
        // When the inbox comes later
        _ = try run([mbox, "--ours", "brightline.example"])
        // Then the first reply in time answers the complaint
        let thread = try AppDatabase.open(path: db).mailThread("m1@harbor.example")
        #expect(thread.map(\.messageId) == ["m1@harbor.example", "s1@brightline.example", "m2@brightline.example"])
        #expect(thread[0].answeredAt == thread[1].at)
    }

    @Test func strictRefusesTheWholeImportAndWritesNothing() throws {
        #expect(throws: CLIError.self) { _ = try run([mbox, "--strict", "--ours", "brightline.example"]) }
        do {
            _ = try run([mbox, "--strict"])
        } catch {
            #expect("\(error)" == "\(mbox): message 5 (byte 1197): no From address; nothing was imported (--strict refuses the whole import)")
        }
        #expect(try AppDatabase.open(path: db).mailThread("m1@harbor.example").isEmpty)
    }

    @Test func aDryRunSaysWhatWouldBeImportedAndWritesNothing() throws {
        let out = try run([mbox, "--dry-run"])
        #expect(out == """
            Read 5 messages from 1 path
            Would import 2 e-mails (2 in, 0 out) in 2 threads: Birch Law 1, Harbor Hotels 1
            Unmatched: 2 messages from 2 addresses, not imported (add the contact, or the customer's domain):
              pat@brightline.example  1
              x@unknown.example       1
              (no domain of ours is set: mail we sent counts as unmatched; use --ours or [mail] ours)
            Skipped 1 broken message:
              \(mbox): message 5 (byte 1197): no From address
            Dry run: nothing was imported.
            """)
        #expect(try AppDatabase.open(path: db).mailThread("m1@harbor.example").isEmpty)
    }

    @Test func aMissingPathIsRefused() throws {
        do {
            _ = try run([folder + "/nope"])
            Issue.record("expected a refusal")
        } catch {
            #expect("\(error)" == "\(folder)/nope: cannot read mail: no such file or folder; nothing was imported")
        }
    }
}
