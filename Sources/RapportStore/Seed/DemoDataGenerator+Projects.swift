import Foundation
import RapportModel

// Projects and the rooms they are built in.
extension DemoDataGenerator {
    /// How often each stage occurs, in `ProjectStage.allCases` order, after the first project of
    /// each stage (placed in order so every stage shows up even in the small set).
    static let stageWeights: [Double] = [6, 8, 8, 14, 10, 16, 10, 12, 16]

    func makeProjects(_ ins: Inserter, _ clock: Clock, customers: inout [SeedCustomer]) throws -> [SeedProject] {
        var rng = generator(.projects)
        let stages = ProjectStage.allCases
        var projects: [SeedProject] = []
        projects.reserveCapacity(size.counts.projects)
        for j in 0..<size.counts.projects {
            // Every customer gets a project first; the rest favour customers that are growing.
            let c = j < customers.count ? j : pickCustomer(customers, &rng)
            let customer = customers[c]
            let stage = j < stages.count ? stages[j] : stages[rng.weightedIndex(Self.stageWeights)]
            let age = 20 + 45 * stages.firstIndex(of: stage)! + rng.int(-15...30)
            let signedOn = clock.day(-age)
            let targetOn = signedOn.adding(days: rng.int(90...300))
            let concerns = rng.sample(DemoVocabulary.concerns, count: rng.int(1...2)).joined(separator: ", ")
            let name = rng.pick(DemoVocabulary.projectNames(customer.sector))
            let project = try ins.insert(Project(
                customerId: customer.id, code: Self.projectCode(customer.name, number: j + 1), name: name,
                stage: stage, contractCents: Int64(rng.int(250...12_000)) * 10_000, signedOn: signedOn,
                targetOn: targetOn, pm: rng.pick(DemoVocabulary.projectManagers),
                salesRep: rng.chance(0.9) ? customer.salesRep : rng.pick(DemoVocabulary.salesReps),
                concerns: concerns,
                scope: "\(name): design, supply, install and commission; management cares most about \(concerns)."))
            customers[c].projectIndexes.append(projects.count)
            projects.append(SeedProject(
                id: project.id!, customerIndex: c, sector: customer.sector, code: project.code, name: name,
                stage: stage, contractCents: project.contractCents, pm: project.pm, signedOn: signedOn,
                targetOn: targetOn))
        }
        return projects
    }

    private func pickCustomer(_ customers: [SeedCustomer], _ rng: inout SeededGenerator) -> Int {
        // Rejection sampling: a happy customer (mood above 0.3) is always kept, others half the time.
        while true {
            let c = rng.below(customers.count)
            if customers[c].mood > 0.3 || rng.chance(0.5) { return c }
        }
    }

    /// Initials of the customer's name and a running number: "Northbrook Heritage Museum" → "NHM-0012".
    /// The number is unique across the data set, so codes never collide.
    static func projectCode(_ customerName: String, number: Int) -> String {
        let skip: Set<String> = ["of", "&", "LLP", "City", "Partners"]
        let words = customerName.split(whereSeparator: { $0 == " " || $0 == "," })
            .filter { !skip.contains(String($0)) }
        var letters = String(words.prefix(3).compactMap(\.first)).uppercased()
        if letters.count < 3, let first = words.first {
            letters += first.dropFirst().prefix(3 - letters.count).uppercased()
        }
        return letters + "-" + pad4(number)
    }

    /// A few rooms per project as "Site / Floor / Room" paths, some with facts about them.
    func makeLocations(_ bulk: BulkInserter, projects: inout [SeedProject]) throws {
        var rng = generator(.locations)
        for p in projects.indices {
            let sites = rng.sample(DemoVocabulary.sites(projects[p].sector), count: rng.int(1...2))
            let rooms = DemoVocabulary.rooms(projects[p].sector)
            var paths = Set<String>()
            for _ in 0..<rng.int(size.counts.locationsPerProject) {
                let floor = rng.int(1...12)
                let level = projects[p].sector == .education || projects[p].sector == .venue ? "Level" : "Floor"
                let room = Self.fill(rng.pick(rooms), floor * 100 + rng.int(1...30))
                let path = "\(rng.pick(sites)) / \(level) \(floor) / \(room)"
                guard paths.insert(path).inserted else { continue }
                let id = try bulk.insert(Location(projectId: projects[p].id, path: path))
                projects[p].locations.append((id, path))
                guard rng.chance(0.3) else { continue }
                for fact in rng.sample(DemoVocabulary.facts, count: rng.int(1...3)) {
                    try bulk.insert(LocationFact(locationId: id, key: fact.key, value: rng.pick(fact.values),
                                                 verified: rng.chance(0.6)))
                }
            }
        }
    }
}
