import Foundation

/// The words a sender wrote in this message, without what they quoted, forwarded or signed.
///
/// Replies carry the whole thread below them; scoring that would count the first angry mail in
/// every answer to it. Cut, in this order: everything from a reply header ("On … wrote:", the
/// Outlook "-----Original Message-----" line or its "From: … Sent: …" block) or a forwarded-
/// message header down; quoted lines ("> ") anywhere; the signature after a "-- " line or a
/// "Sent from my …" line; and a sign-off ("Thanks,", "Best regards") followed only by short
/// lines of name, title, company and phone.
public enum NewText {
    public static func extract(from body: String) -> String {
        // "\r\n" is one Character, so this splits CRLF, LF and CR line ends alike.
        var lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
        if let cut = firstHistoryLine(lines) { lines.removeSubrange(cut...) }
        lines.removeAll { $0.drop { $0 == " " || $0 == "\t" }.hasPrefix(">") }
        if let cut = lines.firstIndex(where: isSignatureMarker) { lines.removeSubrange(cut...) }
        if let cut = signOff(lines) { lines.removeSubrange(cut...) }
        while let last = lines.last, last.isBlank { lines.removeLast() }
        while let first = lines.first, first.isBlank { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    // MARK: - Quoted history and forwarded messages

    /// The first line of quoted history: a reply or forward header.
    static func firstHistoryLine(_ lines: [String]) -> Int? {
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmedSpaces()
            guard !line.isEmpty else { continue }
            // Headers are short: a long line is read only by its start, never lowercased whole.
            let lower = line.prefix(64).lowercased()
            if isSeparatorHeader(lower) { return i }
            // "On Tue, 3 Mar 2026 at 09:12, Dana Ruiz <dana@…> wrote:", possibly wrapped over three lines.
            if lower.hasPrefix("on ") || lower.hasPrefix("am ") || lower.hasPrefix("le ") || lower.hasPrefix("el ") {
                for j in i..<min(lines.count, i + 3) {
                    let end = lines[j].trimmedSpaces().suffix(16).lowercased()
                    if end.hasSuffix("wrote:") || end.hasSuffix("schrieb:") || end.hasSuffix("a écrit :")
                        || end.hasSuffix("a écrit:") || end.hasSuffix("escribió:") {
                        return i
                    }
                }
            }
            // Outlook's block: "From: …" then, within a few lines, "Sent: …" or "Date: …", and "To:" or "Subject:".
            if lower.hasPrefix("from:") || lower.hasPrefix("*from:*") {
                let next = lines[(i + 1)..<min(lines.count, i + 6)].map { $0.trimmedSpaces().lowercased() }
                let dated = next.contains { $0.hasPrefix("sent:") || $0.hasPrefix("date:") || $0.hasPrefix("*sent:*") }
                let addressed = next.contains { $0.hasPrefix("to:") || $0.hasPrefix("subject:") || $0.hasPrefix("*to:*") }
                if dated && addressed { return i }
            }
        }
        return nil
    }

    private static func isSeparatorHeader(_ lower: String) -> Bool {
        guard let first = lower.first, first == "-" || first == "_" || first == "=" || first == "*" || first == "b"
            || first == "f" || first == "o" else { return false }
        let rule: (Character) -> Bool = { $0 == "-" || $0 == "_" || $0 == "=" || $0 == "*" || $0 == " " }
        let bare = String(lower.drop(while: rule).reversed().drop(while: rule).reversed())
        if bare == "original message" || bare == "forwarded message" || bare == "begin forwarded message:"
            || bare == "forwarded message follows" || bare == "original message follows" { return true }
        if lower.hasPrefix("begin forwarded message") { return true }
        // Outlook on the web: a rule of underscores above the From: block.
        if lower.count >= 20, lower.allSatisfy({ $0 == "_" }) { return true }
        return false
    }

    // MARK: - Signatures

    static func isSignatureMarker(_ line: String) -> Bool {
        if line == "-- " || line == "--" || line == "-- \u{00A0}" { return true }
        let lower = line.trimmedSpaces().lowercased()
        return lower.hasPrefix("sent from my ") || lower.hasPrefix("get outlook for ") || lower == "sent from mail for windows"
            || lower.hasPrefix("sent from outlook") || lower.hasPrefix("sent from yahoo mail")
    }

    /// The sign-off line, when only short lines (name, title, phone) follow it and words precede it.
    static func signOff(_ lines: [String]) -> Int? {
        let limit = 8
        var start = lines.count - 1
        while start >= 0, lines[start].isBlank { start -= 1 }
        var i = start
        while i >= 0, start - i < limit {
            let line = String(lines[i].trimmedSpaces())
            if isSignOff(line) {
                let before = lines[..<i].contains { !$0.isBlank }
                return before ? i : nil
            }
            if line.count > 60 { return nil }
            i -= 1
        }
        return nil
    }

    static func isSignOff(_ line: String) -> Bool {
        var lower = line.lowercased()
        while let last = lower.last, last == "," || last == "!" || last == "." || last == " " { lower.removeLast() }
        return signOffs.contains(lower)
    }

    static let signOffs: Set<String> = [
        "thanks", "thank you", "thanks again", "many thanks", "thanks so much", "thank you so much", "thx", "ta",
        "best", "best regards", "kind regards", "regards", "warm regards", "warmest regards", "best wishes",
        "all the best", "cheers", "sincerely", "yours sincerely", "yours truly", "respectfully", "talk soon",
        "br", "rgds", "kr", "thanks and regards", "thanks & regards", "with thanks", "speak soon", "take care",
        "thanks in advance", "thank you in advance", "best,", "mit freundlichen grüßen", "cordialement",
    ]
}
