import ArgumentParser
import Foundation
import RapportModel
import RapportStore

extension RapportCommand {
    /// `rapport location …`: a project's site tree and what is known about its places.
    struct LocationCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "location", abstract: "List, add and rename a project's locations; set facts about them.",
            subcommands: [List.self, Add.self, Rename.self, Set.self])
    }
}

extension RapportCommand.LocationCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List a project's site tree with facts.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Option(help: "table, csv or json.") var format: ListFormat = .table

        func run() throws { print(try output(), terminator: "") }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database, reading: true)
                let nodes = try context.database.locationTree(projectId: try context.projectId(project))
                let place = format == .table ? { (n: LocationNode) in String(repeating: "  ", count: n.depth) + n.name } : { $0.path }
                return try Listing(columns: [
                    ListColumn(header: "LOCATION", width: 36, key: "path"), ListColumn(header: "OPEN", width: 4, key: "open_punch"),
                    ListColumn(header: "FACTS", width: 0, key: "facts"),
                ], rows: nodes.map { n in
                    [.text(place(n)), .int(n.openPunch),
                     .text(n.facts.map { "\($0.key)=\($0.value)\($0.verified ? "" : " (unverified)")" }.joined(separator: "; "))]
                }, footer: counted(nodes.filter { $0.id != nil }.count, "location")).text(format)
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a location: Site / Building / Floor / Room.",
            discussion: "Example: rapport location add CUO-0001 \"Main / Level 1 / Hall A\"")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "The path, parts separated by /.") var path: String

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                return written(try context.database.addLocation(projectId: try context.projectId(project), path: path,
                                                                by: context.user, at: context.now).label)
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Rename a location; the locations under it follow.",
            discussion: "Example: rapport location rename CUO-0001 \"Main / Level 1\" \"Main / Ground\"")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "The location (its path, or the end of it).") var location: String
        @Argument(help: "The new path.") var path: String

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let projectId = try context.projectId(project)
                let saved = try context.database.renameLocation(
                    locationId: try context.locationId(projectId: projectId, code: project, location), to: path,
                    by: context.user, at: context.now)
                let moved = saved.value.moved.count
                return written(saved.label) + (moved > 0 ? " (\(moved) under it moved too)" : "")
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set facts about a location (key=value; key= removes it).",
            discussion: "Example: rapport location set CUO-0001 \"Hall A\" \"wall=gypsum\" \"mount height=2.4 m\" --verified")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The project code.") var project: String
        @Argument(help: "The location (its path, or the end of it).") var location: String
        @Argument(help: "key=value pairs.") var words: [String] = []
        @Flag(help: "The facts were checked on site.") var verified = false

        func run() throws { print(try output()) }

        func output() throws -> String {
            try reporting {
                let context = try PunchContext(options: database)
                let projectId = try context.projectId(project)
                let id = try context.locationId(projectId: projectId, code: project, location)
                var lines: [String] = []
                for (key, value) in try assignments(words, example: "VLAN=120", keepCase: true) {
                    lines.append(written(try context.database.setLocationFact(
                        locationId: id, key: key, value: value.isEmpty ? nil : value, verified: verified, by: context.user,
                        at: context.now).label))
                }
                return lines.joined(separator: "\n")
            }
        }
    }
}
