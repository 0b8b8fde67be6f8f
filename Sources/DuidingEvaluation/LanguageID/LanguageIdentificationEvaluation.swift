public import DuidingCore
public import DuidingText

/// Accuracy of language identification on gold sentences of known language.
public enum LanguageIdentificationEvaluation {
    public struct Report: Sendable, Codable {
        /// Per language: sentences judged and sentences right.
        public var perLanguage: [String: SpanScore]
        public var total: Int
        public var correct: Int
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
        /// A few of the sentences it got wrong, for inspection.
        public var errors: [String]
    }

    /// The `# text` of each sentence with at least `minimumWords` words.
    public static func sentences(of document: CoNLLUDocument, minimumWords: Int) -> [String] {
        document.sentences.compactMap { sentence in
            guard sentence.words.count >= minimumWords else { return nil }
            return sentence.comment("text") ?? sentence.words.map(\.form).joined(separator: " ")
        }
    }

    public static func evaluate(_ identifier: LanguageIdentifier, gold: [(language: String, text: String)]) -> Report {
        var perLanguage: [String: SpanScore] = [:]
        var correct = 0
        var errors: [String] = []
        for (language, text) in gold {
            let guess = identifier.identify(text)?.language
            var score = perLanguage[language] ?? SpanScore(gold: 0, system: 0, correct: 0)
            score.gold += 1
            score.system += 1
            if guess == language {
                score.correct += 1
                correct += 1
            } else if errors.count < 200 {
                errors.append("\(language)→\(guess ?? "none"): \(text)")
            }
            perLanguage[language] = score
        }
        return Report(perLanguage: perLanguage, total: gold.count, correct: correct, errors: errors)
    }
}
