/// One line of text being typed, with a cursor, edited by the keys readline and shells taught
/// everyone (Ctrl-a/e/u/k/w, Alt-b/f/d) as well as the arrows, Home/End and Ctrl-arrows.
///
/// A value, so the app state holds it and the reducer edits it like anything else; it knows
/// nothing of the screen (the `TextField` widget draws it). The cursor counts graphemes
/// (`Character`s), not scalars or columns, so `é` written as `e` + U+0301, a ZWJ emoji or a CJK
/// character is one step for the arrows and one Backspace.
public struct LineEditor: Equatable, Sendable {
    /// What a key did, so the owner knows whether to re-run a filter (`.edited`), redraw only
    /// (`.moved`), finish, or use the key itself (`.ignored`).
    public enum Outcome: Equatable, Sendable {
        /// The text changed.
        case edited
        /// The key was the editor's but the text did not change: the cursor moved, or it was
        /// already at the edge (Left at the start, Backspace on an empty line). Not a fall-through.
        case moved
        /// Enter.
        case submit
        /// Esc or Ctrl-c.
        case cancel
        /// A key the editor does not use (Up, Down, Tab, PgUp, F-keys, other Ctrl keys), left to the
        /// owner for history, completion or moving between fields.
        case ignored
    }

    public private(set) var text: String
    /// The number of graphemes before the cursor: 0 at the start, `text.count` at the end.
    public private(set) var cursor: Int

    /// An editor holding `text` (sanitised as a paste is), the cursor at the end or at `cursor`.
    public init(_ text: String = "", cursor: Int? = nil) {
        self.text = Self.sanitized(text)
        self.cursor = min(max(0, cursor ?? Int.max), self.text.count)
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Replaces the whole text and puts the cursor at its end, as recalling history or taking a
    /// completion does.
    public mutating func setText(_ text: String) {
        self = LineEditor(text)
    }

    // MARK: - Keys

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .char(let c): return insert(String(c))
        case .enter: return .submit
        case .escape, .ctrl("c"): return .cancel
        case .left, .ctrl("b"): return move(to: cursor - 1)
        case .right, .ctrl("f"): return move(to: cursor + 1)
        case .home, .ctrl("a"): return move(to: 0)
        case .end, .ctrl("e"): return move(to: text.count)
        case .ctrlLeft, .alt("b"): return move(to: wordStart(before: cursor))
        case .ctrlRight, .alt("f"): return move(to: wordEnd(after: cursor))
        case .backspace: return remove(max(0, cursor - 1)..<cursor)
        case .delete: return remove(cursor..<min(text.count, cursor + 1))
        // Ctrl-d deletes forward like Delete, but on an empty line it means "end of input" to a
        // shell user; the owner decides what that is, so it is not swallowed.
        case .ctrl("d"): return text.isEmpty ? .ignored : remove(cursor..<min(text.count, cursor + 1))
        case .ctrl("u"): return remove(0..<cursor)
        case .ctrl("k"): return remove(cursor..<text.count)
        case .ctrl("w"): return remove(blankDelimitedStart(before: cursor)..<cursor)
        case .alt("d"): return remove(cursor..<wordEnd(after: cursor))
        default: return .ignored
        }
    }

    /// Inserts text at the cursor, as typed or pasted: a pasted line break or tab becomes a
    /// space (this is one line, and Enter must stay the user's decision) and other control
    /// characters are dropped, so a paste can neither submit nor smuggle escape codes in.
    /// Returns `.ignored` when nothing was left to insert.
    @discardableResult
    public mutating func insert(_ typed: String) -> Outcome {
        let clean = Self.sanitized(typed)
        guard !clean.isEmpty else { return .ignored }
        let split = index(cursor)
        let head = String(text[..<split]) + clean
        text = head + text[split...]
        // Counted on the joined text: a combining mark typed after "e" joins it, adding no grapheme.
        cursor = min(head.count, text.count)
        return .edited
    }

    // MARK: - Editing

    private mutating func move(to position: Int) -> Outcome {
        cursor = min(max(0, position), text.count)
        return .moved
    }

    /// Removes the graphemes in `range` and leaves the cursor where they began.
    private mutating func remove(_ range: Range<Int>) -> Outcome {
        guard !range.isEmpty else { return .moved }
        text.removeSubrange(index(range.lowerBound)..<index(range.upperBound))
        cursor = range.lowerBound
        return .edited
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }

    // MARK: - Words

    /// Letters and digits make words for the word jumps (`due:fri` is two words), as in readline.
    private static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber
    }

    /// Back over any non-word characters, then over the word before them.
    private func wordStart(before position: Int) -> Int {
        let characters = Array(text)
        var i = position
        while i > 0, !Self.isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0, Self.isWordCharacter(characters[i - 1]) { i -= 1 }
        return i
    }

    /// Forward over any non-word characters, then to the end of the word after them.
    private func wordEnd(after position: Int) -> Int {
        let characters = Array(text)
        var i = position
        while i < characters.count, !Self.isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count, Self.isWordCharacter(characters[i]) { i += 1 }
        return i
    }

    /// Where Ctrl-w stops: words split at blanks only, as in the shell, so one Ctrl-w takes back
    /// a whole quick-add token such as `due:fri` or `@Board`.
    private func blankDelimitedStart(before position: Int) -> Int {
        let characters = Array(text)
        var i = position
        while i > 0, characters[i - 1].isWhitespace { i -= 1 }
        while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    // MARK: - Sanitising

    /// Line breaks and tabs as spaces, control characters gone. Grapheme breaking keeps every
    /// control character a grapheme of its own (CR LF being one), so testing whole graphemes is exact.
    static func sanitized(_ text: String) -> String {
        var clean = ""
        for character in text {
            if character.isNewline || character == "\t" {
                clean.append(" ")
            } else if !character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                clean.append(character)
            }
        }
        return clean
    }
}
