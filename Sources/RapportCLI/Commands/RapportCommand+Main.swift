import ArgumentParser
import Foundation
import RapportModel

extension RapportCommand {
    /// What a run ended with: the exit status and the text for stdout (help) or stderr (errors).
    public struct Outcome: Equatable, Sendable {
        /// 0 done, 1 refused or failed, 2 usage (a mistyped command, option or value).
        public var status: Int32
        public var message: String
        public var toStandardError: Bool
    }

    /// Runs the command line and exits with `outcome(of:)`'s status, its message terminal-safe.
    public static func runAndExit(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        let result = run(arguments)
        fflush(nil)  // what the command printed comes before the message
        if !result.message.isEmpty {
            let text = result.message.hasSuffix("\n") ? result.message : result.message + "\n"
            FileHandle(fileDescriptor: result.toStandardError ? STDERR_FILENO : STDOUT_FILENO).write(Data(text.utf8))
        }
        Foundation.exit(result.status)
    }

    /// Parses and runs `arguments`; what they print as they go goes to stdout as usual.
    public static func run(_ arguments: [String]) -> Outcome {
        // As the parser's own `--version`: the number on stdout, exit 0, without building the tree.
        if FastStart.plan(for: arguments) == .version {
            return Outcome(status: 0, message: RapportVersion.number, toStandardError: false)
        }
        do {
            if let fast = FastStart.command(for: arguments) {
                try fast()
                return Outcome(status: 0, message: "", toStandardError: false)
            }
            var command = try parseAsRoot(arguments)
            try command.run()
            return Outcome(status: 0, message: "", toStandardError: false)
        } catch {
            return outcome(of: error)
        }
    }

    /// The status and message for an error a command or the parser threw.
    public static func outcome(of error: any Error) -> Outcome {
        let code = exitCode(for: error)
        // The message may quote the data (a title, a CSV field): never let it drive the terminal.
        let message = TerminalSafe.text(fullMessage(for: error))
        if code == .success { return Outcome(status: 0, message: message, toStandardError: false) }
        let status: Int32 = code == .validationFailure ? 2 : 1
        return Outcome(status: status, message: message, toStandardError: true)
    }
}
