import Foundation

/// A repeat rule as a person types it in a form: a word (`weekly`, `weekdays`, `every 2 weeks`)
/// or an RFC 5545 RRULE, read into the RRULE stored (nil for a one-off), or refused with why.
public enum RuleShorthand {
    /// The words the form offers, as they read.
    public static let words = ["none", "daily", "weekdays", "weekly", "every 2 weeks", "monthly", "yearly"]

    public static func rrule(from typed: String) -> Result<String?, Refusal> {
        var text = typed.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        switch lower {
        case "", "none", "no", "once": return .success(nil)
        case "daily", "every day": return .success("FREQ=DAILY")
        case "weekdays", "workdays", "every weekday": return .success("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")
        case "weekly", "every week": return .success("FREQ=WEEKLY")
        case "biweekly", "fortnightly": return .success("FREQ=WEEKLY;INTERVAL=2")
        case "monthly", "every month": return .success("FREQ=MONTHLY")
        case "yearly", "annually", "every year": return .success("FREQ=YEARLY")
        default: break
        }
        let words = lower.split(separator: " ")
        if words.count == 3, words[0] == "every", let n = Int(words[1]), n > 0 {
            let units = ["day": "DAILY", "days": "DAILY", "week": "WEEKLY", "weeks": "WEEKLY", "month": "MONTHLY",
                         "months": "MONTHLY", "year": "YEARLY", "years": "YEARLY"]
            if let freq = units[String(words[2])] { return .success("FREQ=\(freq)" + (n > 1 ? ";INTERVAL=\(n)" : "")) }
        }
        if lower.hasPrefix("rrule:") { text = String(text.dropFirst(6)) }
        guard text.uppercased().hasPrefix("FREQ=") || text.contains("=") else {
            return .failure(Refusal(message: "write " + Self.words.joined(separator: ", ") + ", or an RRULE (FREQ=WEEKLY;BYDAY=TU)"))
        }
        do throws(RecurrenceError) {
            _ = try RecurrenceRule(parsing: text)
            return .success(text.uppercased())
        } catch {
            return .failure(Refusal(message: error.description))
        }
    }
}

extension RuleShorthand {
    /// Why a typed rule was refused, worded for under the field.
    public struct Refusal: Error, Equatable, Sendable {
        public let message: String
    }
}
