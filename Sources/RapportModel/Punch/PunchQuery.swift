import Foundation

/// How the punch pane asks for a project's items: which, in what order, grouped how.
public struct PunchQuery: Hashable, Sendable {
    public var projectId: Int64
    public var filter: PunchFilter
    public var sort: PunchSort
    public var grouping: PunchGrouping

    public init(projectId: Int64, filter: PunchFilter = PunchFilter(), sort: PunchSort = .status,
                grouping: PunchGrouping = .none) {
        self.projectId = projectId
        self.filter = filter
        self.sort = sort
        self.grouping = grouping
    }
}

/// Orders of the punch list. `status` puts open items first, then by number.
public enum PunchSort: String, CaseIterable, Sendable {
    case status, priority, due, location, number
}

/// How the punch list is grouped; a group shows as a heading with its count.
public enum PunchGrouping: String, CaseIterable, Sendable {
    case none, location, category
}

/// What the `/` filter line means: free words match title or location (substring, any case);
/// fielded terms narrow further. All terms must hold.
public struct PunchFilter: Hashable, Sendable {
    /// Words that must each appear in the title or the location.
    public var words: [String] = []
    /// `status:open` (open means any of open, in progress, ready), `status:closed` …; empty = any.
    public var statuses: Set<PunchStatus> = []
    /// `@room`: substring of the location path.
    public var locations: [String] = []
    /// `assignee:dana`: substring of the assignee, any case.
    public var assignees: [String] = []
    /// `!1`: priorities.
    public var priorities: Set<Priority> = []
    public var categories: Set<PunchCategory> = []
    /// `overdue`: open and due before today.
    public var overdue = false
    /// `blocking`: open and blocks acceptance.
    public var blocking = false

    public init() {}

    public var isEmpty: Bool { self == PunchFilter() }
}
