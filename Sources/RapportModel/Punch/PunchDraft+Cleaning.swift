import Foundation

extension PunchDraft {
    /// The draft as stored: whitespace trimmed, an empty location as none, an empty ball in
    /// court as `us`; refuses an empty title, text over `PunchLimits` and a number below 1.
    ///
    /// Every way in (quick-add, form, CSV import, a second store) saves through this, so the
    /// rules and the limits hold the same everywhere.
    public func cleaned() throws(PunchDraftError) -> PunchDraft {
        var draft = self
        draft.title = title.trimmed
        draft.detail = detail.trimmed
        draft.assignee = assignee.trimmed
        draft.ballInCourt = ballInCourt.trimmed
        draft.location = location.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        if draft.title.isEmpty { throw .empty(.title) }
        try PunchLimits.check(draft.title, .title)
        try PunchLimits.check(draft.detail, .detail)
        try PunchLimits.check(draft.location ?? "", .location)
        try PunchLimits.check(draft.assignee, .assignee)
        try PunchLimits.check(draft.ballInCourt, .ballInCourt)
        if let number, number <= 0 { throw .badNumber(number) }
        if draft.ballInCourt.isEmpty { draft.ballInCourt = "us" }
        return draft
    }
}

extension PunchChange {
    /// The change as applied: an edit's draft cleaned, a name or path trimmed and within
    /// `PunchLimits`; what `apply` expects.
    public func cleaned() throws(PunchDraftError) -> PunchChange {
        switch self {
        case .edit(let draft): return .edit(try draft.cleaned())
        case .assign(let name):
            try PunchLimits.check(name.trimmed, .assignee)
            return .assign(name.trimmed)
        case .setLocation(let path):
            let path = path.map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
            try PunchLimits.check(path ?? "", .location)
            return .setLocation(path)
        case .advance, .stepBack, .cyclePriority, .setPriority, .setDue, .void: return self
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace and newlines; pure Swift, unlike Foundation's
    /// `trimmingCharacters(in:)`, which bridges through NSString and showed up in import profiles.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }
}
