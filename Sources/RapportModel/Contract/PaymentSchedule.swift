import Foundation

/// One planned payment of a project, before it is saved as a milestone.
public struct ScheduleLine: Hashable, Sendable, Codable {
    public var name: String
    public var kind: Milestone.Kind
    public var amountCents: Int64
    public var dueOn: LocalDate?
    public var requiresAcceptance: Bool

    public init(name: String, kind: Milestone.Kind, amountCents: Int64, dueOn: LocalDate? = nil,
                requiresAcceptance: Bool = false) {
        self.name = name
        self.kind = kind
        self.amountCents = amountCents
        self.dueOn = dueOn
        self.requiresAcceptance = requiresAcceptance
    }
}

/// A project's payment schedule: its lines, which must add up to the contract value exactly.
public struct PaymentSchedule: Hashable, Sendable {
    public var lines: [ScheduleLine]

    public init(lines: [ScheduleLine]) { self.lines = lines }

    public var totalCents: Int64 { lines.reduce(0) { $0 + $1.amountCents } }

    /// How far the lines are from the contract value: positive when they add up to more, negative
    /// when to less, 0 when they add up exactly.
    public func differenceCents(contractCents: Int64) -> Int64 { totalCents - contractCents }

    /// Refused (`AppError.scheduleOff`) unless the lines add up to the contract value to the cent;
    /// every line must be named and not negative.
    public func check(contractCents: Int64) throws(AppError) {
        for (index, line) in lines.enumerated() {
            if line.name.trimmingCharacters(in: .whitespaces).isEmpty {
                throw .invalidRecord(record: "milestone", field: "name", reason: "payment \(index + 1) has no name")
            }
            if line.amountCents < 0 {
                throw .invalidRecord(record: "milestone", field: "amount",
                                     reason: "\(line.name) is \(Money.text(cents: line.amountCents)); amounts cannot be negative")
            }
        }
        let difference = differenceCents(contractCents: contractCents)
        if difference != 0 {
            throw .scheduleOff(totalCents: totalCents, contractCents: contractCents)
        }
    }

    /// The schedule `template` lays out for a contract, in integer cents.
    ///
    /// Each line gets the floor of its share; the few cents left over (at most one per line)
    /// go to the first line, the deposit, so the money asked for early rounds up and the later
    /// lines (final, retainage) are their exact share or a cent under. The lines add up to the
    /// contract value exactly.
    public static func laid(_ template: PaymentTemplate, contractCents: Int64, signedOn: LocalDate? = nil,
                            targetOn: LocalDate? = nil) -> PaymentSchedule {
        let parts = template.parts
        var amounts = parts.map { contractCents * Int64($0.basisPoints) / 10_000 }
        if !amounts.isEmpty { amounts[0] += contractCents - amounts.reduce(0, +) }
        let lines = zip(parts, amounts).map { part, amount in
            ScheduleLine(name: part.name, kind: part.kind, amountCents: amount,
                         dueOn: part.due(signedOn: signedOn, targetOn: targetOn),
                         requiresAcceptance: part.requiresAcceptance)
        }
        return PaymentSchedule(lines: lines)
    }
}

/// A way to split a contract into payments: `50/40/10`, or deposit / progress / final / retainage
/// with percentages.
public struct PaymentTemplate: Hashable, Sendable {
    /// One share of the template.
    public struct Part: Hashable, Sendable {
        public var name: String
        public var kind: Milestone.Kind
        /// Hundredths of a percent: 5000 is 50 %.
        public var basisPoints: Int
        public var requiresAcceptance: Bool

        /// Deposit due two weeks after signing, progress halfway, final on the target date,
        /// retainage 60 days after it; nil when the dates it counts from are unknown.
        func due(signedOn: LocalDate?, targetOn: LocalDate?) -> LocalDate? {
            switch kind {
            case .deposit: return signedOn?.adding(days: 14)
            case .progress:
                guard let signedOn, let targetOn else { return nil }
                return signedOn.adding(days: signedOn.days(until: targetOn) / 2)
            case .final: return targetOn
            case .retainage: return targetOn?.adding(days: 60)
            }
        }
    }

    public var parts: [Part]

    public init(parts: [Part]) { self.parts = parts }

    /// Deposit, progress, final — the industry's common 50 / 40 / 10.
    public static let fiftyFortyTen = try! PaymentTemplate(parsing: "50/40/10")

    /// `50/40/10` (deposit / progress / final) or `30/40/20/10` (… / retainage); shares may have
    /// two decimals (`47.5/47.5/5`) and must add up to 100. The final payment and the retainage
    /// wait for the customer's acceptance.
    public init(parsing text: String) throws(AppError) {
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "") }
        guard pieces.count == 3 || pieces.count == 4 else {
            throw .badSchedule(text: text, reason: "give 3 shares (deposit/progress/final) or 4 (…/retainage), e.g. 50/40/10")
        }
        var points: [Int] = []
        for piece in pieces {
            guard let value = Self.basisPoints(piece) else {
                throw .badSchedule(text: text, reason: "'\(piece)' is not a percentage (at most two decimals)")
            }
            points.append(value)
        }
        let sum = points.reduce(0, +)
        guard sum == 10_000 else {
            throw .badSchedule(text: text, reason: "the shares add up to \(Self.percent(sum)) %, not 100 %")
        }
        let names: [(String, Milestone.Kind, Bool)] = [("Deposit", .deposit, false), ("Progress", .progress, false),
                                                       ("Final", .final, true), ("Retainage", .retainage, true)]
        parts = zip(names, points).map { Part(name: $0.0, kind: $0.1, basisPoints: $1, requiresAcceptance: $0.2) }
    }

    /// The template as typed: `50/40/10`.
    public var text: String { parts.map { Self.percent($0.basisPoints) }.joined(separator: "/") }

    /// `"47.5"` → 4750.
    static func basisPoints(_ text: String) -> Int? {
        let halves = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(halves.count), let wholeText = halves.first, !wholeText.isEmpty, wholeText.count <= 3,
              wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(wholeText) else { return nil }
        var fraction = 0
        if halves.count == 2 {
            let f = halves[1]
            guard (1...2).contains(f.count), f.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(f) else { return nil }
            fraction = f.count == 1 ? n * 10 : n
        }
        return whole * 100 + fraction
    }

    /// 4750 → `"47.5"`, 5000 → `"50"`.
    static func percent(_ basisPoints: Int) -> String {
        let whole = basisPoints / 100, fraction = basisPoints % 100
        if fraction == 0 { return "\(whole)" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
