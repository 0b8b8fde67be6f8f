import ArgumentParser
import DuidingEvaluation
import DuidingPipeline
import Foundation

struct EvaluateEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Event coding precision and recall of (root code, source, target) on an .events gold file.",
        discussion: """
            The gold format is described in Gold/events/README.md. Each document is analysed end to end; a system event \
            matches a gold event with the same CAMEO root whose source and target are the same actors (by name, or by CAMEO \
            actor code); system and gold events are paired one to one, as many as possible, those with the same full code \
            first. Also reported: the full code and the modality (with negation) over the matched events, and the date \
            (the value of the event's time expression, else the article's day) over the matched events whose gold event \
            has one.
            Example: duiding evaluate events Gold/events/nl-tune.events --errors
            """
    )

    @Argument(help: "Gold file (.events).")
    var gold: String

    @Option(help: "Language of the gold file.")
    var language = "nl"

    @Flag(help: "List misses and extras.")
    var errors = false

    @Flag(help: "Print the scores as JSON.")
    var json = false

    func run() throws {
        let documents: [EventGoldDocument]
        do { documents = try EventGold.parse(try InputFiles.text(gold)) } catch let error as GoldLineError {
            throw CLIError("\(gold): \(error)")
        }
        let analyzer = try loadAnalyzer()
        let start = Date()
        let score: EventScore
        do { score = try EventEvaluation.evaluate(analyzer, documents, language: language) } catch { throw CLIError("\(error)") }
        if json {
            let percent = { (value: Double) in (10_000 * value).rounded() / 100 }
            let object: [String: Double] = [
                "precision": percent(score.precision), "recall": percent(score.recall), "full_code_accuracy": percent(score.fullCodeAccuracy),
                "modality_accuracy": percent(score.modalityAccuracy), "date_accuracy": percent(score.dateAccuracy),
                "dated_events": Double(score.dated), "gold_events": Double(score.gold), "system_events": Double(score.system),
            ]
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(object), as: UTF8.self))
            return
        }
        if errors { for line in score.errors { print(line) } }
        print("gold: \(gold) (\(documents.count) documents, \(score.gold) events)")
        print(String(format: "(root, source, target): precision %6.2f  recall %6.2f  (%d system, %d matched)", 100 * score.precision,
            100 * score.recall, score.system, score.matched))
        print(String(format: "full code %6.2f, modality and negation %6.2f (of the matched)", 100 * score.fullCodeAccuracy,
            100 * score.modalityAccuracy))
        print(String(format: "date %6.2f (%d of the %d matched with a gold date)", 100 * score.dateAccuracy, score.datedCorrect, score.dated))
        print(String(format: "%.2f s", Date().timeIntervalSince(start)))
    }
}
