/// The vocabulary of AV-integration project mail: installation, commissioning, delays, budget,
/// payment, praise and escalation. Phrases are matched before their words, longest first.
extension SentimentLexicon {
    // MARK: - Praise and satisfaction

    private static let praise: [(String, Double)] = [
        ("fantastic", 3.2), ("excellent", 3.0), ("amazing", 3.0), ("awesome", 3.0), ("brilliant", 3.0),
        ("superb", 3.2), ("stunning", 3.0), ("wonderful", 3.0), ("flawless", 3.0), ("flawlessly", 3.0),
        ("perfect", 2.8), ("perfectly", 2.6), ("great", 2.4), ("terrific", 2.8), ("exceptional", 3.0),
        ("outstanding", 2.6), ("impressed", 2.5), ("impressive", 2.5), ("love", 2.6), ("loves", 2.6), ("loved", 2.6),
        ("happy", 2.2), ("pleased", 2.3), ("delighted", 3.0), ("thrilled", 3.0), ("glad", 1.8), ("satisfied", 1.8),
        ("nice", 1.8), ("good", 1.6), ("fine", 0.8), ("beautiful", 2.6), ("beautifully", 2.6), ("clean", 1.2),
        ("tidy", 1.2), ("neat", 1.3), ("neatly", 1.3), ("professional", 1.8), ("professionally", 1.8),
        ("courteous", 1.8), ("friendly", 1.6), ("patient", 1.2), ("thorough", 1.6), ("helpful", 1.8),
        ("responsive", 1.6), ("reliable", 1.8), ("smooth", 1.8), ("smoothly", 1.8), ("seamless", 2.2),
        ("seamlessly", 2.2), ("easy", 1.2), ("easier", 1.5), ("intuitive", 1.8), ("confident", 1.6),
        ("recommend", 2.0), ("appreciate", 2.0), ("appreciated", 2.0), ("appreciates", 2.0),
        ("grateful", 2.2), ("kudos", 2.6), ("congratulations", 2.6), ("congrats", 2.6), ("bravo", 2.6),
        ("thanks", 0.8), ("thank", 0.8), ("thx", 0.6), ("flexibility", 1.5), ("flexible", 1.4),
        ("quick", 1.0), ("quickly", 1.0), ("fast", 0.9), ("promptly", 1.2), ("prompt", 1.0),
        ("superstar", 3.0), ("hero", 2.4), ("lifesaver", 2.8), ("success", 2.2), ("successful", 2.2),
        ("sharp", 1.2), ("crisp", 1.4), ("solid", 1.2), ("clear", 0.8), ("improvement", 1.4), ("improved", 1.4),
        ("better", 1.2), ("best", 1.6), ("relieved", 1.4), ("enjoyed", 2.0), ("excited", 2.2), ("exciting", 2.2),
        ("brilliantly", 3.0), ("magic", 2.0), ("rocks", 2.0), ("wow", 2.2), ("sorted", 1.2),
        ("resolving", 1.4), ("fixing", 1.2), ("solving", 1.2), ("addressed", 1.0), ("addressing", 0.8),
        ("repaired", 1.2), ("cured", 1.4), ("eliminated", 1.2), ("cleared up", 1.2),
    ]

    private static let praisePhrases: [(String, Double)] = [
        ("thank you", 0.9), ("thanks again", 1.8), ("thank you again", 1.8), ("many thanks", 1.4),
        ("well done", 2.6), ("good job", 2.4), ("great job", 3.0), ("nice job", 2.4), ("good work", 2.4),
        ("great work", 3.0), ("nice work", 2.4), ("hard work", 1.8), ("excellent work", 3.2), ("top notch", 3.0),
        ("rock solid", 2.6), ("crystal clear", 2.6), ("works great", 2.6), ("working great", 2.6),
        ("works perfectly", 2.8), ("exactly what we", 2.0), ("as expected", 1.0), ("as promised", 1.4),
        ("ahead of schedule", 2.4), ("on schedule", 1.4), ("on time", 1.2), ("on budget", 1.4),
        ("under budget", 2.0), ("came in under", 1.4), ("signed off", 1.8), ("sign off", 1.0),
        ("move forward", 1.6), ("moving forward with", 1.6), ("go ahead", 1.2), ("looking forward", 1.6),
        ("look forward", 1.6), ("keeping us informed", 1.6), ("kept us informed", 1.6), ("staying late", 1.0),
        ("went well", 2.2), ("go well", 1.2), ("going well", 2.0), ("couldn't be happier", 3.2),
        ("could not be happier", 3.2), ("couldn't be more pleased", 3.2), ("couldn't be better", 3.0),
        ("could not be better", 3.0), ("can't thank you enough", 3.2), ("cannot thank you enough", 3.2),
        ("can't recommend", 0), ("above and beyond", 3.0), ("sorting out", 1.2), ("sorted out", 1.4),
        ("picked it up", 0.4), ("no complaints", 1.8), ("no issues", 1.6), ("no problems", 1.6),
        ("no problem", 0.6), ("ready to accept", 2.0), ("happy to sign", 2.4), ("nice surprise", 2.0),
        ("good news", 2.0), ("great news", 2.6), ("feel confident", 1.8), ("feels confident", 1.8),
        ("easy to follow", 1.8), ("easy to use", 1.8),
    ]

    // MARK: - Things that should work, be paid or be done

    /// Mild when said, strong when denied: "doesn't work", "not resolved", "didn't show up".
    private static let expectations: [(String, Double, Double)] = [
        ("work", 0, -2.2), ("works", 0.4, -2.2), ("working", 0.4, -2.2), ("worked", 0.6, -2.0),
        ("function", 0, -2.0), ("functioning", 0.4, -2.0), ("fixed", 1.4, -2.2), ("fix", 0.2, -2.2),
        ("resolved", 1.6, -2.2), ("resolve", 0.4, -2.0), ("solved", 1.6, -2.2), ("finished", 0.8, -2.2),
        ("complete", 0.8, -2.0), ("completed", 1.0, -2.0), ("done", 0.6, -2.0), ("ready", 0.8, -1.8),
        ("match", 0.2, -2.2), ("matches", 0.3, -2.2), ("meet", 0.2, -2.2), ("meets", 0.6, -2.2),
        ("show up", 0.2, -2.2), ("showed up", 0.6, -2.2), ("turned up", 0.6, -2.2), ("come out", 0.2, -1.8),
        ("returned", 0.3, -1.8), ("responded", 0.6, -2.0), ("replied", 0.5, -2.0), ("answered", 0.5, -1.8),
        ("heard back", 0.4, -2.0), ("called back", 0.6, -2.0), ("got back", 0.4, -1.8), ("cleaned up", 0.6, -1.8),
        ("released", 1.2, -2.2), ("releasing", 0.8, -2.2), ("release", 0.4, -2.0), ("paid", 1.2, -1.8),
        ("pay", 0.4, -1.8), ("paying", 0.4, -1.8), ("payment", 0, -1.0), ("approve", 0.8, -2.0),
        ("approved", 1.4, -2.0), ("accept", 1.0, -2.2), ("accepted", 1.4, -2.2), ("acceptable", 1.2, -2.8),
        ("signed", 0.6, -1.4), ("passed", 1.4, -2.0), ("included", 0.2, -1.4), ("tested", 0.4, -1.8),
        ("told", 0, -1.6), ("informed", 0.8, -1.8), ("delivered", 0.8, -1.8), ("arrived", 0.4, -1.6),
        ("respond", 0, -1.6), ("reply", 0, -1.4), ("response", 0, -1.8), ("resolution", 0.4, -2.0),
        ("progress", 0.6, -2.0), ("update", 0, -1.4), ("updates", 0, -1.4), ("communication", 0, -2.0),
        ("callback", 0, -1.8), ("audio", 0, -2.2), ("video", 0, -2.2), ("sound", 0, -2.2), ("signal", 0, -2.0),
        ("picture", 0, -2.0), ("image", 0, -1.8), ("power", 0, -1.8), ("display", 0, -1.6), ("internet", 0, -1.8),
        ("connection", 0, -1.8), ("connectivity", 0, -1.8), ("sync", 0, -1.6), ("control", 0, -1.4),
        ("help", 0.4, -1.6), ("support", 0.4, -1.6), ("able", 0.3, -1.6), ("usable", 0.6, -2.2),
        ("happy", 2.2, -2.2), ("satisfied", 1.8, -2.2), ("impressed", 2.5, -2.2), ("what we paid for", 0, -2.4),
        ("what we asked for", 0.6, -2.0), ("what we expected", 0.6, -2.0), ("what we ordered", 0.6, -2.2),
        ("what we wanted", 0.6, -2.0), ("what we agreed", 0.6, -2.2), ("sure", 0.2, -0.6),
        ("mics work", 0.4, -2.4), ("remember", 0, -0.4), ("long", 0, 0.4), ("enough", 0.2, -1.0),
    ]

    /// Words that put a problem right: the problem named after them is what was fixed, not a complaint.
    static let remedies: Set<String> = [
        "fixed", "fix", "fixing", "resolved", "resolve", "resolving", "solved", "solving", "sorted", "sorting out",
        "sorted out", "addressed", "addressing", "cured", "eliminated", "repaired", "replaced the", "cleared up",
    ]

    // MARK: - Complaints, delays, money and escalation

    private static let complaints: [(String, Double)] = [
        ("disappointed", -2.6), ("disappointing", -2.6), ("disappointment", -2.6), ("frustrated", -2.6),
        ("frustrating", -2.6), ("frustration", -2.6), ("unacceptable", -3.2), ("unusable", -2.8),
        ("unprofessional", -2.8), ("poor", -2.2), ("poorly", -2.2), ("terrible", -3.0), ("awful", -3.0),
        ("horrible", -3.0), ("embarrassing", -2.6), ("embarrassed", -2.6), ("angry", -3.0), ("furious", -3.4),
        ("upset", -2.4), ("annoyed", -2.2), ("annoying", -2.2), ("concerned", -1.4), ("concern", -1.0),
        ("concerns", -1.2), ("worried", -1.6), ("worry", -1.2), ("worse", -2.2), ("worst", -3.0),
        ("broken", -2.2), ("broke", -2.0), ("failed", -2.2), ("fails", -2.0), ("failing", -2.0),
        ("failure", -2.4), ("fault", -1.8), ("faulty", -2.2), ("defective", -2.4), ("dead", -2.2),
        ("freezing", -1.8), ("freezes", -1.8), ("froze", -1.8), ("frozen", -1.6), ("crash", -2.0),
        ("crashes", -2.0), ("crashing", -2.0), ("crashed", -2.0), ("drops", -1.4), ("dropping", -1.4),
        ("dropped", -1.2), ("buzzing", -1.6), ("buzz", -1.4), ("humming", -1.4), ("hum", -1.2),
        ("echo", -1.2), ("noise", -1.0), ("noisy", -1.4), ("distorted", -1.8), ("distortion", -1.8),
        ("flicker", -1.6), ("flickering", -1.6), ("glitch", -1.6), ("glitches", -1.6), ("glitchy", -1.8),
        ("intermittent", -1.4), ("intermittently", -1.4), ("unreliable", -2.2), ("unstable", -2.0),
        ("mess", -2.0), ("messy", -1.8), ("damaged", -2.4), ("damage", -2.0), ("crooked", -1.8),
        ("scratched", -1.8), ("wrong", -2.0), ("incorrect", -1.8), ("incorrectly", -1.8), ("missing", -1.6),
        ("missed", -1.6), ("late", -1.6), ("delay", -1.8), ("delays", -1.8), ("delayed", -1.8),
        ("slipped", -1.8), ("slipping", -1.8), ("postponed", -1.0), ("cancelled", -1.2), ("canceled", -1.2),
        ("behind", -1.4), ("overdue", -1.8), ("rushed", -1.6), ("sloppy", -2.4), ("careless", -2.4),
        ("redone", -1.4), ("redo", -1.2), ("rework", -1.4), ("expensive", -1.2), ("overpriced", -2.2),
        ("overcharged", -2.4), ("dispute", -2.0), ("disputed", -2.0), ("complain", -1.8),
        ("complaining", -1.8), ("complaint", -1.8), ("complaints", -1.8), ("escalate", -2.2),
        ("escalating", -2.2), ("escalated", -2.2), ("escalation", -2.2), ("hazard", -2.2), ("unsafe", -2.4),
        ("dangerous", -2.4), ("risk", -1.4), ("exposed", -1.0), ("blocked", -1.6), ("blocking", -1.4),
        ("mistake", -2.0), ("mistakes", -2.0), ("error", -1.4), ("errors", -1.4), ("problem", -1.6),
        ("problems", -1.6), ("issue", -1.2), ("issues", -1.5), ("trouble", -1.6), ("troubles", -1.6),
        ("defect", -1.8), ("defects", -1.8), ("waiting", -0.8), ("again", -0.6), ("nobody", -1.2),
        ("lawyer", -2.4), ("legal", -1.2), ("penalty", -2.0), ("penalties", -2.0), ("withhold", -2.4),
        ("withholding", -2.4), ("unhappy", -2.6), ("dissatisfied", -2.6), ("ridiculous", -2.8),
        ("incompetent", -3.0), ("useless", -2.8), ("mistaken", -1.4), ("breakdown", -1.4), ("tripped", -1.4),
        ("unanswered", -1.8), ("ignored", -2.2), ("ignoring", -2.2), ("chasing", -1.4), ("disaster", -3.2),
        ("nightmare", -3.0), ("shocked", -2.2), ("appalled", -3.0), ("substandard", -2.6), ("sorry", -0.6),
        ("apologies", -0.4), ("inconvenience", -1.2), ("lost", -1.4), ("cutting", -0.6), ("cuts", -0.6),
    ]

    private static let complaintPhrases: [(String, Double)] = [
        ("per my last email", -2.4), ("per my previous email", -2.4), ("as per my last email", -2.4),
        ("as previously mentioned", -1.2), ("as i mentioned before", -1.4), ("for the last time", -2.0),
        ("second time", -1.2), ("third time", -1.8), ("fourth time", -2.2), ("three times", -1.6),
        ("several times", -1.4), ("multiple times", -1.6), ("once again", -1.4), ("yet again", -1.8),
        ("still waiting", -2.0), ("still open", -1.6), ("still there", -1.2), ("still outstanding", -1.6),
        ("still broken", -2.6), ("still buzzing", -2.0), ("cutting out", -2.0), ("cuts out", -2.0),
        ("cut out", -1.6), ("dropping out", -2.0), ("drops out", -2.0), ("dropped out", -1.8),
        ("is down", -2.0), ("are down", -2.0), ("been down", -2.0), ("went down", -2.0), ("goes down", -2.0),
        ("behind schedule", -2.2), ("over budget", -2.2), ("out of budget", -2.0), ("too long", -1.8),
        ("too high", -1.8), ("too hard", -1.8), ("too slow", -1.8), ("too expensive", -2.0), ("too late", -1.8),
        ("too many", -1.4), ("too much", -1.4), ("costing us", -1.8), ("cost us", -1.6), ("extra charges", -1.6),
        ("extra charge", -1.6), ("hidden costs", -2.2), ("holding back", -2.0), ("hold back", -1.6),
        ("on hold", -1.2), ("other vendors", -2.2), ("another vendor", -2.2), ("another integrator", -2.2),
        ("other integrators", -2.2), ("need an explanation", -1.6), ("explain why", -1.4), ("were promised", -1.4),
        ("was promised", -1.4), ("we were told", -0.8), ("another week", -1.2), ("another month", -1.4),
        ("gone by", -0.4), ("no-show", -2.2), ("safety hazard", -2.6), ("fire hazard", -2.6), ("at risk", -2.0),
        ("outstanding items", -0.6), ("outstanding issues", -1.2), ("outstanding invoice", -0.8),
        ("outstanding balance", -0.8), ("outstanding punch", -0.6), ("outstanding work", -0.6),
        ("outstanding job", 3.0), ("outstanding service", 3.0), ("outstanding support", 3.0),
        ("please advise", -0.3), ("two hours late", -2.2), ("hours late", -2.0), ("the wrong", -2.0),
        ("not acceptable", -2.8), ("not good enough", -2.6), ("what is going on", -1.8),
        // What the customer signed or approved, named inside a complaint, is a reference, not praise.
        ("we approved", 0.2), ("we signed", 0.1), ("we agreed", 0.2), ("you quoted", 0),
        ("what's going on", -1.8), ("this is ridiculous", -3.0), ("cable drops", 0), ("drop off", 0),
        ("dropped off", 0), ("breakdown of", 0), ("will issue", 0), ("to issue", 0), ("issue a", 0),
        ("issue the", 0), ("issued", 0), ("fire alarm", 0), ("fire exit", -0.2), ("lead time", 0),
        ("network freeze", 0), ("change freeze", 0), ("no longer needed", 0), ("no later than", 0),
        ("not sure", -0.4), ("no worries", 0.8), ("no rush", 0.6), ("don't hesitate", 0), ("do not hesitate", 0),
        ("any questions", 0), ("apologies for the delay", -0.4), ("sorry for the delay", -0.4),
        ("fine tune", 0), ("fine-tune", 0), ("fine tuning", 0), ("good morning", 0), ("good afternoon", 0),
        ("quality of the work", 0), ("follow up", 0), ("following up", 0), ("up and running", 1.6),
        ("back up and running", 2.0), ("all set", 1.0), ("good to go", 1.6), ("looks good", 1.8),
        ("looks great", 2.6), ("sounds great", 2.0), ("sounds good", 1.4), ("cut over", 0), ("cutover", 0),
        ("dead spot", -1.8), ("dead spots", -1.8), ("waiting on", -0.8), ("waiting for", -0.8),
    ]

    // MARK: - Modifiers

    static let tradeModifiers: [String: Modifier] = {
        var table: [String: Modifier] = [:]
        for word in ["not", "no", "never", "neither", "nor", "without", "cannot", "lack", "lacks", "lacking",
                     "hardly", "barely", "no longer", "not once", "failed to", "fails to", "fail to", "unable to",
                     "refuse to", "refused to", "yet to", "nowhere"] {
            table[word] = .negator
        }
        // "Nothing in the boardroom works": a pronoun denies the verb however far it comes.
        for word in ["nothing", "nobody", "none", "no one", "noone", "none of the", "not one", "not a single"] {
            table[word] = .pronounNegator
        }
        for (word, boost) in [("very", 0.3), ("really", 0.3), ("extremely", 0.45), ("so", 0.3),
                              ("totally", 0.35), ("completely", 0.4), ("absolutely", 0.4), ("incredibly", 0.45),
                              ("highly", 0.3), ("super", 0.3), ("truly", 0.3), ("hugely", 0.4), ("huge", 0.3),
                              ("big", 0.2), ("far", 0.3), ("way", 0.3), ("entirely", 0.35), ("particularly", 0.2),
                              ("exceptionally", 0.45), ("most", 0.2), ("utterly", 0.5), ("deeply", 0.4),
                              ("seriously", 0.35), ("keeps", 0.3), ("keep", 0.3), ("kept", 0.3), ("constantly", 0.4),
                              ("always", 0.2), ("still", 0.3), ("at all", 0.3), ("so much", 0.3), ("thoroughly", 0.3),
                              ("quite", 0.1), ("slightly", -0.4), ("somewhat", -0.3), ("a bit", -0.3),
                              ("a little", -0.3), ("kind of", -0.3), ("sort of", -0.3), ("fairly", -0.2),
                              ("marginally", -0.4), ("partly", -0.3), ("partially", -0.3), ("mostly", -0.2),
                              ("almost", -0.3), ("nearly", -0.3), ("reasonably", -0.2), ("minor", -0.5),
                              ("a few", -0.3), ("small", -0.3)] as [(String, Double)] {
            table[word] = .booster(boost)
        }
        for word in ["but", "however", "yet", "that said", "having said that", "unfortunately", "except", "though,"] {
            table[word] = .contrast
        }
        for word in ["although", "though", "even though", "despite", "while", "whilst"] {
            table[word] = .concession
        }
        for word in ["until", "unless", "once", "if", "as soon as", "before", "would be", "should be",
                     "supposed to", "meant to", "expected to", "would have", "should have", "need this",
                     "needs to be", "need it", "need them", "hoping", "hope", "in case", "whether", "so that"] {
            table[word] = .hypothetical
        }
        return table
    }()

    static let tradeEntries: [String: Entry] = {
        var table: [String: Entry] = [:]
        for (word, valence) in praise + complaints { table[word] = Entry(valence: valence) }
        for (word, valence, negated) in expectations { table[word] = Entry(valence: valence, negated: negated) }
        for (phrase, valence) in praisePhrases + complaintPhrases { table[phrase] = Entry(valence: valence) }
        return table
    }()
}
