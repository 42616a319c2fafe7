/// Keeps a spreadsheet from running a cell as a formula (CSV injection): a cell that would
/// start with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a `'` before it,
/// as OWASP advises, and the `'` is taken off again when Rapport reads the file back.
///
/// A value that itself starts with `'` and then one of those gets one more `'`, so reading
/// back always gives exactly what was written.
public enum CSVFormulaGuard {
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as it is written: with a leading `'` when a spreadsheet could take it as a formula.
    public static func guarded(_ value: String) -> String {
        needsGuard(value.unicodeScalars[...]) ? "'" + value : value
    }

    /// The value a guarded cell stands for.
    public static func unguarded(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", needsGuard(scalars.dropFirst()) else { return cell }
        return String(scalars.dropFirst())
    }

    private static func needsGuard(_ scalars: String.UnicodeScalarView.SubSequence) -> Bool {
        var rest = scalars
        while rest.first == "'" { rest = rest.dropFirst() }
        guard let first = rest.first else { return false }
        return triggers.contains(first)
    }
}
