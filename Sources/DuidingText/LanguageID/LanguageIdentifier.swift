public import DuidingResources
import Foundation

/// Identifies the language of a text with a multinomial naive Bayes model over character n-grams.
///
/// The model is learned from treebank sentences by ``LanguageIdentifierTrainer`` and shipped in
/// `Resources/models/`. Only the first ``maximumScalars`` scalars are read, so identifying a 50 MB
/// file costs the same as a page.
public struct LanguageIdentifier: Sendable {
    public let model: LanguageModelFile
    /// How much of a long text is read.
    public static let maximumScalars = 4_000

    public init(model: LanguageModelFile) {
        self.model = model
    }

    /// The language identifier shipped with the engine.
    public static func shipped(bundle: ResourceBundle = .shipped) throws(ResourceError) -> LanguageIdentifier {
        let name = "models/\(LanguageModelFile.shippedName)"
        let contents = try bundle.data(name)
        do {
            return LanguageIdentifier(model: try LanguageModelFile(data: contents))
        } catch {
            throw ResourceError(file: name, line: error.line, message: error.message)
        }
    }

    /// A language and how sure the model is of it.
    public struct Guess: Sendable, Equatable {
        public var language: String
        /// Posterior probability of the language among the model's languages.
        public var probability: Double
    }

    /// The most likely language, or `nil` when the text has no letters to judge by.
    ///
    /// - Complexity: O(min(n, ``maximumScalars``)) hash lookups.
    public func identify(_ text: String) -> Guess? {
        let scores = score(text)
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best].isFinite else { return nil }
        let total = scores.reduce(0.0) { $0 + exp($1 - scores[best]) }
        return Guess(language: model.languages[best], probability: 1 / total)
    }

    /// Log-probability of the text under each language, in the order of ``LanguageModelFile/languages``.
    public func score(_ text: String) -> [Double] {
        var scores = model.priors
        var letters = 0
        CharacterNGrams.forEach(in: text, limit: Self.maximumScalars) { key, kind in
            switch kind {
            case .word:
                // Word evidence from frequency lists: known words only, scaled by the model's word weight.
                guard let row = model.weights[key] else { return }
                for index in scores.indices { scores[index] += model.wordWeight * row[index] }
            case .gram(let hasLetter):
                if hasLetter { letters += 1 }
                let row = model.weights[key] ?? model.unseen
                for index in scores.indices { scores[index] += row[index] }
            }
        }
        guard letters > 0 else { return scores.map { _ in -.infinity } }
        return scores
    }
}

/// The features the identifier reads: character n-grams of lowercased words padded with spaces
/// (n = 1…4), and the words themselves (keyed `w=word`), digits written as 0.
enum CharacterNGrams {
    static let template = "char-ngrams n=1...4 lowercased, words padded with one space, digits as 0; words as w=word"
    static let orders = 1...4
    static let wordPrefix = "w="

    enum Kind {
        case gram(hasLetter: Bool)
        case word
    }

    /// Calls `body` for every n-gram and word.
    static func forEach(in text: String, limit: Int, _ body: (String, Kind) -> Void) {
        var word: [Character] = [" "]
        var count = 0
        func flush() {
            guard word.count > 1 else { return }
            let letters = word.dropFirst()
            if letters.contains(where: \.isLetter) { body(wordPrefix + String(letters), .word) }
            word.append(" ")
            for n in orders where word.count >= n {
                for start in 0...(word.count - n) {
                    let gram = word[start..<(start + n)]
                    if n == 1, gram.first == " " { continue }
                    body(String(gram), .gram(hasLetter: gram.contains { $0.isLetter }))
                }
            }
            word = [" "]
        }
        // Lowercase only what is read: a 50 MB text costs the same as a page.
        let head = limit < Int.max ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) : text
        for character in head.lowercased() {
            count += 1
            if count > limit { break }
            if character.isLetter {
                word.append(character)
            } else if character.isNumber {
                word.append("0")
            } else if character == "'" || character == "\u{2019}" {
                word.append("'")
            } else {
                flush()
            }
        }
        flush()
    }
}
