/// How much demo data to generate: `s` for a first look, `m` for a busy firm, `l` to benchmark.
public enum DataSize: String, CaseIterable, Sendable {
    case s, m, l

    /// Target row counts; the generator hits the ones named here exactly and derives the rest
    /// (contacts, locations, milestones, events …) per customer or project.
    public struct Counts: Hashable, Sendable {
        public var customers: Int
        public var projects: Int
        public var punchItems: Int
        /// Meeting series: one weekly series per active project first, then extra series
        /// (stand-ups, steering, customer reviews) up to this number.
        public var meetings: Int
        public var interactions: Int
        /// Contacts per customer, before the ones who left.
        public var contactsPerCustomer: ClosedRange<Int>
        public var locationsPerProject: ClosedRange<Int>
        public var intelPerCustomer: ClosedRange<Int>
        public var opportunitiesPerCustomer: ClosedRange<Int>
    }

    public var counts: Counts {
        switch self {
        case .s:
            return Counts(customers: 12, projects: 40, punchItems: 600, meetings: 40, interactions: 480,
                          contactsPerCustomer: 5...8, locationsPerProject: 3...6,
                          intelPerCustomer: 2...5, opportunitiesPerCustomer: 1...3)
        case .m:
            return Counts(customers: 120, projects: 400, punchItems: 6_000, meetings: 400, interactions: 4_800,
                          contactsPerCustomer: 5...8, locationsPerProject: 3...6,
                          intelPerCustomer: 2...5, opportunitiesPerCustomer: 1...3)
        case .l:
            return Counts(customers: 1_000, projects: 5_000, punchItems: 100_000, meetings: 20_000,
                          interactions: 200_000, contactsPerCustomer: 4...8, locationsPerProject: 3...8,
                          intelPerCustomer: 2...6, opportunitiesPerCustomer: 1...3)
        }
    }
}
