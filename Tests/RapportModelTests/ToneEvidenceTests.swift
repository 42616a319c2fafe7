import Foundation
import Testing
@testable import RapportModel

/// The sentences shown as evidence of a customer's tone.
@Suite struct ToneEvidenceTests {
    let now = Date(timeIntervalSince1970: 1_795_770_000)

    @Test func strongestSentencesFirstWithTheirWords() {
        let messages: [ToneEvidence.Message] = [
            .init(at: now - 86_400, subject: "Status",
                  body: "Please advise on the status of the outstanding items. Per my last email, the display wall is still not working."),
            .init(at: now - 3 * 86_400, subject: "Thanks", body: "Great job on the install, the room looks fantastic!"),
        ]
        let found = ToneEvidence.strongest(messages, now: now, halfLife: 14, count: 3)
        // "Please advise…" is never read as praise
        #expect(found.filter { $0.text.hasPrefix("Please advise") }.allSatisfy { $0.sentiment < 0 })
        #expect(found.map(\.text).contains("Per my last email, the display wall is still not working."))
        #expect(found.first { $0.sentiment < 0 }?.drivers.isEmpty == false)
        // The strongest first: the complaint a day old over the praise of three days
        #expect(found.first?.text == "Per my last email, the display wall is still not working.")
    }

    @Test func olderWordsWeighLess() {
        // The same sentence, once a day old and once sixty days old: the recent one wins
        let messages: [ToneEvidence.Message] = [
            .init(at: now - 60 * 86_400, subject: "Old", body: "This is unacceptable."),
            .init(at: now - 86_400, subject: "New", body: "This is unacceptable."),
        ]
        #expect(ToneEvidence.strongest(messages, now: now, halfLife: 14, count: 1).map(\.subject) == ["New"])
    }

    @Test func eachSentenceSaysWhoseWordsItIs() {
        // Given their mail and our note of a call
        let messages: [ToneEvidence.Message] = [
            .init(at: now - 86_400, subject: "Re: wall", body: "This is unacceptable.", kind: .emailIn),
            .init(at: now - 2 * 86_400, subject: "Call", body: "They were delighted with the room.", kind: .call),
        ]
        // Then each sentence keeps its source, so the view does not call our notes their words
        let found = ToneEvidence.strongest(messages, now: now, halfLife: 14, count: 3)
        let kinds = Dictionary(uniqueKeysWithValues: found.map { ($0.subject, $0.kind) })
        #expect(kinds == ["Re: wall": .emailIn, "Call": .call])
    }

    @Test func quotedRepliesAreNotTheirWords() {
        let body = "Thanks, that works.\n\nOn Tue, Dana wrote:\n> This is a disaster and totally unacceptable."
        let found = ToneEvidence.strongest([.init(at: now, subject: "Re", body: body)], now: now, halfLife: 14, count: 3)
        #expect(!found.contains { $0.text.contains("disaster") })
    }

    @Test(arguments: [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        ("Version 2.5 is out. Ok", ["Version 2.5 is out.", "Ok"]),
        ("Why?!! Because", ["Why?!!", "Because"]),
        ("First line\nstill first.\n\nSecond", ["First line still first.", "Second"]),
    ] as [(String, [String])])
    func sentencesSplit(text: String, expected: [String]) {
        #expect(ToneEvidence.sentences(text) == expected)
    }

    @Test(arguments: [
        "One. Two! Three?", "Version 2.5 is out. Ok", "Why?!! Because", "First line\nstill first.\n\nSecond",
        "  lead and trail  . ", "\n\n\nthree breaks.\n\n", "tab\tinside.\tthen", "end.", "...", "a.b. c!d ?e", "",
    ])
    func asciiSentencesCutAsCharactersDo(text: String) {
        // The byte path is a shortcut only: the same sentences as the rule read character by character
        #expect(ToneEvidence.asciiSentences(text) == ToneEvidence.characterSentences(text))
    }

    @Test func nonASCIITextTakesTheCharacterPath() {
        #expect(ToneEvidence.asciiSentences("Café is late. “Really”?") == nil)
        #expect(ToneEvidence.sentences("Café is late.\r\n\r\nNext") == ToneEvidence.characterSentences("Café is late.\r\n\r\nNext"))
    }

    @Test func stoppingAtOldMailChangesNothing() {
        // Given ninety days of mail, strong and weak, newest first as the store reads it
        let bodies = ["This is unacceptable.", "Thanks, fine.", "We are delighted, great work!", "The wall is still broken.",
                      "Ok.", "Terrible, a disaster."]
        let messages = (0..<90).map { day in
            ToneEvidence.Message(at: now - Double(day) * 86_400, subject: "m\(day)", body: bodies[day % bodies.count])
        }
        // When the strongest three are picked: the same as scoring every message and sorting all
        for count in [1, 3, 10] {
            let picked = ToneEvidence.strongest(messages, now: now, halfLife: 14, count: count)
            let all = ToneEvidence.strongest(messages, now: now, halfLife: 14, count: 1_000)
            #expect(picked.map(\.subject) == all.prefix(count).map(\.subject))
            #expect(picked.map(\.text) == all.prefix(count).map(\.text))
        }
    }
}
