import DuidingCore
public import DuidingPipeline
import Foundation

/// Time-expression scores as TempEval-3 counts them: extent precision, recall and F1, strict (same
/// words) and relaxed (overlapping words, one to one); type, value and mod accuracy over the relaxed
/// matches; and value F1 (relaxed F1 × value accuracy).
public struct TimeScore: Sendable, Codable {
    public var gold = 0
    public var system = 0
    public var strict = 0
    public var relaxed = 0
    public var typeCorrect = 0
    public var valueCorrect = 0
    public var modCorrect = 0
    /// Misses, false alarms and wrong values, for looking at (`document: sentence`).
    public var errors: [String] = []

    public var strictF1: SpanScore { SpanScore(gold: gold, system: system, correct: strict) }
    public var relaxedF1: SpanScore { SpanScore(gold: gold, system: system, correct: relaxed) }
    public var typeAccuracy: Double { relaxed == 0 ? 0 : Double(typeCorrect) / Double(relaxed) }
    public var valueAccuracy: Double { relaxed == 0 ? 0 : Double(valueCorrect) / Double(relaxed) }
    public var modAccuracy: Double { relaxed == 0 ? 0 : Double(modCorrect) / Double(relaxed) }
    public var valueF1: Double { relaxedF1.f1 * valueAccuracy }
}

public enum TimeEvaluation {
    /// Analyses each gold document as pre-tokenised text, its creation date as the reference time, and
    /// scores the time expressions found against the gold ones.
    public static func evaluate(_ analyzer: Analyzer, _ documents: [TimeGoldDocument], language: String? = nil)
        throws(PipelineError) -> TimeScore
    {
        var score = TimeScore()
        for document in documents {
            let conllu = CoNLLUDocument(
                sentences: document.sentences.map { sentence in
                    CoNLLUSentence(
                        comments: ["text = " + sentence.words.joined(separator: " ")],
                        rows: sentence.words.enumerated().map { CoNLLURow(id: String($0.offset + 1), form: $0.element) })
                })
            let options = AnalyzeOptions(
                language: language, referenceText: document.dct + "T12:00:00", timeZone: TimeZone(identifier: "UTC"), now: Date())
            let analysis = try analyzer.analyze(conllu: conllu, options: options)
            for (index, sentence) in document.sentences.enumerated() where index < analysis.sentences.count {
                let tokens = analysis.tokens[analysis.sentences[index].tokens]
                let first = tokens.startIndex
                // The system's expressions in this sentence, as word ranges.
                let found: [(Range<Int>, TimeExpression)] = analysis.times.compactMap { time in
                    guard let start = tokens.firstIndex(where: { $0.start == time.start }),
                        let end = tokens.firstIndex(where: { $0.end == time.end })
                    else { return nil }
                    return ((start - first)..<(end - first + 1), time)
                }
                score.add(gold: sentence.expressions, system: found, words: sentence.words, document: document.id)
            }
        }
        return score
    }
}

extension TimeScore {
    mutating func add(gold: [TimeGoldExpression], system: [(Range<Int>, TimeExpression)], words: [String], document: String) {
        self.gold += gold.count
        self.system += system.count
        var used = Set<Int>()
        func text(_ range: Range<Int>) -> String { words[range].joined(separator: " ") }
        for expression in gold {
            // The same words, else the first overlapping expression not matched yet.
            let exact = system.indices.first { !used.contains($0) && system[$0].0 == expression.tokens }
            guard let match = exact ?? system.indices.first(where: { !used.contains($0) && system[$0].0.overlaps(expression.tokens) })
            else {
                errors.append("\(document): missed \(text(expression.tokens)) [\(expression.value)] in: \(words.joined(separator: " "))")
                continue
            }
            used.insert(match)
            let found = system[match].1
            relaxed += 1
            if exact != nil { strict += 1 }
            if found.type == expression.type { typeCorrect += 1 }
            if found.mod == expression.mod { modCorrect += 1 }
            if found.value == expression.value {
                valueCorrect += 1
            } else {
                errors.append("\(document): value of \(text(expression.tokens)): \(found.value ?? "none") instead of \(expression.value)")
            }
            if exact == nil {
                errors.append("\(document): extent \(text(system[match].0)) instead of \(text(expression.tokens))")
            }
        }
        for index in system.indices where !used.contains(index) {
            errors.append("\(document): false alarm \(text(system[index].0)) [\(system[index].1.value ?? "none")] in: \(words.joined(separator: " "))")
        }
    }
}
