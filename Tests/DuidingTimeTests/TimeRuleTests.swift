import DuidingResources
import DuidingTime
import Testing

/// Every `example` line of every language's `time/rules.txt` is executed here.
@Suite("Time rules")
struct TimeRuleTests {
    static let grammars: [TimeGrammar] = ResourceBundle.shipped.languages.compactMap { try! TimeGrammar.load(language: $0) }

    struct Case: CustomTestStringConvertible, Sendable {
        var language: String
        var rule: String
        var example: TimeRule.Example
        var testDescription: String { "\(language) \(rule): \(example.text) (line \(example.line))" }
    }

    static let cases: [Case] = grammars.flatMap { grammar in
        grammar.examples.map { Case(language: grammar.language, rule: $0.rule, example: $0.example) }
    }

    @Test func everyLanguageWithRulesHasExamples() {
        #expect(Self.grammars.contains { $0.language == "nl" })
        #expect(Self.cases.count > 100)
    }

    @Test(arguments: cases)
    func example(_ test: Case) throws {
        let grammar = try #require(Self.grammars.first { $0.language == test.language })
        let example = test.example
        // `before | expression | after`: the expression is the middle part (or the only one).
        let parts = example.text.split(separator: "|", omittingEmptySubsequences: false).map { $0.split(separator: " ").map(String.init) }
        let before = parts.count > 1 ? parts[0] : []
        let expression = parts.count > 1 ? parts[1] : parts[0]
        let after = parts.count > 2 ? parts[2] : []
        let words = before + expression + after
        let tense = example.option("tense").flatMap(Tense.init(rawValue:)) ?? .present
        let found = TimeTagger(grammar: grammar).tag(.init(words: words), reference: example.reference, tense: tense)
        let span = before.count..<(before.count + expression.count)
        let match = found.first { $0.tokens == span }
        #expect(match != nil, "found \(found.map { ($0.tokens, $0.rule) }) for \(words)")
        #expect(!found.contains { $0.tokens != span && $0.tokens.overlaps(span) }, "overlapping: \(found)")
        guard let match else { return }
        #expect(match.value == example.value, "rule \(match.rule)")
        #expect(match.mod == example.option("mod"))
        #expect(match.freq == example.option("freq"))
    }

    @Test func tenseComesFromTheVerbs() throws {
        let grammar = try #require(Self.grammars.first { $0.language == "nl" })
        let tagger = TimeTagger(grammar: grammar)
        let past = TimeTagger.Sentence(
            words: ["Poetin", "kwam", "dinsdag", "aan"], lemmas: ["Poetin", "komen", "dinsdag", "aan"],
            upos: ["PROPN", "VERB", "NOUN", "ADP"], feats: [nil, "Number=Sing|Tense=Past|VerbForm=Fin", nil, nil])
        #expect(tagger.tense(past) == .past)
        #expect(tagger.tag(past, reference: "2024-05-16").first?.value == "2024-05-14")
        let future = TimeTagger.Sentence(
            words: ["Hij", "zal", "dinsdag", "vertrekken"], lemmas: ["hij", "zullen", "dinsdag", "vertrekken"],
            upos: ["PRON", "AUX", "NOUN", "VERB"], feats: [nil, "Number=Sing|Tense=Pres|VerbForm=Fin", nil, "VerbForm=Inf"])
        #expect(tagger.tense(future) == .future)
        #expect(tagger.tag(future, reference: "2024-05-16").first?.value == "2024-05-21")
        let perfect = TimeTagger.Sentence(
            words: ["Hij", "heeft", "dinsdag", "gesproken"], lemmas: ["hij", "hebben", "dinsdag", "spreken"],
            upos: ["PRON", "AUX", "NOUN", "VERB"], feats: [nil, "Number=Sing|Tense=Pres|VerbForm=Fin", nil, "VerbForm=Part"])
        #expect(tagger.tense(perfect) == .past)
    }

    @Test func wordsThatAreNotTimesAreLeftAlone() throws {
        let grammar = try #require(Self.grammars.first { $0.language == "nl" })
        let tagger = TimeTagger(grammar: grammar)
        for sentence in [
            "Dat meldt De Morgen .", "Jan Peeters won met 3-1 .",
            "Hij las de krant van de morgen .",
        ] {
            let found = tagger.tag(.init(words: sentence.split(separator: " ").map(String.init)), reference: "2000-05-16")
            #expect(found.isEmpty, "\(sentence): \(found)")
        }
        // A number that counts something (nummod) is not a year; nor is one inside a name.
        let crowd = TimeTagger.Sentence(
            words: ["Er", "kwamen", "2000", "mensen", "op", "af"], heads: [2, 0, 4, 2, 2, 2],
            relations: ["advmod", "root", "nummod", "nsubj", "compound:prt", "compound:prt"])
        #expect(tagger.tag(crowd, reference: "2000-05-16").isEmpty)
        let cup = TimeTagger.Sentence(words: ["Euro", "2000", "begint"], names: ["B-MISC", "I-MISC", "O"])
        #expect(tagger.tag(cup, reference: "2000-05-16").isEmpty)
        #expect(tagger.tag(.init(words: ["In", "2000", "begint", "het"]), reference: "2000-05-16").first?.value == "2000")
    }
}
