import Foundation

// The libFuzzer entry for the long fuzz run (`.ci/fuzz/run`): compiled with the model and interop
// sources into one module, so the readers and parsers are called exactly as the app calls them.
// A crash, a hang (-timeout) or a refusal without its place is a finding.

/// Feeds one input to the punch CSV reader, quick-add, the filter line and the sanitiser.
@_cdecl("LLVMFuzzerTestOneInput")
public func rapportFuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    do { _ = try PunchCSV.parse(data, fileName: "fuzz.csv") } catch {
        precondition("\(error)".hasPrefix("fuzz.csv"), "a refusal that does not name the file: \(error)")
    }
    let text = String(decoding: data, as: UTF8.self)
    do { _ = try QuickAdd.parse(text, today: LocalDate(year: 2026, month: 11, day: 27)) } catch {
        precondition(!"\(error)".isEmpty, "a quick-add refusal without a message")
    }
    do { _ = try PunchFilter(parsing: text) } catch {
        precondition(!"\(error)".isEmpty, "a filter refusal without a message")
    }
    let shown = TerminalSafe.line(text)
    precondition(TerminalSafe.isSafeLine(shown), "the sanitiser's output is not safe: \(shown.debugDescription)")
    return 0
}
