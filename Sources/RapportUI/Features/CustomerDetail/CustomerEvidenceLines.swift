import Foundation
import RapportModel

/// The customer view's evidence sections: the sentences behind the tone, mail waiting for a
/// reply, key people, sales-welcome meetings ahead, what blocks acceptance and the latest intel.
/// Each section is its own function, so other sections can be added beside them.
struct CustomerEvidenceLines {
    let state: AppState
    /// Nil where no records are kept: the key people are then not known.
    let detail: CustomerDetail?
    let evidence: CustomerEvidence?

    func lines() -> [TextBox.Line] {
        var lines = detail.map(keyPeople) ?? []
        guard let evidence else { return lines + [TextBox.Line(""), TextBox.Line("Reading the evidence…", .dim)] }
        lines += tone(evidence) + waiting(evidence) + meetings(evidence) + blockers(evidence) + intel(evidence)
        return lines
    }

    private var zone: TimeZone { state.timeZone }

    private func day(_ date: Date) -> String { TimeText.monthDay(LocalDate(date, in: zone)) }

    private func age(_ date: Date) -> String {
        let days = Int(max(0, state.now.timeIntervalSince(date)) / 86_400)
        return days == 0 ? "today" : "\(days) d"
    }

    /// Champion, signer and final approver; who left, and who took over (or that nobody did).
    func keyPeople(_ detail: CustomerDetail) -> [TextBox.Line] {
        let people = KeyPeople.select(detail.contacts)
        var lines = [TextBox.Line(""), TextBox.Line("Key people", .header)]
        if people.isEmpty { lines.append(TextBox.Line("  No champion, signer or final approver recorded", .dim)) }
        for row in people {
            let c = row.contact
            let role = c.role.rawValue.padded(to: 15)
            var text = "  \(role) \(c.name)" + (c.title.isEmpty ? "" : " (\(c.title))")
            if let left = c.leftOn {
                text += " · left \(left.iso) → " + (row.successorName ?? "no successor")
                lines.append(TextBox.Line(text, row.successorName == nil ? .overdue : .dim))
            } else {
                if !row.predecessorNames.isEmpty { text += " · took over from \(row.predecessorNames.joined(separator: ", "))" }
                lines.append(TextBox.Line(text))
            }
        }
        return lines
    }

    /// The sentences that moved the tone most, with the words that did it and whose they are:
    /// the customer's mail, or our own record of a call, meeting, visit or note.
    func tone(_ e: CustomerEvidence) -> [TextBox.Line] {
        var lines = [TextBox.Line(""), TextBox.Line("What set the tone (last 90 days)", .header)]
        if e.tone.isEmpty { lines.append(TextBox.Line("  No scored messages", .dim)) }
        for s in e.tone {
            let sign = Sentiment(score: s.sentiment, terms: []).scoreText
            lines.append(TextBox.Line("  \(sign) \(day(s.at))  “\(s.text)”", s.sentiment < 0 ? .overdue : .overlay))
            let words = s.drivers.map(\.description).joined(separator: ", ")
            lines.append(TextBox.Line("              \(Self.source(s.kind)) · \(s.subject)" + (words.isEmpty ? "" : " · \(words)"), .dim))
        }
        return lines
    }

    /// Whose words a tone sentence is: only mail is the customer's own text.
    static func source(_ kind: Interaction.Kind) -> String {
        switch kind {
        case .emailIn: return "their mail"
        case .emailOut: return "our mail"
        case .call: return "our call note"
        case .meeting: return "our meeting note"
        case .siteVisit: return "our visit note"
        case .note: return "our note"
        }
    }

    /// Mail waiting: theirs on us first (oldest first), then ours on them.
    func waiting(_ e: CustomerEvidence) -> [TextBox.Line] {
        var lines = [TextBox.Line(""), TextBox.Line("Waiting for a reply", .header)]
        if e.waiting.isEmpty { lines.append(TextBox.Line("  Nothing waiting on either side", .dim)) }
        for w in e.waiting {
            let who = w.theyWait ? "they wait on us" : "we wait on them"
            let text = "  \(who.padded(to: 16)) \(age(w.at).padded(to: 6)) "
                + (w.urgent ? "URGENT " : "") + w.subject
            lines.append(TextBox.Line(text, w.theyWait ? (w.urgent ? .overdue : .urgent) : .overlay))
        }
        return lines
    }

    /// Sales-welcome meetings in the next weeks: where a rep can drop in.
    func meetings(_ e: CustomerEvidence) -> [TextBox.Line] {
        var lines = [TextBox.Line(""), TextBox.Line("Meetings sales may join (next \(CustomerEvidence.meetingDays) days)", .header)]
        if e.meetings.isEmpty { lines.append(TextBox.Line("  None", .dim)) }
        for m in e.meetings {
            let d = LocalDate(m.start, in: zone)
            let when = "\(TimeText.weekdayDay(d)) \(LocalDate.monthShortNames[d.month - 1]) "
                + (m.allDay ? "all day" : TimeText.hourMinute(m.start, zone))
            let whose = [m.projectCode, m.location.isEmpty ? nil : m.location].compactMap { $0 }.joined(separator: " · ")
            lines.append(TextBox.Line("  ★ \(when)  \(m.title)" + (whose.isEmpty ? "" : " · \(whose)")))
        }
        return lines
    }

    /// Open items that hold back acceptance (and so the money due on it).
    func blockers(_ e: CustomerEvidence) -> [TextBox.Line] {
        var lines = [TextBox.Line(""), TextBox.Line("Blocking acceptance (\(e.blockerTotal) open)", .header)]
        if e.blockers.isEmpty { lines.append(TextBox.Line("  Nothing open blocks acceptance", .dim)) }
        let today = state.today
        for b in e.blockers {
            let late = b.dueOn.map { $0 < today } ?? false
            let due = b.dueOn.map { " · due \(TimeText.monthDay($0))" + ($0 < today ? " (late)" : "") } ?? ""
            lines.append(TextBox.Line("  $ \(b.projectCode) #\(b.number) P\(b.priority) \(b.title)\(due)", late ? .overdue : .overlay))
        }
        if e.blockerTotal > e.blockers.count {
            lines.append(TextBox.Line("  … and \(e.blockerTotal - e.blockers.count) more", .dim))
        }
        return lines
    }

    /// The newest intel; past its review-by date it says so.
    func intel(_ e: CustomerEvidence) -> [TextBox.Line] {
        var lines = [TextBox.Line(""), TextBox.Line("Latest intel", .header)]
        if e.intel.isEmpty { lines.append(TextBox.Line("  None captured", .dim)) }
        for item in e.intel {
            let due = item.reviewOn.map { $0 <= state.today } ?? false
            let category = item.category.rawValue.padded(to: 18)
            lines.append(TextBox.Line("  \(LocalDate(item.at, in: zone).iso) \(category) " + (due ? "REVIEW " : "") + item.text,
                                      due ? .urgent : .overlay))
        }
        return lines
    }
}
