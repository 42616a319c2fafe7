import RapportModel

/// A record form in the modal slot: the typed fields, and what saving them does. Each kind of
/// record adds its purpose here and a file that builds its fields and reads its values.
public struct RecordForm: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        /// Every field of one punch item; what the form does not show stays as `original`.
        case editPunchItem(id: Int64, original: PunchDraft)
        /// A customer, contact, project, milestone, location or assumption (`RecordPurpose`).
        case record(RecordPurpose)
    }

    public var form: Form
    public let purpose: Purpose
    /// Saved and waiting for the store: a record form stays open until its write is done, so a
    /// refusal (a code taken, a schedule off) lands on its field with what was typed kept.
    public var pending = false
    /// A refusal the store gave that no field owns, shown at the top of the form.
    public var refusal: String?

    /// A customer, project … form (wider, and waiting for its write), not the punch item's.
    public var isRecord: Bool {
        if case .record = purpose { return true }
        return false
    }

    public init(form: Form, purpose: Purpose) {
        self.form = form
        self.purpose = purpose
    }

    /// Reads the fields, applies the record's rules, and gives the write; nil while a field is
    /// refused (its message is under it and it has the focus).
    mutating func submit(_ state: AppState) -> [Effect]? {
        guard let values = form.typedValues(today: state.today) else { return nil }
        switch purpose {
        case let .editPunchItem(id, original):
            switch PunchItemForm.draft(from: values, original: original) {
            case .failure(let refusal):
                form.setError(field: refusal.field, message: refusal.message)
                form.focus(field: refusal.field)
                return nil
            case .success(let draft):
                return PunchTriage.write(.edit(draft), to: [id], state)
            }
        case .record(let purpose):
            switch RecordForms.write(purpose, values, state) {
            case .failure(let refusal):
                form.setError(field: refusal.field, message: refusal.message)
                form.focus(field: refusal.field)
                return nil
            case .success(let write):
                pending = true
                refusal = nil
                return [.write(.record(write), by: state.user)]
            }
        }
    }
}

/// A record the model refused, and the field to blame.
struct FieldRefusal: Error, Equatable {
    let field: String
    let message: String
}
