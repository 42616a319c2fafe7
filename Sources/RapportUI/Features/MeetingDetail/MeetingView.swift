import Foundation
import RapportModel

/// The meeting view's lines.
struct MeetingView {
    let entry: AgendaEntry
    let detail: MeetingDetail?
    let selected: Int?
    let zone: TimeZone

    func lines() -> [TextBox.Line] {
        var lines = [
            TextBox.Line(entry.title, .overlayTitle),
            TextBox.Line("When      \(TimeText.full(entry.start, zone))–\(TimeText.hourMinute(entry.end, zone))" + siteTime()),
            TextBox.Line("Project   \(detail?.projectCode.map { "\($0) \(detail?.projectName ?? "")" } ?? entry.projectCode ?? "–")"),
            TextBox.Line("Customer  \(detail?.customerName ?? entry.customerName ?? "–")"),
            TextBox.Line("Where     \(entry.location.isEmpty ? "–" : entry.location)"),
            TextBox.Line("Sales     \(entry.salesWelcome ? "★ welcome to drop in" : "team only")"
                         + (detail?.salesAttendance.map { " · \($0)" } ?? ""), entry.salesWelcome ? .salesWelcome : .overlay),
        ]
        if let problem = entry.problem ?? detail?.problem {
            lines.append(TextBox.Line("⚠ \(problem.description)", .urgent))
        }
        guard let detail else { return lines }
        if let rule = detail.series?.rrule ?? detail.meeting.rrule {
            lines.append(TextBox.Line("Repeats   \(rule)" + (entry.isOverride ? " · this occurrence has its own changes" : ""), .dim))
        }
        if !detail.attendees.isEmpty {
            lines.append(TextBox.Line(""))
            lines.append(TextBox.Line("People (\(detail.attendees.count))", .header))
            let attended = Set(detail.note?.attended ?? [])
            for a in detail.attendees {
                let was = a.id.map { attended.contains($0) } == true ? " · attended" : ""
                let sales = detail.isSales(a) ? " (sales)" : ""
                lines.append(TextBox.Line("  \(a.name)\(sales)\(a.email.isEmpty ? "" : " <\(a.email)>") · \(a.role) · \(a.status.rawValue)\(was)"))
            }
        }
        lines.append(TextBox.Line(""))
        lines.append(TextBox.Line("Agenda", .header))
        lines += text(detail.note?.agenda, empty: "  none written")
        lines.append(TextBox.Line("Minutes", .header))
        lines += text(detail.note?.minutes, empty: "  none written yet")
        lines.append(TextBox.Line(""))
        lines.append(TextBox.Line("Action items of this occurrence", .header))
        for (i, item) in detail.actionItems.enumerated() { lines.append(itemLine(item, index: i)) }
        if detail.actionItems.isEmpty { lines.append(TextBox.Line("  none", .dim)) }
        if !detail.openActionItems.isEmpty {
            lines.append(TextBox.Line("Still open from earlier occurrences", .header))
            for (i, item) in detail.openActionItems.enumerated() {
                lines.append(itemLine(item, index: detail.actionItems.count + i))
            }
        }
        return lines
    }

    private func siteTime() -> String {
        guard let tzid = detail?.meeting.tzid, let site = TimeZone(identifier: tzid),
              site.secondsFromGMT(for: entry.start) != zone.secondsFromGMT(for: entry.start) else { return "" }
        return " (\(TimeText.hourMinute(entry.start, site)) at the site, \(tzid))"
    }

    private func text(_ text: String?, empty: String) -> [TextBox.Line] {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return [TextBox.Line(empty, .dim)] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { TextBox.Line("  " + $0) }
    }

    private func itemLine(_ open: OpenActionItem, index: Int) -> TextBox.Line {
        let item = open.item
        let state = open.punchRef.map { "punch \($0) \(open.punchStatus?.label ?? "")" } ?? (item.done ? "done" : "open")
        let due = item.dueOn.map { " · due \($0.iso)" } ?? ""
        let isSelected = index == selected
        return TextBox.Line("\(isSelected ? "▶" : " ") \(item.text) · \(item.owner.isEmpty ? "–" : item.owner)\(due) · \(state)",
                            item.done ? .dim : .overlay, highlighted: isSelected)
    }
}

/// What sales should know before dropping into a meeting.
struct DropInBriefView {
    let brief: DropInBrief
    let zone: TimeZone

    func lines() -> [TextBox.Line] {
        var lines = [TextBox.Line("\(brief.title) · \(TimeText.full(brief.occurrence, zone))", .overlayTitle),
                     TextBox.Line("\(brief.customerName ?? "–") · \(brief.projectCode ?? "no project")")]
        if let t = brief.temperature {
            lines.append(TextBox.Line("Temperature \(t.temperature.score) \(t.temperature.band.rawValue), 14 days \(t.trend.arrow)",
                                      t.temperature.band == .cold ? .cold : .header))
            for part in t.temperature.components.sorted(by: { $0.weight * abs($0.value - 50) > $1.weight * abs($1.value - 50) }).prefix(3) {
                lines.append(TextBox.Line("  \(part.signal.rawValue): \(part.reason)"))
            }
            for cap in t.temperature.caps { lines.append(TextBox.Line("  capped: \(cap.rawValue)", .overdue)) }
        }
        if !brief.concerns.isEmpty { lines.append(TextBox.Line("Management cares about: \(brief.concerns.joined(separator: ", "))")) }
        lines.append(TextBox.Line(""))
        // `heldCents` is what the milestones awaiting acceptance are worth, blocked or not.
        let waiting = Money.text(cents: brief.heldCents)
        lines.append(brief.blockerCount > 0
            ? TextBox.Line("Blocking acceptance: \(brief.blockerCount) open items, holding back \(waiting)", .overdue)
            : TextBox.Line(brief.heldCents > 0 ? "Nothing blocks acceptance; \(waiting) waits for it" : "Nothing waits for acceptance",
                           .header))
        for b in brief.blockers.prefix(6) { lines.append(TextBox.Line("  \(b.ref) \(b.priority.label) \(b.status.label)  \(b.title)")) }
        lines.append(TextBox.Line(""))
        lines.append(TextBox.Line("Who will be there", .header))
        for p in brief.people {
            let facts = [p.department?.rawValue, p.role?.rawValue, p.influence.map { "influence \($0)" }].compactMap { $0 }
            lines.append(TextBox.Line("  \(p.name)\(p.isSales ? " (sales)" : "") · \(p.response.rawValue)"
                                      + (facts.isEmpty ? "" : " · " + facts.joined(separator: ", "))))
        }
        if !brief.recentIntel.isEmpty {
            lines.append(TextBox.Line(""))
            lines.append(TextBox.Line("Intel lately", .header))
            for intel in brief.recentIntel.prefix(5) { lines.append(TextBox.Line("  \(intel.category.rawValue): \(intel.text)")) }
        }
        if !brief.lastMinutes.isEmpty {
            lines.append(TextBox.Line(""))
            lines.append(TextBox.Line("Said last time" + (brief.lastMinutesAt.map { " (\(TimeText.full($0, zone)))" } ?? ""), .header))
            for line in brief.lastMinutes.split(separator: "\n").prefix(8) { lines.append(TextBox.Line("  " + line)) }
        }
        return lines
    }
}
