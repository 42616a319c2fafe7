/// A part of the data a write changed, so the UI reloads what is stale and nothing else.
public enum DataArea: Hashable, Sendable {
    /// The project's punch items: the list, its counts and groups, the items' details.
    case punch(projectId: Int64)
    /// The projects list: stages and open item counts.
    case projects
    /// The project itself as its detail shows it: stage and fields.
    case project(projectId: Int64)
    /// The project's milestones and what blocks their acceptance (punch to cash).
    case milestones(projectId: Int64)
    /// Customer temperatures: the temperature pane and the projects' temperature column.
    case temperatures
    /// Meetings: the calendar, meeting details, their notes and action items.
    case calendar

    /// What a change to punch items stales: the list, the open counts, the milestones they
    /// block, and the temperatures (punch health is a signal).
    public static func punchItems(of projectId: Int64) -> Set<DataArea> {
        [.punch(projectId: projectId), .projects, .milestones(projectId: projectId), .temperatures]
    }

    /// What a write to `record` of the project stales.
    public static func areas(_ record: RecordKind, projectId: Int64) -> Set<DataArea> {
        switch record {
        case .punchItem: return punchItems(of: projectId)
        // Only items name locations; a location alone is not shown anywhere else.
        case .location: return [.punch(projectId: projectId)]
        case .project: return [.projects, .project(projectId: projectId)]
        // Acceptance and payment feed the money signal of the temperature.
        case .milestone: return [.milestones(projectId: projectId), .temperatures]
        case .meeting, .attendee, .meetingNote, .actionItem: return [.calendar]
        }
    }
}
