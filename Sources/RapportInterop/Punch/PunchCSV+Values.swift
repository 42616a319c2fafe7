import Foundation
import RapportModel

/// How one cell becomes one field of a draft: the words each tool writes, and what a refusal says.
///
/// Words are compared by `PunchColumn.key(_:)`, so `In Progress`, `in-progress` and `IN_PROGRESS`
/// are one word. An empty cell takes the draft's default; a cell that is not empty and is not
/// understood is an error, never a guess.
extension PunchCSV {
    // MARK: - Priority

    static let priorities: [String: Priority] = table([
        .p1: ["P1", "1", "high", "urgent", "critical"],
        .p2: ["P2", "2", "medium", "normal", "med"],
        .p3: ["P3", "3", "low", "minor"],
    ])

    static func priority(_ cell: String) -> Result<Priority?, CellProblem> {
        lookup(cell, in: priorities, "is not a priority (P1, P2, P3, high, medium, low)")
    }

    // MARK: - Status

    /// Other tools' workflows folded onto ours. "Completed" in Fieldwire and Autodesk Build means
    /// the trade says it is done and the creator has yet to check: that is our `ready`, which still
    /// blocks acceptance, as are ACC's "Answered", "Work complete" and "Ready to inspect".
    /// Rejected items are open again; Procore's and ACC's "In Dispute" is our disputed.
    static let statuses: [String: PunchStatus] = table([
        .open: ["open", "new", "draft", "initiated", "pending", "work required", "not accepted",
                "work not accepted", "not approved", "rejected", "reopened"],
        .disputed: ["disputed", "in dispute", "dispute"],
        .inProgress: ["in progress", "work in progress", "wip", "started"],
        .readyForReview: ["ready", "ready for review", "pending review", "completed pending", "completed",
                          "in review", "ready to close", "answered", "work complete", "ready to inspect"],
        .closed: ["closed", "complete", "done", "verified", "accepted"],
        .void: ["void", "voided", "cancelled", "canceled"],
    ])

    static func status(_ cell: String) -> Result<PunchStatus?, CellProblem> {
        if fieldwirePriority(cell) != nil { return .success(.open) }
        return lookup(cell, in: statuses, "is not a status (open, in progress, ready, closed, void, disputed)")
    }

    /// Fieldwire's open statuses are its priorities: `Priority 1` is an open P1 task.
    static func fieldwirePriority(_ cell: String) -> Priority? {
        let key = PunchColumn.key(cell)
        guard key.hasPrefix("priority"), let digit = Int(key.dropFirst("priority".count)) else { return nil }
        return Priority(rawValue: digit)
    }

    // MARK: - Category

    static let categories: [String: PunchCategory] = table([
        .audio: ["audio", "sound"],
        .video: ["video", "display", "displays", "projection"],
        .control: ["control", "controls", "programming", "automation"],
        .cabling: ["cabling", "cable", "low voltage", "wiring", "structured cabling"],
        .network: ["network", "networking", "IT", "network/IT"],
        .electrical: ["electrical", "power"],
        // Millwork (the furniture that hides racks and displays) is fixed by the installers.
        .physicalInstall: ["physical-install", "physical", "install", "installation", "mounting", "millwork"],
        .documentation: ["documentation", "docs", "closeout", "closeout docs", "closeout documents", "as-builts"],
        .other: ["other", "misc", "miscellaneous", "general"],
    ])

    static func category(_ cell: String) -> Result<PunchCategory?, CellProblem> {
        lookup(cell, in: categories, "is not a category (\(PunchCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
    }

    // MARK: - Source

    static let sources: [String: PunchItem.Source] = table([
        .walkthrough: ["walkthrough", "walk", "site walk"],
        .meeting: ["meeting"],
        .email: ["email", "mail"],
    ])

    static func source(_ cell: String) -> Result<PunchItem.Source?, CellProblem> {
        lookup(cell, in: sources, "is not a source (walkthrough, meeting, email)")
    }

    // MARK: - Yes or no

    static let booleans: [String: Bool] = table([
        true: ["yes", "y", "true", "1", "x"],
        false: ["no", "n", "false", "0"],
    ])

    static func yesNo(_ cell: String) -> Result<Bool?, CellProblem> {
        lookup(cell, in: booleans, "is not yes or no (yes, no, true, false, 1, 0, x)")
    }

    // MARK: - Ball in court

    /// Our three words, whatever their case, with their common synonyms; anything else is kept as
    /// written, since Procore and others put a person's or a company's name there.
    static let ballInCourtWords: [String: String] = table([
        "us": ["us", "we"],
        "customer": ["customer", "client", "owner"],
        "sub": ["sub", "subs", "subcontractor"],
    ])

    static func ballInCourt(_ cell: String) -> String? {
        cell.isEmpty ? nil : ballInCourtWords[PunchColumn.key(cell)] ?? cell
    }

    // MARK: - Number

    static func number(_ cell: String) -> Result<Int?, CellProblem> {
        guard !cell.isEmpty else { return .success(nil) }
        let digits = cell.hasPrefix("#") ? cell.dropFirst() : Substring(cell)
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(digits), number >= 1
        else { return .failure(CellProblem("'\(cell)' is not an item number (a whole number from 1)")) }
        return .success(number)
    }

    // MARK: - Location

    /// `Level 2 > Room 204` and `Level 2/Room 204` as Rapport writes paths: `Level 2 / Room 204`.
    static func location(_ cell: String) -> String? {
        let parts = cell.split(whereSeparator: { $0 == ">" || $0 == "/" })
            .map(\.trimmed).filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " / ")
    }

    // MARK: - Tables

    /// Why a cell was refused, without the file, line and field, which the caller adds.
    struct CellProblem: Error, Equatable {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// Inverts `value: [words]` into `key(word): value`, refusing a word listed for two values.
    private static func table<Value: Hashable>(_ words: [Value: [String]]) -> [String: Value] {
        var result: [String: Value] = [:]
        for (value, list) in words {
            for word in list {
                let key = PunchColumn.key(word)
                precondition(result[key] == nil, "'\(word)' is listed twice")
                result[key] = value
            }
        }
        return result
    }

    private static func lookup<Value>(_ cell: String, in table: [String: Value],
                                      _ expected: String) -> Result<Value?, CellProblem> {
        guard !cell.isEmpty else { return .success(nil) }
        guard let value = table[PunchColumn.key(cell)] else {
            return .failure(CellProblem("'\(cell)' \(expected)"))
        }
        return .success(value)
    }
}
