import Testing
@testable import RapportUI

struct TableTests {
    let columns = [
        TableColumn(title: "A", width: 4),
        TableColumn(title: "B", width: 6, flex: 1, dropRank: 1),
        TableColumn(title: "C", width: 6, flex: 3),
    ]

    @Test func spareRoomIsSharedByWeight() {
        // 4 + 6 + 6 + 2 gaps = 18; 8 spare split 1:3
        #expect(Table.widths(of: columns, fitting: 26) == [4, 8, 12])
    }

    @Test func droppableColumnsGoFirstWhenNarrow() {
        #expect(Table.widths(of: columns, fitting: 12) == [4, 0, 7])
    }
}

@MainActor
struct TableClippingTests {
    @Test func columnsThatDoNotFitAreCutAtTheEdge() {
        // Given a table whose fixed columns are wider than its area
        var canvas = Canvas(size: Size(columns: 12, rows: 2))
        let table = Table(columns: [TableColumn(title: "Name", width: 8), TableColumn(title: "Title", width: 10)],
                          top: 0, selected: 0, total: 1, focused: false) { _ in [TableCell("Lobby"), TableCell("Speaker buzz")] }
        // When drawn into the first 10 columns
        table.render(into: &canvas, area: Rect(x: 0, y: 0, width: 10, height: 2), theme: .plain)
        // Then nothing is written past them
        #expect(canvas.lines == ["Name     …", "Lobby    …"])
    }
}
