import ArgumentParser
import Foundation
import RapportInterop
import RapportModel
import RapportStore

extension RapportCommand.ImportCommand {
    /// `rapport import mail PATH…`: customers' mail as interactions, all or nothing.
    struct Mail: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mail",
            abstract: "Import e-mail from mbox files, Maildir folders and .eml files, all or nothing.",
            discussion: """
                Messages match a contact by address, else a customer by e-mail domain; the rest are counted \
                and listed, not imported. Mail from our own domains (--ours, or [mail] ours in config.toml) \
                goes out to the customer of its recipients. Threads follow Message-ID, In-Reply-To and \
                References, and a reply marks what it answers, so reply times count towards temperature. \
                Each message's own words (quotes and signatures cut) are scored for tone. Importing again, or \
                the same message from several folders, stores it once. Maildir folders are only read.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: ArgumentHelp("mbox files, Maildir folders, .eml files, or folders holding them.", valueName: "path"))
        var paths: [String]
        @Flag(help: "Refuse the whole import if any message cannot be read.") var strict = false
        @Flag(help: "Show what would be imported; write nothing.") var dryRun = false
        @Option(name: .customLong("ours"), help: ArgumentHelp("One of our own e-mail domains (or an address); repeatable.",
                                                               valueName: "domain"))
        var ours: [String] = []

        func validate() throws {
            for domain in ours where domain.isEmpty || domain.contains(" ") || domain.contains(",") {
                throw ValidationError("--ours '\(domain)': give one domain, e.g. --ours brightline-av.com")
            }
        }

        func run() throws {
            print(try output(progress: isatty(2) == 1))
        }

        func output(progress: Bool = false) throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: dryRun)
                let config = try Config.load(path: Paths().configFile)
                let ourDomains = Set((config.mailOurs + ours).map { $0.lowercased() })
                let meter = progress ? ProgressLine() : nil
                let reader = MailImportReader(strict: strict, progress: meter.map { meter in { meter.update($0) } })
                let read = try reader.read(paths)
                meter?.finish()
                var result = try context.database.importMail(read.messages, ours: ourDomains, dryRun: dryRun,
                                                             by: context.user, at: context.now)
                result.read = read.read
                result.broken = read.broken
                return Self.summary(result, paths: paths.count, dryRun: dryRun, noOurs: ourDomains.isEmpty)
            }
        }

        static func summary(_ r: MailImportResult, paths: Int, dryRun: Bool, noOurs: Bool) -> String {
            var lines: [String] = []
            lines.append("Read \(count(r.read, "message")) from \(count(paths, "path"))")
            let customers = r.perCustomer.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            lines.append((dryRun ? "Would import " : "Imported ") + count(r.stored, "e-mail")
                         + " (\(r.inbound) in, \(r.outbound) out)"
                         + (r.stored > 0 ? " in \(count(r.threads, "thread")): \(customers)" : ""))
            if r.answered > 0 {
                lines.append("\(count(r.answered, "message")) answered by a reply (reply times recorded)")
            }
            if r.alreadyImported > 0 { lines.append("Already imported: \(r.alreadyImported) (same Message-ID)") }
            if r.duplicates > 0 { lines.append("Twice in this import: \(r.duplicates) (same Message-ID, e.g. in two folders)") }
            if r.internalOnly > 0 { lines.append("Between our own people only: \(r.internalOnly), not imported") }
            if !r.unmatched.isEmpty {
                lines.append("Unmatched: \(count(r.unmatchedCount, "message")) from \(count(r.unmatched.count, "address", "addresses")), "
                             + "not imported (add the contact, or the customer's domain):")
                let sorted = r.unmatched.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                let width = sorted.prefix(20).map(\.key.count).max() ?? 0
                for (address, n) in sorted.prefix(20) {
                    lines.append("  " + address.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(n)")
                }
                if sorted.count > 20 { lines.append("  … and \(sorted.count - 20) more") }
                if noOurs {
                    lines.append("  (no domain of ours is set: mail we sent counts as unmatched; use --ours or [mail] ours)")
                }
            }
            if !r.broken.isEmpty {
                lines.append("Skipped \(count(r.broken.count, "broken message")):")
                for broken in r.broken.prefix(20) { lines.append("  \(broken.location): \(broken.reason)") }
                if r.broken.count > 20 { lines.append("  … and \(r.broken.count - 20) more") }
            }
            if dryRun { lines.append("Dry run: nothing was imported.") }
            return TerminalSafe.text(lines.joined(separator: "\n"))
        }

        static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
            grouped(n) + " " + (n == 1 ? singular : plural ?? singular + "s")
        }

        /// 12345 → "12,345", whatever the locale, so output is the same everywhere.
        static func grouped(_ n: Int) -> String {
            let digits = String(n.magnitude)
            var out = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return (n < 0 ? "-" : "") + out
        }
    }
}

/// "read 12,000 messages…" on stderr, redrawn in place, at most ten times a second.
final class ProgressLine {
    private var last = Date.distantPast

    func update(_ count: Int) {
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.1 else { return }
        last = now
        FileHandle.standardError.write(Data("\r\u{1B}[Kread \(RapportCommand.ImportCommand.Mail.grouped(count)) messages…".utf8))
    }

    func finish() {
        if last != .distantPast { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
