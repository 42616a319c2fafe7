import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand.Punch {
    /// `rapport punch dispute BER-0004#12 --by customer --note "…"`: an item contested, as
    /// Procore's and Autodesk Build's "In Dispute".
    struct Dispute: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dispute",
            abstract: "Mark punch items in dispute (by the customer or by us), with a note.",
            discussion: """
                A disputed item stays open, holds up acceptance and caps the customer's temperature. \
                `rapport punch set REF status=in-progress` resumes the work, `status=open` reopens it.
                """)

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Items as PROJECT#NUMBER.") var references: [String]
        @Option(help: "Who disputes it: customer or us.") var by: DisputeSide = .customer
        @Option(help: "Why, for the item's history.") var note = ""

        func run() throws {
            print(try output())
        }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let ids = try references.map(context.itemId)
                let count = try context.database.disputePunchItems(ids: ids, side: by, note: note, by: context.user,
                                                                  at: context.now)
                return count == 0 ? "Already in dispute: \(references.joined(separator: ", "))"
                    : "In dispute (by \(by.rawValue)): \(references.joined(separator: ", "))"
            }
        }
    }
}

extension DisputeSide: ExpressibleByArgument {}
