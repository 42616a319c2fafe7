/// A temperature's last weeks as one character a week, the one drawing that `rapport glance`,
/// the temperature pane and anything else showing a trend share.
public enum Sparkline {
    /// One week: the day it ends on and the newest score stored in it, nil when none was.
    public struct Week: Hashable, Sendable {
        public var ending: LocalDate
        public var score: Int?
        public init(ending: LocalDate, score: Int?) {
            self.ending = ending
            self.score = score
        }
    }

    public static let weekCount = 8
    static let marks = Array("▁▂▃▄▅▆▇█")

    /// `count` weeks ending today, oldest first, each the newest score of its seven days from
    /// `history` (oldest first); today's score stands for this week even when it could not be
    /// stored (a read-only file).
    public static func weeks(_ history: [(day: LocalDate, score: Int)], today: LocalDate, todayScore: Int?,
                             count: Int = weekCount) -> [Week] {
        (0..<count).reversed().map { back in
            let end = today.adding(days: -7 * back), start = end.adding(days: -6)
            if back == 0, let todayScore { return Week(ending: end, score: todayScore) }
            let newest = history.last { $0.day >= start && $0.day <= end }
            return Week(ending: end, score: newest?.score)
        }
    }

    /// One character a week: the score's height (0–100 in eight steps), `·` for a week without one.
    public static func text(_ scores: [Int?]) -> String {
        String(scores.map { score in score.map { marks[min(7, max(0, $0) * 8 / 101)] } ?? "·" })
    }

    public static func text(_ weeks: [Week]) -> String { text(weeks.map(\.score)) }
}
