/// Side-by-side lanes for one day's meetings in the week grid, so overlapping meetings stay
/// readable: each meeting gets the first lane free at its start, and every meeting of a group
/// that overlaps (directly or through others) shares that group's lane count.
struct DayLanes: Equatable {
    struct Placement: Equatable {
        /// The meeting's index in the day's list.
        var index: Int
        var lane: Int
        /// Lanes of the meeting's overlapping group: its column is split this many ways.
        var lanes: Int
    }

    var placements: [Placement]

    /// `spans` are (start, end) in minutes of the day, in the order of the day's list; a
    /// meeting of no length still takes a minute.
    init(_ spans: [(start: Int, end: Int)]) {
        let order = spans.indices.sorted { (spans[$0].start, $0) < (spans[$1].start, $1) }
        var placements: [Placement] = []
        var laneEnds: [Int] = []
        var group: [Int] = []  // indexes into `placements` of the current overlapping group
        var groupEnd = Int.min
        func closeGroup() {
            for i in group { placements[i].lanes = laneEnds.count }
            group = []
            laneEnds = []
            groupEnd = Int.min
        }
        for index in order {
            let start = spans[index].start, end = max(spans[index].end, start + 1)
            if start >= groupEnd { closeGroup() }
            let lane = laneEnds.firstIndex { $0 <= start } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(end) } else { laneEnds[lane] = end }
            group.append(placements.count)
            placements.append(Placement(index: index, lane: lane, lanes: 0))
            groupEnd = max(groupEnd, end)
        }
        closeGroup()
        self.placements = placements.sorted { $0.index < $1.index }
    }
}
