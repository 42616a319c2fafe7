import RapportModel

// The project side: punch items, location facts, assumptions, meetings.
extension DemoVocabulary {
    /// Punch titles by trade; `#` becomes a small number (mic 3, display 2).
    static func punchTitles(_ category: PunchCategory) -> [String] {
        switch category {
        case .audio:
            return ["Ceiling mic # picks up HVAC noise", "Echo canceller not converging on far end",
                    "Program audio 6 dB low in rear rows", "Wireless mic # drops out near podium",
                    "Speaker zone # buzzes at high volume", "Lectern gooseneck mic crackles",
                    "Feedback at podium when mic # is live", "Assistive listening transmitter not tested"]
        case .video:
            return ["HDMI handshake fails on lectern input", "Projector # image keystoned",
                    "Display # shows no signal after wake", "Confidence monitor flickers",
                    "Camera # preset 3 framed too tight", "Video wall tile # color mismatch",
                    "4K source scaled to 1080p on display #", "HDCP error on guest laptop input"]
        case .control:
            return ["Touch panel page flips slow", "Room off button leaves projector on",
                    "Volume slider jumps in steps of 10", "Scheduling panel # shows wrong room",
                    "Source button labels truncated", "Combine/divide macro fails on room #",
                    "Lighting presets not linked to touch panel", "Touch panel times out during lectures"]
        case .cabling:
            return ["Label rack patch panel", "Dress cables behind display #", "Replace damaged Cat6 to floor box #",
                    "Missing strain relief at rack rear", "Cable test reports for drops # missing",
                    "Service loop too short at ceiling speaker #"]
        case .network:
            return ["AV VLAN missing DHCP reservations", "Dante clock leader not elected",
                    "Codec # not registered to cloud", "Multicast flooding on core switch",
                    "Control processor on wrong subnet", "Firmware on switch # out of date"]
        case .electrical:
            return ["Dedicated circuit for rack not labeled", "Floor box # has no power",
                    "UPS in rack has no network card", "Ground loop hum on amp #", "Power sequencer order wrong"]
        case .physicalInstall:
            return ["Display # mount not level", "Ceiling tile cracked above speaker #", "Rack door rubs on carpet",
                    "Lectern cable grommet missing", "Camera # bracket visible from audience",
                    "Patch holes around old projector mount"]
        case .documentation:
            return ["As-built drawings not updated", "Submit O&M manuals", "Touch panel quick guide missing",
                    "IP address schedule out of date", "Warranty letters not delivered",
                    "Programming files not archived"]
        case .other:
            return ["Owner training not scheduled", "Remove spare equipment boxes from storage",
                    "Clean fingerprints off display #", "Furniture blocks access to floor box #"]
        }
    }

    /// How often each trade shows up on a punch list, in `PunchCategory.allCases` order.
    static let categoryWeights: [Double] = [18, 18, 16, 12, 8, 5, 12, 7, 4]

    static let punchDetails = [
        "Found during the walkthrough with facilities.", "Customer raised it at the weekly meeting.",
        "Reproduces about one time in three.", "Needs a lift; schedule after hours.",
        "Waiting on a replacement part from the distributor.", "Photo attached in the site folder.",
        "Only happens when the room is combined.", "End users noticed it during a live event.",
        "Sub to confirm before we close it.", "Check again after the firmware update.",
    ]

    static let ballInCourt = ["us", "us", "us", "customer", "sub"]

    static let rejectionNotes = ["Still happens on the second try", "Not fixed in room B",
                                 "Customer wants it re-tested with the far end"]

    /// Facts about a room: (key, possible values).
    static let facts: [(key: String, values: [String])] = [
        ("wall", ["5/8 in drywall on steel studs", "concrete block", "glass, no fixings", "wood paneling"]),
        ("mount height", ["60 in to center", "54 in to bottom edge", "72 in to center", "flush with ceiling"]),
        ("camera", ["PTZ above display", "soundbar camera", "two PTZ, rear wall and front", "none"]),
        ("VLAN", ["120 (AV control)", "130 (Dante)", "140 (codecs)", "shared corporate VLAN"]),
        ("ceiling", ["2x2 acoustic tile at 9 ft", "open ceiling at 14 ft", "hard lid at 10 ft"]),
        ("power", ["2 duplex behind display", "floor box with 4 outlets", "dedicated 20 A circuit at rack"]),
    ]

    static let assumptions = [
        "Customer provides network drops to each room before rough-in",
        "Existing ceiling grid can carry the speaker load",
        "Owner-furnished displays arrive before install week",
        "IT opens the firewall for the cloud codec service",
        "Rooms are free of furniture during install",
        "Electrical contractor adds the dedicated rack circuit",
        "Teams Rooms licenses are purchased by the customer",
        "After-hours access is available for ceiling work",
        "Lectern millwork is delivered with the grommets cut",
        "Existing projector screens stay in place",
    ]

    static let meetingAgendas = [
        "1. Punch list review\n2. Schedule look-ahead\n3. Open RFIs\n4. Action items",
        "1. Safety\n2. Progress by room\n3. Deliveries\n4. Customer questions",
        "1. Open items\n2. Acceptance plan\n3. Training dates",
    ]

    static let actionItems = [
        "Send the revised rack elevation to IT",
        "Confirm the training dates with facilities",
        "Get the ceiling access key for the board room",
        "Ask the customer for the VLAN numbers",
        "Reorder the missing wall plate",
    ]

    static let meetingMinutes = [
        "Punch down to the last few items; customer to confirm training dates.",
        "Display delivery slipped a week; crew moves to cabling meanwhile.",
        "IT approved the VLAN changes; codec registration next.",
        "",
    ]

    /// Extra recurring meetings beyond the weekly project meeting: title suffix, RRULE (on the
    /// start's weekday or day of month unless it says otherwise) and length in minutes.
    static let extraSeries: [(title: String, rrule: String, minutes: Int)] = [
        ("commissioning stand-up", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10", 15),
        ("design review", "FREQ=WEEKLY;INTERVAL=2", 60),
        ("steering committee", "FREQ=MONTHLY", 60),
        ("owner training", "FREQ=WEEKLY;COUNT=3", 90),
    ]

    static let meetingPlaces = ["Teams", "Zoom", "Site trailer", "Board Room", "Conference Room 2"]
    static let reviewPlaces = ["Teams", "Board Room", "Our showroom"]
}
