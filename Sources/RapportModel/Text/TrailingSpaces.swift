extension String {
    /// The text without the spaces at its end (a padded table row's tail), cut on the bytes:
    /// the `" +$"` regular expression it replaces compiled an ICU pattern on every call.
    public var withoutTrailingSpaces: String {
        guard let last = utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return "" }
        return String(decoding: utf8[...last], as: UTF8.self)
    }
}
