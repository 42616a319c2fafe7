import RapportModel

/// Capture from the project view (a note or intel about the project) and the meeting view
/// (intel learned in the meeting, which is its source).
extension ProjectDetailRoute {
    static let captureCommands: [Command] = [.logProjectNote, .captureProjectIntel]
}

extension MeetingDetailRoute {
    static let captureCommands: [Command] = [.captureMeetingIntel, .logMeetingNote]
}

extension Command {
    static let logProjectNote = Command("log-project-note", "Log a call, site visit or note on this project (tone shows as you type)",
                                        group: .capture, keys: [.char("l")], scope: .view(.projectDetail)) { state, _ in
        guard let project = state.route(ProjectDetailRoute.self)?.detail.project, let id = project.id else { return [] }
        return [.loadFormData(.capture(.note(customerId: project.customerId, projectId: id, contactId: nil)))]
    }
    static let captureProjectIntel = Command("capture-project-intel", "Capture intel learned on this project (I is invoice here)",
                                             group: .capture, keys: [.char("K")], scope: .view(.projectDetail)) { state, _ in
        guard let project = state.route(ProjectDetailRoute.self)?.detail.project, let id = project.id else { return [] }
        return [.loadFormData(.capture(.intel(customerId: project.customerId, projectId: id, meetingId: nil, meetingTitle: nil)))]
    }
    static let captureMeetingIntel = Command("capture-meeting-intel", "Capture intel learned in this meeting (the meeting is its source)",
                                             group: .capture, keys: [.char("I")], scope: .view(.meeting)) { state, _ in
        guard let route = state.route(MeetingDetailRoute.self) else { return [] }
        let meeting = route.detail?.meeting, id = route.entry.meetingId
        guard meeting?.customerId != nil || meeting?.projectId != nil else {
            return Dispatcher.refuse(&state, "This meeting names no customer or project to file intel under")
        }
        return [.loadFormData(.capture(.intel(customerId: meeting?.customerId, projectId: meeting?.projectId, meetingId: id,
                                              meetingTitle: meeting?.title)))]
    }
    static let logMeetingNote = Command("log-meeting-note", "Log a note on this meeting's customer (tone shows as you type)",
                                        group: .capture, keys: [.char("l")], scope: .view(.meeting)) { state, _ in
        guard let meeting = state.route(MeetingDetailRoute.self)?.detail?.meeting, let customerId = meeting.customerId else {
            return Dispatcher.refuse(&state, "This meeting names no customer (log the note from its project: i then l)")
        }
        return [.loadFormData(.capture(.note(customerId: customerId, projectId: meeting.projectId, contactId: nil)))]
    }
}
