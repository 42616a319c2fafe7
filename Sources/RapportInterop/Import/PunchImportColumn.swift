/// How one column of an imported file was understood: the field it fills, or why it fills none.
///
/// The dry run prints one line per column from this, and the dashboard's `:import` shows the
/// same list before anything is written.
public struct PunchImportColumn: Hashable, Sendable {
    public enum Use: Hashable, Sendable {
        /// Its name means the field.
        case guessed(PunchColumn)
        /// `--map "Column=field"` said so.
        case mapped(PunchColumn)
        /// It fills the field after the column named, its values labelled with its header.
        case merged(PunchColumn, after: String)
        /// Its name could mean the field, but the column named means it for sure; not used.
        case yielded(PunchColumn, to: String)
        /// No field has this name; its values go in the detail with `--keep-unknown`.
        case unused
        /// `--map "Column=ignore"` said to leave it out.
        case ignored
    }

    /// Where it is in the header, from 0.
    public var position: Int
    /// The header as the file writes it, trimmed.
    public var header: String
    public var use: Use

    public init(position: Int, header: String, use: Use) {
        self.position = position
        self.header = header
        self.use = use
    }

    /// The field whose value this column gives, if any.
    public var field: PunchColumn? {
        switch use {
        case .guessed(let field), .mapped(let field), .merged(let field, _): return field
        case .yielded, .unused, .ignored: return nil
        }
    }

    /// True for a column whose values would be lost without `--keep-unknown`.
    public var isUnused: Bool {
        switch use {
        case .unused, .yielded: return true
        default: return false
        }
    }

    /// What the dry run says about it: `detail (after Description, labelled)`.
    public var explanation: String {
        switch use {
        case .guessed(let field): return field.fieldName
        case .mapped(let field): return "\(field.fieldName) (--map)"
        case .merged(let field, let after): return "\(field.fieldName) (after \(after), labelled)"
        case .yielded(let field, let to): return "not used (\(field.fieldName) comes from \(to))"
        case .unused: return "not used"
        case .ignored: return "ignored (--map)"
        }
    }
}
