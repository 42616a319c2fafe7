import Foundation

/// An instant as `ISO8601DateFormatter` writes it by default ("2026-12-03T09:00:00Z", UTC,
/// whole seconds), with integer arithmetic: the formatter costs microseconds a call, which a
/// listing of 20,000 meetings pays twice a row.
public enum UTCTimestamp {
    public static func text(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let time = seconds - days * 86_400
        let day = LocalDate(dayNumber: days)
        return "\(day.year.zeroPadded(4))-\(day.month.zeroPadded(2))-\(day.day.zeroPadded(2))T"
            + "\((time / 3_600).zeroPadded(2)):\((time / 60 % 60).zeroPadded(2)):\((time % 60).zeroPadded(2))Z"
    }
}
