import Foundation
import Testing
@testable import RapportModel

/// The watch list on hand-built accounts: each reason at and past its line, reps, and the order.
@Suite struct WatchListTests {
    let zone = TimeZone(identifier: "UTC")!
    /// Friday 2026-11-27 09:00 UTC.
    let now = Date(timeIntervalSince1970: 1_795_770_000)
    var today: LocalDate { LocalDate(now, in: zone) }

    func account(_ id: Int64, _ name: String, _ change: (inout WatchAccount) -> Void = { _ in }) -> WatchAccount {
        var a = WatchAccount(customerId: id, name: name)
        a.lastTwoWayContact = now - 86_400
        a.score = 60
        a.scoreBefore = 60
        change(&a)
        return a
    }

    func items(_ accounts: [WatchAccount], _ settings: WatchSettings = .standard, rep: String? = nil) -> [WatchItem] {
        WatchList.items(accounts, settings: settings, now: now, timeZone: zone, rep: rep)
    }

    @Test func aQuietHealthyAccountIsNotOnTheList() {
        #expect(items([account(1, "Contoso")]).isEmpty)
    }

    @Test func noTwoWayContactForNDays() {
        // 29 days is inside the default 30; 30 is on the list; never is on it too
        #expect(items([account(1, "A") { $0.lastTwoWayContact = now - 29 * 86_400 }]).isEmpty)
        let late = items([account(1, "A") { $0.lastTwoWayContact = now - 30 * 86_400 }])
        #expect(late.map(\.reason) == [.noContact])
        #expect(late.first?.detail == "no two-way contact in 30 d")
        #expect(items([account(1, "A") { $0.lastTwoWayContact = nil }]).first?.detail == "no two-way contact on record")
        // N comes from the settings
        #expect(items([account(1, "A") { $0.lastTwoWayContact = now - 10 * 86_400 }], WatchSettings(noContactDays: 10)).count == 1)
    }

    @Test func aChampionWhoLeftWithoutSuccessor() {
        let list = items([account(1, "A") { $0.goneChampions = [.init(name: "Dana Kim", leftOn: today.adding(days: -57))] }])
        #expect(list.map(\.reason) == [.championLeft])
        #expect(list.first?.detail == "Dana Kim left 2026-10-01, no successor")
        #expect(list.first?.amount == 57)
        // Leaving next month is not yet a loss
        #expect(items([account(1, "A") { $0.goneChampions = [.init(name: "Dana", leftOn: today.adding(days: 30))] }]).isEmpty)
    }

    @Test func unansweredMailOlderThanNDays() {
        let mail: [WatchAccount.WaitingMail] = [.init(subject: "Display wall", at: now - 6 * 86_400),
                                                .init(subject: "Invoice", at: now - 4 * 86_400),
                                                .init(subject: "Hi", at: now - 2 * 86_400)]
        let list = items([account(1, "A") { $0.waitingMail = mail }])
        // One line an account: the oldest, and how many more are past the line (2 days is not)
        #expect(list.map(\.detail) == ["\"Display wall\" waiting 6 d (and 1 more)"])
        #expect(items([account(1, "A") { $0.waitingMail = mail }], WatchSettings(unansweredDays: 7)).isEmpty)
    }

    @Test func intelPastItsReviewDate() {
        let intel: [WatchAccount.ReviewIntel] = [.init(text: "Moving HQ", reviewOn: today.adding(days: -3)),
                                                 .init(text: "New CFO", reviewOn: today.adding(days: 5))]
        let list = items([account(1, "A") { $0.intel = intel }])
        #expect(list.map(\.detail) == ["review by 2026-11-24: Moving HQ"])
    }

    @Test func aDropInScoreOver14Days() {
        // 9 points is under the default 10; 10 is on it
        #expect(items([account(1, "A") { $0.scoreBefore = 69 }]).isEmpty)
        let list = items([account(1, "A") { $0.scoreBefore = 70 }])
        #expect(list.map(\.detail) == ["10 points in 14 days (70 → 60)"])
        // A rise is never a drop; no earlier score, no drop
        #expect(items([account(1, "A") { $0.scoreBefore = 40 }]).isEmpty)
        #expect(items([account(1, "A") { $0.scoreBefore = nil }]).isEmpty)
    }

    @Test func orderedByReasonThenHowFarThenName() {
        let accounts = [
            account(1, "Beta") { $0.lastTwoWayContact = now - 40 * 86_400 },
            account(2, "Alpha") { $0.lastTwoWayContact = now - 40 * 86_400; $0.scoreBefore = 75 },
            account(3, "Gamma") { $0.lastTwoWayContact = now - 90 * 86_400 },
        ]
        let list = items(accounts)
        #expect(list.map { "\($0.reason.short) \($0.customerName)" } == ["falling Alpha", "quiet Gamma", "quiet Alpha", "quiet Beta"])
    }

    @Test func repKeepsThatRepsAccountsInAnyCase() {
        let accounts = [account(1, "A") { $0.lastTwoWayContact = nil; $0.reps = ["Dana Kim"] },
                        account(2, "B") { $0.lastTwoWayContact = nil; $0.reps = ["Li Wei", "Dana Kim"] },
                        account(3, "C") { $0.lastTwoWayContact = nil; $0.reps = ["Li Wei"] }]
        #expect(items(accounts, rep: "dana kim").map(\.customerId) == [1, 2])
        #expect(items(accounts, rep: "Nobody").isEmpty)
        #expect(items(accounts).count == 3)
    }

    @Test func settingsRefuseOutOfRange() {
        var s = WatchSettings()
        #expect(s.set("no-contact-days", 0) == "must be a whole number of days from 1 to 3650")
        #expect(s.set("score-drop", 101) == "must be a whole number of points from 1 to 100")
        #expect(s.set("quiet-days", 3)?.hasPrefix("unknown setting") == true)
        #expect(s.set("unanswered-days", 5) == nil)
        #expect(s.unansweredDays == 5)
    }
}
