import Foundation

/// One line of the projects pane.
public struct ProjectRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var code: String
    public var name: String
    public var customerId: Int64
    public var customerName: String
    public var stage: ProjectStage
    public var openPunch: Int
    /// Open assumptions whose review day has come (`RecordSource.projects(offset:limit:today:)`
    /// fills it; 0 from the dashboard's own page).
    public var assumptionsDue: Int
    /// Its customer's newest stored score: the band column's until temperatures are loaded
    /// (the first frame holds only the coldest page of them).
    public var storedScore: Int?

    public init(id: Int64, code: String, name: String, customerId: Int64, customerName: String,
                stage: ProjectStage, openPunch: Int, assumptionsDue: Int = 0, storedScore: Int? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.customerId = customerId
        self.customerName = customerName
        self.stage = stage
        self.openPunch = openPunch
        self.assumptionsDue = assumptionsDue
        self.storedScore = storedScore
    }
}

/// One line of the punch pane.
public struct PunchRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var number: Int
    public var status: PunchStatus
    public var priority: Priority
    public var location: String
    public var title: String
    public var assignee: String
    public var dueOn: LocalDate?
    public var category: PunchCategory
    public var blocksAcceptance: Bool
    /// Times a reviewer sent the item back; two or more is a dispute.
    public var rejections: Int
    /// The whole path (`HQ / Floor 3 / Board Room`), where `location` is only its room; empty for none.
    public var locationPath: String

    public init(id: Int64, number: Int, status: PunchStatus, priority: Priority, location: String,
                title: String, assignee: String, dueOn: LocalDate?, category: PunchCategory = .other,
                blocksAcceptance: Bool = false, rejections: Int = 0, locationPath: String = "") {
        self.id = id
        self.number = number
        self.status = status
        self.priority = priority
        self.location = location
        self.title = title
        self.assignee = assignee
        self.dueOn = dueOn
        self.category = category
        self.blocksAcceptance = blocksAcceptance
        self.rejections = rejections
        self.locationPath = locationPath
    }
}

/// One occurrence of a meeting in the agenda.
public struct AgendaEntry: Hashable, Sendable {
    /// The meeting row: the series, a one-off, or the override that replaced this occurrence.
    public var meetingId: Int64
    public var title: String
    /// For an all-day occurrence, midnight of its date in the zone the agenda was read in.
    public var start: Date
    public var end: Date
    public var projectCode: String?
    public var customerName: String?
    public var location: String
    /// Sales may drop in (`★`).
    public var salesWelcome: Bool
    /// The series the occurrence belongs to (the meeting itself unless it is an override).
    public var seriesId: Int64
    /// The occurrence's original start (its RECURRENCE-ID): with `seriesId`, the key of its notes.
    public var occurrence: Date
    public var allDay: Bool
    /// Why the occurrence is shown only as far as its rule or zone could be read; nil when fully read.
    public var problem: ScheduleProblem?

    public init(meetingId: Int64, title: String, start: Date, end: Date, projectCode: String?,
                customerName: String?, location: String, salesWelcome: Bool, seriesId: Int64? = nil,
                occurrence: Date? = nil, allDay: Bool = false, problem: ScheduleProblem? = nil) {
        self.meetingId = meetingId
        self.title = title
        self.start = start
        self.end = end
        self.projectCode = projectCode
        self.customerName = customerName
        self.location = location
        self.salesWelcome = salesWelcome
        self.seriesId = seriesId ?? meetingId
        self.occurrence = occurrence ?? start
        self.allDay = allDay
        self.problem = problem
    }

    /// True when this occurrence was changed on its own (a RECURRENCE-ID override).
    public var isOverride: Bool { seriesId != meetingId }
}

/// One line of the temperature pane.
public struct CustomerTemperature: Hashable, Sendable, Identifiable {
    public var id: Int64 { customerId }
    public var customerId: Int64
    public var name: String
    public var temperature: Temperature
    public var trend: Trend
    /// Points gained (or lost, below 0) over the trend's 14 days.
    public var change: Int

    public init(customerId: Int64, name: String, temperature: Temperature, trend: Trend, change: Int = 0) {
        self.customerId = customerId
        self.name = name
        self.temperature = temperature
        self.trend = trend
        self.change = change
    }
}
