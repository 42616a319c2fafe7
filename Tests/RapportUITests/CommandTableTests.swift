import Testing
@testable import RapportUI

/// The command table is the single source of keys, help and hints; these keep it honest.
struct CommandTableTests {
    @Test func everyCommandCanBeReachedAndHasHelp() {
        for command in Command.allCases {
            // A command without a key must be one typed with its argument on the `:` line.
            #expect(!Keymap.standard.keys(for: command).isEmpty || command.argument != nil, "\(command) is unreachable")
            #expect(!command.help.isEmpty)
        }
    }

    @Test func noKeyIsBoundTwiceByDefault() {
        let all = Command.allCases.flatMap(\.defaultKeys)
        #expect(Set(all).count == all.count)
    }

    @Test func helpOverlayListsEveryCommandWithItsKeys() {
        let text = HelpOverlay.lines(keymap: .standard).map(\.text).joined(separator: "\n")
        for command in Command.allCases {
            #expect(text.contains("(\(command.rawValue))"))
        }
        #expect(text.contains("PgDn C-f"))
    }

    @Test func reboundKeysShowInHelpAndWork() {
        var keymap = Keymap.standard
        keymap.bind(.char("j"), to: nil)
        keymap.bind(.char("n"), to: .moveDown)
        #expect(keymap.keys(for: .moveDown) == [.down, .char("n")])
        #expect(keymap.command(for: .char("j")) == nil)
    }

    @Test(arguments: [("j", Key.char("j")), ("Enter", .enter), ("S-Tab", .backTab), ("C-r", .ctrl("r")),
                      ("PgDn", .pageDown), ("Space", .char(" ")), ("F1", .function(1))])
    func keyNames(name: String, key: Key) {
        #expect(Key(name: name) == key)
    }

    @Test func keySequencesTypeUnknownWordsLetterByLetter() {
        #expect(Key.sequence("Tab jk Enter") == [.tab, .char("j"), .char("k"), .enter])
    }
}
