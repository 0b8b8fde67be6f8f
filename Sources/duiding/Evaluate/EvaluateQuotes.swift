import ArgumentParser
import DuidingEvaluation
import DuidingPipeline
import Foundation

/// The gold file and the options `evaluate quotes` and `evaluate claims` share.
struct QuoteGoldOptions: ParsableArguments {
    @Argument(help: "Gold file (.quotes).")
    var gold: String

    @Option(help: "Language of the gold file.")
    var language = "nl"

    @Flag(help: "List misses, extras and wrong attributions or values.")
    var errors = false

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "Break direct attribution down by how the speaker was found (the quotes' `attribution`).")
    var byAttribution = false

    func evaluate() throws -> (QuoteScore, ClaimScore, documents: Int, seconds: Double) {
        let documents: [QuoteGoldDocument]
        do { documents = try QuoteGold.parse(try InputFiles.text(gold)) } catch let error as QuoteGoldError {
            throw CLIError("\(gold): \(error)")
        }
        let analyzer = try loadAnalyzer()
        let start = Date()
        do {
            let (quotes, claims) = try QuoteEvaluation.evaluate(analyzer, documents, language: language)
            return (quotes, claims, documents.count, Date().timeIntervalSince(start))
        } catch { throw CLIError("\(error)") }
    }

    func printJSON(_ figures: [String: Double]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(figures), as: UTF8.self))
    }
}

/// A percentage with two decimals, for JSON.
private func percent(_ value: Double) -> Double { (10_000 * value).rounded() / 100 }

struct EvaluateQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Quote detection and speaker attribution on a .quotes gold file.",
        discussion: """
            The gold format is described in Gold/quotes/README.md: documents of paragraphs, each followed by its \
            annotated quotes (direct, partial, indirect, with speaker and addressee), terms and claims. Each document is \
            analysed end to end. A system quote matches the gold quote it overlaps most. Attribution precision is over \
            the system's direct quotes with a speaker (a quote that is not one in gold counts as wrong; gold quotes whose \
            speaker the text does not tell are left out), recall over the gold direct quotes with a speaker.
            Example: duiding evaluate quotes Gold/quotes/nl-tune.quotes --errors
            """
    )

    @OptionGroup var options: QuoteGoldOptions

    func run() throws {
        let (score, _, documents, seconds) = try options.evaluate()
        if options.json {
            try options.printJSON([
                "quote_precision": percent(score.marked.precision), "quote_recall": percent(score.marked.recall),
                "direct_precision": percent(score.direct.precision), "direct_recall": percent(score.direct.recall),
                "indirect_precision": percent(score.indirect.precision), "indirect_recall": percent(score.indirect.recall),
                "attribution_precision": percent(score.attributionPrecision), "attribution_recall": percent(score.attributionRecall),
                "reported_attribution_precision": percent(score.reportedPrecision),
                "reported_attribution_recall": percent(score.reportedRecall),
                "terms": Double(score.terms), "terms_taken_as_quotes": Double(score.termsTaken),
                "gold_quotes": Double(score.marked.gold), "gold_indirect": Double(score.indirect.gold),
            ])
            return
        }
        if options.errors { for line in score.errors where !line.contains(": value ") { print(line) } }
        func line(_ name: String, _ counts: QuoteScore.Counts) -> String {
            String(format: "%@ precision %6.2f  recall %6.2f  F1 %6.2f  (%d system, %d gold)", name, 100 * counts.precision,
                100 * counts.recall, 100 * counts.f1, counts.system, counts.gold)
        }
        print("gold: \(options.gold) (\(documents) documents)")
        print(line("quotes in marks:   ", score.marked))
        print(line("  direct:          ", score.direct))
        print(line("indirect speech:   ", score.indirect))
        print(String(format: "direct attribution: precision %6.2f (%d of %d)  recall %6.2f (%d of %d with a known speaker)",
            100 * score.attributionPrecision, score.attributedCorrect, score.attributed, 100 * score.attributionRecall,
            score.attributedCorrect, score.attributable))
        if options.byAttribution {
            for (basis, counts) in score.byAttribution.sorted(by: { ($0.value.attributed, $1.key) > ($1.value.attributed, $0.key) }) {
                print(String(format: "  by %@: %d of %d right", basis.padding(toLength: 28, withPad: " ", startingAt: 0), counts.correct, counts.attributed))
            }
        }
        print(String(format: "partial and indirect attribution: precision %6.2f  recall %6.2f  (%d with a known speaker found)",
            100 * score.reportedPrecision, 100 * score.reportedRecall, score.reportedAttributable))
        print(String(format: "addressees: %d of %d right", score.addresseesCorrect, score.addressees))
        print("terms taken for quotes: \(score.termsTaken) of \(score.terms)")
        print(String(format: "%.2f s", seconds))
    }
}

struct EvaluateClaims: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Claim (quantity) detection, value and source accuracy on a .quotes gold file.",
        discussion: """
            A system claim matches the gold claim whose quantity it overlaps most. Value accuracy is over matched claims \
            (the lower bound of a range); source accuracy over matched claims with a stated source in gold.
            Example: duiding evaluate claims Gold/quotes/nl-tune.quotes --errors
            """
    )

    @OptionGroup var options: QuoteGoldOptions

    func run() throws {
        let (_, score, documents, seconds) = try options.evaluate()
        if options.json {
            try options.printJSON([
                "claim_precision": percent(score.detection.precision), "claim_recall": percent(score.detection.recall),
                "value_accuracy": percent(score.valueAccuracy), "source_accuracy": percent(score.sourceAccuracy),
                "sources_where_none_stated": Double(score.sourceInvented), "claims_without_source": Double(score.unsourced),
                "gold_claims": Double(score.detection.gold),
            ])
            return
        }
        if options.errors { for line in score.errors { print(line) } }
        print("gold: \(options.gold) (\(documents) documents)")
        print(String(format: "claims: precision %6.2f  recall %6.2f  F1 %6.2f  (%d system, %d gold)", 100 * score.detection.precision,
            100 * score.detection.recall, 100 * score.detection.f1, score.detection.system, score.detection.gold))
        print(String(format: "value accuracy:  %6.2f (%d of %d matched)", 100 * score.valueAccuracy, score.valueCorrect,
            score.detection.systemMatched))
        print(String(format: "source accuracy: %6.2f (%d of %d with a stated source); a source named for %d of the %d with none stated",
            100 * score.sourceAccuracy, score.sourceCorrect, score.sourced, score.sourceInvented, score.unsourced))
        print(String(format: "%.2f s", seconds))
    }
}
