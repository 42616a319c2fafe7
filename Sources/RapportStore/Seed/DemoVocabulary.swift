import RapportModel

/// Words the demo data is made of: firms, people, places. Written for AV integration, so a
/// screenshot of the demo reads like a real integrator's day.
///
/// Lists only; every choice among them is made by `DemoDataGenerator` with its seeded generator.
enum DemoVocabulary {
    /// The kind of organisation a customer is; it picks the e-mail domain, buildings and projects.
    enum Sector: CaseIterable {
        case education, healthcare, legal, corporate, government, venue
    }

    /// A customer name pattern: `@` stands for a place name.
    struct FirmPattern {
        var pattern: String
        var sector: Sector
        var tld: String
    }

    static let firmPatterns: [FirmPattern] = [
        .init(pattern: "@ University", sector: .education, tld: "edu"),
        .init(pattern: "University of @", sector: .education, tld: "edu"),
        .init(pattern: "@ Community College", sector: .education, tld: "edu"),
        .init(pattern: "@ School District", sector: .education, tld: "org"),
        .init(pattern: "@ Medical Center", sector: .healthcare, tld: "org"),
        .init(pattern: "@ Regional Hospital", sector: .healthcare, tld: "org"),
        .init(pattern: "@ Health System", sector: .healthcare, tld: "org"),
        .init(pattern: "@ Capital Partners", sector: .corporate, tld: "com"),
        .init(pattern: "@ Financial Group", sector: .corporate, tld: "com"),
        .init(pattern: "@ Energy", sector: .corporate, tld: "com"),
        .init(pattern: "@ Logistics", sector: .corporate, tld: "com"),
        .init(pattern: "@ Biosciences", sector: .corporate, tld: "com"),
        .init(pattern: "@ County Courthouse", sector: .government, tld: "gov"),
        .init(pattern: "City of @", sector: .government, tld: "gov"),
        .init(pattern: "@ Heritage Museum", sector: .venue, tld: "org"),
        .init(pattern: "@ Convention Center", sector: .venue, tld: "com"),
        .init(pattern: "@ Performing Arts Center", sector: .venue, tld: "org"),
    ]

    static let places = [
        "Northbrook", "Harbor View", "Lakeshore", "Cedar Ridge", "Westfield", "Pinecrest", "Riverside",
        "Maple Grove", "Stonebridge", "Fairhaven", "Oak Hollow", "Brookline", "Summit", "Clearwater",
        "Granite Falls", "Willow Creek", "Eastgate", "Silver Lake", "Highland Park", "Bayside",
        "Kingsport", "Ashford", "Millbrook", "Redwood", "Glenview", "Marston", "Prairie", "Ironwood",
        "Bellmont", "Crescent", "Hawthorne", "Juniper", "Lindenwood", "Meadowbrook", "Norwood",
        "Oakmont", "Parkside", "Queensbury", "Ravenna", "Sherwood", "Thornbury", "Union Point",
        "Valley Forge", "Windham", "Yorkshire", "Alder", "Birchwood", "Copperfield", "Dunmore",
        "Elmhurst", "Foxborough", "Greystone", "Hillcrest", "Ivy Bend", "Kensington", "Larkspur",
        "Mayfair", "Newhaven", "Orchard Hill", "Pembroke", "Quarry Lake", "Rosedale", "Saltmarsh",
        "Tamarack", "Upland", "Vista Verde", "Whitmore", "Amberly", "Blue Harbor", "Caldwell",
    ]

    /// Surnames for law firm names ("Hale & Whitcombe LLP") and for people.
    static let surnames = [
        "Hale", "Whitcombe", "Okafor", "Lindqvist", "Marlowe", "Brennan", "Castellano", "Delacroix",
        "Fitzgerald", "Gallagher", "Hargrove", "Iverson", "Jablonski", "Kowalski", "Lombardi",
        "McAllister", "Nakamura", "Oyelaran", "Pendergast", "Quinlan", "Rosenthal", "Sandoval",
        "Thibodeaux", "Underwood", "Vasquez", "Wexler", "Yamamoto", "Zielinski", "Abernathy",
        "Bergstrom", "Chaudhry", "Donnelly", "Esposito", "Friedman", "Gutierrez", "Hoffmann",
    ]

    /// Law firm names: `@` and `%` stand for two surnames.
    static let lawPatterns = ["@ & % LLP", "@ % LLP", "@, % & Partners"]

    static let firstNames = [
        "Alicia", "Brian", "Carmen", "Darnell", "Elena", "Frank", "Grace", "Hiroshi", "Imani", "Jonah",
        "Keisha", "Liam", "Monica", "Nathan", "Olivia", "Pedro", "Rachel", "Samuel", "Tanya", "Victor",
        "Wendy", "Xavier", "Yolanda", "Zach", "Bernadette", "Colin", "Deepa", "Emeka", "Fiona", "Gustavo",
    ]

    /// Our own people: project managers, sales reps and field technicians.
    static let projectManagers = ["Dana Whitfield", "Luis Ortega", "Hannah Cho", "Greg Baptiste",
                                  "Nadia Petrov", "Tom Reilly", "Sofia Marchetti", "Kevin Adeyemi"]
    static let salesReps = ["Erin Castillo", "Mark Feldman", "Jasmine Wright", "Ravi Menon",
                            "Claire Dubois", "Ben Harlow"]
    static let technicians = ["Marco", "Priya", "Dev", "Lena", "Tomás", "Aisha", "Jake", "Mei",
                              "Owen", "Rosa", "Sam", "Kwame", "Ines", "Raj"]
    static let ourDomain = "brightline-av.example"

    /// Where the customer is, with the zone its meetings are held in.
    static let regions: [(name: String, tzid: String)] = [
        ("Midwest", "America/Chicago"), ("Texas", "America/Chicago"), ("Northeast", "America/New_York"),
        ("Southeast", "America/New_York"), ("Mid-Atlantic", "America/New_York"), ("UK", "Europe/London"),
        ("Mountain", "America/Denver"), ("West Coast", "America/Los_Angeles"),
    ]

    static func titles(_ department: Contact.Department) -> [String] {
        switch department {
        case .executive: return ["Chief Operating Officer", "CFO", "VP of Operations", "Managing Partner",
                                 "Provost", "Chief Administrative Officer"]
        case .itNetwork: return ["Director of IT", "Network Engineer", "IT Manager", "Infrastructure Lead"]
        case .facilities: return ["Facilities Director", "Facilities Manager", "Building Engineer",
                                  "Project Manager, Facilities"]
        case .endUser: return ["Executive Assistant", "Department Chair", "Events Coordinator", "Office Manager"]
        case .finance: return ["Controller", "Accounts Payable Manager", "Finance Director"]
        case .procurement: return ["Purchasing Manager", "Senior Buyer", "Contracts Administrator"]
        case .av: return ["AV Manager", "Media Services Lead", "AV Technician", "AV Systems Engineer"]
        }
    }

    static let concerns = ["speed", "look and feel", "budget", "reliability", "ease of use", "security",
                           "minimal disruption"]

    /// Buildings by sector, the first part of a location path.
    static func sites(_ sector: Sector) -> [String] {
        switch sector {
        case .education: return ["Science Hall", "Library", "Student Union", "Engineering Building", "Business School"]
        case .healthcare: return ["Main Hospital", "Cancer Center", "Outpatient Pavilion", "Education Building"]
        case .legal: return ["HQ", "Downtown Office", "Tower One"]
        case .corporate: return ["HQ", "North Tower", "Innovation Center", "Operations Center"]
        case .government: return ["City Hall", "Courthouse Annex", "Public Safety Building"]
        case .venue: return ["Main Hall", "East Wing", "Exhibit Hall", "Ballroom Level"]
        }
    }

    static func rooms(_ sector: Sector) -> [String] {
        let common = ["Board Room", "Training Room", "Huddle #", "Conference Room #", "Lobby", "AV Rack Room",
                      "Executive Office", "Town Hall"]
        switch sector {
        case .education: return common + ["Lecture Hall #", "Classroom #", "Active Learning Lab", "Auditorium"]
        case .healthcare: return common + ["OR #", "Sim Lab", "Tumor Board Room", "Telehealth Suite #"]
        case .legal: return common + ["Mock Courtroom", "Deposition Room #", "Client Lounge"]
        case .corporate: return common + ["Briefing Center", "NOC", "Podcast Studio", "Divisible Room #"]
        case .government: return common + ["Council Chamber", "Courtroom #", "EOC", "Press Room"]
        case .venue: return common + ["Ballroom #", "Gallery #", "Theater", "Green Room"]
        }
    }

    static func projectNames(_ sector: Sector) -> [String] {
        let common = ["Boardroom refresh", "Huddle room rollout", "Town hall streaming", "Training room upgrade",
                      "Digital signage network", "Video wall in lobby", "Teams Rooms standard"]
        switch sector {
        case .education: return common + ["Lecture hall AV", "Classroom standards upgrade", "Hybrid classroom pilot",
                                           "Auditorium sound reinforcement"]
        case .healthcare: return common + ["Operating room video integration", "Simulation lab AV", "Telehealth carts",
                                           "Tumor board conferencing"]
        case .legal: return common + ["Courtroom evidence presentation", "Deposition suite", "Client floor AV"]
        case .corporate: return common + ["Executive briefing center", "NOC video wall", "Podcast studio build",
                                          "Divisible conference center"]
        case .government: return common + ["Council chamber broadcast", "Courtroom AV upgrade", "EOC video wall"]
        case .venue: return common + ["Divisible ballroom audio", "Gallery interactive displays",
                                      "Theater sound upgrade"]
        }
    }
}
