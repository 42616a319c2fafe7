import Testing
@testable import RapportModel

/// Only the words a sender wrote in this message count: quoted replies, forwarded messages and
/// signatures are cut before scoring.
@Suite struct NewTextTests {
    @Test func aGmailReplyHeaderAndTheQuoteBelowItGo() {
        let body = """
            Sounds good, see you Thursday.

            On Tue, Mar 3, 2026 at 9:12 AM Dana Ruiz <dana@harbor.example> wrote:
            > The display wall is still not working.
            > Please fix it.
            """
        #expect(NewText.extract(from: body) == "Sounds good, see you Thursday.")
    }

    @Test func aReplyHeaderWrappedOverTwoLinesIsFound() {
        let body = """
            Agreed.

            On Tue, 3 Mar 2026 at 09:12, Dana Ruiz from Harbor Hotels <dana.ruiz@harbor-hotels.example>
            wrote:

            This is unacceptable.
            """
        #expect(NewText.extract(from: body) == "Agreed.")
    }

    @Test func outlookOriginalMessageLineCutsEverythingBelow() {
        let body = """
            The rack is ready for inspection.

            -----Original Message-----
            From: Dana Ruiz
            Sent: Tuesday, March 3, 2026 9:12 AM
            Subject: RE: rack
            We are extremely disappointed.
            """
        #expect(NewText.extract(from: body) == "The rack is ready for inspection.")
    }

    @Test func outlookHeaderBlockWithoutASeparatorIsFound() {
        let body = """
            Payment was released this morning.

            ________________________________
            From: Dana Ruiz <dana@harbor.example>
            Sent: Tuesday, March 3, 2026 9:12 AM
            To: Pat Lee <pat@av.example>
            Subject: invoice 1182
            """
        #expect(NewText.extract(from: body) == "Payment was released this morning.")
        let bare = "Noted.\n\nFrom: Dana Ruiz\nDate: 3 March 2026\nTo: Pat\nSubject: invoice\n\nWhy is this late?"
        #expect(NewText.extract(from: bare) == "Noted.")
    }

    @Test func aLineStartingWithFromIsNotAHeaderWithoutTheRestOfTheBlock() {
        let body = "From: the lobby to the ballroom, all cable runs are in.\nGreat work."
        #expect(NewText.extract(from: body) == body)
    }

    @Test func forwardedMessagesAreCut() {
        let gmail = "FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Dana <d@x.example>\nThis is terrible."
        #expect(NewText.extract(from: gmail) == "FYI, see below.")
        let apple = "Passing this on.\n\nBegin forwarded message:\n\n> From: Dana\nThis is terrible."
        #expect(NewText.extract(from: apple) == "Passing this on.")
    }

    @Test func quotedLinesBetweenAnswersGoAndTheAnswersStay() {
        let body = """
            > Is the projector fixed?
            Yes, it was replaced this morning.
            > And the mics?
              > (nested quote with indent)
            Still waiting on parts.
            """
        #expect(NewText.extract(from: body) == "Yes, it was replaced this morning.\nStill waiting on parts.")
    }

    @Test func aSignatureAfterDashDashSpaceGoes() {
        let body = "The room is ready.\n-- \nPat Lee | Project Manager\nBrightline AV | +1 555 0100\nAwesome service guaranteed!"
        #expect(NewText.extract(from: body) == "The room is ready.")
        #expect(NewText.extract(from: "Call me.\n\nSent from my iPhone") == "Call me.")
    }

    @Test func aSignOffFollowedByNameAndTitleLinesGoes() {
        let body = """
            Can you send the as-built drawings?

            Best regards,
            Dana Ruiz
            Director of Facilities | Harbor Hotels
            T +1 555 0199  M +1 555 0142
            """
        #expect(NewText.extract(from: body) == "Can you send the as-built drawings?")
        #expect(NewText.extract(from: "Please confirm the date.\nThanks!\nDana") == "Please confirm the date.")
    }

    @Test func aSignOffThatIsTheWholeMessageStays() {
        #expect(NewText.extract(from: "Thanks!\n") == "Thanks!")
    }

    @Test func aSignOffWordInsideALongLastParagraphIsNotCut() {
        let body = "The crew was great.\nThanks\nfor staying late on Friday to get the whole auditorium commissioned before the gala, it made the difference."
        #expect(NewText.extract(from: body) == body)
    }

    @Test func crlfLineEndingsAreRead() {
        #expect(NewText.extract(from: "Looks great.\r\n\r\n> old text\r\n") == "Looks great.")
    }
}
