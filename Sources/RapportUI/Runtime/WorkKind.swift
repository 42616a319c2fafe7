/// What a piece of slow work supersedes: requests of one named kind replace each other (the
/// newest filter's count, today's scores); any other work is replaced only by an equal request.
///
/// An equal request, not one with the same text: the kind was `"\(effect)"`, which printed the
/// effect through reflection, ≈ 5 M instructions the first time on the main thread at start.
enum WorkKind: Equatable {
    case named(String)
    case exactly(Effect)

    init(_ effect: Effect) {
        switch effect {
        case .loadTemperatures: self = .named("temperatures")
        // The newest filter's count replaces one still waiting; a running one's answer is dropped.
        case .countPunch: self = .named("punch count")
        case .countAgenda: self = .named("agenda count")
        case .search: self = .named("search")
        default: self = .exactly(effect)
        }
    }
}
