import Foundation

/// The rules of moving a project between stages, as pure functions the store applies.
///
/// Any move is allowed, forward or back, except:
/// - to acceptance, warranty or closed while open items block acceptance (the existing gate);
/// - to closed while a milestone is not paid in full (`AppError.closingUnpaid`).
///
/// Moving back from acceptance or later to a stage before acceptance reopens what the
/// acceptance settled: each milestone's recorded acceptance is cleared and released retainage is
/// held again — but only where nothing was invoiced yet, since an invoice that went out stands.
/// Punch items are not touched: reopening them is the PM's call, item by item.
public enum StageRules {
    public static func index(_ stage: ProjectStage) -> Int { ProjectStage.allCases.firstIndex(of: stage)! }

    /// True when `stage` needs the acceptance gate passed.
    public static func isPastGate(_ stage: ProjectStage) -> Bool { index(stage) >= index(.acceptance) }

    /// True when the move goes from acceptance (or later) to before it.
    public static func reopensAcceptance(from: ProjectStage, to: ProjectStage) -> Bool {
        isPastGate(from) && !isPastGate(to)
    }

    /// The milestones a move reopens, with what to clear on each (see the type's summary).
    public static func reopened(from: ProjectStage, to: ProjectStage, milestones: [Milestone]) -> [Milestone] {
        guard reopensAcceptance(from: from, to: to) else { return [] }
        return milestones.compactMap { milestone in
            guard !milestone.isInvoiced else { return nil }
            var reopened = milestone
            reopened.acceptedOn = nil
            reopened.acceptedBy = nil
            if reopened.kind == .retainage { reopened.releasedOn = nil }
            return reopened == milestone ? nil : reopened
        }
    }

    /// Refused when closing while a milestone is not paid in full; `paidCents` is each milestone's
    /// paid total by id.
    public static func checkClosing(to: ProjectStage, code: String, milestones: [Milestone],
                                    paidCents: [Int64: Int64]) throws(AppError) {
        guard to == .closed else { return }
        let unpaid = milestones.filter { ($0.id.flatMap { paidCents[$0] } ?? 0) < $0.amountCents && $0.payment != .paid }
        guard !unpaid.isEmpty else { return }
        let owed = unpaid.reduce(Int64(0)) { $0 + $1.amountCents - ($1.id.flatMap { paidCents[$0] } ?? 0) }
        throw .closingUnpaid(project: code, milestones: unpaid.map(\.name), cents: owed)
    }
}

extension ProjectStage {
    /// The stage after this one; nil at closed.
    public var next: ProjectStage? {
        let all = Self.allCases, i = StageRules.index(self)
        return i + 1 < all.count ? all[i + 1] : nil
    }

    /// The stage before this one; nil at sold.
    public var previous: ProjectStage? {
        let i = StageRules.index(self)
        return i > 0 ? Self.allCases[i - 1] : nil
    }
}
