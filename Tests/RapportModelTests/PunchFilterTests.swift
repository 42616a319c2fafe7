import Testing
@testable import RapportModel

@Suite struct PunchFilterTests {
    /// A filter built field by field, so expectations do not go through the parser under test.
    static func filter(_ build: (inout PunchFilter) -> Void) -> PunchFilter {
        var filter = PunchFilter()
        build(&filter)
        return filter
    }

    static let open: Set<PunchStatus> = [.open, .inProgress, .readyForReview, .disputed]  // disputed items still stand before acceptance

    // MARK: - Reading the line

    @Test(arguments: ["", "   ", "\t"])
    func anEmptyLineFiltersNothing(text: String) throws {
        // Given a `/` line with nothing typed yet
        // When it is parsed
        // Then every item shows
        #expect(try PunchFilter(parsing: text).isEmpty)
    }

    @Test(arguments: [
        ("hdmi", filter { $0.words = ["hdmi"] }),
        ("HDMI Board  room", filter { $0.words = ["HDMI", "Board", "room"] }),
        ("\"board room\"", filter { $0.words = ["board room"] }),
        ("status:open", filter { $0.statuses = open }),
        ("status:open-only", filter { $0.statuses = [.open] }),
        ("status:closed", filter { $0.statuses = [.closed] }),
        ("Status:VOID", filter { $0.statuses = [.void] }),
        ("status:ready", filter { $0.statuses = [.readyForReview] }),
        ("status:in-progress", filter { $0.statuses = [.inProgress] }),
        ("status:inprog", filter { $0.statuses = [.inProgress] }),
        ("status:progress", filter { $0.statuses = [.inProgress] }),
        ("status:ready,closed", filter { $0.statuses = [.readyForReview, .closed] }),
        ("status:closed status:void", filter { $0.statuses = [.closed, .void] }),
        ("status:open status:void", filter { $0.statuses = [.open, .inProgress, .readyForReview, .disputed, .void] }),
        ("@lobby", filter { $0.locations = ["lobby"] }),
        ("@\"board room\"", filter { $0.locations = ["board room"] }),
        ("@lobby @floor", filter { $0.locations = ["lobby", "floor"] }),
        ("assignee:dana", filter { $0.assignees = ["dana"] }),
        ("=dana", filter { $0.assignees = ["dana"] }),
        ("ASSIGNEE:\"Dana K\"", filter { $0.assignees = ["Dana K"] }),
        ("!1", filter { $0.priorities = [.p1] }),
        ("!1 !3", filter { $0.priorities = [.p1, .p3] }),
        ("+video", filter { $0.categories = [.video] }),
        ("+video +net +PHYSICAL", filter { $0.categories = [.video, .network, .physicalInstall] }),
        ("overdue", filter { $0.overdue = true }),
        ("Overdue", filter { $0.overdue = true }),
        ("blocking", filter { $0.blocking = true }),
        ("+blocking", filter { $0.blocking = true }),
    ])
    func eachTermAlone(text: String, expected: PunchFilter) throws {
        // Given one kind of term typed on the `/` line
        // When it is parsed
        // Then only that part of the filter is set
        #expect(try PunchFilter(parsing: text) == expected)
    }

    @Test func everythingAtOnce() throws {
        // Given a PM narrowing a big punch list from several sides
        // When the line is parsed
        let parsed = try PunchFilter(parsing: "hdmi @board status:open !1 handshake !2 =dana +video overdue blocking")
        // Then every term holds, and free words keep their order
        #expect(parsed == Self.filter {
            $0.words = ["hdmi", "handshake"]
            $0.locations = ["board"]
            $0.statuses = Self.open
            $0.priorities = [.p1, .p2]
            $0.assignees = ["dana"]
            $0.categories = [.video]
            $0.overdue = true
            $0.blocking = true
        })
    }

    @Test(arguments: [
        ("\\overdue", ["overdue"]),
        ("\\blocking \\!1", ["blocking", "!1"]),
        ("\"status:open\"", ["status:open"]),
        ("\\foo:bar", ["foo:bar"]),
        ("16:9", ["16:9"]),
        ("email@host", ["email@host"]),
        ("65\"", ["65\""]),
        ("c++", ["c++"]),
        ("\"board ro", ["board ro"]),  // still typing the closing quote
        ("\"", []),  // just began a quote
    ])
    func wordsThatLookLikeTermsCanBeSearchedFor(text: String, expected: [String]) throws {
        // Given free text with sigils inside words, escaped or quoted terms, or a quote being typed
        // When the line is parsed
        let parsed = try PunchFilter(parsing: text)
        // Then it is all plain words to search for
        #expect(parsed == Self.filter { $0.words = expected })
    }

    // MARK: - Refused

    @Test(arguments: [
        ("status:", "'status:' needs a status: open, in-progress, ready, closed or void"),
        ("status:done", "'status:done' is not a status: use open, in-progress, ready, closed or void"),
        ("status:open,don", "'status:don' is not a status: use open, in-progress, ready, closed or void"),
        ("status:open,", "'status:open,' needs a status: open, in-progress, ready, closed or void"),
        ("assignee:", "'assignee:' needs a name, e.g. assignee:dana"),
        ("=", "'=' needs a name, e.g. assignee:dana"),
        ("@", "'@' needs a location, e.g. @lobby or @\"Board Room\""),
        ("@\"", "'@\"' needs a location, e.g. @lobby or @\"Board Room\""),
        ("!", "'!' needs a priority: !1, !2 or !3"),
        ("!4", "'!4' is not a priority: use !1, !2 or !3"),
        ("+", "'+' needs a category: audio, video, control, cabling, network, electrical, physical-install, documentation, other"),
        ("+vidoe", "unknown category '+vidoe' (audio, video, control, cabling, network, electrical, physical-install, documentation, other)"),
        ("foo:bar", "unknown term 'foo:bar': the fielded terms are status: and assignee: (type \\foo:bar to search for the text itself)"),
        ("hdmi due:fri", "unknown term 'due:fri': the fielded terms are status: and assignee: (type \\due:fri to search for the text itself)"),
        ("\"board\"room", "'\"board\"room': put a space after the closing quote"),
    ])
    func refusalsSayWhatIsWrong(text: String, message: String) {
        // Given a line with a term that is half typed or mistyped
        // When it is parsed
        // Then it is refused with a message the pane can show inline
        do {
            let parsed = try PunchFilter(parsing: text)
            Issue.record("'\(text)' was read as \(parsed)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func typingALineOneKeyAtATime() {
        // Given a filter line typed one character at a time
        let line = "hdmi status:open,closed @\"board room\" assignee:dana !1 +video overdue"
        var refused: [String] = []
        var last: PunchFilter?
        for end in line.indices + [line.endIndex] {
            // When each prefix is parsed, as the pane does at every keystroke
            switch Result(catching: { () throws(FilterError) in try PunchFilter(parsing: String(line[..<end])) }) {
            case .success(let filter): last = filter
            case .failure(let error): refused.append("\(line[..<end]) → \(error)")
            }
        }
        // Then the half-typed terms are refused, each with a message, never a crash,
        // and the complete line is read in full
        // (status: o op ope , ,c ,cl ,clo ,clos ,close; @ @"; assignee:; !; + +v +vi +vid +vide)
        #expect(refused.count == 19, "\(refused)")
        #expect(refused.contains("hdmi status: → 'status:' needs a status: open, in-progress, ready, closed or void"))
        #expect(refused.contains("hdmi status:open,closed @\"board room\" assignee:dana ! → '!' needs a priority: !1, !2 or !3"))
        #expect(last == Self.filter {
            $0.words = ["hdmi"]
            $0.statuses = Self.open.union([.closed])
            $0.locations = ["board room"]
            $0.assignees = ["dana"]
            $0.priorities = [.p1]
            $0.categories = [.video]
            $0.overdue = true
        })
    }

    // MARK: - Writing it back

    @Test func descriptionReadsAsTheLineAPMWouldType() throws {
        // Given a filter parsed from terms in a jumbled order
        let parsed = try PunchFilter(parsing: "blocking !2 +net =dana status:void hdmi @\"board room\" status:open !1")
        // When it is rendered as text
        // Then words come first, then each kind of term in a fixed order
        #expect(parsed.description == "hdmi @\"board room\" assignee:dana status:open status:void !1 !2 +network blocking")
        #expect(PunchFilter().description == "")
    }

    static let filters: [PunchFilter] = [
        PunchFilter(),
        filter { $0.words = ["hdmi", "handshake"] },
        filter { $0.words = ["board room", "overdue", "status:open", "\\x", "\"q\"", "65\"", "!1", "@home", "="] },
        filter { $0.statuses = [.open] },
        filter { $0.statuses = [.open, .closed] },
        filter { $0.statuses = Set(PunchStatus.allCases) },
        filter { $0.statuses = [.inProgress, .readyForReview] },
        filter { $0.locations = ["board room", "\"north\" lobby", "lobby"]; $0.assignees = ["Dana K", "=x"] },
        filter { $0.priorities = Set(Priority.allCases); $0.categories = Set(PunchCategory.allCases) },
        filter { $0.overdue = true; $0.blocking = true; $0.words = ["blocking"] },
    ]

    @Test(arguments: filters)
    func descriptionParsesBackToTheSameFilter(filter: PunchFilter) throws {
        // Given a filter, including words and values that look like terms or hold spaces
        // When it is rendered and the text is parsed again
        let text = filter.description
        // Then the same filter comes back, so the line can be shown and edited again
        #expect(try PunchFilter(parsing: text) == filter, "text: \(text)")
    }
}
