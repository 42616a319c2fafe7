import Foundation
import RapportModel

// The punch list: items numbered per project, their statuses, and the history behind them.
extension DemoDataGenerator {
    /// Relative punch list length by stage, in `ProjectStage.allCases` order: nothing before
    /// rough-in, the longest lists in punch and acceptance.
    static let punchWeights: [Double] = [0, 0, 0.3, 1, 1.3, 2, 1.5, 0.6, 0.8]

    /// Status mix by stage (open, in progress, ready, closed, void), in `PunchStatus.allCases` order.
    static func statusWeights(_ stage: ProjectStage) -> [Double] {
        switch stage {
        case .sold, .design, .roughIn, .install: return [60, 30, 5, 5, 0]
        case .commission: return [45, 30, 10, 13, 2]
        case .punch: return [35, 20, 15, 27, 3]
        case .acceptance: return [15, 10, 15, 55, 5]
        case .warranty: return [4, 2, 2, 87, 5]
        case .closed: return [0, 0, 0, 95, 5]
        }
    }

    func makePunchList(_ bulk: BulkInserter, _ clock: Clock, projects: [SeedProject],
                       customers: [SeedCustomer]) throws {
        var rng = generator(.punch)
        let lengths = punchLengths(projects, &rng)
        let categories = PunchCategory.allCases
        for (p, project) in projects.enumerated() where lengths[p] > 0 {
            let people = customers[project.customerIndex].activeContacts.map(\.name)
            let late = project.stage == .warranty || project.stage == .closed
            // Some customers dispute one item near acceptance: rejected twice and still open.
            var disputePending = customers[project.customerIndex].hasDisputedItem
                && (project.stage == .punch || project.stage == .acceptance)
            for number in 1...lengths[p] {
                let category = categories[rng.weightedIndex(DemoVocabulary.categoryWeights)]
                let status = PunchStatus.allCases[rng.weightedIndex(Self.statusWeights(project.stage))]
                let priority = Priority.allCases[rng.weightedIndex([15, 50, 35])]
                let createdAgo = (late ? rng.int(60...400) : rng.int(1...90)) * 86_400 + rng.int(0...86_399)
                let createdAt = clock.ago(seconds: createdAgo)
                let updatedAt = clock.ago(seconds: createdAgo - rng.int(0...createdAgo))
                // Items rejected once are common; twice, outside a dispute, only among the closed.
                var rejections = status != .void && rng.chance(0.08) ? 1 : 0
                if status == .closed, rejections == 1, rng.chance(0.1) { rejections = 2 }
                if disputePending, status.isOpen {
                    rejections = 2
                    disputePending = false
                }
                let dueOn: LocalDate?
                if rng.chance(0.1) {
                    dueOn = nil
                } else if status.isOpen {
                    dueOn = clock.day(rng.int(-21...35))  // about a third overdue
                } else {
                    dueOn = clock.day(-createdAgo / 86_400 + rng.int(7...30))
                }
                let assignee = rng.chance(0.9) ? rng.pick(DemoVocabulary.technicians) : ""
                let item = PunchItem(
                    projectId: project.id, number: number,
                    title: Self.fill(rng.pick(DemoVocabulary.punchTitles(category)), rng.int(1...12)),
                    detail: rng.chance(0.7) ? rng.pick(DemoVocabulary.punchDetails) : "",
                    locationId: project.locations.isEmpty || rng.chance(0.1) ? nil : rng.pick(project.locations).id,
                    category: category, priority: priority, status: status,
                    ballInCourt: rng.pick(DemoVocabulary.ballInCourt), assignee: assignee, dueOn: dueOn,
                    blocksAcceptance: priority == .p1 || (priority == .p2 && rng.chance(0.3)),
                    source: PunchItem.Source.allCases[rng.weightedIndex([60, 25, 15])], rejections: rejections,
                    acceptedBy: status == .closed ? (people.isEmpty ? project.pm : rng.pick(people)) : nil,
                    createdAt: createdAt, updatedAt: updatedAt)
                let id = try bulk.insert(item)
                let reviewer = item.acceptedBy ?? (people.isEmpty ? project.pm : rng.pick(people))
                try makeHistory(bulk, of: item, id: id, worker: assignee.isEmpty ? project.pm : assignee,
                                reviewer: reviewer, &rng)
            }
        }
    }

    /// Splits the data set's punch items over the projects by stage weight: exact total, and
    /// the same split for the same seed.
    private func punchLengths(_ projects: [SeedProject], _ rng: inout SeededGenerator) -> [Int] {
        let stages = ProjectStage.allCases
        let weights = projects.map { Self.punchWeights[stages.firstIndex(of: $0.stage)!] * rng.double(0.5...1.5) }
        let total = size.counts.punchItems, sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var lengths = weights.map { Int(Double(total) * $0 / sum) }
        for _ in 0..<(total - lengths.reduce(0, +)) { lengths[rng.weightedIndex(weights)] += 1 }
        return lengths
    }

    /// The status changes that brought an item where it is, rejections included, spread
    /// between its creation and its last update.
    private func makeHistory(_ bulk: BulkInserter, of item: PunchItem, id: Int64, worker: String,
                             reviewer: String, _ rng: inout SeededGenerator) throws {
        var steps: [(from: PunchStatus, to: PunchStatus, note: String)] = []
        for _ in 0..<item.rejections {
            steps += [(.open, .inProgress, ""), (.inProgress, .readyForReview, ""),
                      (.readyForReview, .open, rng.pick(DemoVocabulary.rejectionNotes))]
        }
        switch item.status {
        case .open: break
        case .inProgress: steps.append((.open, .inProgress, ""))
        case .readyForReview: steps += [(.open, .inProgress, ""), (.inProgress, .readyForReview, "")]
        case .closed:
            steps += [(.open, .inProgress, ""), (.inProgress, .readyForReview, ""), (.readyForReview, .closed, "")]
        case .void: steps.append((.open, .void, "Duplicate of another item"))
        case .disputed: steps.append((.open, .disputed, "customer: not in our scope"))
        }
        guard !steps.isEmpty else { return }
        let start = Int(item.createdAt.timeIntervalSince1970), span = Int(item.updatedAt.timeIntervalSince1970) - start
        for (k, step) in steps.enumerated() {
            let at = Date(timeIntervalSince1970: TimeInterval(start + span * (k + 1) / steps.count))
            // The customer's reviewer closes or rejects a ready item; our people do the rest.
            let who = step.from == .readyForReview ? reviewer : worker
            try bulk.insert(PunchEvent(punchItemId: id, at: at, who: who, field: "status",
                                       fromValue: step.from.rawValue, toValue: step.to.rawValue, note: step.note))
        }
    }
}
