import Foundation
import Testing
@testable import RapportModel

/// Matching, threading and reply times of a mail import, on hand-built messages.
@Suite struct MailImportPlanTests {
    static let directory: MailDirectory = {
        var d = MailDirectory(ours: ["brightline.example", "pat@gmail.example"])
        d.addCustomer(id: 1, domains: "harbor.example, @harbor-hotels.example")
        d.addCustomer(id: 2, domains: "birchlaw.example")
        d.addContact(id: 10, customerId: 1, emails: "Dana@Harbor.example; dana.ruiz@gmail.example")
        return d
    }()

    func message(_ id: String, from: String, to: [String] = [], at hour: Double, replyTo: String? = nil,
                 references: [String] = []) -> MailImportMessage {
        MailImportMessage(messageId: id, inReplyTo: replyTo.map { [$0] } ?? [], references: references, from: from,
                          recipients: to, at: Date(timeIntervalSince1970: hour * 3600), subject: "s", body: "b", sentiment: 0)
    }

    @Test func addressesMatchContactsFirstThenOursThenDomains() {
        let d = Self.directory
        #expect(d.customer(of: "dana@harbor.example") == .init(customerId: 1, contactId: 10))
        #expect(d.customer(of: "dana.ruiz@gmail.example") == .init(customerId: 1, contactId: 10))
        #expect(d.customer(of: "ops@mail.harbor.example") == .init(customerId: 1, contactId: nil))
        #expect(d.customer(of: "x@harbor-hotels.example") == .init(customerId: 1, contactId: nil))
        #expect(d.customer(of: "x@notharbor.example") == nil)
        #expect(d.customer(of: "someone@gmail.example") == nil)
        #expect(d.isOurs("pat@brightline.example") && d.isOurs("pat@eu.brightline.example") && d.isOurs("pat@gmail.example"))
        #expect(!d.isOurs("sam@gmail.example"))
    }

    @Test func directionCustomerAndUnmatchedAreDecidedByAddress() {
        let messages = [
            message("a", from: "dana@harbor.example", to: ["pat@brightline.example"], at: 1),
            message("b", from: "pat@brightline.example", to: ["sam@birchlaw.example"], at: 2),
            message("c", from: "pat@brightline.example", to: ["lee@brightline.example"], at: 3),
            message("d", from: "pat@brightline.example", to: ["x@else.example"], at: 4),
            message("e", from: "spam@else.example", to: ["pat@brightline.example"], at: 5),
            message("a", from: "dana@harbor.example", at: 1),
            message("f", from: "ops@harbor.example", at: 6),
        ]
        let plan = MailImportPlan.make(messages, directory: Self.directory, stored: ["f": "f"],
                                       customerNames: [1: "Harbor", 2: "Birch"])
        #expect(plan.rows.map(\.message) == [0, 1])
        #expect(plan.rows.map(\.kind) == [.emailIn, .emailOut])
        #expect(plan.rows.map(\.customerId) == [1, 2])
        #expect(plan.rows.map(\.contactId) == [10, nil])
        #expect(plan.result.unmatched == ["to x@else.example": 1, "spam@else.example": 1])
        #expect(plan.result.internalOnly == 1)
        #expect(plan.result.duplicates == 1)
        #expect(plan.result.alreadyImported == 1)
        #expect(plan.result.perCustomer == ["Harbor": 1, "Birch": 1])
    }

    @Test func threadsFollowTheFirstKnownParentElseTheRootOfReferences() {
        let messages = [
            message("r2", from: "pat@brightline.example", to: ["dana@harbor.example"], at: 3, replyTo: "r1", references: ["root", "r1"]),
            message("root", from: "dana@harbor.example", at: 1),
            message("r1", from: "dana@harbor.example", at: 2, replyTo: "root"),
            message("late", from: "dana@harbor.example", at: 4, replyTo: "old"),
        ]
        let plan = MailImportPlan.make(messages, directory: Self.directory, stored: ["old": "stored-root"], customerNames: [:])
        #expect(plan.rows.map { messages[$0.message].messageId } == ["root", "r1", "r2", "late"])
        #expect(plan.rows.map(\.thread) == ["root", "root", "root", "stored-root"])
        #expect(plan.result.threads == 2)
    }

    @Test func aMessageIsAnsweredByTheFirstLaterOneFromTheOtherSide() {
        let messages = [
            message("q", from: "dana@harbor.example", at: 1),
            message("q2", from: "dana@harbor.example", at: 2, replyTo: "q"),
            message("a", from: "pat@brightline.example", to: ["dana@harbor.example"], at: 5, replyTo: "q2", references: ["q", "q2"]),
            message("b", from: "dana@harbor.example", at: 30, replyTo: "a", references: ["q", "q2", "a"]),
        ]
        var plan = MailImportPlan.make(messages, directory: Self.directory, stored: [:], customerNames: [:])
        // A stored message of ours in the thread, unanswered, and one already answered
        plan.answer(stored: [
            .init(id: 7, kind: .emailOut, at: Date(timeIntervalSince1970: 0.5 * 3600), answeredAt: nil, thread: "q"),
            .init(id: 8, kind: .emailOut, at: Date(timeIntervalSince1970: 0.2 * 3600), answeredAt: Date(timeIntervalSince1970: 600), thread: "q"),
        ], messages: messages)
        let hours = plan.rows.map { $0.answeredAt.map { $0.timeIntervalSince1970 / 3600 } }
        // Both customer messages are answered by ours at 5 h; ours by the customer at 30 h
        #expect(hours == [5, 5, 30, nil])
        // Our stored message is answered by the customer's first later message
        #expect(plan.answers == [7: Date(timeIntervalSince1970: 3600)])
        #expect(plan.result.answered == 4)
    }

    @Test func aMessageWithoutAnIdGetsTheSameSyntheticIdEachTime() {
        let at = Date(timeIntervalSince1970: 1_772_529_120)
        let one = MailImportMessage.syntheticId(from: "a@x.example", at: at, subject: "s", text: "t")
        #expect(one == MailImportMessage.syntheticId(from: "a@x.example", at: at, subject: "s", text: "t"))
        #expect(one != MailImportMessage.syntheticId(from: "a@x.example", at: at, subject: "s", text: "u"))
        #expect(one.hasPrefix("rapport-") && one.hasSuffix("@no-message-id.invalid") && one.count == 46)
    }
}
