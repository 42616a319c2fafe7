import Testing
@testable import RapportModel

@Suite struct PunchStatusTests {
    @Test(arguments: [
        (PunchStatus.open, PunchStatus.inProgress),
        (.inProgress, .readyForReview),
        (.readyForReview, .closed),
        (.closed, nil),
        (.void, nil),
        (.disputed, .inProgress),  // the dispute is settled: the work resumes
    ] as [(PunchStatus, PunchStatus?)])
    func advanceMovesOneStepAlongTheWorkflow(from: PunchStatus, expected: PunchStatus?) {
        // Given an item in `from`, when the PM presses `>`
        // Then it moves one step towards closed, and nothing happens at the end of the line
        #expect(from.advanced == expected)
    }

    @Test(arguments: [
        (PunchStatus.open, nil),
        (.inProgress, .open),
        (.readyForReview, .open),  // a rejection: straight back to open, not to in progress
        (.closed, .readyForReview),  // reopen for review
        (.void, nil),
        (.disputed, .open),
    ] as [(PunchStatus, PunchStatus?)])
    func stepBackUndoesOneStep(from: PunchStatus, expected: PunchStatus?) {
        #expect(from.steppedBack == expected)
    }

    @Test func advancingFromOpenReachesClosedInThreeSteps() {
        // Given a new item
        var trail: [PunchStatus] = [.open]
        // When `>` is pressed until nothing changes
        while let next = trail.last!.advanced { trail.append(next) }
        // Then it passed through every working status once, in order
        #expect(trail == [.open, .inProgress, .readyForReview, .closed])
    }

    @Test(arguments: [
        (PunchStatus.open, true), (.inProgress, true), (.readyForReview, true),
        (.closed, false), (.void, false), (.disputed, true),
    ])
    func onlyWorkingStatusesCountAsOpen(status: PunchStatus, open: Bool) {
        // Open items are the ones that stand between the project and acceptance
        #expect(status.isOpen == open)
        #expect(PunchStatus.openRawValues.contains(status.rawValue) == open)
    }

    @Test func storedNamesAreStable() {
        // The raw values are written to the database and matched by SQL; renaming one loses items
        #expect(PunchStatus.allCases.map(\.rawValue) == ["open", "in-progress", "ready", "closed", "void", "disputed"])
        #expect(PunchStatus.openRawValues == ["open", "in-progress", "ready", "disputed"])
    }
}
