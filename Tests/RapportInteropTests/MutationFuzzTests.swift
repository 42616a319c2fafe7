import Foundation
import RapportModel
import Testing
@testable import RapportInterop

/// A bounded mutation fuzzer over the readers and parsers that take outside text: the punch
/// CSV reader, quick-add and the filter line. No input crashes or hangs them, and every
/// rejection is a message that says where (file, line) or what. `RAPPORT_SOAK=1` runs 100× more.
struct MutationFuzzTests {
    static let csvSeeds: [String] = [
        PunchCSV.export(PunchCSVRoundTripTests.rows),
        "Title,Priority,Due,Location,Status\r\nHDMI fails,P1,2026-12-01,\"HQ / Floor 3 / Board Room\",open\r\n",
        "Item;Prio;Fällig\nBeamer flackert;2;01.12.2026\n\"Kabel; lose\";1;\n",
        "\u{FEFF}Subject\tAssigned To\tDue Date\nRack fan\tdana\t12/04/2026\n",
        "Description,Status,Priority\n\"Line one\nline \"\"two\"\"\",Ready for review,High\n",
    ]
    static let quickAddSeeds = [
        "HDMI handshake fails @Board Room !1 due:fri +video =dana", "Rack fan loud @\"Room 2\" !2 due:2026-12-04 blocking",
        "Label speakers +physical-install due:+3d", "!3", "@", "due:",
    ]
    static let filterSeeds = ["@board !1 overdue", "status:open,ready =dana", "\"board room\" due:<fri", "status:closed status:void", "hdmi"]

    /// Runs `body` on every mutation of every seed; returns how many inputs were accepted.
    static func fuzz(seeds: [String], seed: UInt64, count: Int, _ body: ([UInt8]) throws -> Bool) rethrows -> Int {
        var mutator = Mutator(seed: seed)
        var accepted = 0
        let started = ContinuousClock.now
        for i in 0..<Mutator.iterations(count) {
            let input = mutator.mutate(Array(seeds[i % seeds.count].utf8))
            if try body(input) { accepted += 1 }
        }
        // A hang would show as this budget blown (the largest inputs are a few hundred KB).
        #expect(ContinuousClock.now - started < .seconds(Mutator.iterations(count) / 10 + 60))
        return accepted
    }

    @Test func theCSVReaderReadsOrRefusesEveryMutationWithAPlace() {
        let accepted = Self.fuzz(seeds: Self.csvSeeds, seed: 13, count: 500) { bytes in
            do {
                let rows = try PunchCSV.parse(Data(bytes), fileName: "fuzz.csv")
                #expect(rows.allSatisfy { !$0.draft.title.isEmpty && $0.line >= 2 })
                return true
            } catch {
                #expect("\(error)".hasPrefix("fuzz.csv"), "\(error) for \(bytes.prefix(80))")
                return false
            }
        }
        #expect(accepted > 20)  // the mutations are not so hostile that nothing reads
    }

    @Test func quickAddParsesOrRefusesEveryMutationWithAMessage() {
        let today = LocalDate(year: 2026, month: 11, day: 27)
        _ = Self.fuzz(seeds: Self.quickAddSeeds, seed: 7, count: 1_000) { bytes in
            do {
                let draft = try QuickAdd.parse(String(decoding: bytes, as: UTF8.self), today: today)
                #expect(!draft.title.isEmpty)
                return true
            } catch {
                #expect(!"\(error)".isEmpty && !"\(error)".contains("Error("))
                return false
            }
        }
    }

    @Test func theFilterParsesOrRefusesEveryMutationWithAMessage() {
        _ = Self.fuzz(seeds: Self.filterSeeds, seed: 11, count: 1_000) { bytes in
            do {
                _ = try PunchFilter(parsing: String(decoding: bytes, as: UTF8.self))
                return true
            } catch {
                #expect(!"\(error)".isEmpty && !"\(error)".contains("Error("))
                return false
            }
        }
    }
}
