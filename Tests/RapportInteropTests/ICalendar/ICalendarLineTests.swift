import Foundation
import Testing
@testable import RapportInterop

/// Content lines: folding, unfolding, TEXT escaping and parameter quoting (RFC 5545 3.1–3.3).
@Suite struct ICalendarLineTests {
    @Test func longLinesFoldAt75OctetsWithoutSplittingACharacter() throws {
        // Given a SUMMARY of 40 "é" (two octets each) after 8 octets of name
        let line = "SUMMARY:" + String(repeating: "é", count: 40)
        // When folded
        let folded = ICalendarLines.fold(line)
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        // Then no physical line passes 75 octets, each continuation starts with one space, and
        // every line is whole UTF-8 (no "é" is cut in two)
        #expect(physical.map(\.utf8.count) == [74, 15])
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(physical.joined(separator: "\r\n") + "\r\n" == folded)
        // And unfolding gives the line back
        #expect(try ICalendarLines.unfold(Data(folded.utf8)).map(\.text) == [line])
    }

    @Test func aShortLineIsNotFolded() {
        #expect(ICalendarLines.fold("UID:1") == "UID:1\r\n")
        let exactly75 = "X:" + String(repeating: "a", count: 73)
        #expect(ICalendarLines.fold(exactly75) == exactly75 + "\r\n")
    }

    @Test func unfoldingReadsCRLFAndLFAndTabsAndKeepsTheFirstLineNumber() throws {
        let text = "A:one\r\n two\nB:x\n\tyz\r\nC:3\n"
        let lines = try ICalendarLines.unfold(Data(text.utf8))
        #expect(lines.map(\.text) == ["A:onetwo", "B:xyz", "C:3"])
        #expect(lines.map(\.line) == [1, 3, 5])
    }

    @Test func aFoldInsideAUTF8CharacterFromAnotherProgramStillReads() throws {
        // "é" is C3 A9: a careless producer folded between the two octets
        let bytes: [UInt8] = Array("SUMMARY:caf".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xA9]
        #expect(try ICalendarLines.unfold(Data(bytes)).map(\.text) == ["SUMMARY:café"])
    }

    @Test func invalidUTF8IsRefusedWithItsLine() {
        let bytes: [UInt8] = Array("A:1\r\nB:".utf8) + [0xFF, 0xFE]
        #expect(throws: ICalendarError(line: 2, reason: "not UTF-8 text")) { try ICalendarLines.unfold(Data(bytes)) }
    }

    @Test(arguments: [
        ("a, b; c\\d\nnext", "a\\, b\\; c\\\\d\\nnext"),
        ("plain", "plain"),
    ])
    func textIsEscapedAndUnescaped(raw: String, escaped: String) {
        #expect(ICalendarText.escaped(raw) == escaped)
        #expect(ICalendarText.unescaped(Substring(escaped)) == raw)
    }

    @Test func uppercaseNInTextIsANewlineToo() {
        #expect(ICalendarText.unescaped("one\\Ntwo") == "one\ntwo")
    }

    @Test func quotedParameterValuesMayHoldColonsSemicolonsAndCommas() throws {
        let line = try ContentLine(parsing: #"ATTENDEE;CN="Whitfield, Dana: PM";ROLE=CHAIR;X-LIST=a,"b;c":mailto:dana@x.example"#, line: 7)
        #expect(line.name == "ATTENDEE")
        #expect(line.parameter("CN") == "Whitfield, Dana: PM")
        #expect(line.parameters.map(\.name) == ["CN", "ROLE", "X-LIST"])
        #expect(line.parameters[2].values == ["a", "b;c"])
        #expect(line.value == "mailto:dana@x.example")
        // Written back, the value is quoted again, so it reads the same
        #expect(line.text == #"ATTENDEE;CN="Whitfield, Dana: PM";ROLE=CHAIR;X-LIST=a,"b;c":mailto:dana@x.example"#)
    }

    @Test func caretEscapesInParametersAreDecoded() throws {
        let line = try ContentLine(parsing: "ATTENDEE;CN=Dana ^'DJ^' W^^:mailto:d@x.example", line: 1)
        #expect(line.parameter("CN") == "Dana \"DJ\" W^")
        #expect(ContentLine(name: "X", parameters: [("CN", ["say \"hi\""])], value: "v").text == "X;CN=say ^'hi^':v")
    }

    @Test(arguments: [
        ("no colon here", "NO: no ':' before the value"),
        (":value", "a content line must start with a property name"),
        ("DTSTART;TZID:20260101T090000", "DTSTART: a parameter must be NAME=VALUE"),
        ("ATTENDEE;CN=\"open:mailto:x", "ATTENDEE: the quoted value of CN is not closed"),
    ])
    func malformedLinesAreRefusedWithTheReason(text: String, reason: String) {
        #expect(throws: ICalendarError(line: 4, reason: reason)) { try ContentLine(parsing: Substring(text), line: 4) }
    }
}
