import Foundation
import RapportInterop
import RapportModel
import RapportStore

/// Importing a customer mailbox: a generated 10,000-message mbox and the same messages as a
/// Maildir, read, parsed, stripped, scored, matched and written in one transaction, then undone.
///
/// The messages are what project mail looks like: threads of complaints and answers between
/// the seeded contacts and our own people, a third with quoted history and a signature, some
/// quoted-printable, some base64, some HTML only, some multipart/alternative.
@MainActor
enum MailScenarios {
    static let ours = "brightline-av.example"
    /// Folders of generated mail, removed when the harness ends (`removeFiles`).
    private static var cleanup: [String] = []

    static func removeFiles() {
        for folder in cleanup { try? FileManager.default.removeItem(atPath: folder) }
        cleanup = []
    }

    static func all(database: AppDatabase, count: Int) throws -> [Scenario] {
        let folder = NSTemporaryDirectory() + "rapport-bench-mail-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        defer { cleanup.append(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Maildir/cur", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/Maildir/new", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/Maildir/tmp", withIntermediateDirectories: true)
        let contacts = try database.mailDirectory(ours: []).contacts.keys.sorted()
        guard !contacts.isEmpty else { throw AppError.writeFailed(reason: "the bench data has no contacts with e-mail") }
        // Ids of this run only, so what a killed run left behind is not "already imported".
        let messages = generate(count, contacts: contacts, run: "\(getpid())-\(Int(Date().timeIntervalSince1970))")
        var mbox = Data()
        for (i, message) in messages.enumerated() {
            mbox.append(Data("From bench@\(ours) Tue Mar  3 09:12:00 2026\n".utf8))
            mbox.append(Data(message.replacingOccurrences(of: "\nFrom ", with: "\n>From ").utf8))
            mbox.append(Data("\n\n".utf8))
            let name = "\(1_772_529_120 + i).M\(i)P1.bench" + (i % 2 == 0 ? ":2,S" : "")
            try Data(message.utf8).write(to: URL(fileURLWithPath: folder + "/Maildir/\(i % 2 == 0 ? "cur" : "new")/\(name)"))
        }
        try mbox.write(to: URL(fileURLWithPath: folder + "/bench.mbox"))
        let names = names(count: count)
        return [
            scenario(names[0], path: folder + "/bench.mbox", count: count, database: database),
            scenario(names[1], path: folder + "/Maildir", count: count, database: database),
        ]
    }

    /// The scenarios' names, so the harness can skip generating the mail when --only leaves them out.
    static func names(count: Int) -> [String] {
        let label = count.formatted()
        return ["import a \(label)-message mbox", "import a \(label)-message Maildir"]
    }

    /// Whether the last run's import (of either scenario) is still to be undone.
    private static var imported = false

    /// Each run imports into a database without these messages (the last run's import is undone untimed first).
    private static func scenario(_ name: String, path: String, count: Int, database: AppDatabase) -> Scenario {
        // At 2,000 messages a second the whole import takes count / 2 ms.
        return Scenario(name: name, targetMilliseconds: Double(count) / 2, iterations: 3, warmup: 1,
                        prepare: {
                            if imported { _ = try database.undo(by: "bench", at: Date()) }
                            imported = true
                        },
                        body: {
                            let read = try MailImportReader().read([path])
                            let result = try database.importMail(read.messages, ours: [ours], dryRun: false,
                                                                 by: "bench", at: Date())
                            guard read.broken.isEmpty, result.stored > count * 9 / 10 else {
                                throw AppError.writeFailed(reason: "bench mail: \(result.stored) of \(count) stored, \(read.broken.count) broken")
                            }
                        })
    }

    static func generate(_ count: Int, contacts: [String], run: String) -> [String] {
        let complaints = ["Per my last email, the display wall is still not working.",
                          "We will not be releasing the final payment until the audio issues are resolved.",
                          "The touch panel keeps freezing during presentations and nobody has come out.",
                          "This is the third time we have reported the same microphone problem!"]
        let praise = ["The boardroom looks fantastic, thank you to the whole install team.",
                      "Great job on the commissioning, everything worked first time.",
                      "Thanks for resolving the echo issue so fast!"]
        let neutral = ["Please advise on the status of the outstanding items.",
                       "Can you send over the updated drawings for the third floor?",
                       "The electrician will be on site Thursday to pull power to the racks."]
        let answers = ["A technician will be on site tomorrow at 8am to look at it.",
                       "Thanks for letting us know, the replacement amplifier ships today.",
                       "Attached is the revised schedule for the punch walk."]
        var out: [String] = []
        out.reserveCapacity(count)
        var thread = 0
        for i in 0..<count {
            // Threads of four: the customer writes, we answer, they answer, we answer.
            if i % 4 == 0 { thread = i }
            let contact = contacts[(thread / 4 * 7919) % contacts.count]
            let inbound = i % 2 == 0
            let from = inbound ? contact : "pm\(thread % 17)@\(ours)"
            let to = inbound ? "pm\(thread % 17)@\(ours)" : contact
            let day = 1 + (i / 400) % 28, hour = 8 + i % 9, minute = (i * 7) % 60
            let pool = inbound ? [complaints, praise, neutral][(i / 2) % 3] : answers
            let words = pool[(i / 6) % pool.count]
            var headers = """
                From: \(inbound ? "Customer" : "PM") <\(from)>
                To: <\(to)>
                Subject: =?UTF-8?Q?Project_=E2=80=94_room_\(thread % 40)?=
                Date: \(["Mon", "Tue", "Wed", "Thu", "Fri"][i % 5]), \(day) Mar 2026 \(hour):\(minute < 10 ? "0" : "")\(minute):00 +0000
                Message-ID: <bench-\(run)-\(i)@rapport-bench.invalid>

                """
            if i % 4 != 0 {
                headers += "In-Reply-To: <bench-\(run)-\(i - 1)@rapport-bench.invalid>\n"
                headers += "References: " + (thread..<i).map { "<bench-\(run)-\($0)@rapport-bench.invalid>" }.joined(separator: " ") + "\n"
            }
            let quoted = i % 3 == 0 ? "\n\nOn Tue, 3 Mar 2026 at 09:00, Someone <\(to)> wrote:\n> " + complaints[0] + "\n> " + neutral[1] : ""
            let signature = "\n\nBest regards,\nDana Ruiz\nDirector of Facilities\n+1 555 0100"
            let body = words + " " + neutral[i % 3] + quoted + signature
            switch i % 5 {
            case 0:
                out.append(headers + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                           + body.replacingOccurrences(of: "=", with: "=3D") + "\n")
            case 1:
                let encoded = Data(body.utf8).base64EncodedString(options: .lineLength76Characters)
                out.append(headers + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + encoded + "\n")
            case 2:
                out.append(headers + "Content-Type: text/html; charset=utf-8\n\n<html><body><p>" + words
                           + "</p><blockquote><p>" + complaints[1] + "</p></blockquote></body></html>\n")
            case 3:
                out.append(headers + "Content-Type: multipart/alternative; boundary=\"b\(i)\"\n\n--b\(i)\n"
                           + "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n--b\(i)\nContent-Type: text/html\n\n<p>"
                           + words + "</p>\n--b\(i)--\n")
            default:
                out.append(headers + "Content-Type: text/plain; charset=windows-1252\n\n" + body + "\n")
            }
        }
        return out
    }
}
