import Foundation
import RapportModel

/// Reads mail stores into messages ready to import: parsed, their new text cut from quotes
/// and signatures, scored for tone and urgency. Broken messages are collected with where they
/// are, or with `strict` stop the reading with `AppError.brokenMail`.
public struct MailImportReader {
    public var strict = false
    /// Called after every message read, with the count so far.
    public var progress: ((Int) -> Void)?
    let analyzer = SentimentAnalyzer()

    public init(strict: Bool = false, progress: ((Int) -> Void)? = nil) {
        self.strict = strict
        self.progress = progress
    }

    public struct Output: Sendable {
        public var messages: [MailImportMessage] = []
        public var broken: [MailImportResult.Broken] = []
        /// Messages found, broken ones included.
        public var read = 0
    }

    public func read(_ paths: [String]) throws -> Output {
        var output = Output()
        try MailReader.read(paths) { raw in
            output.read += 1
            switch message(raw) {
            case .success(let message):
                output.messages.append(message)
            case .failure(let problem):
                if strict { throw AppError.brokenMail(location: raw.location.description, reason: problem.reason) }
                output.broken.append(.init(location: raw.location.description, reason: problem.reason))
            }
            progress?(output.read)
        }
        return output
    }

    /// Characters of a message's own text kept in the database; the tone is read from all of it.
    static let bodyLimit = 20_000

    public struct Problem: Error {
        public var reason: String
    }

    /// One raw message as it will be stored, or why it cannot be.
    public func message(_ raw: RawMail) -> Result<MailImportMessage, Problem> {
        let parsed: MailMessage
        do {
            parsed = try MailMessage.parse(raw.bytes)
        } catch {
            return .failure(Problem(reason: error.description))
        }
        guard let from = parsed.from else { return .failure(Problem(reason: MailMessage.Problem.noSender.description)) }
        guard let at = parsed.date ?? raw.receivedAt else {
            return .failure(Problem(reason: "no date (no readable Date header, and the mail store gives none)"))
        }
        let body = NewText.extract(from: parsed.text)
        let sentiment = analyzer.analyze(body)
        let stored = body.count > Self.bodyLimit
            ? String(body.prefix(Self.bodyLimit)) + "\n[… \(body.count - Self.bodyLimit) more characters not kept]" : body
        return .success(MailImportMessage(
            messageId: parsed.messageId
                ?? MailImportMessage.syntheticId(from: from.address, at: at, subject: parsed.subject, text: parsed.text),
            inReplyTo: parsed.inReplyTo, references: parsed.references, from: from.address,
            recipients: (parsed.to + parsed.cc).map(\.address), at: at, subject: parsed.subject, body: stored,
            sentiment: sentiment.score, urgency: MailUrgency.score(body, sentiment: sentiment),
            source: raw.location.description))
    }
}
