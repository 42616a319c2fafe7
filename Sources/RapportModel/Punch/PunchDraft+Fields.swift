extension PunchDraft {
    /// The draft with the typed fields read over it, and every field's error (empty when all
    /// read): what an edit form saves. Fields not in `values` keep the draft's value.
    ///
    /// All fields are read even after one fails, so a form can mark each wrong field at once.
    public func reading(_ values: [PunchField: String], today: LocalDate) -> (draft: PunchDraft, errors: [PunchDraftError]) {
        var draft = self
        var errors: [PunchDraftError] = []
        // Untyped here: closures do not infer a typed `throws`; every parser throws PunchDraftError.
        func read(_ field: PunchField, _ apply: (String) throws -> Void) {
            guard let text = values[field] else { return }
            do { try apply(text) } catch let error as PunchDraftError { errors.append(error) } catch {
                preconditionFailure("a field parser threw \(error)")
            }
        }
        read(.title) { draft.title = try PunchFieldParser.text($0, .title) }
        read(.detail) { draft.detail = try PunchFieldParser.text($0, .detail) }
        read(.location) {
            let path = try PunchFieldParser.text($0, .location)
            draft.location = path.isEmpty ? nil : path
        }
        read(.category) { draft.category = try PunchFieldParser.category($0) }
        read(.priority) { draft.priority = try PunchFieldParser.priority($0) }
        read(.status) { draft.status = try PunchFieldParser.status($0) }
        read(.assignee) { draft.assignee = try PunchFieldParser.text($0, .assignee) }
        read(.due) { draft.dueOn = try PunchFieldParser.due($0, today: today) }
        read(.blocking) { draft.blocksAcceptance = try PunchFieldParser.yesNo($0) }
        read(.ballInCourt) {
            let court = try PunchFieldParser.text($0, .ballInCourt)
            draft.ballInCourt = court.isEmpty ? "us" : court
        }
        return (draft, errors)
    }
}
