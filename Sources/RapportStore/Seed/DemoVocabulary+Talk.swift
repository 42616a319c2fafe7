import RapportModel

// The sales side: what customers say, what we learn, what we might sell next.
extension DemoVocabulary {
    /// Subjects and bodies by tone, so the words match the stored sentiment; `#` is a room number.
    static let positiveSubjects = [
        "Thanks, the board room looks great", "Great job on the town hall stream",
        "Faculty love the new lecture hall", "Training session was really helpful",
        "Ready to talk about phase 2", "Smooth install this week",
    ]
    static let positiveBodies = [
        "Really appreciate the team's work. Everything went smoothly and people are happy with the rooms.",
        "The stream worked perfectly and leadership noticed. Thank you all!",
        "Your crew was professional and tidy. We would love to do the next floor with you.",
    ]
    static let neutralSubjects = [
        "Schedule for next week's install", "Question about rack location", "Updated drawings attached",
        "Meeting notes", "Access badges for the crew", "Change order #", "Invoice #",
    ]
    static let neutralBodies = [
        "Please see attached and let me know if anything changes.",
        "Can you confirm the crew size and the hours for Thursday?",
        "Forwarding the revised floor plan from the architect.",
    ]
    static let negativeSubjects = [
        "Display in room # still not working", "Disappointed with the schedule slip",
        "Mic problems again during the all-hands", "Why is the invoice higher than the quote?",
        "Crew left the site a mess", "Touch panel keeps freezing",
    ]
    static let negativeBodies = [
        "This is the third time the system failed in front of our executives. We are frustrated and need a fix.",
        "The schedule slipped again and nobody told us. This is not acceptable.",
        "We were promised this would be resolved last week. Please call me.",
    ]
    static let escalationSubjects = [
        "URGENT: board meeting tomorrow and the room is down", "Escalation: town hall audio failed",
        "Need a call TODAY about the delays",
    ]
    static let escalationBodies = [
        "The room is DOWN again and the CEO presents tomorrow morning! I need someone on site first thing.",
        "Audio failed for 400 remote staff during the town hall. This is a serious problem. Call me today.",
    ]

    /// What we send: replies, updates, invoices; our tone is not scored.
    static let outboundSubjects = [
        "Punch list update", "Schedule for next week", "Invoice #", "Training dates", "Revised proposal",
        "Change order # for approval", "As-built drawings", "Site access for Thursday",
    ]
    static let outboundBodies = [
        "Attached is the current punch list; items in bold need your walkthrough.",
        "Confirming the crew arrives at 7:00 on Thursday; we will need the loading dock.",
        "Please find the invoice attached. Let me know if you have any questions.",
    ]

    static let replyBodies = [
        "Thanks for letting us know. We are on it and will follow up by end of day.",
        "Understood. I have asked the PM to call you this afternoon.",
    ]
    static let meetingSubjects = ["Meeting: weekly coordination", "Meeting: punch walk review",
                                  "Meeting: acceptance plan", "Meeting: budget check-in"]

    /// Notes on calls, meetings, visits: a summary in the customer's mood.
    static let positiveSummaries = [
        "Customer upbeat; happy with progress and asked about the next phase.",
        "Went well. They thanked the crew and want the same team next time.",
    ]
    static let neutralSummaries = [
        "Walked through open items; no concerns raised.", "Reviewed the schedule; dates unchanged.",
    ]
    static let negativeSummaries = [
        "Customer frustrated about the schedule slip; wants a recovery plan by Friday.",
        "Tense call. They are unhappy with repeated failures in the board room.",
    ]

    static let callSubjects = ["Call: schedule review", "Call: budget for phase 2", "Call: punch list status",
                               "Call: training dates"]
    static let visitSubjects = ["Site visit: walkthrough with facilities", "Site visit: punch walk",
                                "Site visit: demo for department heads"]
    static let noteSubjects = ["Note: champion seems stretched", "Note: met the new IT director",
                               "Note: budget review coming", "Note: happy with service desk response"]

    static let intel: [(category: Intel.Category, texts: [String])] = [
        (.priority, [
            "Wants every conference room on Teams Rooms by Q3", "Budget closes in October; proposals before then",
            "Hybrid classes are the top priority this year",
        ]),
        (.managementConcern, [
            "Leadership cares most about look and feel in public spaces", "CFO worried about total cost of ownership",
            "COO pushing for speed over polish",
        ]),
        (.companyChange, [
            "New CIO starting next month; standards review expected", "Merging with a regional group next year",
            "Moving HQ to a new building in 2027",
        ]),
        (.politics, [
            "IT and facilities disagree on who owns room scheduling",
            "Procurement insists on three bids for anything over $50k", "Our champion is competing for the VP role",
        ]),
        (.otherDepartment, [
            "Marketing wants a podcast studio", "Athletics asked about a scoreboard video upgrade",
            "Legal wants presentation gear in the mock trial room",
        ]),
        (.opportunity, [
            "Twelve more huddle rooms planned for floor 5", "Considering digital signage everywhere",
            "Service contract with the incumbent expires in March",
        ]),
        (.other, ["Prefers phone calls to e-mail", "Out on leave in August"]),
    ]

    static let opportunityTitles = [
        "Floor 5 huddle rooms", "Campus digital signage", "Managed services contract", "Auditorium refresh",
        "Second lecture hall", "Operations center video wall", "Assistive listening upgrade",
        "Room scheduling panels", "Podcast studio",
    ]
    static let opportunitySources = ["intel", "PM walkthrough", "project meeting", "referral", "inbound request"]
    static let nextSteps = ["Send budgetary quote", "Site survey with facilities", "Demo at our showroom",
                            "Follow up after budget approval", "Intro to the new CIO", ""]
}
