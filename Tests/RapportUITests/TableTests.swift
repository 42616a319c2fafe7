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
