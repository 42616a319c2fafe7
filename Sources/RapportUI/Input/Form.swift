import RapportModel

/// The record form: labelled, typed fields (one line, several lines, a date, a choice, a
/// number, money, yes/no, a reference by name), the one being typed in, and a message under
/// each field that was refused.
///
/// A value in the app state, edited by the reducer through `handle(_:)`; `FormView` draws it.
/// On submit, `typedValues(today:)` reads each field as its kind and marks the ones that do not
/// read; the owner then applies the model's rules to the values and answers with
/// `setError(field:message:)`, so every rule lives once, in the model.
public struct Form: Equatable, Sendable {
    /// One labelled field of the form.
    public struct Field: Equatable, Sendable {
        /// The name the owner knows the field by (`"due"`), apart from its label, which may change.
        public let id: String
        public var label: String
        public var kind: FieldKind
        /// An empty value is refused.
        public var required: Bool
        /// The line the cursor is on; a multi-line field keeps the lines above and below apart.
        public var editor: LineEditor
        var above: [String] = []
        var below: [String] = []
        /// The values Tab completes to (status, priority, category); empty for free text.
        public var choices: [String]
        /// Dim text while the field is empty; for a field with choices, the choices.
        public var placeholder: String
        /// What is wrong with the value, shown under the field until the value is edited.
        public var error: String?
        /// A line under the field about its value as typed (a note's tone), kept up to date by
        /// the form's owner; nil shows nothing.
        public var note: String?
        /// The value was put there by the form, not typed: the first character typed replaces
        /// it, as a choice, date, number or amount is typed anew, never appended to.
        var replaceOnType = false
        /// A one-line field typed anew like a date (a time, a length): its given value is
        /// replaced by the first key, not appended to.
        public var typedAnew = false

        /// Kinds whose given value is replaced, not extended, by typing.
        var replacesOnType: Bool {
            if typedAnew { return true }
            switch kind {
            case .choice, .flag, .number, .date, .money, .reference: return true
            case .line, .text: return false
            }
        }

        public init(id: String, label: String, text: String = "", kind: FieldKind = .line, required: Bool = false,
                    choices: [String] = [], placeholder: String? = nil) {
            self.id = id
            self.label = label
            self.kind = choices.isEmpty ? kind : .choice(choices)
            self.required = required
            self.choices = self.kind.choices
            self.placeholder = placeholder ?? self.kind.defaultHint
            if self.kind == .text {
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                editor = LineEditor(lines.removeLast())
                above = lines
            } else {
                editor = LineEditor(text)
            }
        }

        /// The whole text; a multi-line field's lines joined by newlines.
        public var text: String { (above + [editor.text] + below).joined(separator: "\n") }

        /// The field's lines and the index of the one being edited.
        public var lines: (all: [String], current: Int) { (above + [editor.text] + below, above.count) }

        /// Multi-line keys: Enter breaks the line, Backspace at a line's start joins it to the
        /// one above, Up and Down move between lines. Nil for a key that is not one of those
        /// here (at the first or last line Up and Down leave the field).
        mutating func editLines(_ key: Key) -> LineEditor.Outcome? {
            guard kind == .text else { return nil }
            switch key {
            case .enter, .ctrl("j"):
                let head = String(editor.text.prefix(editor.cursor)), tail = String(editor.text.dropFirst(editor.cursor))
                above.append(head)
                editor = LineEditor(tail, cursor: 0)
                return .edited
            case .backspace where editor.cursor == 0 && !above.isEmpty:
                let previous = above.removeLast()
                editor = LineEditor(previous + editor.text, cursor: previous.count)
                return .edited
            case .up where !above.isEmpty:
                below.insert(editor.text, at: 0)
                editor = LineEditor(above.removeLast(), cursor: editor.cursor)
                return .moved
            case .down where !below.isEmpty:
                above.append(editor.text)
                editor = LineEditor(below.removeFirst(), cursor: editor.cursor)
                return .moved
            default:
                return nil
            }
        }
    }

    /// Keys give the same outcomes as in a line editor; `.moved` also covers moving between fields.
    public typealias Outcome = LineEditor.Outcome

    public var title: String
    public internal(set) var fields: [Field]
    /// The index of the field being typed in.
    public private(set) var focus = 0

    /// A form of `fields`, the first one focused. The ids must be distinct and there must be at
    /// least one field: those are mistakes in the code that builds the form.
    public init(title: String, fields: [Field]) {
        precondition(!fields.isEmpty, "a form needs a field")
        precondition(Set(fields.map(\.id)).count == fields.count, "form field ids must be distinct")
        self.title = title
        self.fields = fields
        arm(0)
    }

    /// The field at `index` is entered: a given value of a replacing kind waits to be typed over.
    private mutating func arm(_ index: Int) {
        for i in fields.indices { fields[i].replaceOnType = false }
        fields[index].replaceOnType = fields[index].replacesOnType && !fields[index].editor.text.isEmpty
    }

    /// The text of the field with `id`.
    public subscript(id: String) -> String {
        fields[index(of: id)].text
    }

    /// Every field's text by id, for the owner to parse on submit.
    public var values: [String: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0.id, $0.text) })
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// Whether the form has a field with `id`.
    public func has(field id: String) -> Bool { fields.contains { $0.id == id } }

    // MARK: - Keys

    /// Tab (which first completes a choice) / S-Tab move round the fields, Up/Down move without
    /// wrapping; Enter moves on, and on the last field submits, as does C-s anywhere; Esc and
    /// C-c cancel; every other key goes to the focused field's editor.
    public mutating func handle(_ key: Key) -> Outcome {
        if let outcome = fields[focus].editLines(key) {
            if outcome == .edited { fields[focus].error = nil }
            return outcome
        }
        switch key {
        case .ctrl("s"): return .submit
        case .tab: return completeChoice() ? .edited : moveFocus(to: (focus + 1) % fields.count)
        case .backTab: return moveFocus(to: (focus + fields.count - 1) % fields.count)
        case .down: return moveFocus(to: min(focus + 1, fields.count - 1))
        case .up: return moveFocus(to: max(focus - 1, 0))
        case .enter: return focus == fields.count - 1 ? .submit : moveFocus(to: focus + 1)
        default:
            if fields[focus].replaceOnType {
                fields[focus].replaceOnType = false
                if case .char = key { fields[focus].editor.setText("") }
            }
            return edit { $0.handle(key) }
        }
    }

    /// Reads every field as its kind, for the owner to check with the model's rules; a field
    /// that does not read gets its message, the first such one gets the focus, and the result
    /// is nil.
    public mutating func typedValues(today: LocalDate) -> [String: FieldValue]? {
        clearErrors()
        var values: [String: FieldValue] = [:]
        for i in fields.indices {
            switch fields[i].kind.parse(fields[i].text, required: fields[i].required, today: today) {
            case .success(let value): values[fields[i].id] = value
            case .failure(let error): fields[i].error = error.message
            }
        }
        if hasErrors {
            focusFirstError()
            return nil
        }
        return values
    }

    /// A bracketed paste goes into the focused field.
    @discardableResult
    public mutating func paste(_ text: String) -> Outcome {
        guard fields[focus].kind == .text else { return edit { $0.insert(text) } }
        // A multi-line field keeps the paste's line breaks.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (i, line) in lines.enumerated() {
            if i > 0 { _ = fields[focus].editLines(.enter) }
            _ = fields[focus].editor.insert(String(line))
        }
        fields[focus].error = nil
        return .edited
    }

    // MARK: - Errors and focus

    /// Shows `message` under the field with `id`, or removes its message when nil.
    public mutating func setError(field id: String, message: String?) {
        fields[index(of: id)].error = message
    }

    /// Replaces the text of the field with `id`, as if the form had been built with it (a
    /// form filled from another record).
    public mutating func setText(field id: String, _ text: String) {
        let i = index(of: id), old = fields[i]
        fields[i] = Field(id: old.id, label: old.label, text: text, kind: old.kind, required: old.required,
                          placeholder: old.placeholder)
        fields[i].typedAnew = old.typedAnew
        arm(focus)
    }

    /// Shows `note` under the field with `id` (nil removes it).
    public mutating func setNote(field id: String, _ note: String?) {
        fields[index(of: id)].note = note
    }

    public mutating func clearErrors() {
        for i in fields.indices { fields[i].error = nil }
    }

    /// Puts the cursor in the field with `id`.
    public mutating func focus(field id: String) {
        focus = index(of: id)
    }

    /// Puts the cursor in the first field with an error, so after a refused submit the user
    /// starts typing where the problem is.
    public mutating func focusFirstError() {
        if let first = fields.firstIndex(where: { $0.error != nil }) { focus = first }
    }

    // MARK: - Helpers

    /// Focuses field `index` (a click on it), as Tab would reach it; an index out of range is ignored.
    public mutating func focus(field index: Int) -> Outcome {
        guard fields.indices.contains(index), index != focus else { return .ignored }
        return moveFocus(to: index)
    }

    private mutating func moveFocus(to index: Int) -> Outcome {
        focus = index
        arm(index)
        return .moved
    }

    /// Edits the focused field; a field whose text changes loses its error, since the user is
    /// fixing it and an old message beside new text would be wrong.
    private mutating func edit(_ change: (inout LineEditor) -> Outcome) -> Outcome {
        let outcome = change(&fields[focus].editor)
        if outcome == .edited { fields[focus].error = nil }
        return outcome
    }

    /// Completes the focused field's text to the first choice it begins (ignoring case); false
    /// when there is nothing to complete: no choices, an empty field (Tab then just moves on),
    /// a value that already is a choice, or one that begins none.
    private mutating func completeChoice() -> Bool {
        let field = fields[focus], typed = field.text.lowercased()
        guard !typed.isEmpty, !field.choices.contains(field.text),
              let choice = field.choices.first(where: { $0.lowercased().hasPrefix(typed) })
        else { return false }
        fields[focus].editor.setText(choice)
        fields[focus].error = nil
        return true
    }

    private func index(of id: String) -> Int {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { preconditionFailure("no form field '\(id)'") }
        return i
    }
}
