import RapportModel
import Testing
@testable import RapportUI

/// The record form's typed fields: each kind reads its text or says what is wrong, at the field.
struct RecordFieldTests {
    let today = LocalDate(year: 2026, month: 11, day: 27)

    @Test(arguments: [
        (FieldKind.date, "tomorrow", FieldValue.date(LocalDate(year: 2026, month: 11, day: 28))),
        (.date, "+3d", .date(LocalDate(year: 2026, month: 11, day: 30))),
        (.date, "", .date(nil)),
        (.money, "$12,500.50", .money(1_250_050)),
        (.money, "12500", .money(1_250_000)),
        (.number(1...5), "4", .number(4)),
        (.flag, "Y", .flag(true)),
        (.choice(["P1", "P2", "P3"]), "p2", .choice("P2")),
        (.reference([RecordRef(id: 7, name: "Dana Whitfield"), RecordRef(id: 8, name: "Li Chen")]), "dan", .reference(7)),
        (.text, "line one\nline two", .text("line one\nline two")),
    ])
    func kindsReadTheirText(kind: FieldKind, text: String, value: FieldValue) {
        #expect(kind.parse(text, required: false, today: today) == .success(value))
    }

    @Test(arguments: [
        (FieldKind.date, "fryday", "'fryday' is not a date"),
        (.money, "12,50", "'12,50' is not an amount"),
        (.money, "1.234", "'1.234' is not an amount"),
        (.number(1...5), "9", "a whole number from 1 to 5"),
        (.flag, "maybe", "yes or no"),
        (.choice(["P1", "P2", "P3"]), "P7", "one of P1, P2, P3"),
        (.reference([RecordRef(id: 7, name: "Dana"), RecordRef(id: 8, name: "Dave")]), "da", "no such record; Tab completes a name"),
        (.line, "  ", "this is needed"),
    ])
    func badTextIsRefusedWithTheReason(kind: FieldKind, text: String, message: String) {
        guard case .failure(let error) = kind.parse(text, required: kind == .line, today: today) else {
            Issue.record("\(text) was read as \(kind)")
            return
        }
        #expect(error.message.hasPrefix(message))
    }

    @Test func aRefusedFieldGetsItsMessageAndTheFocus() {
        var form = Form(title: "t", fields: [.init(id: "name", label: "Name", required: true),
                                             .init(id: "amount", label: "Amount", text: "lots", kind: .money)])
        #expect(form.typedValues(today: today) == nil)
        #expect(form.fields.map(\.error) == ["this is needed", "'lots' is not an amount; write it as 12500, 12,500.00 or $12,500.50"])
        #expect(form.focus == 0)
    }

    @Test func aMultiLineFieldBreaksJoinsAndWalksItsLines() {
        var form = Form(title: "t", fields: [.init(id: "detail", label: "Detail", text: "first", kind: .text)])
        // Enter breaks the line at the cursor, so typing goes on the new line
        #expect(form.handle(.enter) == .edited)
        for c in "second" { _ = form.handle(.char(c)) }
        #expect(form["detail"] == "first\nsecond")
        // Up goes to the line above; Down back
        #expect(form.handle(.up) == .moved)
        #expect(form.fields[0].lines.current == 0)
        #expect(form.handle(.down) == .moved)
        // Backspace at a line's start joins it to the one above
        _ = form.handle(.home)
        #expect(form.handle(.backspace) == .edited)
        #expect(form["detail"] == "firstsecond")
        // A paste keeps its line breaks
        _ = form.paste("\na\nb")
        #expect(form["detail"] == "first\na\nbsecond")
    }
}
