import ArgumentParser
import DuidingCore
import DuidingEvaluation
import DuidingPipeline
import DuidingSyntax
import Foundation

struct EvaluateUD: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ud",
        abstract: "CoNLL 2018 UD scores (UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS) against a CoNLL-U gold file.",
        discussion: """
            By default the gold tokenisation is re-annotated (--input conllu); with --raw the gold file's
            # text lines are analysed as raw text and words are aligned by character spans.
            Example: duiding evaluate ud --gold ../shared/data/ud-nl/nl_alpino-ud-test.conllu [--raw]
            """
    )

    @Option(help: "Gold CoNLL-U file.")
    var gold: String

    @Flag(help: "Start from raw text instead of the gold tokens.")
    var raw = false

    @Option(help: "Language of the gold file.")
    var language = "nl"

    @Flag(help: "Parse with the gold UPOS and FEATS instead of the tagger's (with gold tokens), to see how much tagging errors cost.")
    var goldTags = false

    @Flag(help: "Write the scores as JSON.")
    var json = false

    func run() throws {
        let document = try readCoNLLU(gold)
        // Attachment scores need gold trees.
        for (number, sentence) in document.sentences.enumerated() {
            guard let word = sentence.wordInCycle else { continue }
            let name = sentence.comment("sent_id").map { "sentence \($0)" } ?? "sentence \(number + 1)"
            throw CLIError("\(gold): \(name): word \(word) is in a cycle of heads, so the gold heads make no tree")
        }
        let analyzer = try loadAnalyzer()
        let options = AnalyzeOptions(language: language, now: Date())
        let goldWords = UDEvaluation.goldWords(document)
        let systemWords: [[UDEvaluation.Word]]
        let start = Date()
        let analysis: Analysis
        do {
            if raw {
                analysis = try analyzer.analyze(plainText: TokenizationEvaluation.rawText(of: document), options: options)
            } else {
                analysis = try analyzer.analyze(conllu: document, options: options)
            }
        } catch {
            throw CLIError("\(error)")
        }
        let seconds = Date().timeIntervalSince(start)
        if raw {
            systemWords = Self.words(of: analysis)
        } else {
            // Gold tokens: the analysis has the gold words in order; give them the gold spans.
            let flat = goldWords.flatMap { $0 }
            var index = 0
            systemWords = analysis.sentences.map { sentence in
                analysis.tokens[sentence.tokens].map { token in
                    defer { index += 1 }
                    return Self.word(token, span: index < flat.count ? flat[index].span : 0..<0)
                }
            }
        }
        var scored = systemWords
        if goldTags, !raw {
            guard let parser = try Analyzer.shippedParser(language: language) else { throw CLIError("no parser is shipped for \(language)") }
            for (index, sentence) in document.sentences.enumerated() {
                let words = sentence.words
                let arcs = parser.parse(words: words.map(\.form), tags: words.map(\.upos), feats: words.map(\.feats))
                for (position, arc) in arcs.enumerated() where position < scored[index].count {
                    scored[index][position].upos = words[position].upos
                    scored[index][position].feats = words[position].feats
                    scored[index][position].head = arc.head
                    scored[index][position].deprel = arc.relation
                }
            }
        }
        let report = UDEvaluation.score(gold: goldWords, system: scored)
        if json {
            try InputFiles.writeJSON(report)
            return
        }
        print("gold: \(gold) (\(raw ? "raw text" : "gold tokens")), models: \(analysis.engine.models.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        print("metric     precision  recall      F1")
        for (name, score) in report.rows {
            print(name.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: "  %8.2f  %6.2f  %6.2f", 100 * score.precision, 100 * score.recall, 100 * score.f1))
        }
        print(String(format: "%d words in %.2f s (%.0f words/s, including the tokenizer when --raw)",
            report.words.system, seconds, Double(report.words.system) / max(seconds, 1e-9)))
    }

    /// The words of an analysis with spans in the whitespace-free text.
    static func words(of analysis: Analysis) -> [[UDEvaluation.Word]] {
        let compact = compactPositions(ScalarText.scalars(of: analysis.text))
        return analysis.sentences.map { sentence in
            analysis.tokens[sentence.tokens].map { word($0, span: compact[$0.start]..<compact[$0.end]) }
        }
    }

    static func word(_ token: Token, span: Range<Int>) -> UDEvaluation.Word {
        UDEvaluation.Word(
            span: span, upos: token.upos, xpos: token.xpos, feats: token.feats, lemma: token.lemma, head: token.head,
            deprel: token.deprel)
    }
}
