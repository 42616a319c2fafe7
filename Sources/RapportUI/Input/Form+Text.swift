extension Form {
    /// The field being typed in.
    public var focusedField: Field { fields[focus] }

    /// Replaces the text of the field with `id` (from `$EDITOR`), the cursor at its end; a
    /// one-line field takes the lines joined by spaces.
    public mutating func setText(field id: String, to text: String) {
        guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
        var field = fields[i]
        if field.kind == .text {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            field.editor = LineEditor(lines.removeLast())
            field.above = lines
            field.below = []
        } else {
            field.editor = LineEditor(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        }
        field.error = nil
        fields[i] = field
    }
}
