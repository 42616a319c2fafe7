import Foundation

/// The `rapport` executable under test: the real binary, run as a user runs it.
enum RapportBinary {
    /// The package root, three levels up from this file (Tests/RapportEndToEndTests/…).
    static let packageRoot = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Where the binary is: `$RAPPORT_BINARY` if set; else next to the running test bundle
    /// (`swift test` has just built every product there, whatever the configuration or scratch
    /// path); else `.build/debug/rapport`, built first if missing. Found once for all tests.
    static let path: Result<String, Subprocess.Failure> = locate()

    static func require() throws -> String {
        try path.get()
    }

    private static func locate() -> Result<String, Subprocess.Failure> {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["RAPPORT_BINARY"], !override.isEmpty {
            return fileManager.isExecutableFile(atPath: override)
                ? .success(override) : .failure(.init(description: "RAPPORT_BINARY=\(override) is not an executable"))
        }
        let bundleDirectory = URL(filePath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [bundleDirectory.appending(path: "rapport").path,
                          packageRoot.appending(path: ".build/debug/rapport").path]
        if let found = candidates.first(where: { fileManager.isExecutableFile(atPath: $0) }) { return .success(found) }

        guard let swift = Subprocess.which("swift") else {
            return .failure(.init(description: "no rapport binary at \(candidates[1]) and no swift on PATH to build it"))
        }
        do {
            let build = try Subprocess.run(swift, ["build", "--package-path", packageRoot.path, "--product", "rapport"], timeout: .seconds(1200))
            guard build.status == 0, fileManager.isExecutableFile(atPath: candidates[1]) else {
                return .failure(.init(description: "swift build --product rapport failed (\(build.status)):\n\(build.output)"))
            }
            return .success(candidates[1])
        } catch let error as Subprocess.Failure {
            return .failure(error)
        } catch {
            return .failure(.init(description: "swift build --product rapport: \(error)"))
        }
    }
}
