import Foundation
import RapportModel
import Testing
@testable import RapportUI

/// The command table is the single source of keys, help, hints and the key reference.
struct CommandTableTests {
    let table = CommandTable.standard

    @Test func everyCommandCanBeReached() {
        for command in table.commands {
            // A command without a key must be one typed with its argument on the `:` line.
            #expect(!Keymap.standard.keys(for: command).isEmpty || command.argument != nil, "\(command) is unreachable")
        }
    }

    @Test func namesAreKebabCaseAndFindTheirCommand() {
        for command in table.commands {
            #expect(command.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(command.name)")
            #expect(table.command(named: command.name) == command)
            for alias in command.aliases { #expect(table.command(named: alias) == command) }
        }
    }

    @Test func noKeyIsBoundTwiceInOneScopeByDefault() {
        let byScope = Dictionary(grouping: table.commands, by: \.scope)
        for (scope, commands) in byScope {
            let keys = commands.flatMap(\.defaultKeys)
            #expect(Set(keys).count == keys.count, "a key is bound twice in \(scope)")
        }
    }

    @Test func everyViewScopeIsARegisteredView() {
        let names = Set(ViewRegistry.scopeNames.values)
        for command in table.commands where command.scope != .global {
            #expect(names.contains(command.scope), "\(command.name) works in unregistered \(command.scope)")
        }
    }

    @Test func helpListsEveryViewCommandWithTheKeysThatReachItHere() {
        var state = AppState(size: Size(columns: 120, rows: 40), now: FixtureSource.now, timeZone: FixtureSource.zone)
        let text = HelpOverlay.lines(state).map(\.text).joined(separator: "\n")
        for command in table.commands where !isModal(command) {
            #expect(text.contains("(\(command.name))"), "\(command.name) missing from help")
        }
        #expect(text.contains("PgUp C-b"))
        // Triage keys work in the punch list, so from the projects pane help says where
        #expect(text.contains("In the punch list (2): Advance status"))
        state.focus = .punch
        #expect(!HelpOverlay.lines(state).map(\.text).joined().contains("In the punch list (2): Advance status"))
    }

    @Test func argumentValuesComeFromTheTypes() {
        #expect(Command.sort.argument?.values == PunchSort.allCases.map(\.rawValue))
        #expect(Command.sort.argument?.placeholder == "status|priority|due|location|number")
        #expect(Command.sort.argument?.resolve("d") == "due")
        #expect(Command.sort.argument?.resolve("zzz") == nil)
    }

    /// `docs/keys.md` is what the table gives; regenerate it with `rapport keys --defaults`.
    @Test func keysDocumentIsFresh() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
        let committed = try String(contentsOf: file, encoding: .utf8)
        #expect(committed == KeysDocument.markdown(), "docs/keys.md is stale: run `rapport keys --defaults > docs/keys.md`")
    }

    @Test(arguments: [("j", Key.char("j")), ("Enter", .enter), ("S-Tab", .backTab), ("C-r", .ctrl("r")),
                      ("PgDn", .pageDown), ("Space", .char(" ")), ("F1", .function(1))])
    func keyNames(name: String, key: Key) {
        #expect(Key(name: name) == key)
    }

    @Test func keySequencesTypeUnknownWordsLetterByLetter() {
        #expect(Key.sequence("Tab jk Enter") == [.tab, .char("j"), .char("k"), .enter])
    }

    private func isModal(_ command: Command) -> Bool {
        if case .modal = command.scope { return true }
        return false
    }
}
