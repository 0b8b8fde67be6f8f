import ArgumentParser
import DuidingEvaluation
import DuidingPipeline
import Foundation

struct EvaluateTime: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Time-expression extent F1 (strict and relaxed), type and value accuracy on a TimeML-style gold file.",
        discussion: """
            The gold format is described in Gold/time/README.md: documents with a creation date (# dct:) and \
            tokenised sentences with inline <TIMEX3> tags. Each document is analysed with its creation date as \
            the reference time.
            Example: duiding evaluate time Gold/time/nl-tune.timeml --errors
            """
    )

    @Argument(help: "Gold file (.timeml).")
    var gold: String

    @Option(help: "Language of the gold file (default: identified from the text).")
    var language: String?

    @Flag(help: "List the misses, false alarms and wrong values.")
    var errors = false

    @Flag(help: "Print the scores as JSON.")
    var json = false

    func run() throws {
        let documents: [TimeGoldDocument]
        do { documents = try TimeGold.parse(try InputFiles.text(gold)) } catch let error as TimeGoldError {
            throw CLIError("\(gold): \(error)")
        }
        let analyzer = try loadAnalyzer()
        let start = Date()
        let score: TimeScore
        do { score = try TimeEvaluation.evaluate(analyzer, documents, language: language) } catch { throw CLIError("\(error)") }
        let seconds = Date().timeIntervalSince(start)
        if json {
            struct Output: Encodable {
                var gold, system: Int
                var strictF1, relaxedF1, relaxedPrecision, relaxedRecall, typeAccuracy, valueAccuracy, modAccuracy, valueF1: Double
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            let output = Output(
                gold: score.gold, system: score.system, strictF1: 100 * score.strictF1.f1, relaxedF1: 100 * score.relaxedF1.f1,
                relaxedPrecision: 100 * score.relaxedF1.precision, relaxedRecall: 100 * score.relaxedF1.recall,
                typeAccuracy: 100 * score.typeAccuracy, valueAccuracy: 100 * score.valueAccuracy, modAccuracy: 100 * score.modAccuracy,
                valueF1: 100 * score.valueF1)
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
            return
        }
        if errors { for line in score.errors { print(line) } }
        let sentences = documents.reduce(0) { $0 + $1.sentences.count }
        print("gold: \(gold) (\(documents.count) documents, \(sentences) sentences, \(score.gold) expressions); system: \(score.system)")
        let strict = score.strictF1, relaxed = score.relaxedF1
        print(String(format: "extent, strict:  P %6.2f  R %6.2f  F1 %6.2f", 100 * strict.precision, 100 * strict.recall, 100 * strict.f1))
        print(String(format: "extent, relaxed: P %6.2f  R %6.2f  F1 %6.2f", 100 * relaxed.precision, 100 * relaxed.recall, 100 * relaxed.f1))
        print(String(format: "over relaxed matches: type %6.2f  value %6.2f  mod %6.2f (accuracy); value F1 %6.2f",
            100 * score.typeAccuracy, 100 * score.valueAccuracy, 100 * score.modAccuracy, 100 * score.valueF1))
        print(String(format: "%.2f s", seconds))
    }
}
