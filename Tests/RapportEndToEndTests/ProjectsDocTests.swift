import Foundation
import Testing

/// docs/projects.md's worked example is real: every `$ rapport …` line of its console blocks is
/// run, in order, on a fresh file with the clock the page names, and must print what the page shows.
struct ProjectsDocTests {
    /// The commands of the page's console blocks, each with the lines it shows and the exit status
    /// a following `$ echo $?` shows (else 0).
    static func steps(_ page: String) -> [(words: [String], shown: String, status: Int32)] {
        var steps: [(words: [String], shown: String, status: Int32)] = []
        var inBlock = false
        var lines: [String] = []
        var expectStatus = false
        var open = false  // the last step still collects the lines it shows
        func close() {
            guard open else { return }
            steps[steps.count - 1].shown = lines.joined(separator: "\n")
            lines = []
            open = false
        }
        for line in page.components(separatedBy: "\n") {
            if line == "```console" { inBlock = true; continue }
            if inBlock && line == "```" { close(); inBlock = false; continue }
            guard inBlock else { continue }
            if line == "$ echo $?" { close(); expectStatus = true; continue }
            if expectStatus { steps[steps.count - 1].status = Int32(line) ?? -1; expectStatus = false; continue }
            if line.hasPrefix("$ rapport ") {
                close()
                steps.append((words: shellWords(String(line.dropFirst("$ rapport ".count))), shown: "", status: 0))
                open = true
            } else {
                lines.append(line)
            }
        }
        return steps
    }

    /// `a "b c" d` → `["a", "b c", "d"]`: the double-quoted words the page uses.
    static func shellWords(_ text: String) -> [String] {
        var words: [String] = [], current = "", quoted = false, started = false
        for c in text {
            if c == "\"" { quoted.toggle(); started = true; continue }
            if c == " " && !quoted {
                if started { words.append(current) }
                current = ""; started = false
                continue
            }
            current.append(c); started = true
        }
        if started { words.append(current) }
        return words
    }

    @Test func theWorkedExampleRunsAsShown() throws {
        let page = try String(contentsOf: RapportBinary.packageRoot.appending(path: "docs/projects.md"), encoding: .utf8)
        let steps = Self.steps(page)
        #expect(steps.count >= 30)
        let scratch = try Scratch()
        let db = scratch.url.appending(path: "firm.sqlite").path
        let environment = [
            "RAPPORT_NOW": "2026-03-10T09:00", "TZ": "UTC", "USER": "pat", "LOGNAME": "pat", "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": scratch.url.appending(path: "config").path,
            "XDG_DATA_HOME": scratch.url.appending(path: "data").path, "RAPPORT_DB": db,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        let binary = try RapportBinary.require()
        for step in steps {
            // The page's `init firm.sqlite` is relative to where it was typed; here the file is in the scratch folder.
            let words = step.words.first == "init" ? ["init", db] : step.words
            let run = try Subprocess.run(binary, words, environment: environment)
            let shown = step.words.first == "init" ? run.output.replacingOccurrences(of: db, with: "firm.sqlite") : run.output
            #expect(run.status == step.status, "rapport \(step.words.joined(separator: " ")): exit \(run.status)")
            #expect(shown.trimmingCharacters(in: .newlines) == step.shown, "rapport \(step.words.joined(separator: " "))")
        }
    }
}
