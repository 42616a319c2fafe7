import RapportModel

/// Log a note, call or site visit: what kind, on which day, with whom, what it was about and
/// what was said. The text's tone shows under it as it is typed (`annotate`).
enum NoteForm {
    static func make(customerId: Int64, projectId: Int64?, contactId: Int64?, _ data: CaptureFormData,
                     today: LocalDate) -> RecordForm {
        let contact = contactId.flatMap { id in data.contacts.first { $0.id == id }?.name } ?? ""
        let project = projectId.flatMap { id in data.projects.first { $0.id == id }?.name } ?? ""
        var form = Form(title: "Log a call, visit or note · \(data.customerName)", fields: [
            .init(id: "kind", label: "Kind", text: Interaction.Kind.call.rawValue,
                  kind: .choice(InteractionDraft.loggedKinds.map(\.rawValue))),
            .init(id: "on", label: "On", text: today.iso, kind: .date, required: true),
            .init(id: "contact", label: "With", text: contact, kind: .reference(data.contacts),
                  placeholder: data.contacts.isEmpty ? "nobody on file" : nil),
            .init(id: "project", label: "Project", text: project, kind: .reference(data.projects),
                  placeholder: "none, or a project code"),
            .init(id: "subject", label: "Subject", placeholder: "empty takes the first line"),
            .init(id: "text", label: "What was said", kind: .text, required: true,
                  placeholder: "the tone is scored as you type; Enter starts a new line"),
        ])
        // What was said is what a rep comes to write; kind, day and people keep their defaults.
        form.focus(field: "text")
        var edit = RecordForm(form: form, purpose: .record(.capture(.note(customerId: customerId))))
        edit.annotate()
        return edit
    }

    /// "tone −0.62 negative · "not working" −2.10, "still" −0.80": the score the note will be
    /// stored with and the words that drove it; a pure model call on every keystroke.
    static func toneNote(_ text: String) -> String {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return "tone: scored as you type" }
        let sentiment = SentimentAnalyzer().analyze(text)
        let sign: String
        switch sentiment.label {
        case .positive: sign = "▲"
        case .negative: sign = "▼"
        case .neutral: sign = "●"
        }
        let drivers = sentiment.drivers().map { "\($0.text) \($0.contribution >= 0 ? "+" : "")\(String(format: "%.1f", $0.contribution))" }
        return "\(sign) \(sentiment.scoreText) \(sentiment.label.rawValue)"
            + (drivers.isEmpty ? " · no words of tone yet" : " · " + drivers.joined(separator: " · "))
    }
}

extension RecordForm {
    /// Brings the notes under the fields up to date with what is typed: a note's tone, a
    /// meeting's next occurrences.
    mutating func annotate() {
        switch purpose {
        case .record(.capture(.note)): form.setNote(field: "text", NoteForm.toneNote(form["text"]))
        case .record(.meeting): form.setNote(field: "repeats", MeetingRuleNote.note(form))
        default: break
        }
    }
}
