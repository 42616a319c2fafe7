import Foundation
import RapportModel
import RapportUI

/// The card as text, at most 80 columns, with ANSI colour when `colour`.
struct GlanceText {
    static let width = 80
    var colour: Bool

    static func sparkline(_ weeks: [GlanceCard.Week]) -> String { Sparkline.text(weeks) }

    func sgr(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func bandCode(_ band: Temperature.Band) -> String {
        switch band {
        case .hot: return "1;31"
        case .warm: return "1;33"
        case .cool: return "1;36"
        case .cold: return "1;34"
        }
    }

    func trendCode(_ trend: Trend) -> String {
        switch trend {
        case .rising: return "32"
        case .falling: return "31"
        case .steady: return "2"
        }
    }

    /// `prefix` (already safe, `prefixWidth` columns) then `rest` cut to what is left of the line.
    static func line(_ prefix: String, _ prefixWidth: Int, _ rest: String) -> String {
        let room = width - prefixWidth
        let fitted = TableText.fit(rest, room)
        return (prefix + fitted).withoutTrailingSpaces
    }

    static func cut(_ text: String, _ width: Int) -> String {
        TableText.fit(text, width).withoutTrailingSpaces
    }

    func heading(_ text: String) -> String { sgr(text, "1") }

    func text(_ card: GlanceCard) -> String {
        var out: [String] = []
        // Header: name, then score, band, trend and sparkline in a fixed 30 columns on the right.
        let spark = Self.sparkline(card.weeks)
        let right = String(format: "%3d ", card.score) + card.band.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0)
            + card.trend.arrow + " " + spark
        let rightStyled = sgr(String(format: "%3d", card.score), bandCode(card.band)) + " "
            + sgr(card.band.rawValue, bandCode(card.band)) + String(repeating: " ", count: 5 - card.band.rawValue.count)
            + sgr(card.trend.arrow, trendCode(card.trend)) + " " + sgr(spark, bandCode(card.band).replacingOccurrences(of: "1;", with: ""))
        let nameWidth = Self.width - DisplayWidth.of(right) - 2
        out.append(sgr(Self.cut(card.name, nameWidth), "1")
                   + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(Self.cut(card.name, nameWidth))) + 2)
                   + rightStyled)
        out.append("as of \(card.today.iso) · trend over 14 days · sparkline: 8 weeks, · no snapshot")
        out.append("")

        out.append(heading("Why"))
        if card.reasons.isEmpty { out.append("  no signals yet: neutral 50") }
        for reason in card.reasons {
            if let points = reason.points {
                let mark = points >= 0 ? "▲" : "▼"
                let amount = String(format: "%+5.1f", points)
                let prefix = "  \(sgr(mark, points >= 0 ? "32" : "31")) \(reason.signal.padding(toLength: 20, withPad: " ", startingAt: 0)) \(amount)  "
                out.append(Self.line(prefix, 2 + 1 + 1 + 20 + 1 + 5 + 2, reason.text))
            } else {
                out.append(Self.line("  \(sgr("!", "1;31")) ", 4, reason.text))
            }
        }
        out.append("")

        out.append(heading("People"))
        if card.people.isEmpty { out.append("  no champion, signer or final approver recorded") }
        for person in card.people {
            var who = person.name + (person.title.isEmpty ? "" : " (\(person.title))")
            if let left = person.leftOn {
                who += " · left \(left.iso) → " + (person.successorName ?? "no successor")
            }
            let prefix = "  " + person.role.rawValue.padding(toLength: 15, withPad: " ", startingAt: 0)
            let styled = person.leftOn != nil && person.successorName == nil ? sgr(prefix, "31") : prefix
            out.append(Self.line(styled, 17, who))
        }
        out.append("")

        out.append(heading("Next meeting"))
        if let m = card.nextMeeting {
            let day = LocalDate(m.start, in: card.zone)
            let when = "\(LocalDate.weekdayShortNames[day.isoWeekday - 1]) \(day.iso) "
                + (m.allDay ? "all day" : "\(AgendaText.clock(m.start, card.zone))-\(AgendaText.clock(m.end, card.zone))")
            out.append("  " + when + "  " + (m.salesWelcome ? sgr("sales welcome", "32") : "internal: sales not invited"))
            let whose = [m.projectCode, m.location.isEmpty ? nil : m.location].compactMap { $0 }.joined(separator: " · ")
            out.append(Self.line("  ", 2, m.title + (whose.isEmpty ? "" : " · " + whose)))
        } else {
            out.append("  none in the next \(GlanceCard.meetingHorizonDays) days")
        }
        out.append("")

        out.append(heading("Blocking acceptance"))
        if card.blocking.isEmpty { out.append("  nothing open blocks acceptance; no money held") }
        for b in card.blocking {
            let tail = "\(b.blockers) open item\(b.blockers == 1 ? "" : "s") · \(Money.text(cents: b.heldBackCents)) held"
            let room = Self.width - 2 - 9 - 2 - DisplayWidth.of(tail)
            out.append("  " + TableText.fit(b.projectCode, 9) + " " + TableText.fit(b.projectName, max(1, room)) + " " + tail)
        }
        if card.blocking.count > 1 {
            out.append("  total: \(card.blockersTotal) open items · \(Money.text(cents: card.heldBackTotalCents)) held")
        }
        out.append("")

        out.append(heading("Latest intel"))
        if card.intel.isEmpty { out.append("  none captured") }
        for item in card.intel {
            let due = item.isDueForReview(on: card.today)
            let day = LocalDate(item.at, in: card.zone).iso
            let prefix = "  \(day) " + item.category.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0) + " "
            let mark = due ? sgr("review ", "1;33") : ""
            out.append(Self.line(prefix + mark, 2 + 10 + 1 + 18 + 1 + (due ? 7 : 0), item.text))
        }
        return out.map(\.withoutTrailingSpaces).joined(separator: "\n") + "\n"
    }
}
