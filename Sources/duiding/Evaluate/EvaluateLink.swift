import ArgumentParser
import DuidingEvaluation
import DuidingKnowledge
import DuidingPipeline
import Foundation

struct EvaluateLink: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Entity-linking accuracy, NIL precision and coreference accuracy on a .link gold file.",
        discussion: """
            The gold format is described in Gold/link/README.md: documents with a date (# date:) and paragraphs with \
            [surface|English Wikipedia title] name marks and {surface|title} marks for descriptions, groups and pronouns. \
            Each document is analysed end to end (the entity tagger finds the names) with its date as the reference time.
            Example: duiding evaluate link Gold/link/nl-tune.link --errors
            """
    )

    @Argument(help: "Gold file (.link).")
    var gold: String

    @Option(help: "Language of the gold file.")
    var language = "nl"

    @Flag(help: "List wrong links, misses, wrong NILs and wrong references.")
    var errors = false

    @Flag(help: "Print the scores as JSON.")
    var json = false

    func run() throws {
        let documents: [LinkGoldDocument]
        do { documents = try LinkGold.parse(try InputFiles.text(gold)) } catch let error as LinkGoldError {
            throw CLIError("\(gold): \(error)")
        }
        let analyzer = try loadAnalyzer()
        guard let kb = analyzer.knowledgeBase else { throw CLIError("no knowledge base is shipped with this build") }
        let start = Date()
        let score: LinkScore
        do {
            score = try LinkEvaluation.evaluate(analyzer, documents, language: language) { kb.byTitle[$0] != nil }
        } catch { throw CLIError("\(error)") }
        let seconds = Date().timeIntervalSince(start)
        let figures: [(String, Double)] = [
            ("linking_accuracy", score.accuracy), ("linking_accuracy_found", score.accuracyFound),
            ("linking_accuracy_in_kb", score.accuracyInKB), ("nil_precision", score.nilPrecision),
            ("nil_precision_for_kb", score.nilPrecisionForKB),
            ("coreference_accuracy", score.referenceAccuracy),
        ]
        if json {
            var object: [String: Double] = [:]
            for (name, value) in figures { object[name] = (10_000 * value).rounded() / 100 }
            for (name, value) in [
                ("linkable", score.linkable), ("linkable_found", score.linkableFound), ("in_kb", score.inKB),
                ("nil_gold", score.nilGold), ("system_nil", score.systemNIL), ("references", score.references),
            ] { object[name] = Double(value) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(object), as: UTF8.self))
            return
        }
        if errors { for line in score.errors { print(line) } }
        let names = documents.reduce(0) { $0 + $1.names.count }
        print("gold: \(gold) (\(documents.count) documents, \(names) names: \(score.linkable) linkable, \(score.nilGold) NIL; \(score.references) references)")
        print(String(format: "linking accuracy:  %6.2f  (%d of %d linkable names; a name the tagger misses counts as wrong)",
            100 * score.accuracy, score.linkableCorrect, score.linkable))
        print(String(format: "  of names found:  %6.2f  (%d found)", 100 * score.accuracyFound, score.linkableFound))
        print(String(format: "  entity in KB:    %6.2f  (%d of %d linkable names have their entity in the knowledge base)",
            100 * score.accuracyInKB, score.inKB, score.linkable))
        print(String(format: "NIL precision:     %6.2f  (%d of %d names left NIL are NIL in gold)",
            100 * score.nilPrecision, score.systemNILCorrect, score.systemNIL))
        print(String(format: "  for this KB:     %6.2f  (%d of %d are NIL in gold or name an entity the knowledge base lacks)",
            100 * score.nilPrecisionForKB, score.systemNILOutsideKB, score.systemNIL))
        print(String(format: "coreference:       %6.2f  (%d of %d references resolved to the gold entities; %d found)",
            100 * score.referenceAccuracy, score.referencesCorrect, score.references, score.referencesFound))
        print(String(format: "%.2f s", seconds))
    }
}
