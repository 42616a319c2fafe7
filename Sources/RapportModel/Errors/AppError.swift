import Foundation

/// Every failure a user can see, each with the message that tells them what and where.
public enum AppError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case notADatabase(path: String)
    case schemaTooNew(path: String)
    case foreignDatabase(path: String)
    case cannotOpen(path: String, reason: String)
    case notATerminal
    case terminalUnavailable(term: String)
    /// The terminal is known but cannot move the cursor (`TERM=dumb`).
    case terminalTooLimited(term: String)
    case unknownTheme(name: String, searched: [String])
    case badTheme(file: String, reason: String)
    case badConfig(file: String, reason: String)
    case badSize(String)
    case badKey(String)
    case badTime(String)
    case unknownProject(String)
    case missingPunchItems(ids: [Int64])
    case punchItemsSpanProjects(codes: [String])
    case missingProject(id: Int64)
    case missingMilestone(id: Int64)
    case invalidPunchItem(reason: String)
    case ambiguousLocation(text: String, matches: [String])
    /// `items` open items block acceptance; `first` are the lowest of their numbers.
    case acceptanceBlocked(project: String, items: Int, first: [Int], cents: Int64)
    case importFailed(file: String, line: Int, reason: String)
    /// `action` is `undo` or `redo`.
    case journalConflict(action: String, label: String)
    /// Undo and redo are per user: `by` has since changed the same rows in their step `later`,
    /// so taking back (`undo`) or re-applying (`redo`) the step `label` would undo their work.
    case undoBuiltOn(action: String, label: String, by: String, later: String)
    /// The rows no longer look as the step `label` left them (or found them) because `by` has
    /// since undone their step `undid` on the same rows.
    case undoneUnder(action: String, label: String, by: String, undid: String)
    case writeFailed(reason: String)
    case badReference(String)
    case unknownPunchNumber(project: String, number: Int)
    case noDatabase(path: String)
    case noSuchFolder(path: String, folder: String)
    case isAFolder(path: String)
    case readOnly(path: String)
    case needsUpgrade(path: String)
    // MARK: Contract to cash (v8)
    /// A record's field breaks a rule: `record` is customer, contact, project, milestone, assumption, location.
    case invalidRecord(record: String, field: String, reason: String)
    /// The payment schedule does not add up to the contract value.
    case scheduleOff(totalCents: Int64, contractCents: Int64)
    case badSchedule(text: String, reason: String)
    case unknownCustomer(String)
    case missingCustomer(id: Int64)
    case missingContact(id: Int64)
    case missingLocation(id: Int64)
    case missingAssumption(id: Int64)
    case duplicateCustomer(name: String)
    case duplicateProjectCode(code: String)
    case duplicateLocation(path: String)
    case unknownContact(customer: String, name: String)
    /// The name matches several contacts of the customer.
    case ambiguousContact(name: String, matches: [String])
    case unknownLocation(project: String, path: String)
    case customerRefused(name: String, reason: String)
    case contactRefused(name: String, reason: String)
    case milestoneRefused(name: String, reason: String)
    case assumptionRefused(text: String, reason: String)
    case locationRefused(path: String, reason: String)
    case opportunityRefused(id: Int64, reason: String)
    /// Closing refused while milestones are not paid in full; `cents` still owed.
    case closingUnpaid(project: String, milestones: [String], cents: Int64)
    case unknownMilestone(project: String, name: String)
    case missingMeeting(id: Int64)
    /// `occurrence` is not an occurrence of the meeting (by its original start).
    case notAnOccurrence(meeting: String, occurrence: Date)
    case meetingHasNoProject(meeting: String)
    case missingActionItem(id: Int64)
    case actionItemAlreadyPunched(ref: String)
    case invalidMeeting(reason: String)
    case unknownAttendee(name: String, customer: String)
    /// A mail file or folder named on the command line that cannot be read.
    case unreadableMail(path: String, reason: String)
    /// `--strict`: one message could not be read, so the whole import is refused.
    case brokenMail(location: String, reason: String)

    public var description: String {
        switch self {
        case .badReference(let text):
            return "'\(text)' is not an item reference: write PROJECT#NUMBER, e.g. BER-0004#12"
        case .notADatabase(let path):
            return "\(path): not a Rapport database (the file is not SQLite); it was left untouched"
        case .schemaTooNew(let path):
            return "\(path): made by a newer Rapport (unknown schema migrations); upgrade Rapport to open it"
        case .foreignDatabase(let path):
            return "\(path): a SQLite database of another program, not Rapport's; it was left untouched"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open database: \(reason)"
        case .notATerminal:
            return "rapport needs an interactive terminal (stdin and stdout must be a TTY); use `rapport render` for plain text"
        case .terminalUnavailable(let term):
            let name = term.isEmpty ? "TERM is not set" : "TERM=\(term) is unknown to ncurses"
            return "cannot start the terminal interface: \(name); set TERM (e.g. TERM=xterm-256color) or use `rapport render`"
        case .terminalTooLimited(let term):
            return "cannot start the terminal interface: TERM=\(term) cannot move the cursor; "
                + "run it in a full terminal (e.g. TERM=xterm-256color) or use `rapport render` or `rapport punch list`"
        case .unknownTheme(let name, let searched):
            return "unknown theme '\(name)' (looked in \(searched.joined(separator: ", ")))"
        case .badTheme(let file, let reason):
            return "\(file): \(reason)"
        case .badConfig(let file, let reason):
            return "\(file): \(reason)"
        case .badSize(let text):
            return "bad size '\(text)': expected COLUMNSxROWS, e.g. 120x40"
        case .badKey(let text):
            return "unknown key '\(text)' in --keys"
        case .badTime(let text):
            return "bad time '\(text)': expected YYYY-MM-DDTHH:MM"
        case .unknownProject(let code):
            return "no project with code '\(code)'"
        case .missingPunchItems(let ids):
            let list = ids.map(String.init).joined(separator: ", ")
            return "no punch item with id \(list) (deleted, or its adding undone)"
        case .punchItemsSpanProjects(let codes):
            return "the items belong to \(codes.count) projects (\(codes.joined(separator: ", "))); "
                + "change one project's items at a time; nothing was changed"
        case .missingProject(let id):
            return "no project with id \(id)"
        case .missingMilestone(let id):
            return "no milestone with id \(id)"
        case .invalidPunchItem(let reason):
            return "cannot save the punch item: \(reason)"
        case .ambiguousLocation(let text, let matches):
            return "location '\(text)' matches \(matches.count) places (\(matches.joined(separator: "; "))); "
                + "type more of the path"
        case .acceptanceBlocked(let project, let items, let first, let cents):
            let numbers = first.map { "#\($0)" }.joined(separator: ", ") + (items > first.count ? " …" : "")
            let what = items == 1 ? "1 open item blocks" : "\(items) open items block"
            let money = cents > 0 ? ", holding back \(Money.text(cents: cents))" : ""
            return "\(project) cannot be accepted: \(what) acceptance (\(numbers))\(money); close or void them first"
        case .importFailed(let file, let line, let reason):
            return "\(file):\(line): \(reason); nothing was imported"
        case .journalConflict(let action, let label):
            let done = action == "redo" ? "redone" : "undone"
            return "cannot \(action) '\(label)': its items were changed since outside Rapport's undo journal; "
                + "nothing was \(done)"
        case .undoBuiltOn(let action, let label, let who, let later):
            let done = action == "redo" ? "redone" : "undone"
            return "cannot \(action) '\(label)': \(who) has since changed the same items ('\(later)'); "
                + "nothing was \(done)"
        case .undoneUnder(let action, let label, let who, let undid):
            let done = action == "redo" ? "redone" : "undone"
            return "cannot \(action) '\(label)': \(who) has since undone '\(undid)' on the same items; "
                + "nothing was \(done)"
        case .writeFailed(let reason):
            return "could not save: \(reason); nothing was changed"
        case .unknownPunchNumber(let project, let number):
            return "\(project) has no punch item #\(number)"
        case .noDatabase(let path):
            return "\(path): no Rapport database there; nothing was created (make one with `rapport init \(path)`)"
        case .noSuchFolder(let path, let folder):
            return "\(path): the folder \(folder) does not exist; nothing was created (check the path, "
                + "or make one with `rapport init \(path)`)"
        case .isAFolder(let path):
            return "\(path) is a folder, not a database file; give the file's path, e.g. \(path)/rapport.sqlite"
        case .readOnly(let path):
            return "\(path) is read-only, nothing was changed (opened with --read-only, or the file or its folder may not be written)"
        case .unreadableMail(let path, let reason):
            return "\(path): cannot read mail: \(reason); nothing was imported"
        case .brokenMail(let location, let reason):
            return "\(location): \(reason); nothing was imported (--strict refuses the whole import)"
        case .needsUpgrade(let path):
            return "\(path): made by an older Rapport; open it once with write access to upgrade it (read-only leaves it untouched)"
        case .invalidRecord(let record, let field, let reason):
            return "cannot save the \(record): \(field): \(reason)"
        case .scheduleOff(let total, let contract):
            let difference = total - contract
            let how = difference > 0 ? "\(Money.text(cents: difference)) more than" : "\(Money.text(cents: -difference)) less than"
            return "the payment schedule adds up to \(Money.text(cents: total)), \(how) the contract value "
                + "\(Money.text(cents: contract)); nothing was saved"
        case .badSchedule(let text, let reason):
            return "schedule '\(text)': \(reason)"
        case .unknownCustomer(let name):
            return "no customer named '\(name)'"
        case .missingCustomer(let id):
            return "no customer with id \(id)"
        case .missingContact(let id):
            return "no contact with id \(id)"
        case .missingLocation(let id):
            return "no location with id \(id)"
        case .missingAssumption(let id):
            return "no assumption with id \(id)"
        case .duplicateCustomer(let name):
            return "a customer named '\(name)' exists already; nothing was saved"
        case .duplicateProjectCode(let code):
            return "the project code \(code) is taken; nothing was saved"
        case .duplicateLocation(let path):
            return "the location '\(path)' exists already in the project; nothing was saved"
        case .unknownContact(let customer, let name):
            return "\(customer) has no contact named '\(name)'"
        case .ambiguousContact(let name, let matches):
            return "'\(name)' matches \(matches.count) contacts (\(matches.joined(separator: "; "))); use the contact's id"
        case .unknownLocation(let project, let path):
            return "\(project) has no location '\(path)'"
        case .customerRefused(let name, let reason):
            return "\(name): \(reason); nothing was changed"
        case .contactRefused(let name, let reason):
            return "\(name) \(reason); nothing was changed"
        case .milestoneRefused(let name, let reason):
            return "milestone \(name): \(reason); nothing was changed"
        case .assumptionRefused(let text, let reason):
            return "assumption '\(text)': \(reason); nothing was changed"
        case .locationRefused(let path, let reason):
            return "location '\(path)': \(reason); nothing was changed"
        case .opportunityRefused(let id, let reason):
            return "opportunity \(id): \(reason); nothing was saved"
        case .closingUnpaid(let project, let milestones, let cents):
            let list = milestones.prefix(3).joined(separator: ", ") + (milestones.count > 3 ? " …" : "")
            let what = milestones.count == 1 ? "1 milestone is" : "\(milestones.count) milestones are"
            return "\(project) cannot be closed: \(what) not paid in full (\(list)), \(Money.text(cents: cents)) owed"
        case .unknownMilestone(let project, let name):
            return "\(project) has no milestone '\(name)'"
        case .missingMeeting(let id):
            return "no meeting with id \(id)"
        case .notAnOccurrence(let meeting, let occurrence):
            return "'\(meeting)' has no occurrence starting \(Self.utcText(occurrence)); nothing was changed"
        case .meetingHasNoProject(let meeting):
            return "'\(meeting)' belongs to no project, so its action items cannot become punch items"
        case .missingActionItem(let id):
            return "no action item with id \(id)"
        case .actionItemAlreadyPunched(let ref):
            return "that action item is already punch item \(ref)"
        case .invalidMeeting(let reason):
            return "cannot save the meeting: \(reason); nothing was changed"
        case .unknownAttendee(let name, let customer):
            return "\(customer) has no contact '\(name)'; give an e-mail address to invite someone else"
        }
    }

    public var errorDescription: String? { description }

    /// `2026-03-10 14:00 UTC`: an instant in a message, whatever the reader's zone.
    public static func utcText(_ date: Date) -> String {
        let s = Int(date.timeIntervalSince1970.rounded(.down))
        let day = LocalDate(dayNumber: s >= 0 ? s / 86_400 : (s - 86_399) / 86_400)
        let t = s - day.dayNumber * 86_400
        return day.iso + " " + (t / 3600).zeroPadded(2) + ":" + (t / 60 % 60).zeroPadded(2) + " UTC"
    }
}
