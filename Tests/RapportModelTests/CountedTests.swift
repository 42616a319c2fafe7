import Testing
import RapportModel

struct CountedTests {
    @Test func oneIsSingularEverythingElsePlural() {
        #expect(Counted.text(1, "project") == "1 project")
        #expect(Counted.text(0, "project") == "0 projects")
        #expect(Counted.text(12, "customer") == "12 customers")
        #expect(Counted.text(2, "opportunity", "opportunities") == "2 opportunities")
    }
}
