import Foundation
import RapportModel

/// One selectable line of the project view: a milestone, an assumption or a location.
enum ProjectViewRow: Equatable {
    case milestone(Int)
    case assumption(Int)
    case location(Int)
}

/// A project whole, from the sale to the money: its fields, where its money stands and what
/// comes next, the milestones and what blocks their acceptance, the assumptions register, the
/// site tree and the stage history.
struct ProjectDetailView {
    let detail: ProjectDetail
    let record: ProjectRecord?
    let selected: Int?
    /// The keys the title names, from the live keymap.
    let keys: String
    let zone: TimeZone

    /// The rows `j`/`k` select, in the order they are drawn.
    static func rows(_ detail: ProjectDetail, _ record: ProjectRecord?) -> [ProjectViewRow] {
        let milestones = record?.milestones.count ?? detail.milestones.count
        return (0..<milestones).map(ProjectViewRow.milestone) + (0..<(record?.assumptions.count ?? 0)).map(ProjectViewRow.assumption)
            + (0..<(record?.locations.count ?? 0)).map(ProjectViewRow.location)
    }

    func lines() -> [(text: String, role: ThemeRole, isSelected: Bool)] {
        let p = record?.project ?? detail.project
        let rows = Self.rows(detail, record)
        let chosen = selected.flatMap { rows.indices.contains($0) ? rows[$0] : nil }
        var lines: [(String, ThemeRole, Bool)] = [
            ("\(p.code)  \(p.name) · \(record?.customerName ?? detail.customerName)", .overlayTitle, false),
            ("Stage \(p.stage.rawValue) · PM \(p.pm.isEmpty ? "–" : p.pm) · sales \(p.salesRep.isEmpty ? "–" : p.salesRep)"
                + " · signed \(p.signedOn?.iso ?? "–") · target \(p.targetOn?.iso ?? "–")", .overlay, false),
        ]
        if !p.concerns.isEmpty { lines.append(("Management cares about: \(p.concernTags.joined(separator: ", "))", .overlay, false)) }
        if let scope = p.scope.split(separator: "\n").first { lines.append(("Scope: \(scope)", .dim, false)) }
        lines.append(("", .overlay, false))
        lines += money(p)

        lines.append(("", .overlay, false))
        lines.append(("Milestones", .header, false))
        if let record {
            for (i, row) in record.milestones.enumerated() {
                let isSelected = chosen == .milestone(i)
                let gate = detail.milestones.first { $0.milestone.id == row.id }
                lines.append((milestoneLine(row, gate, selected: isSelected), gate?.isBlocked == true ? .overdue : .overlay, isSelected))
                if isSelected, let gate { lines += blockerLines(gate) }
            }
        } else {
            for (i, gate) in detail.milestones.enumerated() {
                let isSelected = chosen == .milestone(i)
                let m = gate.milestone
                let text = "\(isSelected ? "▶" : " ") \(pad(m.name, 22)) \(pad(Money.text(cents: m.amountCents), 13)) "
                    + "\(acceptance(m, gate)) · \(m.kind.rawValue), \(m.payment.rawValue), due \(m.dueOn?.iso ?? "–")"
                lines.append((text, gate.isBlocked ? .overdue : .overlay, isSelected))
                if isSelected { lines += blockerLines(gate) }
            }
        }
        if (record?.milestones.count ?? detail.milestones.count) == 0 { lines.append(("  No milestones", .dim, false)) }

        guard let record else { return lines }
        lines.append(("", .overlay, false))
        let due = record.assumptionsDue
        lines.append(("Assumptions" + (due > 0 ? " · \(due) due for review" : ""), due > 0 ? .urgent : .header, false))
        for (i, row) in record.assumptions.enumerated() {
            let a = row.assumption
            let isSelected = chosen == .assumption(i)
            let mark = row.isDue ? "review due" : a.status == .open ? "open" : a.status.rawValue
            var text = "\(isSelected ? "▶" : " ") \(pad(mark, 10)) \(a.text) · \(a.owner) · review \(a.reviewOn?.iso ?? "–")"
            if !a.note.isEmpty { text += " · \(a.note)" }
            lines.append((text, row.isDue ? .urgent : a.status == .invalid ? .overdue : .overlay, isSelected))
        }
        if record.assumptions.isEmpty { lines.append(("  No assumptions recorded", .dim, false)) }

        lines.append(("", .overlay, false))
        lines.append(("Site", .header, false))
        for (i, node) in record.locations.enumerated() {
            let isSelected = chosen == .location(i)
            var facts = node.facts.map { "\($0.key) \($0.value)\($0.verified ? " ✓" : " (unverified)")" }.joined(separator: ", ")
            if !facts.isEmpty { facts = " · " + facts }
            let open = node.openPunch > 0 ? " · \(node.openPunch) open" : ""
            let indent = String(repeating: "  ", count: node.depth)
            lines.append(("\(isSelected ? "▶" : " ") \(indent)\(node.name)\(open)\(facts)", node.id == nil ? .dim : .overlay, isSelected))
        }
        if record.locations.isEmpty { lines.append(("  No locations yet", .dim, false)) }

        if !record.history.isEmpty {
            lines.append(("", .overlay, false))
            lines.append(("Stage history", .header, false))
            for event in record.history.prefix(6) {
                let from = event.fromStage.map { "\($0.rawValue) → " } ?? ""
                let note = event.note.isEmpty ? "" : " · \(event.note)"
                lines.append(("  \(TimeText.monthDay(LocalDate(event.at, in: zone))) \(from)\(event.toStage.rawValue) by \(event.who)\(note)",
                              .dim, false))
            }
        }
        return lines
    }

    private func money(_ p: Project) -> [(String, ThemeRole, Bool)] {
        guard let m = record?.money else {
            return [("Contract \(Money.text(cents: p.contractCents)) · held back by open punch items "
                     + Money.text(cents: detail.heldBackCents), detail.heldBackCents > 0 ? .overdue : .overlay, false)]
        }
        var lines: [(String, ThemeRole, Bool)] = [
            ("Contract \(Money.text(cents: m.contractCents)) · invoiced \(Money.text(cents: m.invoicedCents)) · paid "
                + "\(Money.text(cents: m.paidCents)) · outstanding \(Money.text(cents: m.outstandingCents))"
                + (m.overdueCents > 0 ? " · overdue \(Money.text(cents: m.overdueCents))" : ""),
             m.overdueCents > 0 ? .overdue : .overlay, false),
            ("Held back by open punch items \(Money.text(cents: m.heldBackCents)) · retainage held "
                + Money.text(cents: m.retainageHeldCents), m.heldBackCents > 0 ? .overdue : .overlay, false),
        ]
        let off = m.scheduleDifferenceCents
        if off != 0 {
            lines.append(("Schedule \(Money.text(cents: m.scheduledCents)) is \(Money.text(cents: abs(off))) "
                          + (off > 0 ? "over" : "short of") + " the contract", .urgent, false))
        }
        if let next = m.next {
            let when = next.dueOn.map { " by \($0.iso)" } ?? ""
            let what: String
            switch next.kind {
            case .collectOverdue: what = "collect \(Money.text(cents: next.cents)) overdue on \(next.milestoneName)\(when)"
            case .collect: what = "collect \(Money.text(cents: next.cents)) for \(next.milestoneName)\(when)"
            case .invoice: what = "invoice \(next.milestoneName), \(Money.text(cents: next.cents))\(when)"
            case .awaitAcceptance:
                what = "acceptance of \(next.milestoneName) (\(Money.text(cents: next.cents)))"
                    + (next.blockers > 0 ? ", blocked by \(Counted.text(next.blockers, "item"))" : "")
            case .releaseRetainage: what = "release retainage \(Money.text(cents: next.cents))\(when)"
            }
            lines.append(("Next money: \(what)", .header, false))
        }
        return lines
    }

    private func milestoneLine(_ row: MilestoneRow, _ gate: MilestoneGate?, selected: Bool) -> String {
        let m = row.milestone
        var status = row.standing.status.rawValue
        if row.standing.paidCents > 0, !row.standing.isPaid { status += " · paid \(Money.text(cents: row.standing.paidCents))" }
        if !m.invoiceNumber.isEmpty { status += " #\(m.invoiceNumber)" }
        if m.isHeldRetainage { status += " · held" }
        let accept = gate.map { acceptance(m, $0) } ?? (m.requiresAcceptance ? "waits for acceptance" : "")
        return "\(selected ? "▶" : " ") \(pad(m.name, 22)) \(pad(Money.text(cents: m.amountCents), 13)) \(pad(status, 30)) "
            + "due \(m.dueOn?.iso ?? "–") · \(accept)"
    }

    private func acceptance(_ m: Milestone, _ gate: MilestoneGate) -> String {
        if let on = m.acceptedOn { return "accepted \(on.iso) by \(m.acceptedBy ?? "?")" }
        if !m.requiresAcceptance { return "no acceptance needed" }
        if gate.isBlocked { return "BLOCKED by \(gate.blockers.count) items, \(Money.text(cents: gate.heldBackCents)) held" }
        return "ready to accept"
    }

    private func blockerLines(_ gate: MilestoneGate) -> [(String, ThemeRole, Bool)] {
        var lines = gate.blockers.prefix(8).map {
            ("      #\($0.number) \($0.status.label) \($0.priority.label)  \($0.title)", ThemeRole.dim, false)
        }
        if gate.blockers.count > 8 { lines.append(("      … and \(gate.blockers.count - 8) more", .dim, false)) }
        return lines
    }

    private func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }

    func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let lines = lines()
        // Keep the selected line in sight: the box shows at most the area's height.
        let visible = max(1, area.height - 2)
        let at = lines.firstIndex { $0.isSelected } ?? 0
        let top = at < visible - 2 ? 0 : at - visible / 2
        TextBox(title: "Project\(keys)", lines: lines.map { TextBox.Line($0.text, $0.role, highlighted: $0.isSelected) },
                width: 116, top: top).render(into: &canvas, area: area, theme: theme)
    }
}
