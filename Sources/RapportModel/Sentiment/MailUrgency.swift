/// How urgent a message is, 0 (none) to 1 (escalation), from the words of its new text.
///
/// Temperature caps a customer whose escalation (urgency ≥ 0.7) waits unanswered for more than
/// five days, so only plain escalation reaches 0.7: "escalate", "urgent", "unacceptable",
/// "legal", or two lesser signs ("asap", "today", a shouted word, an angry score).
public enum MailUrgency {
    public static func score(_ text: String, sentiment: Sentiment) -> Double {
        let lower = text.lowercased()
        var points = 0.0
        for word in escalation where lower.containsBytes(word) { points += 0.7 }
        for word in pressing where lower.containsBytes(word) { points += 0.35 }
        if sentiment.terms.contains(where: { $0.text.count >= 5 && $0.text == $0.text.uppercased() && $0.text.contains(where: \.isLetter) }) {
            points += 0.35
        }
        if sentiment.score <= -0.6 { points += 0.35 }
        return min(1, (points * 100).rounded() / 100)
    }

    static let escalation = ["escalat", "urgent", "unacceptable", "lawyer", "legal action", "breach of contract",
                             "emergency", "withhold", "final notice"]
    static let pressing = ["asap", "as soon as possible", "immediately", "right away", "today", "by end of day",
                           "per my last email", "still not", "third time", "no response"]
}
