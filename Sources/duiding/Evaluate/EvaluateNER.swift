import ArgumentParser
import DuidingCore
import DuidingEntities
import DuidingPipeline
import Foundation

struct EvaluateNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Exact-match entity precision, recall and F1 (conlleval) on a CoNLL-2002-format file.",
        discussion: "Example: duiding evaluate ner --gold ../shared/data/conll2002-nl/ned.testb"
    )

    @Option(help: "Gold file in the CoNLL-2002 format.")
    var gold: String

    @Option(help: "A model file to evaluate instead of the shipped one.")
    var model: String?

    @Option(help: "Language of the shipped model.")
    var language = "nl"

    @Flag(help: "Also list the errors by kind: wrong type (same words), wrong boundaries (overlapping), spurious and missed entities, with the most frequent (of the names as linked with --linked).")
    var errors = false

    @Flag(help: "Score the names the whole analysis ends with: the entity tagger's, as the linker repairs them with the knowledge base (types of linked entities, names it joins, splits or recovers); a country's adjective or demonym counts as MISC, as CoNLL-2002 tags it. Reads each document as pre-tokenised text dated 2000-05-01.")
    var linked = false

    func run() throws {
        let documents = try readCoNLL2002(gold).documents
        let tagger: EntityTagger
        do {
            if let model {
                tagger = try EntityTagger(data: try InputFiles.data(model))
            } else {
                guard let shipped = try Analyzer.shippedEntityTagger(language: language) else {
                    throw CLIError("no entity model is shipped for \(language)")
                }
                tagger = shipped
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("cannot load the entity model: \(error)")
        }
        let start = Date()
        var score = EntityScore()
        var predicted: [[[String]]] = []
        if linked {
            let analyzer = try loadAnalyzer()
            for document in documents { predicted.append(try Self.linkedTags(analyzer, document, language: language)) }
        } else {
            predicted = documents.map { tagger.tag(document: $0.sentences.map(\.words)) }
        }
        for (document, tags) in zip(documents, predicted) {
            for (sentence, system) in zip(document.sentences, tags) { score.add(gold: sentence.tags, system: system) }
        }
        let seconds = Date().timeIntervalSince(start)
        let tokens = documents.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.words.count } }
        print("gold: \(gold), model: \(tagger.name)" + (linked ? ", names as linked" : ""))
        print("type    gold  system  correct  precision  recall      F1")
        for (type, counts) in score.perType.sorted(by: { $0.key < $1.key }) {
            var one = EntityScore()
            one.gold = counts.gold
            one.system = counts.system
            one.correct = counts.correct
            print(type.padding(toLength: 6, withPad: " ", startingAt: 0)
                + String(format: "%6d  %6d  %7d  %9.2f  %6.2f  %6.2f", counts.gold, counts.system, counts.correct,
                    100 * one.precision, 100 * one.recall, 100 * one.f1))
        }
        print("all   " + String(format: "%6d  %6d  %7d  %9.2f  %6.2f  %6.2f", score.gold, score.system, score.correct,
            100 * score.precision, 100 * score.recall, 100 * score.f1))
        print(String(format: "%d tokens in %.2f s (%.0f tokens/s)", tokens, seconds, Double(tokens) / max(seconds, 1e-9)))
        if errors { Self.printErrors(predicted, documents) }
    }

    /// The IOB2 tags of a document's sentences as the whole analysis leaves its names: each name mention of an entity
    /// with the entity's type, each adjective or demonym mention of a country as MISC.
    static func linkedTags(_ analyzer: Analyzer, _ document: EntityDocument, language: String) throws -> [[String]] {
        let conllu = CoNLLUDocument(sentences: document.sentences.map { sentence in
            CoNLLUSentence(rows: sentence.words.enumerated().map { CoNLLURow(id: String($0.offset + 1), form: $0.element) })
        })
        let analysis: Analysis
        do {
            analysis = try analyzer.analyze(conllu: conllu, options: AnalyzeOptions(language: language, referenceText: "2000-05-01T12:00:00+02:00", now: Date()))
        } catch {
            throw CLIError("cannot analyse a document: \(error)")
        }
        var tags = analysis.sentences.map { [String](repeating: "O", count: $0.tokens.count) }
        var sentenceOf = [Int](repeating: 0, count: analysis.tokens.count)
        for (number, sentence) in analysis.sentences.enumerated() {
            for token in sentence.tokens { sentenceOf[token] = number }
        }
        // Longest first: a name holding others (`Russische invasie van Oekraïne`, with mentions of Russia and Ukraine
        // inside) is one span, as the tags can hold no spans inside spans.
        let mentions = analysis.entities.flatMap { entity in
            entity.mentions.filter { $0.kind == nil || $0.kind == "adjective" }.map { (mention: $0, type: $0.kind == "adjective" ? "MISC" : entity.type) }
        }
        for (mention, type) in mentions.enumerated().sorted(by: { a, b in
            (a.element.mention.end - a.element.mention.start, -a.offset) > (b.element.mention.end - b.element.mention.start, -b.offset)
        }).map(\.element) {
            let covered = analysis.tokens.indices.filter { analysis.tokens[$0].start >= mention.start && analysis.tokens[$0].end <= mention.end }
            guard let first = covered.first, covered.allSatisfy({ sentenceOf[$0] == sentenceOf[first] }) else { continue }
            let base = analysis.sentences[sentenceOf[first]].tokens.lowerBound
            guard covered.allSatisfy({ tags[sentenceOf[first]][$0 - base] == "O" }) else { continue }
            for token in covered { tags[sentenceOf[first]][token - base] = (token == first ? "B-" : "I-") + type }
        }
        return tags
    }

    /// Errors by kind, with the most frequent words of each.
    static func printErrors(_ tagged: [[[String]]], _ documents: [EntityDocument]) {
        var kinds: [String: [String: Int]] = [:]
        for (document, predicted) in zip(documents, tagged) {
            for (sentence, tags) in zip(document.sentences, predicted) {
                let gold = EntityTags.spans(sentence.tags)
                let system = EntityTags.spans(tags)
                func text(_ range: Range<Int>) -> String { sentence.words[range].joined(separator: " ") }
                for span in system where !gold.contains(where: { $0.range == span.range && $0.type == span.type }) {
                    if let same = gold.first(where: { $0.range == span.range }) {
                        kinds["type \(same.type) → \(span.type)", default: [:]][text(span.range), default: 0] += 1
                    } else if let overlap = gold.first(where: { $0.range.overlaps(span.range) }) {
                        kinds["boundary \(overlap.type) → \(span.type)", default: [:]][text(overlap.range) + " → " + text(span.range), default: 0] += 1
                    } else {
                        kinds["spurious \(span.type)", default: [:]][text(span.range), default: 0] += 1
                    }
                }
                for span in gold where !system.contains(where: { $0.range.overlaps(span.range) }) {
                    kinds["missed \(span.type)", default: [:]][text(span.range), default: 0] += 1
                }
            }
        }
        print("\nerrors by kind (count: most frequent)")
        for (kind, words) in kinds.sorted(by: { $0.value.values.reduce(0, +) > $1.value.values.reduce(0, +) }) {
            let top = words.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(8)
            print("\(kind) \(words.values.reduce(0, +)): " + top.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))
        }
    }
}
