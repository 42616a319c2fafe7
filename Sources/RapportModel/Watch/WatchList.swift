import Foundation

/// The accounts about to grow cold, and why: a pure function of the accounts, the settings and
/// the clock, so the pane, `rapport watch` and the tests all get the same list.
public enum WatchList {
    /// Every reason each account is on the list, by reason (as `WatchItem.Reason` orders them),
    /// then the furthest past the line first, then by name. With `rep`, only that rep's accounts.
    public static func items(_ accounts: [WatchAccount], settings: WatchSettings, now: Date, timeZone: TimeZone,
                             rep: String? = nil) -> [WatchItem] {
        let today = LocalDate(now, in: timeZone)
        var items: [WatchItem] = []
        for account in accounts where rep.map(account.isAccount(of:)) ?? true {
            func add(_ reason: WatchItem.Reason, _ detail: String, _ amount: Int) {
                items.append(WatchItem(customerId: account.customerId, customerName: account.name, reason: reason,
                                       detail: detail, amount: amount, reps: account.reps))
            }
            if let score = account.score, let before = account.scoreBefore, before - score >= settings.scoreDrop {
                add(.scoreDrop, "\(before - score) points in 14 days (\(before) → \(score))", before - score)
            }
            for gone in account.goneChampions where gone.leftOn <= today {
                add(.championLeft, "\(gone.name) left \(gone.leftOn.iso), no successor", gone.leftOn.days(until: today))
            }
            let waiting = account.waitingMail.filter { days(now, since: $0.at) >= settings.unansweredDays }
            if let oldest = waiting.min(by: { $0.at < $1.at }) {
                let age = days(now, since: oldest.at)
                let more = waiting.count > 1 ? " (and \(waiting.count - 1) more)" : ""
                add(.unansweredMail, "\"\(oldest.subject)\" waiting \(age) d\(more)", age)
            }
            if let last = account.lastTwoWayContact {
                let age = days(now, since: last)
                if age >= settings.noContactDays { add(.noContact, "no two-way contact in \(age) d", age) }
            } else {
                // Never heard from: as far past the line as can be said, the line itself.
                add(.noContact, "no two-way contact on record", settings.noContactDays)
            }
            let due = account.intel.filter { $0.reviewOn <= today }
            if let oldest = due.min(by: { $0.reviewOn < $1.reviewOn }) {
                let more = due.count > 1 ? " (and \(due.count - 1) more)" : ""
                add(.intelReview, "review by \(oldest.reviewOn.iso): \(oldest.text)\(more)", oldest.reviewOn.days(until: today))
            }
        }
        return items.sorted { a, b in
            if a.reason != b.reason { return a.reason < b.reason }
            if a.amount != b.amount { return a.amount > b.amount }
            return (a.customerName, a.customerId) < (b.customerName, b.customerId)
        }
    }

    /// Whole days from `then` to `now` (a message of 71 hours ago is 2 days old).
    static func days(_ now: Date, since then: Date) -> Int {
        Int((now.timeIntervalSince(then) / 86_400).rounded(.down))
    }
}
