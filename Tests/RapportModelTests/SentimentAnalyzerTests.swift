import Testing
@testable import RapportModel

@Suite struct SentimentAnalyzerTests {
    let analyzer = SentimentAnalyzer()

    func terms(_ text: String) -> [String] { analyzer.analyze(text).terms.map(\.description) }
    func label(_ text: String) -> Sentiment.Label { analyzer.analyze(text).label }

    // MARK: - The trade's own cases (issue 10)

    @Test func aStatusRequestIsNotPraise() {
        // Given the request a general lexicon reads as delight ("please", "outstanding")
        let s = analyzer.analyze("Please advise on the status of the outstanding items.")
        // Then it is neutral, leaning negative, and says why
        #expect(s.label == .neutral)
        #expect(s.score < 0)
        #expect(s.terms.map(\.description) == ["\"Please advise\" -0.30", "\"outstanding items\" -0.60"])
    }

    @Test func withholdingTheFinalPaymentIsNegative() {
        let s = analyzer.analyze("We will not be releasing the final payment until the audio issues are resolved.")
        #expect(s.label == .negative)
        // "resolved" sits in the "until" clause: it has not happened, so it does not count
        #expect(s.terms.map(\.description) == ["\"releasing\" -2.20", "\"issues\" -1.50"])
    }

    @Test func perMyLastEmailIsNegative() {
        let s = analyzer.analyze("Per my last email, the display wall is still not working.")
        #expect(s.label == .negative)
        #expect(s.terms.map(\.description) == ["\"Per my last email\" -2.40", "\"working\" -2.86"])
    }

    // MARK: - Rules

    @Test func negationTurnsAWordAround() {
        #expect(terms("The install is good.") == ["\"good\" +1.60"])
        #expect(terms("The install is not good.") == ["\"good\" -1.18"])
        // A problem denied is praise
        #expect(label("No issues at all with the new system.") == .positive)
        // What should work and doesn't is a strong complaint, not a mild one
        #expect(terms("The codec doesn't work.") == ["\"work\" -2.20"])
        // A pronoun denies the verb however far it comes
        #expect(terms("Nothing in the boardroom works.") == ["\"works\" -2.20"])
    }

    @Test func aDenialWithNothingAfterItStillDenies() {
        #expect(terms("The quote was supposed to include installation, but it didn't.") == ["\"didn't\" -2.25"])
    }

    @Test func intensifiersAndSoftenersScaleTheNextWord() {
        #expect(terms("The install is very good.") == ["\"good\" +2.08"])
        #expect(terms("The install is slightly disappointing.") == ["\"disappointing\" -1.56"])
    }

    @Test func butWeighsTheClauseAfterIt() {
        #expect(terms("The crew was great, but the rack is a mess.") == ["\"great\" +1.20", "\"mess\" -3.00"])
        #expect(label("The crew was great, but the rack is a mess.") == .negative)
        #expect(label("The rack is a mess, but the crew was great.") == .positive)
    }

    @Test func capitalsShoutInMixedCaseTextOnly() {
        #expect(terms("The system is BROKEN.") == ["\"BROKEN\" -3.30"])
        #expect(terms("THE SYSTEM IS BROKEN") == ["\"BROKEN\" -2.20"])
        // An unknown word shouted is still anger; an acronym is not shouting
        #expect(terms("We need this fixed TODAY.") == ["\"TODAY\" -1.20"])
        #expect(terms("The HDMI matrix is fine.") == ["\"fine\" +0.80"])
        #expect(terms("The install is GOOD.") == ["\"GOOD\" +2.40"])
    }

    @Test func exclamationMarksAddWeightToTheirSentence() {
        #expect(terms("The install is good!!") == ["\"good\" +1.60", "\"!!\" +0.60"])
        #expect(terms("This has gone on far too long!") == ["\"too long\" -2.34", "\"!\" -0.30"])
        #expect(terms("See you Monday!") == [])
    }

    @Test func praiseThatHasNotHappenedYetDoesNotCount() {
        #expect(terms("Once it is fixed we will be happy.") == [])
        #expect(terms("We were promised this would be finished by Friday.") == ["\"were promised\" -1.40"])
    }

    @Test func theProblemAFixNamesIsNotAComplaint() {
        #expect(terms("Thanks for fixing the buzz in room 4.") == ["\"Thanks\" +0.80", "\"fixing\" +1.20"])
    }

    @Test func tradeWordsThatGeneralListsMisread() {
        #expect(label("Please send the cable drops schedule.") == .neutral)
        #expect(label("Can you provide a breakdown of the labour hours?") == .neutral)
        #expect(label("The security desk will issue temporary badges.") == .neutral)
        #expect(label("Your project manager has been outstanding throughout.") == .positive)
        #expect(label("The Zoom room drops every call after ten minutes.") == .negative)
    }

    @Test func emptyAndWordlessTextIsNeutral() {
        #expect(analyzer.analyze("") == .neutral)
        #expect(analyzer.analyze("!!! ... ??? 1234").score == 0)
    }

    @Test func theScoreStaysBetweenMinusOneAndOne() {
        let rant = String(repeating: "This is unacceptable and TERRIBLE!!! ", count: 200)
        let s = analyzer.analyze(rant)
        #expect(s.score >= -1 && s.score < -0.99)
        #expect(s.drivers(1).first?.text == "TERRIBLE")
    }

    @Test func aMailIsScoredOnItsNewTextOnly() {
        let body = """
            Thanks, that fixed it.

            On Tue, 3 Mar 2026 at 09:12, Dana Ruiz <dana@example.com> wrote:
            > This is unacceptable, the display wall is still not working.
            """
        #expect(analyzer.analyze(mailBody: body).terms.map(\.description) == ["\"Thanks\" +0.80", "\"fixed\" +1.40"])
    }
}
