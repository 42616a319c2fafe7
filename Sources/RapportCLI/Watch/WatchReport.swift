import Foundation
import RapportModel

/// The watch list as `rapport watch` writes it: a line a reason, or JSON for scripts.
struct WatchReport {
    var asOf: LocalDate
    var rep: String?
    var settings: WatchSettings
    var items: [WatchItem]

    var text: String {
        let accounts = Set(items.map(\.customerId)).count
        let whose = rep.map { " · \($0)'s accounts" } ?? ""
        guard !items.isEmpty else { return "Watch list \(asOf.iso)\(whose): nothing growing cold.\n" }
        var out = ["Watch list \(asOf.iso)\(whose): \(counted(items.count, "reason")) on \(counted(accounts, "account"))"]
        for item in items {
            out.append(TableText.fit(item.reason.rawValue, 16) + " " + TableText.fit(item.customerName, 22) + " " + item.detail)
        }
        return out.map(\.withoutTrailingSpaces).joined(separator: "\n") + "\n"
    }

    struct JSON: Encodable {
        struct Limits: Encodable { var noContactDays: Int; var unansweredDays: Int; var scoreDrop: Int }
        struct Item: Encodable {
            var customer: String
            var customerId: Int64
            var reason: String
            var detail: String
            var amount: Int
            var reps: [String]
        }
        var asOf: String
        var rep: String?
        var limits: Limits
        var items: [Item]
    }

    var json: JSON {
        JSON(asOf: asOf.iso, rep: rep,
             limits: .init(noContactDays: settings.noContactDays, unansweredDays: settings.unansweredDays,
                           scoreDrop: settings.scoreDrop),
             items: items.map { .init(customer: $0.customerName, customerId: $0.customerId, reason: $0.reason.rawValue,
                                      detail: $0.detail, amount: $0.amount, reps: $0.reps) })
    }
}
