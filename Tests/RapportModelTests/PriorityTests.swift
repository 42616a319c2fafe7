import Testing
@testable import RapportModel

@Suite struct PriorityTests {
    @Test(arguments: [(Priority.p1, Priority.p2), (.p2, .p3), (.p3, .p1)])
    func cyclingWrapsFromP3BackToP1(from: Priority, expected: Priority) {
        // Given an item's priority, when the PM presses `p`, then it takes the next one round
        #expect(from.cycled == expected)
    }

    @Test func threePressesComeBackToTheStart() {
        for start in Priority.allCases {
            #expect(start.cycled.cycled.cycled == start)
        }
    }

    @Test func p1IsTheMostUrgentAndSortsFirst() {
        #expect([Priority.p3, .p1, .p2].sorted() == [.p1, .p2, .p3])
        #expect(Priority.allCases.map(\.label) == ["P1", "P2", "P3"])
    }
}
