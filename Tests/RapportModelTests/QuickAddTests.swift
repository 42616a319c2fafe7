import Testing
@testable import RapportModel

@Suite struct QuickAddTests {
    /// Friday 2026-11-27: `due:fri` is the Friday after, 2026-12-04.
    static let today = date(2026, 11, 27)

    static let hdmi = PunchDraft(title: "HDMI handshake fails", location: "Board Room", category: .video,
                                 priority: .p1, assignee: "dana", dueOn: date(2026, 12, 4))

    func parse(_ line: String) throws(QuickAddError) -> PunchDraft {
        try QuickAdd.parse(line, today: Self.today)
    }

    // MARK: - Reading a line

    @Test func theIssuesExample() throws {
        // Given the line from the issue, typed on a Friday
        // When it is parsed
        let draft = try parse("HDMI handshake fails @Board Room !1 due:fri +video assignee:dana")
        // Then every field is set, and the Friday is next week's
        #expect(draft == Self.hdmi)
    }

    @Test(arguments: [
        "HDMI handshake fails @Board Room !1 due:fri +video assignee:dana",
        "!1 HDMI handshake fails +video due:fri =dana @Board Room",
        "+video HDMI !1 handshake due:fri fails assignee:dana @\"Board Room\"",
        "@\"Board Room\" HDMI handshake fails =dana +VIDEO DUE:Friday !1",
        "  HDMI   handshake\tfails  @Board   Room  !1  due:fri  +video  assignee:dana  ",
        "HDMI handshake fails due:2026-12-04 !1 @Board Room assignee:dana +video",
    ])
    func termsMayComeInAnyOrder(line: String) throws {
        // Given the same item typed with its terms shuffled, cased and spaced differently
        // When each line is parsed
        // Then all give the same draft: title words keep their order, single-spaced
        #expect(try parse(line) == Self.hdmi)
    }

    @Test(arguments: [
        ("Fix it @Lobby", PunchDraft(title: "Fix it", location: "Lobby")),
        ("Fix it @HQ / Floor 3 / Board Room", PunchDraft(title: "Fix it", location: "HQ / Floor 3 / Board Room")),
        ("Fix it !1", PunchDraft(title: "Fix it", priority: .p1)),
        ("Fix it !2", PunchDraft(title: "Fix it", priority: .p2)),
        ("Fix it !3", PunchDraft(title: "Fix it", priority: .p3)),
        ("Fix it due:tomorrow", PunchDraft(title: "Fix it", dueOn: date(2026, 11, 28))),
        ("Fix it due:+2w", PunchDraft(title: "Fix it", dueOn: date(2026, 12, 11))),
        ("Fix it +audio", PunchDraft(title: "Fix it", category: .audio)),
        ("Fix it +physical-install", PunchDraft(title: "Fix it", category: .physicalInstall)),
        ("Fix it +physical", PunchDraft(title: "Fix it", category: .physicalInstall)),
        ("Fix it +docs", PunchDraft(title: "Fix it", category: .documentation)),
        ("Fix it +net", PunchDraft(title: "Fix it", category: .network)),
        ("Fix it +elec", PunchDraft(title: "Fix it", category: .electrical)),
        ("Fix it assignee:Dana", PunchDraft(title: "Fix it", assignee: "Dana")),
        ("Fix it =dana", PunchDraft(title: "Fix it", assignee: "dana")),
        ("Fix it assignee:\"Dana K\"", PunchDraft(title: "Fix it", assignee: "Dana K")),
        ("Fix it =\"Dana K\"", PunchDraft(title: "Fix it", assignee: "Dana K")),
        ("Fix it blocking", PunchDraft(title: "Fix it", blocksAcceptance: true)),
        ("Fix it +blocking", PunchDraft(title: "Fix it", blocksAcceptance: true)),
        ("Fix it status:ready", PunchDraft(title: "Fix it", status: .readyForReview)),
        ("Fix it status:inprog", PunchDraft(title: "Fix it", status: .inProgress)),
        ("Fix it status:progress", PunchDraft(title: "Fix it", status: .inProgress)),
        ("Fix it status:In-Progress", PunchDraft(title: "Fix it", status: .inProgress)),
        ("Fix it status:void", PunchDraft(title: "Fix it", status: .void)),
    ])
    func eachTermAlone(line: String, expected: PunchDraft) throws {
        // Given a title and one term
        // When the line is parsed
        // Then that one field is set and everything else keeps its default
        #expect(try parse(line) == expected)
    }

    @Test(arguments: [
        ("Reply to email@host about it", PunchDraft(title: "Reply to email@host about it")),
        ("Mount 65\" display", PunchDraft(title: "Mount 65\" display")),
        ("Replace \"EXIT\" sign", PunchDraft(title: "Replace \"EXIT\" sign")),
        ("Set 16:9 aspect re: call", PunchDraft(title: "Set 16:9 aspect re: call")),
        ("Cable @ rack", PunchDraft(title: "Cable @ rack")),
        ("Gain + EQ = done !!!", PunchDraft(title: "Gain + EQ = done !!!")),
        ("Label it C++!", PunchDraft(title: "Label it C++!")),
        ("Move \\+video wall", PunchDraft(title: "Move +video wall")),
        ("Door \\blocking the beam", PunchDraft(title: "Door blocking the beam")),
        ("Rename \\!1 and \\@home \\due:fri", PunchDraft(title: "Rename !1 and @home due:fri")),
        ("Path C:\\\\av \\", PunchDraft(title: "Path C:\\\\av \\")),
        ("Panel @\"Board Room\" left wall", PunchDraft(title: "Panel left wall", location: "Board Room")),
        ("Panel @\"Room \\\"B\\\"\" loose", PunchDraft(title: "Panel loose", location: "Room \"B\"")),
    ])
    func titleTextThatLooksLikeTerms(line: String, expected: PunchDraft) throws {
        // Given titles with sigils inside words, lone sigils, escaped terms and a quoted location
        // When the line is parsed
        // Then only a word-initial sigil starts a term, and `\` keeps a word as title text
        #expect(try parse(line) == expected)
    }

    @Test func anUnquotedLocationRunsToTheNextTerm() throws {
        // Given title words typed after an unquoted location
        // When the line is parsed
        let draft = try parse("Panel loose @Board Room left wall !3 more words")
        // Then the location takes the words up to the next term, and the title resumes after it
        #expect(draft.location == "Board Room left wall")
        #expect(draft.title == "Panel loose more words")
        #expect(draft.priority == .p3)
    }

    @Test(arguments: ["Fix it !1 !1", "Fix it due:fri due:2026-12-04", "Fix it +net +network", "Fix it blocking +blocking"])
    func theSameValueTwiceIsNoConflict(line: String) throws {
        // Given one field set twice to the same value (perhaps spelled two ways)
        // When the line is parsed
        // Then it is accepted
        #expect(try parse(line).title == "Fix it")
    }

    // MARK: - Refused

    @Test(arguments: [
        ("Fix it +vidoe", "unknown category '+vidoe' (audio, video, control, cabling, network, electrical, physical-install, documentation, other)"),
        ("Fix it !4", "'!4' is not a priority: use !1, !2 or !3"),
        ("Fix it !0", "'!0' is not a priority: use !1, !2 or !3"),
        ("Fix it !p1", "'!p1' is not a priority: use !1, !2 or !3"),
        ("Fix it !01", "'!01' is not a priority: use !1, !2 or !3"),
        ("Fix it due:fryday", "due: 'fryday' is not a date: use today, tomorrow, a weekday (fri), +3d, +2w, or YYYY-MM-DD"),
        ("Fix it due:2026-02-30", "due: '2026-02-30' is not on the calendar: February 2026 has 28 days"),
        ("Fix it due:", "'due:' needs a date, e.g. due:fri"),
        ("Fix it assignee:", "'assignee:' needs a name, e.g. assignee:dana"),
        ("Fix it =\"\"", "'=\"\"' needs a name, e.g. assignee:dana"),
        ("Fix it @\" \"", "'@\" \"' needs a location, e.g. @lobby or @\"Board Room\""),
        ("Fix it status:", "'status:' needs a status: open, in-progress, ready, closed or void"),
        ("Fix it status:done", "'status:done' is not a status: use open, in-progress, ready, closed or void"),
        ("@Board Room !1 +video", "the title is empty"),
        ("", "the title is empty"),
        ("   ", "the title is empty"),
        ("Fix it !1 !3", "'!1' and '!3' both set the priority; keep one"),
        ("Fix it +video +audio", "'+video' and '+audio' both set the category; keep one"),
        ("Fix it @Lobby @Board Room", "'@Lobby' and '@Board Room' both set the location; keep one"),
        ("Fix it due:fri due:mon", "'due:fri' and 'due:mon' both set the due date; keep one"),
        ("Fix it =dana assignee:lee", "'=dana' and 'assignee:lee' both set the assignee; keep one"),
        ("Fix it @\"Board Room !1", "'@\"Board Room !1' has no closing quote"),
        ("Fix it @\"Board\"Room !1", "'@\"Board\"Room': put a space after the closing quote"),
    ])
    func refusalsNameTheWordToFix(line: String, message: String) {
        // Given a line with a mistake in it
        // When it is parsed
        // Then it is refused, and the message names the word and what would be accepted
        do {
            let draft = try parse(line)
            Issue.record("'\(line)' was read as \(draft)")
        } catch {
            #expect(error.description == message)
        }
    }

    // MARK: - Writing a line

    @Test func formatWritesTheLineAPMWouldType() {
        // Given the example item
        // When it is written as a quick-add line
        // Then the terms follow the title, with the due date as ISO so it means the same any day
        #expect(QuickAdd.format(Self.hdmi) == "HDMI handshake fails @Board Room !1 due:2026-12-04 +video assignee:dana")
        #expect(QuickAdd.format(PunchDraft(title: "Fix it")) == "Fix it")
    }

    static let drafts: [PunchDraft] = [
        hdmi,
        PunchDraft(title: "Fix it"),
        PunchDraft(title: "Tighten rack screws", location: "HQ / Floor 3 / Board Room", category: .physicalInstall,
                   priority: .p3, status: .inProgress, assignee: "Dana K", dueOn: date(2027, 1, 31),
                   blocksAcceptance: true),
        PunchDraft(title: "Move +video wall !1 and @home away", location: "Room blocking +net",
                   category: .documentation, status: .readyForReview),
        PunchDraft(title: "Replace \"EXIT\" sign near 65\" display", location: "\"North\" lobby",
                   category: .electrical, status: .closed),
        PunchDraft(title: "\\\\server\\share not mounted", location: "Rack \\ 2", category: .network,
                   priority: .p1, status: .void, assignee: "=lee"),
        PunchDraft(title: "blocking due:fri status:open assignee:x =y", location: "Board  Room",
                   assignee: "\"quoted\" name", dueOn: date(2026, 2, 28)),
        PunchDraft(title: "Gain + EQ = done !!!", location: "@", category: .audio),
        PunchDraft(title: "Label", location: "Lobby\tEast", category: .cabling),
        PunchDraft(title: "Label", location: "Lobby ", category: .control),
    ]

    @Test(arguments: drafts)
    func formatThenParseGivesTheSameDraft(draft: PunchDraft) throws {
        // Given a draft, including titles and locations full of words that look like terms
        // When it is written as a line and that line is read back
        let line = QuickAdd.format(draft)
        let back = try QuickAdd.parse(line, today: date(2030, 6, 1))
        // Then the same draft comes back, whatever day it is read on
        #expect(back == draft, "line: \(line)")
    }

    @Test func formatNormalizesATitlesSpacing() throws {
        // Given a title with runs of spaces and a tab (say, from an import)
        let draft = PunchDraft(title: "  Speaker   buzz\tat idle ")
        // When it goes through a quick-add line
        let back = try parse(QuickAdd.format(draft))
        // Then the words survive, single-spaced, as quick-add would have typed them
        #expect(back.title == "Speaker buzz at idle")
    }
}
