/// The words and phrases the analyzer knows, with their valence, and the words that change
/// how their neighbours count.
///
/// Valences run from about -4 to +4. The vocabulary is written for project mail of AV
/// integrators (see `SentimentLexicon+Trade.swift`), not copied from a general word list: in
/// this trade "outstanding items" are work not done, "drops" may be cable runs, and a system
/// that "doesn't work" is the commonest complaint there is.
struct SentimentLexicon: Sendable {
    struct Entry: Hashable, Sendable {
        var valence: Double
        /// What the entry counts when negated, where flipping its valence would be wrong:
        /// "working" is barely praise, but "not working" is a strong complaint.
        var negated: Double?
    }

    enum Modifier: Hashable, Sendable {
        /// Turns the next few words around ("not", "never", "without", "no longer").
        case negator
        /// "nothing", "nobody": turns around the clause's next sentiment word, however far.
        case pronounNegator
        /// Scales the next sentiment word: above 0 strengthens ("very"), below 0 softens ("slightly").
        case booster(Double)
        /// "but", "however": what comes after weighs more than what came before.
        case contrast
        /// "although": the clause it opens weighs less.
        case concession
        /// "until", "once", "would be", "supposed to": praise in the clause is not a fact yet.
        case hypothetical
    }

    var entries: [String: Entry]
    var modifiers: [String: Modifier]
    /// The longest phrase, in words, of either table.
    let longestPhrase: Int
    /// Every phrase's first words ("per", "per my", "per my last"): a run of words that is not
    /// one of these cannot grow into a phrase, so most words are looked up once.
    let phrasePrefixes: Set<String>

    init(entries: [String: Entry], modifiers: [String: Modifier]) {
        self.entries = entries
        self.modifiers = modifiers
        longestPhrase = (entries.keys.map(Self.wordCount) + modifiers.keys.map(Self.wordCount)).max() ?? 1
        var prefixes = Set<String>()
        for phrase in Array(entries.keys) + Array(modifiers.keys) {
            let words = phrase.split(separator: " ")
            for n in 1..<max(1, words.count) { prefixes.insert(words.prefix(n).joined(separator: " ")) }
        }
        phrasePrefixes = prefixes
    }

    private static func wordCount(_ phrase: String) -> Int {
        phrase.split(separator: " ").count
    }

    /// How much a negation keeps of a flipped valence: "not good" is less bad than "bad".
    static let negationFactor = -0.74
    /// Clause weights around "but".
    static let beforeContrast = 0.5, afterContrast = 1.5
    static let concessionWeight = 0.5
    /// A word in capitals in mixed-case text.
    static let shoutFactor = 1.5
    /// A shouted word the lexicon does not know still says something ("We need this fixed TODAY").
    static let shoutValence = -1.2
    /// Added to a sentence's magnitude per `!`, up to three.
    static let exclamationBoost = 0.3
    /// The constant of `x / sqrt(x² + α)`, which squashes a sum of valences into -1…1.
    static let normalization = 15.0

    /// Words after which a named problem is the thing put right ("resolving the echo issue").
    var remedies: Set<String> = []

    static let standard: SentimentLexicon = {
        var lexicon = SentimentLexicon(entries: tradeEntries, modifiers: tradeModifiers)
        lexicon.remedies = remedies
        return lexicon
    }()
}
