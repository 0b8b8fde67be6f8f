import ArgumentParser
import DuidingCore
import DuidingEntities
import DuidingEvaluation
import DuidingText
import Foundation

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure Duiding against gold data with the standard metrics.",
        subcommands: [EvaluateTokenize.self, EvaluateLanguageID.self, EvaluateUD.self, EvaluateNER.self, EvaluateTime.self, EvaluateLink.self, EvaluateQuotes.self, EvaluateClaims.self, EvaluateEvents.self]
    )
}

struct EvaluateTokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Tokens and sentences F1 from raw text against a CoNLL-U gold file (CoNLL 2018 alignment).",
        discussion: """
            The raw text is the gold file's # text lines, joined per document; the system's tokens and
            sentences are aligned to the gold ones by character spans, whitespace ignored.
            Example: duiding evaluate tokenize --gold ../shared/data/ud-nl/nl_alpino-ud-test.conllu
            """
    )

    @Option(help: "Gold CoNLL-U file.")
    var gold: String

    @Option(help: "Language of the tokenizer rules.")
    var language = "nl"

    @Flag(help: "Write the scores as JSON.")
    var json = false

    func run() throws {
        let document = try readCoNLLU(gold)
        let segmenter: Segmenter
        do { segmenter = try Segmenter(language: language) } catch { throw CLIError("\(error)") }
        let report = try TokenizationEvaluation.evaluate(gold: document) { scalars in
            let (tokens, sentences) = segmenter.segment(scalars, in: 0..<scalars.count)
            return (
                tokens.map { $0.start..<$0.end },
                sentences.map { tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end }
            )
        }
        if json {
            try InputFiles.writeJSON(report)
            return
        }
        print("gold: \(gold)")
        print("metric      gold  system  correct  precision  recall      F1")
        for (name, score) in [("Tokens", report.tokens), ("Sentences", report.sentences)] {
            print(
                name.padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(format: "%6d  %6d  %7d  %9.2f  %6.2f  %6.2f", score.gold, score.system, score.correct,
                        100 * score.precision, 100 * score.recall, 100 * score.f1))
        }
    }
}

struct EvaluateLanguageID: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "langid",
        abstract: "Accuracy of language identification on the sentences of CoNLL-U files of known language.",
        discussion: """
            Example: duiding evaluate langid --gold nl=../shared/data/ud-nl/nl_alpino-ud-test.conllu \\
                       --gold en=../shared/data/ud-en/en_ewt-ud-test.conllu --min-words 5
            """
    )

    @Option(help: "LANG=FILE: a CoNLL-U file whose sentences are in LANG (repeatable).")
    var gold: [String]

    @Option(help: "Only sentences with at least this many words.")
    var minWords = 5

    @Option(help: "A model file to evaluate instead of the shipped one.")
    var model: String?

    func run() throws {
        var items: [(language: String, text: String)] = []
        for spec in gold {
            let (language, path) = try languageAndPath(spec)
            for sentence in LanguageIdentificationEvaluation.sentences(of: try readCoNLLU(path), minimumWords: minWords) {
                items.append((language, sentence))
            }
        }
        let identifier: LanguageIdentifier
        do {
            if let model {
                identifier = LanguageIdentifier(model: try LanguageModelFile(data: try InputFiles.data(model)))
            } else {
                identifier = try LanguageIdentifier.shipped()
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("cannot load the language model: \(error)")
        }
        let report = LanguageIdentificationEvaluation.evaluate(identifier, gold: items)
        print("model: \(identifier.model.name), sentences of \(minWords)+ words")
        for (language, score) in report.perLanguage.sorted(by: { $0.key < $1.key }) {
            print("  \(language): \(score.correct)/\(score.gold) = \(String(format: "%.2f", 100 * score.recall))%")
        }
        print("  all: \(report.correct)/\(report.total) = \(String(format: "%.2f", 100 * report.accuracy))%")
        for error in report.errors.prefix(80) { print("  wrong: \(error)") }
    }
}

/// `nl=path/file.conllu` → ("nl", "path/file.conllu").
func languageAndPath(_ spec: String) throws -> (String, String) {
    guard let equals = spec.firstIndex(of: "="), equals != spec.startIndex else {
        throw CLIError("expected LANG=FILE, got \"\(spec)\"")
    }
    return (String(spec[..<equals]), String(spec[spec.index(after: equals)...]))
}

/// The documents of a CoNLL-2002 file and its text (for a model header's hash); the first line that is no token line
/// of the format is an error.
func readCoNLL2002(_ path: String) throws -> (text: String, documents: [EntityDocument]) {
    let text = try InputFiles.text(path)
    if let problem = CoNLL2002.firstProblem(in: text) { throw CLIError("\(path), \(problem)") }
    return (text, CoNLL2002.read(text))
}

func readCoNLLU(_ path: String) throws -> CoNLLUDocument {
    do {
        return try CoNLLUReader.read(try InputFiles.text(path))
    } catch let error as CoNLLUError {
        throw CLIError("\(path): \(error)")
    }
}
