import Foundation
import RapportModel

// Customers and the people who work there.
extension DemoDataGenerator {
    func makeCustomers(_ ins: Inserter, _ clock: Clock) throws -> [SeedCustomer] {
        var rng = generator(.customers)
        let names = customerNames(size.counts.customers, &rng)
        var customers: [SeedCustomer] = []
        customers.reserveCapacity(names.count)
        for (index, firm) in names.enumerated() {
            // The first three are in Chicago, New York and London, so every set spans zones.
            let pick = index < 3 ? [0, 2, 5][index] : rng.weightedIndex([14, 6, 14, 6, 8, 4, 4, 6])
            let region = DemoVocabulary.regions[pick]
            var regions = region.name
            if rng.chance(0.15) { regions += ", " + rng.pick(DemoVocabulary.regions).name }
            let trajectory = Customer.Trajectory.allCases[rng.weightedIndex([3, 5, 2])]
            let baseMood: Double = trajectory == .expanding ? 0.35 : (trajectory == .stable ? 0.1 : -0.25)
            let customer = try ins.insert(Customer(name: firm.name, domains: firm.domain, regions: regions,
                                                   trajectory: trajectory))
            customers.append(SeedCustomer(
                id: customer.id!, index: index, name: firm.name, sector: firm.sector, domain: firm.domain,
                tzid: region.tzid, salesRep: rng.pick(DemoVocabulary.salesReps),
                mood: baseMood + rng.double(-0.3...0.3)))
        }
        var contactRng = generator(.contacts)
        for i in customers.indices {
            customers[i].contacts = try makeContacts(ins, clock, for: customers[i], &contactRng)
        }
        return customers
    }

    /// Unique names, taking the sectors in turn so even a dozen customers are a mix of
    /// universities, hospitals, law firms, companies, public bodies and venues.
    private func customerNames(_ count: Int, _ rng: inout SeededGenerator)
        -> [(name: String, sector: DemoVocabulary.Sector, domain: String)] {
        let sectors = DemoVocabulary.Sector.allCases
        var pools: [[(name: String, domain: String)]] = sectors.map { sector in
            var pool: [(name: String, domain: String)] = []
            if sector == .legal {
                for a in DemoVocabulary.surnames {
                    for b in DemoVocabulary.surnames where a != b {
                        let patterns = DemoVocabulary.lawPatterns
                        let name = patterns[(a.count + b.count) % patterns.count]
                            .replacingOccurrences(of: "@", with: a).replacingOccurrences(of: "%", with: b)
                        pool.append((name, Self.slug(a + b) + ".com"))
                    }
                }
            } else {
                for pattern in DemoVocabulary.firmPatterns where pattern.sector == sector {
                    for place in DemoVocabulary.places {
                        let name = pattern.pattern.replacingOccurrences(of: "@", with: place)
                        pool.append((name, Self.slug(name) + "." + pattern.tld))
                    }
                }
            }
            return pool
        }
        for i in pools.indices { rng.shuffle(&pools[i]) }
        var result: [(name: String, sector: DemoVocabulary.Sector, domain: String)] = []
        var next = Array(repeating: 0, count: sectors.count)
        var turn = 0, round = 1
        while result.count < count {
            let s = turn % sectors.count
            turn += 1
            if next[s] < pools[s].count {
                let firm = pools[s][next[s]]
                result.append((firm.name, sectors[s], firm.domain))
                next[s] += 1
            } else if zip(next, pools).allSatisfy({ $0 >= $1.count }) {
                // Every name used: start again with a numbered branch ("… 2"), still unique.
                round += 1
                next = Array(repeating: 0, count: sectors.count)
                pools = pools.map { $0.map { ("\($0.name) \(round)", $0.domain) } }
            }
        }
        return result
    }

    /// The people at a customer: a signer, a champion, a final approver, a gatekeeper, users;
    /// in some customers the champion has left, with or without someone taking over.
    private func makeContacts(_ ins: Inserter, _ clock: Clock, for customer: SeedCustomer,
                              _ rng: inout SeededGenerator) throws -> [SeedContact] {
        let count = rng.int(size.counts.contactsPerCustomer)
        var roles: [Contact.Role] = [.signer, .champion, .finalApprover, .gatekeeper]
        if customer.championLeftAlone { roles[1] = .user }
        let departments: [Contact.Role: [Contact.Department]] = [
            .signer: [.executive], .champion: [.av, .facilities, .itNetwork],
            .finalApprover: [.executive, .procurement], .gatekeeper: [.procurement, .itNetwork, .endUser],
            .user: [.endUser, .facilities, .itNetwork, .av],
        ]
        var used = Set<String>()
        func person() -> (name: String, email: String) {
            while true {
                let first = rng.pick(DemoVocabulary.firstNames), last = rng.pick(DemoVocabulary.surnames)
                let name = "\(first) \(last)"
                if used.insert(name).inserted {
                    return (name, "\(first.lowercased()).\(last.lowercased())@\(customer.domain)")
                }
            }
        }
        let uk = customer.tzid == "Europe/London"
        func phone() -> String {
            uk ? "+44 20 7946 0\(rng.int(100...999))" : "+1 \(rng.int(201...989)) 555 01\(rng.int(10...99))"
        }

        var contacts: [SeedContact] = []
        for slot in 0..<count {
            let role = slot < roles.count ? roles[slot] : .user
            let department = rng.pick(departments[role]!)
            let who = person()
            let influence: Int
            switch role {
            case .signer, .finalApprover: influence = 5
            case .champion: influence = 4
            case .gatekeeper: influence = 3
            case .user: influence = rng.int(1...3)
            }
            let contact = try ins.insert(Contact(
                customerId: customer.id, name: who.name, emails: who.email, phone: phone(),
                title: rng.pick(DemoVocabulary.titles(department)), department: department, role: role,
                influence: influence))
            contacts.append(SeedContact(id: contact.id!, name: who.name, email: who.email, role: role, leftOn: nil))
        }

        if customer.championLeftWithSuccessor || customer.championLeftAlone {
            // Inserted after the others, so the successor (the current champion) already has an id.
            let who = person()
            let successor = customer.championLeftWithSuccessor ? contacts.first { $0.role == .champion } : nil
            let department = rng.pick(departments[.champion]!)
            let leftOn = clock.day(-rng.int(20...200))
            let contact = try ins.insert(Contact(
                customerId: customer.id, name: who.name, emails: who.email, phone: phone(),
                title: rng.pick(DemoVocabulary.titles(department)), department: department, role: .champion,
                influence: 4, leftOn: leftOn, successorId: successor?.id))
            contacts.append(SeedContact(id: contact.id!, name: who.name, email: who.email, role: .champion,
                                        leftOn: leftOn))
        }
        return contacts
    }

    /// Lower-case letters and digits only: "Harbor View Medical Center" → "harborviewmedicalcenter".
    static func slug(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            .map(Character.init))
    }
}
