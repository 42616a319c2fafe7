import Foundation
import Testing
@testable import RapportInterop
import RapportModel

/// mbox files, Maildir trees and .eml files as mailers and sync tools leave them.
@Suite struct MailStoreTests {
    let folder = NSTemporaryDirectory() + "rapport-mail-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws {
        let full = folder + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    func read(_ paths: [String]) throws -> [RawMail] {
        var all: [RawMail] = []
        try MailReader.read(paths.map { folder + "/" + $0 }) { all.append($0) }
        return all
    }

    func text(_ raw: RawMail) -> String { String(decoding: raw.bytes, as: UTF8.self) }

    @Test func anMboxSplitsAtSeparatorLinesOnlyAndUnquotesFromLines() throws {
        // Given an mboxrd with quoted From lines, and a body line starting "From " that is no separator
        try write("Inbox", """
            From dana@harbor.example Tue Mar  3 09:12:00 2026
            From: dana@harbor.example
            Subject: one

            >From the lobby it looks fine.
            >>From here, quoted twice.
            From the ballroom, not a separator.

            From pat@brightline.example Tue Mar  3 10:00:00 2026
            From: pat@brightline.example
            Subject: two

            second
            """)
        // When it is read
        let messages = try read(["Inbox"])
        // Then two messages, numbered with their byte offsets, the quoting taken off one level
        #expect(messages.map(\.location.description) == [folder + "/Inbox: message 1 (byte 0)",
                                                         folder + "/Inbox: message 2 (byte 185)"])
        #expect(text(messages[0]).hasSuffix("""
            From the lobby it looks fine.
            >From here, quoted twice.
            From the ballroom, not a separator.
            """))
        #expect(text(messages[1]) == "From: pat@brightline.example\nSubject: two\n\nsecond")
        #expect(messages[0].receivedAt == Date(timeIntervalSince1970: 1_772_529_120))
    }

    @Test func aGoogleTakeoutSeparatorIsRead() throws {
        try write("All mail Including Spam and Trash.mbox",
                  "From 1790000000000000000@xxx Tue Mar 03 09:12:00 +0000 2026\nX-GM-THRID: 1\nFrom: a@x.example\n\nhi\n")
        let messages = try read(["All mail Including Spam and Trash.mbox"])
        #expect(messages.count == 1)
        #expect(messages[0].receivedAt == Date(timeIntervalSince1970: 1_772_529_120))
    }

    @Test func aMaildirTreeIsReadWithItsSubfoldersAndLeftAsItWas() throws {
        // Given a Maildir++ tree as offlineimap leaves it, with a hidden file and a tmp/ delivery
        try write("Mail/cur/1772529120.M1P1.host:2,S", "From: a@x.example\n\none")
        try write("Mail/new/1772529180.M2P1.host", "From: a@x.example\n\ntwo")
        try write("Mail/tmp/1772529240.M3P1.host", "From: a@x.example\n\nhalf-delivered")
        try write("Mail/.Projects.Harbor/cur/1772529300.M4P1.host:2,RS", "From: a@x.example\n\nthree")
        try write("Mail/.uidvalidity", "1 2")
        try write("Mail/cur/.hidden", "From: a@x.example\n\nno")
        let before = try FileManager.default.subpathsOfDirectory(atPath: folder + "/Mail").sorted()
        // When it is read
        let messages = try read(["Mail"])
        // Then cur/ and new/ of each folder, not tmp/ or hidden files, each with its delivery time
        #expect(messages.map { text($0).split(separator: "\n").last! } == ["one", "two", "three"])
        #expect(messages[0].receivedAt == Date(timeIntervalSince1970: 1_772_529_120))
        // And nothing was renamed, flagged or moved
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder + "/Mail").sorted() == before)
    }

    @Test func nestedMaildirFoldersAsMbsyncWritesThemAndEmlFilesAreRead() throws {
        try write("mbsync/INBOX/cur/1772529120.1_1.host,U=1:2,S", "From: a@x.example\n\ninbox")
        try write("mbsync/INBOX/Archive/new/1772529180.1_2.host,U=2", "From: a@x.example\n\narchive")
        try write("mbsync/notes.eml", "From: a@x.example\n\neml")
        try write("mbsync/index.msf", "// not mail")
        let messages = try read(["mbsync"])
        #expect(messages.map { text($0).split(separator: "\n").last! } == ["inbox", "archive", "eml"])
    }

    @Test func aSingleEmlAndAMissingPath() throws {
        try write("one.eml", "From: a@x.example\n\nhello")
        #expect(try read(["one.eml"]).map(\.location.description) == [folder + "/one.eml"])
        #expect(throws: AppError.unreadableMail(path: folder + "/nope.mbox", reason: "no such file or folder")) {
            _ = try read(["nope.mbox"])
        }
    }

    @Test func emptyFilesGiveOneEmptyMessageOrNone() throws {
        try write("empty.eml", "")
        let messages = try read(["empty.eml"])
        #expect(messages.count == 1 && messages[0].bytes.isEmpty)
        // Through the import reader an empty file is a broken message, reported with its file
        let output = try MailImportReader().read([folder + "/empty.eml"])
        #expect(output.messages.isEmpty)
        #expect(output.broken == [.init(location: folder + "/empty.eml", reason: "the message is empty")])
        #expect(throws: AppError.brokenMail(location: folder + "/empty.eml", reason: "the message is empty")) {
            _ = try MailImportReader(strict: true).read([folder + "/empty.eml"])
        }
    }
}
