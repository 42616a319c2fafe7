import Testing
import RapportModel

/// Project codes suggested from the customer's name, unique among the codes there are.
struct ProjectCodeTests {
    @Test(arguments: [
        ("Northbrook Heritage Museum", "NHM"), ("Acme", "ACM"), ("The Zürich Oper", "ZOU"), ("Bay & Co", "BAY"),
        ("Lakeside Medical Center of Ohio", "LMC"), ("3M", "3M"), ("!!!", "PRJ"),
    ])
    func prefixes(_ name: String, _ prefix: String) {
        #expect(ProjectCode.prefix(name) == prefix)
    }

    @Test func theNumberIsOnePastTheHighestWithTheSameLetters() {
        let taken = ["NHM-0011", "nhm-0003", "ABC-0100", "NHM-FOO"]
        #expect(ProjectCode.suggest(customerName: "Northbrook Heritage Museum", existing: taken) == "NHM-0012")
        #expect(ProjectCode.suggest(customerName: "Acme", existing: taken) == "ACM-0001")
        #expect(ProjectCode.suggest(customerName: "Acme", existing: ["ACM-9999"]) == "ACM-10000")
    }

    @Test(arguments: [
        ("", "the code is empty"),
        ("ACME 1", "'ACME 1' may hold only letters, digits, -, _ and . (e.g. ACME-0001)"),
        ("-ACME", "'-ACME' may hold only letters, digits, -, _ and . (e.g. ACME-0001)"),
        ("ABCDEFGHIJKLMNOPQRSTU", "'ABCDEFGHIJKLMNOPQRSTU' is longer than 20 characters"),
    ])
    func malformedCodesAreRefused(_ code: String, _ reason: String) {
        #expect(throws: AppError.invalidRecord(record: "project", field: "code", reason: reason)) {
            try ProjectCode.check(code)
        }
    }
}
