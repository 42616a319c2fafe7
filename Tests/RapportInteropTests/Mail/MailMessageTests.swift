import Foundation
import Testing
@testable import RapportInterop

/// Messages as mailers write them: folded headers, encoded words, MIME, three charsets.
@Suite struct MailMessageTests {
    func parse(_ text: String) throws -> MailMessage {
        try MailMessage.parse(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
    }

    @Test func headersUnfoldAndAddressesAndIdsAreRead() throws {
        let m = try parse("""
            From: "Ruiz, Dana" <Dana.Ruiz@Harbor.example>
            To: Pat Lee <pat@brightline.example>,
             ops@harbor.example (Ops desk)
            Cc: Project team: a@x.example, b@x.example;
            Subject: Display wall
             in the lobby
            Date: Tue, 3 Mar 2026 09:12:00 +0100
            Message-ID: <m2@harbor.example>
            In-Reply-To: <m1@brightline.example>
            References: <m0@harbor.example>
              <m1@brightline.example>

            Still dark.
            """)
        #expect(m.from == MailAddress(address: "dana.ruiz@harbor.example", name: "Ruiz, Dana"))
        #expect(m.to.map(\.address) == ["pat@brightline.example", "ops@harbor.example"])
        #expect(m.to.map(\.name) == ["Pat Lee", "Ops desk"])
        #expect(m.cc.map(\.address) == ["a@x.example", "b@x.example"])
        #expect(m.subject == "Display wall in the lobby")
        #expect(m.date == Date(timeIntervalSince1970: 1_772_525_520))
        #expect(m.messageId == "m2@harbor.example")
        #expect(m.inReplyTo == ["m1@brightline.example"])
        #expect(m.references == ["m0@harbor.example", "m1@brightline.example"])
        #expect(m.text == "Still dark.")
    }

    @Test func encodedWordsDecodeAndAdjacentOnesJoin() {
        #expect(EncodedWords.decode("=?UTF-8?B?w4lxdWlwZW1lbnQ=?= list") == "Équipement list")
        #expect(EncodedWords.decode("=?iso-8859-1?Q?Caf=E9_menu?=") == "Café menu")
        // Split mid-character over two words, separated by folding whitespace: joined before decoding
        #expect(EncodedWords.decode("=?utf-8?B?w6k=?=\r\n =?utf-8?B?w6k=?= x") == "éé x")
        #expect(EncodedWords.decode("=?windows-1252?Q?=93quoted=94?= and =?utf-8?Q?more?=") == "\u{201C}quoted\u{201D} and more")
        // Malformed words stay as written
        #expect(EncodedWords.decode("=?utf-8?X?abc?= =?utf-8?B?") == "=?utf-8?X?abc?= =?utf-8?B?")
    }

    @Test func datesInTheFormsMailersWrite() {
        let expected = Date(timeIntervalSince1970: 1_772_529_120) // 2026-03-03T09:12:00Z
        #expect(MailDate.parse("Tue, 3 Mar 2026 09:12:00 +0000") == expected)
        #expect(MailDate.parse("3 Mar 2026 04:12:00 -0500 (EST)") == expected)
        #expect(MailDate.parse("Tue, 03 Mar 26 01:12 PST") == expected)
        #expect(MailDate.parse("Tue Mar  3 09:12:00 2026") == expected)
        #expect(MailDate.parse("Tue, 3 Mar 2026 09:12:00 GMT") == expected)
        #expect(MailDate.parse("yesterday") == nil)
        #expect(MailDate.parse("Tue, 3 Mar 2026 29:12:00 +0000") == nil)
    }

    @Test func multipartAlternativePrefersPlainText() throws {
        let m = try parse("""
            From: a@x.example
            Content-Type: multipart/alternative; boundary="b1"

            preamble
            --b1
            Content-Type: text/html; charset=utf-8

            <p>HTML version</p>
            --b1
            Content-Type: text/plain; charset=utf-8

            Plain version
            --b1--
            epilogue
            """)
        #expect(m.text == "Plain version")
    }

    @Test func htmlOnlyIsReducedToTextWithItsQuoteMarked() throws {
        let m = try parse("""
            From: a@x.example
            Content-Type: text/html; charset=utf-8

            <html><head><style>p { color: red }</style></head><body><p>The rack&nbsp;is <b>ready</b> &amp; tested.</p>
            <div>Line two<br>Line three &#8212; done</div><blockquote><p>old angry text</p></blockquote><script>x<y</script></body></html>
            """)
        #expect(m.text == "The rack is ready & tested.\nLine two\nLine three \u{2014} done\n> old angry text\n")
    }

    @Test func nestedMultipartWithAttachmentsAndForwardedMessageGivesTheInlineText() throws {
        let m = try parse("""
            From: a@x.example
            Content-Type: multipart/mixed; boundary=outer

            --outer
            Content-Type: multipart/alternative; boundary=inner

            --inner
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            Caf=E9 is =
            ready.
            --inner
            Content-Type: text/html

            <p>ignored</p>
            --inner--
            --outer
            Content-Type: application/pdf; name=drawing.pdf
            Content-Disposition: attachment; filename=drawing.pdf
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --outer
            Content-Type: message/rfc822

            From: old@x.example

            forwarded body
            --outer--
            """)
        #expect(m.text == "Café is ready.")
    }

    @Test func base64AndCharsets() throws {
        let utf8 = try parse("From: a@x.example\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\nTsOkY2hzdGUgV29jaGUg4oCUIE9L\n")
        #expect(utf8.text == "Nächste Woche — OK")
        var bytes = Array("From: a@x.example\nContent-Type: text/plain; charset=windows-1252\n\n".utf8)
        bytes += [0x93, 0x4F, 0x4B, 0x94, 0x20, 0x80, 0x35]
        #expect(try MailMessage.parse(bytes).text == "\u{201C}OK\u{201D} \u{20AC}5")
        var latin = Array("From: a@x.example\nContent-Type: text/plain; charset=ISO-8859-1\n\n".utf8)
        latin += [0x47, 0x72, 0xFC, 0xDF, 0x65]
        #expect(try MailMessage.parse(latin).text == "Grüße")
        var ascii = Array("From: a@x.example\nContent-Type: text/plain; charset=us-ascii\n\n".utf8)
        ascii += Array("d\u{00E9}j\u{00E0}".utf8)
        // Mislabelled 8-bit text that is valid UTF-8 reads as UTF-8
        #expect(try MailMessage.parse(ascii).text == "déjà")
    }

    @Test func headersWrittenInRawUTF8OrLatin1AreRead() throws {
        var bytes = Array("From: Zoë <zoe@x.example>\nSubject: ".utf8)
        bytes += [0x43, 0x61, 0x66, 0xE9] // "Café" in Latin-1, not UTF-8
        bytes += Array("\n\nbody".utf8)
        let m = try MailMessage.parse(bytes)
        #expect(m.from?.name == "Zoë")
        #expect(m.subject == "Café")
    }
}
