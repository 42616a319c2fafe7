import Foundation
import Testing
@testable import RapportInterop

/// Mail from the wild: every damage is read around or refused with a reason, never a crash.
@Suite struct HostileMailTests {
    func parse(_ bytes: [UInt8]) -> Result<MailMessage, MailMessage.Problem> {
        Result { () throws(MailMessage.Problem) in try MailMessage.parse(bytes) }
    }

    @Test func emptyAndHeaderlessInputsAreRefusedWithAReason() {
        #expect(parse([]) == .failure(.empty))
        #expect(parse(Array("\r\n\n  \n".utf8)) == .failure(.empty))
        #expect(parse(Array("just some text\nwith no headers\n".utf8)) == .failure(.noHeaders))
        #expect(parse(Array("Subject: hello\nDate: Tue, 3 Mar 2026 09:12:00 +0000\n\nbody".utf8)) == .failure(.noSender))
        #expect(parse(Array("From: not an address\n\nbody".utf8)) == .failure(.noSender))
    }

    @Test func missingHeadersLeaveTheirFieldsEmpty() throws {
        let m = try MailMessage.parse(Array("From: a@x.example\n\nhello".utf8))
        #expect(m.messageId == nil && m.date == nil && m.subject == "" && m.to.isEmpty && m.references.isEmpty)
        #expect(m.text == "hello")
        // No body at all, not even the blank line
        #expect(try MailMessage.parse(Array("From: a@x.example".utf8)).text == "")
    }

    @Test func aBoundaryThatNeverClosesEndsAtTheEnd() throws {
        let m = try MailMessage.parse(Array("""
            From: a@x.example
            Content-Type: multipart/mixed; boundary=zz

            --zz
            Content-Type: text/plain

            first part, no closing line
            """.utf8))
        #expect(m.text == "first part, no closing line")
    }

    @Test func aBoundaryDeclaredButNeverWrittenReadsTheBodyAsText() throws {
        let m = try MailMessage.parse(Array("From: a@x.example\nContent-Type: multipart/mixed; boundary=zz\n\nplain words".utf8))
        #expect(m.text == "plain words")
        let noBoundary = try MailMessage.parse(Array("From: a@x.example\nContent-Type: multipart/mixed\n\nplain words".utf8))
        #expect(noBoundary.text == "plain words")
    }

    @Test func nestingDeeperThanTheLimitIsNotFollowed() throws {
        var text = "From: a@x.example\n"
        for level in 0..<40 { text += "Content-Type: multipart/mixed; boundary=b\(level)\n\n--b\(level)\n" }
        text += "Content-Type: text/plain\n\ndeep"
        #expect(try MailMessage.parse(Array(text.utf8)).text == "")
    }

    @Test func badBase64GivesWhatCanBeDecoded() throws {
        let m = try MailMessage.parse(Array("""
            From: a@x.example
            Content-Transfer-Encoding: base64

            SGVs!!bG8g*d29y
            bGQ===garbage after padding
            """.utf8))
        #expect(m.text == "Hello world")
        #expect(MailTransferEncoding.base64(Array("@@@@".utf8)) == nil)
        #expect(MailTransferEncoding.base64(Array("QQ".utf8)) == [0x41])
    }

    @Test func badQuotedPrintableKeepsWhatItCannotDecode() {
        #expect(MailTransferEncoding.quotedPrintable(Array("a=ZZb=4".utf8)) == Array("a=ZZb=4".utf8))
        #expect(MailTransferEncoding.quotedPrintable(Array("soft=  \nbreak=\r\nend=".utf8)) == Array("softbreakend".utf8))
    }

    @Test func aOneMegabyteLineIsRead() throws {
        let long = String(repeating: "word ", count: 210_000)
        let m = try MailMessage.parse(Array("From: a@x.example\nSubject: \(long)\n\n\(long)".utf8))
        #expect(m.text.count == long.count)
        #expect(m.subject.count == long.count - 1)
        let html = try MailMessage.parse(Array("From: a@x.example\nContent-Type: text/html\n\n<p>\(long)".utf8))
        #expect(html.text.count == long.count - 1)
    }

    @Test(arguments: ["utf-8", "iso-8859-1", "windows-1252", "us-ascii", "x-unknown", ""])
    func invalidBytesInEveryCharsetNeverCrash(_ charset: String) throws {
        // Every byte value, in the header and in each transfer encoding of the body
        let all = (0...255).map { UInt8($0) }.filter { $0 != 0x0A && $0 != 0x0D }
        var bytes = Array("From: a@x.example\nSubject: ".utf8) + all
        bytes += Array("\nContent-Type: text/plain; charset=\"\(charset)\"\n\n".utf8) + all + [0xC3, 0x28, 0xF0, 0x9F]
        let m = try MailMessage.parse(bytes)
        #expect(m.text.unicodeScalars.count >= 200)
        #expect(m.subject.unicodeScalars.count >= 200)
        for encoding in ["quoted-printable", "base64", "8bit"] {
            let part = Array("From: a@x.example\nContent-Transfer-Encoding: \(encoding)\nContent-Type: text/plain; charset=\(charset)\n\n".utf8)
                + all + Array("=FF=C3=28".utf8)
            #expect(throws: Never.self) { _ = try MailMessage.parse(part) }
        }
        #expect(MailCharset.decode([0xFF, 0xFE, 0xC3], charset: "utf-8") == "\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func garbageBytesAreRefusedOrReadNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = parse(bytes)
            _ = parse(Array("From: a@x.example\nContent-Type: multipart/mixed; boundary=\"q\"\n\n--q\n".utf8) + bytes)
        }
    }
}
