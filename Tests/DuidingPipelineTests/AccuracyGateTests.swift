import DuidingCore
import DuidingEntities
import DuidingEvaluation
import DuidingKnowledge
import DuidingPipeline
import DuidingText
import Foundation
import Testing

/// Whether the shared data (the standard test sets) is beside the repository.
let sharedDataAvailable = FileManager.default.fileExists(atPath: Paths.data("ud-nl/nl_alpino-ud-test.conllu"))

/// The accuracy gate: measurements on the standard test sets against the floors in `Baselines/accuracy.txt`.
/// Skipped, with a message, where `../shared/data` is absent.
@Suite("Accuracy gate", .enabled(if: sharedDataAvailable, "../shared/data is absent: the accuracy gate needs the UD test files"))
struct AccuracyGateTests {
    struct Floor {
        var metric: String
        var files: [String]
        var percent: Double
    }

    static func floors() throws -> [Floor] {
        let text = try String(contentsOf: Paths.repository.appendingPathComponent("Baselines/accuracy.txt"), encoding: .utf8)
        return text.lines().compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard !line.hasPrefix("#"), fields.count == 3, let percent = Double(fields[2]) else { return nil }
            return Floor(metric: fields[0], files: fields[1].split(separator: " ").map(String.init), percent: percent)
        }
    }

    static func floor(_ metric: String) throws -> Floor {
        guard let floor = try floors().first(where: { $0.metric == metric }) else { throw EvaluationError("no floor for \(metric)") }
        return floor
    }

    @Test func tokenizationOnAlpinoTest() throws {
        let tokens = try Self.floor("tokens-f1")
        let sentences = try Self.floor("sentences-f1")
        let gold = try CoNLLUReader.read(String(contentsOfFile: Paths.data(tokens.files[0]), encoding: .utf8))
        let segmenter = try Segmenter(language: "nl")
        let report = try TokenizationEvaluation.evaluate(gold: gold) { scalars in
            let (spans, ranges) = segmenter.segment(scalars, in: 0..<scalars.count)
            return (spans.map { $0.start..<$0.end }, ranges.map { spans[$0.lowerBound].start..<spans[$0.upperBound - 1].end })
        }
        #expect(100 * report.tokens.f1 >= tokens.percent, "tokens F1 \(100 * report.tokens.f1)")
        #expect(100 * report.sentences.f1 >= sentences.percent, "sentences F1 \(100 * report.sentences.f1)")
    }

    @Test func languageIdentificationOnUDTests() throws {
        let floor = try Self.floor("langid-accuracy-5-words")
        var items: [(language: String, text: String)] = []
        for file in floor.files {
            let document = try CoNLLUReader.read(String(contentsOfFile: Paths.data(file), encoding: .utf8))
            let language = String(file.split(separator: "/")[0].split(separator: "-").last ?? "")  // ud-nl → nl
            items += LanguageIdentificationEvaluation.sentences(of: document, minimumWords: 5).map { (language, $0) }
        }
        let report = LanguageIdentificationEvaluation.evaluate(try LanguageIdentifier.shipped(), gold: items)
        #expect(report.total > 3_000)
        #expect(100 * report.accuracy >= floor.percent, "accuracy \(100 * report.accuracy)")
    }

    @Test func taggerLemmatizerAndParserOnAlpinoTestWithGoldTokens() throws {
        let upos = try Self.floor("upos-gold-tokens")
        let gold = try CoNLLUReader.read(String(contentsOfFile: Paths.data(upos.files[0]), encoding: .utf8))
        let analysis = try sharedAnalyzer.analyze(conllu: gold, options: options(language: "nl"))
        let goldWords = UDEvaluation.goldWords(gold)
        var index = 0
        let flat = goldWords.flatMap { $0 }
        let system = analysis.sentences.map { sentence in
            analysis.tokens[sentence.tokens].map { token -> UDEvaluation.Word in
                defer { index += 1 }
                return UDEvaluation.Word(
                    span: flat[index].span, upos: token.upos, xpos: token.xpos, feats: token.feats, lemma: token.lemma,
                    head: token.head, deprel: token.deprel)
            }
        }
        let report = UDEvaluation.score(gold: goldWords, system: system)
        #expect(report.words.f1 == 1)
        #expect(100 * report.upos.f1 >= upos.percent, "UPOS \(100 * report.upos.f1)")
        let ufeats = try Self.floor("ufeats-gold-tokens")
        let xpos = try Self.floor("xpos-gold-tokens")
        let lemmas = try Self.floor("lemmas-gold-tokens")
        let uas = try Self.floor("uas-gold-tokens")
        let las = try Self.floor("las-gold-tokens")
        #expect(100 * report.uas.f1 >= uas.percent, "UAS \(100 * report.uas.f1)")
        #expect(100 * report.las.f1 >= las.percent, "LAS \(100 * report.las.f1)")
        #expect(100 * report.lemmas.f1 >= lemmas.percent, "Lemmas \(100 * report.lemmas.f1)")
        #expect(100 * report.ufeats.f1 >= ufeats.percent, "UFeats \(100 * report.ufeats.f1)")
        #expect(100 * report.xpos.f1 >= xpos.percent, "XPOS \(100 * report.xpos.f1)")
    }

    @Test func entitiesOnCoNLL2002TestB() throws {
        let floor = try Self.floor("ner-f1")
        let text = try String(contentsOfFile: Paths.data(floor.files[0]), encoding: .utf8)
        let tagger = try #require(try Analyzer.shippedEntityTagger(language: "nl"))
        let score = EntityScore.evaluate(tagger, CoNLL2002.read(text))
        #expect(score.gold == 3941)
        #expect(100 * score.f1 >= floor.percent, "entity F1 \(100 * score.f1)")
    }

    @Test func evaluationCountsSpansExactly() {
        let score = SpanScore.compare(gold: [0..<2, 3..<5, 6..<9], system: [0..<2, 3..<4, 4..<5, 6..<9])
        #expect(score.correct == 2)
        #expect(abs(score.f1 - 4.0 / 7.0) < 1e-9)
    }
}

/// The time-expression part of the gate: its gold set is in this repository (`Gold/time`), so it always runs.
@Suite("Accuracy gate: time expressions")
struct TimeAccuracyGateTests {
    @Test(arguments: [("nl", ""), ("en", "-en")])
    func timeExpressionsOnTheTestPart(language: String, suffix: String) throws {
        let extent = try AccuracyGateTests.floor("time-relaxed-f1" + suffix)
        let value = try AccuracyGateTests.floor("time-value-accuracy" + suffix)
        let text = try String(contentsOf: Paths.repository.appendingPathComponent(extent.files[0]), encoding: .utf8)
        let documents = try TimeGold.parse(text)
        #expect(documents.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.expressions.count } } >= 100)
        let score = try TimeEvaluation.evaluate(sharedAnalyzer, documents, language: language)
        #expect(100 * score.relaxedF1.f1 >= extent.percent, "relaxed extent F1 \(100 * score.relaxedF1.f1)")
        #expect(100 * score.valueAccuracy >= value.percent, "value accuracy \(100 * score.valueAccuracy)")
    }

    @Test func goldFilesReadBack() throws {
        for name in ["nl-tune.timeml", "nl-tune-2.timeml", "nl-test.timeml", "en-tune.timeml", "en-test.timeml"] {
            let text = try String(contentsOf: Paths.repository.appendingPathComponent("Gold/time/" + name), encoding: .utf8)
            let documents = try TimeGold.parse(text)
            #expect(documents.allSatisfy { !$0.dct.isEmpty && !$0.sentences.isEmpty }, "\(name)")
        }
        #expect(throws: TimeGoldError.self) { try TimeGold.parse("# document: x\n# dct: 2000-01-01\nEen <TIMEX3 type=\"DATE\">dag</TIMEX3> .") }
        #expect(throws: TimeGoldError.self) { try TimeGold.parse("Een zin zonder document .") }
        // Types, mods and creation dates are TimeML's and real.
        let timex = { (attributes: String, dct: String) in "# document: x\n# dct: \(dct)\nEen <TIMEX3 \(attributes)>dag</TIMEX3> ." }
        #expect(throws: TimeGoldError.self) { try TimeGold.parse(timex("type=\"BANANA\" value=\"P1D\"", "2000-01-01")) }
        #expect(throws: TimeGoldError.self) { try TimeGold.parse(timex("type=\"DATE\" value=\"2000\" mod=\"WHATEVER\"", "2000-01-01")) }
        #expect(throws: TimeGoldError.self) { try TimeGold.parse(timex("type=\"DURATION\" value=\"P1D\"", "2000-13-45")) }
        #expect(try TimeGold.parse(timex("type=\"DATE\" value=\"2000\" mod=\"START\"", "2000-02-29")).count == 1)
    }
}

/// The linking part of the gate: its gold set is in this repository (`Gold/link`), so it always runs.
@Suite("Accuracy gate: entity linking")
struct LinkAccuracyGateTests {
    @Test func linkingOnTheTestPart() throws {
        let accuracy = try AccuracyGateTests.floor("link-accuracy")
        let nil_ = try AccuracyGateTests.floor("link-nil-precision")
        let coreference = try AccuracyGateTests.floor("link-coreference")
        let inKB = try AccuracyGateTests.floor("link-accuracy-in-kb")
        let nilForKB = try AccuracyGateTests.floor("link-nil-precision-for-kb")
        let text = try String(contentsOf: Paths.repository.appendingPathComponent(accuracy.files[0]), encoding: .utf8)
        let documents = try LinkGold.parse(text)
        #expect(documents.reduce(0) { $0 + $1.names.count } >= 400)
        let kb = try #require(sharedAnalyzer.knowledgeBase)
        let score = try LinkEvaluation.evaluate(sharedAnalyzer, documents) { kb.byTitle[$0] != nil }
        #expect(100 * score.accuracy >= accuracy.percent, "linking accuracy \(100 * score.accuracy)")
        #expect(100 * score.nilPrecision >= nil_.percent, "NIL precision \(100 * score.nilPrecision)")
        #expect(100 * score.referenceAccuracy >= coreference.percent, "coreference \(100 * score.referenceAccuracy)")
        #expect(100 * score.accuracyInKB >= inKB.percent, "linking accuracy in the KB \(100 * score.accuracyInKB)")
        #expect(100 * score.nilPrecisionForKB >= nilForKB.percent, "NIL precision for the KB \(100 * score.nilPrecisionForKB)")
    }

    /// A name left NIL is wrong against the gold title, but right for a knowledge base that lacks the entity.
    @Test func nilPrecisionRelativeToTheKnowledgeBase() throws {
        let documents = try LinkGold.parse(
            "# doc: a\n# date: 2024-05-16\nVolgens [Pietje Bellefleur|Pietje Bellefleur (painter)] sprak [Jan Modaal|NIL] gisteren in [Amsterdam|Amsterdam].")
        let lacking = try LinkEvaluation.evaluate(sharedAnalyzer, documents) { $0 == "Amsterdam" }
        #expect(lacking.systemNIL == 2)
        #expect(lacking.systemNILCorrect == 1 && lacking.systemNILOutsideKB == 2)
        #expect(lacking.nilPrecision == 0.5 && lacking.nilPrecisionForKB == 1)
        // Had the knowledge base the painter, leaving him NIL would be wrong by both measures.
        let having = try LinkEvaluation.evaluate(sharedAnalyzer, documents) { _ in true }
        #expect(having.systemNILCorrect == 1 && having.systemNILOutsideKB == 1)
    }

    @Test func goldFilesReadBack() throws {
        for name in ["nl-tune.link", "nl-test.link"] {
            let text = try String(contentsOf: Paths.repository.appendingPathComponent("Gold/link/" + name), encoding: .utf8)
            let documents = try LinkGold.parse(text)
            #expect(documents.count >= 10 && documents.allSatisfy { !$0.names.isEmpty }, "\(name)")
            // Every mark's offsets point at its surface in the plain text.
            for document in documents {
                let scalars = Array(document.text.unicodeScalars)
                for mention in document.names + document.references {
                    #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.surface, "\(document.id)")
                }
            }
        }
        let parsed = try LinkGold.parse("# doc: a\n# date: 2024-05-16\n[Poetin|Vladimir Putin|Q7747] en {de twee|Vladimir Putin + Xi Jinping} en [Jan|NIL].")
        #expect(parsed.first?.date == "2024-05-16")
        #expect(parsed.first?.text == "Poetin en de twee en Jan.")
        #expect(parsed.first?.names.map(\.qid) == ["Q7747", nil])
        #expect(parsed.first?.names.last?.isNIL == true)
        #expect(parsed.first?.references.first?.targets == ["Vladimir Putin", "Xi Jinping"])
        #expect(throws: LinkGoldError.self) { try LinkGold.parse("# doc: a\nEen [open mark zonder einde") }
        #expect(throws: LinkGoldError.self) { try LinkGold.parse("Tekst voor het eerste document.") }
        #expect(throws: LinkGoldError.self) { try LinkGold.parse("# doc: a\nEen [naam] zonder doel.") }
        #expect(throws: LinkGoldError.self) { try LinkGold.parse("# doc: a\nEen Turkije|Turkey] zonder begin.") }
        #expect(throws: LinkGoldError.self) { try LinkGold.parse("# doc: a\nEen de premier|Binali Yıldırım} zonder begin.") }
        // A document's date is a day that exists, or - for none.
        #expect(throws: LinkGoldError.self) { try LinkGold.parse("# doc: a\n# date: 2000-13-45\n[Poetin|Vladimir Putin] sprak.") }
        #expect(try LinkGold.parse("# doc: a\n# date: -\n[Poetin|Vladimir Putin] sprak.").first?.date == nil)
    }
}

/// The quotes-and-claims part of the gate: its gold set is in this repository (`Gold/quotes`), so it always runs.
@Suite("Accuracy gate: quotes and claims")
struct QuoteAccuracyGateTests {
    @Test func quotesAndClaimsOnTheTestPart() throws {
        let names = [
            "quote-precision", "quote-recall", "quote-attribution-precision", "quote-attribution-recall", "claim-precision",
            "claim-recall",
        ]
        let floors = try Dictionary(uniqueKeysWithValues: names.map { ($0, try AccuracyGateTests.floor($0)) })
        let file = try #require(floors["quote-precision"]?.files.first)
        let documents = try QuoteGold.parse(try String(contentsOf: Paths.repository.appendingPathComponent(file), encoding: .utf8))
        #expect(documents.reduce(0) { $0 + $1.quotes.count } >= 150)
        #expect(documents.reduce(0) { $0 + $1.claims.count } >= 100)
        let (quotes, claims) = try QuoteEvaluation.evaluate(sharedAnalyzer, documents)
        let measured: [String: Double] = [
            "quote-precision": quotes.marked.precision, "quote-recall": quotes.marked.recall,
            "quote-attribution-precision": quotes.attributionPrecision, "quote-attribution-recall": quotes.attributionRecall,
            "claim-precision": claims.detection.precision, "claim-recall": claims.detection.recall,
        ]
        for name in names {
            let value = 100 * (measured[name] ?? 0)
            #expect(value >= floors[name]?.percent ?? 100, "\(name) \(value)")
        }
    }

    @Test func goldFilesReadBack() throws {
        for name in ["nl-tune.quotes", "nl-dev.quotes", "nl-test.quotes"] + (2...9).map({ "nl-tune-\($0).quotes" }) {
            let text = try String(contentsOf: Paths.repository.appendingPathComponent("Gold/quotes/" + name), encoding: .utf8)
            let documents = try QuoteGold.parse(text)
            #expect(documents.count >= 10, "\(name)")
            // Every single-paragraph item's offsets point at its text.
            for document in documents {
                let scalars = Array(document.text.unicodeScalars)
                for item in document.quotes + document.terms where !String(String.UnicodeScalarView(scalars[item.start..<item.end])).contains("\n") {
                    #expect(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == item.text, "\(document.id)")
                }
                for claim in document.claims {
                    #expect(String(String.UnicodeScalarView(scalars[claim.start..<claim.end])) == claim.text, "\(document.id)")
                }
            }
        }
        let parsed = try QuoteGold.parse(
            "# doc: a\n# date: 2024-05-16\n\"Wij komen\", zei Xi tegen Poetin.\n% quote direct | Wij komen | speaker: Xi Jinping | addressee: Vladimir Poetin | cue: Xi\nEr kwamen 40 mensen.\n% claim 40 mensen | value: 40 | unit: count | about: mensen | source: -")
        #expect(parsed.first?.quotes.first?.start == 1)
        #expect(parsed.first?.quotes.first?.addressee == "Vladimir Poetin")
        #expect(parsed.first?.claims.first?.source == nil)
        #expect(throws: QuoteGoldError.self) { try QuoteGold.parse("# doc: a\nTekst.\n% quote direct | Niet hier | speaker: ?") }
        #expect(throws: QuoteGoldError.self) { try QuoteGold.parse("# doc: a\nTekst.\n% claim Tekst | unit: count") }
        #expect(throws: QuoteGoldError.self) { try QuoteGold.parse("# doc: a\nTekst.\n% quote loud | Tekst | speaker: ?") }
    }
}

/// The event part of the gate: its gold set is in this repository (`Gold/events`), so it always runs.
@Suite("Accuracy gate: events")
struct EventAccuracyGateTests {
    @Test func eventsOnTheTestPart() throws {
        let precision = try AccuracyGateTests.floor("event-precision")
        let recall = try AccuracyGateTests.floor("event-recall")
        let documents = try EventGold.parse(
            try String(contentsOf: Paths.repository.appendingPathComponent(precision.files[0]), encoding: .utf8))
        let score = try EventEvaluation.evaluate(sharedAnalyzer, documents)
        #expect(100 * score.precision >= precision.percent, "event precision \(100 * score.precision)")
        #expect(100 * score.recall >= recall.percent, "event recall \(100 * score.recall)")
    }
}
