import Foundation
import RapportModel

/// The card for scripts: every key always present (null when there is nothing), money in integer cents.
enum GlanceJSON {
    struct Card: Encodable {
        var customer: Customer
        var asOf: String
        var score: Int
        var band: String
        var trend: String
        var trendArrow: String
        var sparkline: String
        var weeks: [Week]
        var reasons: [Reason]
        var people: [Person]
        var nextMeeting: Meeting?
        var blocking: Blocking
        var intel: [IntelItem]

        enum CodingKeys: String, CodingKey {
            case customer, asOf, score, band, trend, trendArrow, sparkline, weeks, reasons, people, nextMeeting, blocking, intel
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(customer, forKey: .customer)
            try c.encode(asOf, forKey: .asOf)
            try c.encode(score, forKey: .score)
            try c.encode(band, forKey: .band)
            try c.encode(trend, forKey: .trend)
            try c.encode(trendArrow, forKey: .trendArrow)
            try c.encode(sparkline, forKey: .sparkline)
            try c.encode(weeks, forKey: .weeks)
            try c.encode(reasons, forKey: .reasons)
            try c.encode(people, forKey: .people)
            try c.encode(nextMeeting, forKey: .nextMeeting)
            try c.encode(blocking, forKey: .blocking)
            try c.encode(intel, forKey: .intel)
        }
    }

    struct Customer: Encodable { var id: Int64; var name: String }

    struct Week: Encodable {
        var ending: String
        var score: Int?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(ending, forKey: .ending)
            try c.encode(score, forKey: .score)
        }
        enum Keys: String, CodingKey { case ending, score }
    }

    struct Reason: Encodable {
        var signal: String
        var points: Double?
        var cap: Bool
        var text: String
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(signal, forKey: .signal)
            try c.encode(points, forKey: .points)
            try c.encode(cap, forKey: .cap)
            try c.encode(text, forKey: .text)
        }
        enum Keys: String, CodingKey { case signal, points, cap, text }
    }

    struct Person: Encodable {
        var role: String
        var name: String
        var title: String
        var leftOn: String?
        var successor: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(role, forKey: .role)
            try c.encode(name, forKey: .name)
            try c.encode(title, forKey: .title)
            try c.encode(leftOn, forKey: .leftOn)
            try c.encode(successor, forKey: .successor)
        }
        enum Keys: String, CodingKey { case role, name, title, leftOn, successor }
    }

    struct Meeting: Encodable {
        var meetingId: Int64
        var title: String
        var start: String
        var end: String
        var allDay: Bool
        var project: String?
        var location: String
        var salesWelcome: Bool
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(meetingId, forKey: .meetingId)
            try c.encode(title, forKey: .title)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(allDay, forKey: .allDay)
            try c.encode(project, forKey: .project)
            try c.encode(location, forKey: .location)
            try c.encode(salesWelcome, forKey: .salesWelcome)
        }
        enum Keys: String, CodingKey { case meetingId, title, start, end, allDay, project, location, salesWelcome }
    }

    struct Blocking: Encodable {
        var openItems: Int
        var heldBackCents: Int64
        var projects: [Project]
    }

    struct Project: Encodable { var code: String; var name: String; var openItems: Int; var heldBackCents: Int64 }

    struct IntelItem: Encodable {
        var category: String
        var text: String
        var at: String
        var capturedBy: String
        var reviewOn: String?
        var dueForReview: Bool
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(category, forKey: .category)
            try c.encode(text, forKey: .text)
            try c.encode(at, forKey: .at)
            try c.encode(capturedBy, forKey: .capturedBy)
            try c.encode(reviewOn, forKey: .reviewOn)
            try c.encode(dueForReview, forKey: .dueForReview)
        }
        enum Keys: String, CodingKey { case category, text, at, capturedBy, reviewOn, dueForReview }
    }

    static func json(_ card: GlanceCard) throws -> String {
        let iso = ISO8601DateFormatter()
        iso.timeZone = card.zone
        iso.formatOptions = [.withInternetDateTime]
        let today = card.today
        let value = Card(
            customer: Customer(id: card.customerId, name: card.name), asOf: iso.string(from: card.now),
            score: card.score, band: card.band.rawValue, trend: "\(card.trend)", trendArrow: card.trend.arrow,
            sparkline: GlanceText.sparkline(card.weeks),
            weeks: card.weeks.map { Week(ending: $0.ending.iso, score: $0.score) },
            reasons: card.reasons.map {
                Reason(signal: $0.signal, points: $0.points.map { ($0 * 10).rounded() / 10 }, cap: $0.points == nil, text: $0.text)
            },
            people: card.people.map {
                Person(role: $0.role.rawValue, name: $0.name, title: $0.title, leftOn: $0.leftOn?.iso, successor: $0.successorName)
            },
            nextMeeting: card.nextMeeting.map {
                Meeting(meetingId: $0.meetingId, title: $0.title, start: iso.string(from: $0.start), end: iso.string(from: $0.end),
                        allDay: $0.allDay, project: $0.projectCode, location: $0.location, salesWelcome: $0.salesWelcome)
            },
            blocking: Blocking(openItems: card.blockersTotal, heldBackCents: card.heldBackTotalCents,
                               projects: card.blocking.map {
                                   Project(code: $0.projectCode, name: $0.projectName, openItems: $0.blockers,
                                           heldBackCents: $0.heldBackCents)
                               }),
            intel: card.intel.map {
                IntelItem(category: $0.category.rawValue, text: $0.text, at: iso.string(from: $0.at), capturedBy: $0.capturedBy,
                          reviewOn: $0.reviewOn?.iso, dueForReview: $0.isDueForReview(on: today))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return TerminalSafe.json(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }
}
