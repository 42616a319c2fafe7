import RapportModel

/// The meeting view's last section: the intel captured in it (`I`), ⚑ where it is due for review.
struct MeetingIntelLines {
    let intel: [IntelRow]?

    func lines() -> [TextBox.Line] {
        guard let intel else { return [] }
        var lines = [TextBox.Line(""), TextBox.Line("Intel from this meeting (\(intel.count))", .header)]
        for row in intel { lines.append(TextBox.Line("  " + CustomerCaptureLines.intelText(row), row.isDue ? .urgent : .overlay)) }
        if intel.isEmpty { lines.append(TextBox.Line("  none yet: I captures what was learned here", .dim)) }
        return lines
    }
}

extension MeetingDetailRoute {
    /// A capture write stales the intel of the meeting's customer.
    func intelReload(_ state: AppState, after areas: Set<DataArea>) -> [Effect] {
        let customer = areas.contains { if case .customer = $0 { return true } else { return false } }
        return customer ? [.loadMeetingIntel(meetingId: entry.meetingId, today: state.today)] : []
    }

    static func intelLoaded(_ state: inout AppState, meetingId: Int64, _ rows: [IntelRow]) {
        state.updateRoutes(MeetingDetailRoute.self) { route in
            if route.entry.meetingId == meetingId { route.intel = rows }
        }
    }
}
