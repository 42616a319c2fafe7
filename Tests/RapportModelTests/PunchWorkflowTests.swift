import Foundation
import Testing
import RapportModel

/// The workflow rules on one item, and the paths between statuses, with no store in sight.
@Suite struct PunchWorkflowTests {
    static let at = Date(timeIntervalSince1970: 1_773_150_000)

    static func item(_ status: PunchStatus) -> PunchItem {
        PunchItem(id: 1, projectId: 1, number: 14, title: "Mic gain", status: status, createdAt: at, updatedAt: at)
    }

    @Test(arguments: [
        (PunchStatus.open, PunchStatus.closed, [PunchChange.advance, .advance, .advance]),
        (.readyForReview, .open, [.stepBack]),
        (.closed, .readyForReview, [.stepBack]),
        (.inProgress, .open, [.stepBack]),
        (.open, .void, [.void]),
        (.open, .open, []),
    ])
    func stepsFollowTheWorkflow(from: PunchStatus, to: PunchStatus, steps: [PunchChange]) throws {
        #expect(try PunchWorkflow.steps(from: from, to: to) == steps)
    }

    @Test func pathsTheWorkflowDoesNotHaveAreRefused() {
        #expect(throws: PunchWorkflowError.voidCannotMove) { try PunchWorkflow.steps(from: .void, to: .open) }
        // Back from ready is a rejection, straight to open: in progress is not on the way
        #expect(throws: PunchWorkflowError.noPath(from: .readyForReview, to: .inProgress)) {
            try PunchWorkflow.steps(from: .readyForReview, to: .inProgress)
        }
    }

    @Test func aRejectionIsCountedAndNoted() {
        let outcome = PunchChange.stepBack.apply(to: Self.item(.readyForReview), by: "dana", at: Self.at + 60, locationId: nil)
        var expected = Self.item(.open)
        expected.rejections = 1
        expected.updatedAt = Self.at + 60
        #expect(outcome == .changed(expected, statusNote: "rejected"))
    }

    @Test func closingRecordsWhoAccepted() {
        guard case .changed(let closed, _) = PunchChange.advance.apply(to: Self.item(.readyForReview), by: "dana",
                                                                        at: Self.at, locationId: nil)
        else { Issue.record("not changed"); return }
        #expect(closed.status == .closed && closed.acceptedBy == "dana")
    }

    @Test(arguments: [
        (PunchChange.advance, PunchStatus.closed, SkipReason.cannotAdvance),
        (.advance, .void, .cannotAdvance),
        (.stepBack, .open, .cannotStepBack),
        (.void, .closed, .cannotVoidClosed),
    ])
    func refusalsAreTyped(change: PunchChange, status: PunchStatus, reason: SkipReason) {
        #expect(change.apply(to: Self.item(status), by: "pat", at: Self.at, locationId: nil) == .skipped(reason))
    }

    @Test func aChangeToWhatIsAlreadyThereIsUnchanged() {
        #expect(PunchChange.setPriority(.p2).apply(to: Self.item(.open), by: "pat", at: Self.at, locationId: nil) == .unchanged)
    }
}
