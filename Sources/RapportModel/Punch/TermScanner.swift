/// Splits a typed line into words the way quick-add and the `/` filter line read them.
///
/// Words are separated by any whitespace. Two things change a word:
/// - A double quote right after one of the `quotablePrefixes` (`@"Board Room"`) opens a quoted
///   value that may hold spaces; inside it `\"` is a quote and `\\` a backslash.
/// - A leading backslash (`\+video`, `\blocking`) makes the rest of the word plain text that is
///   never read as a term, which is how a title says "+video" or "blocking" literally.
///
/// A quote anywhere else is ordinary text, so `65" display` and `"EXIT" sign` keep their quotes.
struct TermScanner {
    struct Word: Equatable {
        /// The word exactly as typed, for error messages.
        var raw: String
        var kind: Kind
    }

    enum Kind: Equatable {
        /// An ordinary word, as typed; the parser decides whether it is a term.
        case plain(String)
        /// `\word`: the word without its backslash, always plain text.
        case literal(String)
        /// `@"Board Room"`: the prefix as typed (`@`, `assignee:`, or empty) and the text inside the quotes.
        case quoted(prefix: String, value: String)
    }

    enum Failure: Error, Equatable {
        /// The raw text from the opening quote's word to the end of the line.
        case unclosedQuote(String)
        /// The raw word, e.g. `@"Board"Room`.
        case textAfterQuote(String)
    }

    /// Lowercase prefixes after which a double quote opens a quoted value; the empty prefix
    /// lets any word start with a quote.
    var quotablePrefixes: [String]
    /// Whether an unclosed quote runs to the end of the line instead of failing: right while
    /// the user is still typing it (the filter line), wrong for a line that is being saved.
    var closesQuotesAtEnd = false

    func scan(_ text: String) throws(Failure) -> [Word] {
        let chars = Array(text)
        var words: [Word] = []
        var i = 0
        while i < chars.count {
            if chars[i].isWhitespace {
                i += 1
                continue
            }
            if let prefix = quotedPrefix(in: chars, at: i) {
                let (word, end) = try quoted(chars, from: i, prefixLength: prefix)
                words.append(word)
                i = end
                continue
            }
            var end = i
            while end < chars.count, !chars[end].isWhitespace { end += 1 }
            let raw = String(chars[i..<end])
            let isLiteral = raw.count > 1 && raw.first == "\\"
            words.append(Word(raw: raw, kind: isLiteral ? .literal(String(raw.dropFirst())) : .plain(raw)))
            i = end
        }
        return words
    }

    /// The length of the quotable prefix at `i` when a quote follows it, the longest first.
    private func quotedPrefix(in chars: [Character], at i: Int) -> Int? {
        for prefix in quotablePrefixes.sorted(by: { $0.count > $1.count }) {
            let end = i + prefix.count
            guard end < chars.count, chars[end] == "\"" else { continue }
            if String(chars[i..<end]).lowercased() == prefix { return prefix.count }
        }
        return nil
    }

    private func quoted(_ chars: [Character], from start: Int,
                        prefixLength: Int) throws(Failure) -> (Word, end: Int) {
        var j = start + prefixLength + 1
        var value = ""
        var closed = false
        while j < chars.count {
            let c = chars[j]
            if c == "\\", j + 1 < chars.count, chars[j + 1] == "\"" || chars[j + 1] == "\\" {
                value.append(chars[j + 1])
                j += 2
            } else if c == "\"" {
                closed = true
                j += 1
                break
            } else {
                value.append(c)
                j += 1
            }
        }
        guard closed || closesQuotesAtEnd else { throw .unclosedQuote(String(chars[start..<j])) }
        if j < chars.count, !chars[j].isWhitespace {
            var end = j
            while end < chars.count, !chars[end].isWhitespace { end += 1 }
            throw .textAfterQuote(String(chars[start..<end]))
        }
        let prefix = String(chars[start..<start + prefixLength])
        return (Word(raw: String(chars[start..<j]), kind: .quoted(prefix: prefix, value: value)), j)
    }

    /// `text` in quotes, with its quotes and backslashes escaped so `scan` gives it back.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
