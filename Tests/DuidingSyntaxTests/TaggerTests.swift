import DuidingLearning
import Testing

@testable import DuidingSyntax

@Suite("Tagger")
struct TaggerTests {
    static let training: [TaggedSentence] = {
        let text = [
            ("De kat slaapt .", "DET NOUN VERB PUNCT"),
            ("Een hond blaft .", "DET NOUN VERB PUNCT"),
            ("De hond slaapt niet .", "DET NOUN VERB ADV PUNCT"),
            ("Jan ziet de kat .", "PROPN VERB DET NOUN PUNCT"),
            ("Marie ziet een hond .", "PROPN VERB DET NOUN PUNCT"),
        ]
        return text.map { words, tags in
            TaggedSentence(
                words: words.split(separator: " ").map(String.init), upos: tags.split(separator: " ").map(String.init),
                xpos: nil, feats: nil)
        }
    }()

    @Test func learnsAndTagsASmallLanguage() {
        var trainer = TaggerTrainer()
        trainer.iterations = 10
        trainer.dictionaryMinimumCount = 100
        let tagger = trainer.train(name: "test-tagger-0.1.0", sentences: Self.training)
        #expect(tagger.tag(["De", "kat", "blaft", "."]).map(\.upos) == ["DET", "NOUN", "VERB", "PUNCT"])
        #expect(tagger.tag(["Jan", "ziet", "de", "hond", "."]).map(\.upos) == ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
        #expect(tagger.tag([]).isEmpty)
    }

    @Test func restrictedLabelsFollowTheUPOS() throws {
        // `slaapt` is WW|pv as a VERB; a NOUN never gets a verb's XPOS when labels are restricted.
        let rows: [(String, String, String)] = [
            ("De kat slaapt .", "DET NOUN VERB PUNCT", "LID N WW LET"),
            ("Een hond blaft .", "DET NOUN VERB PUNCT", "LID N WW LET"),
            ("Jan ziet de kat .", "PROPN VERB DET NOUN PUNCT", "SPEC WW LID N LET"),
        ]
        func split(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
        let sentences = rows.map { row in
            TaggedSentence(words: split(row.0), upos: split(row.1), xpos: split(row.2), feats: nil)
        }
        var trainer = TaggerTrainer()
        trainer.iterations = 5
        trainer.dictionaryMinimumCount = 100
        trainer.restrictLabels = true
        let tagger = trainer.train(name: "t", sentences: sentences)
        let again = try Tagger(data: tagger.modelFile(language: "nl", dataHash: "x", settings: [:]).serialized())
        let allowed = ["DET": "LID", "NOUN": "N", "VERB": "WW", "PUNCT": "LET", "PROPN": "SPEC"]
        for words in [["Een", "kat", "ziet", "Jan", "."], ["slaapt", "slaapt", "de"]] {
            let tags = again.tag(words)
            #expect(tags.allSatisfy { allowed[$0.upos] == $0.xpos }, "\(tags)")
            #expect(tags == tagger.tag(words))
        }
    }

    @Test func typographicQuotationMarksReadAsTheStraightOnes() {
        #expect(WordForm("„").normal == "\"")
        #expect(WordForm("”").normal == "\"")
        #expect(WordForm("‘").normal == "'")
        #expect(WordForm("«").normal == "«")
        #expect(WordForm("zo’n").normal == "zo'n")
        #expect(WordForm("’s").normal == "'s")
        #expect(WordForm("–").normal == "-")
        #expect(WordForm("…").normal == "...")
    }

    @Test func sameDataSameModelBytes() {
        var trainer = TaggerTrainer()
        trainer.iterations = 3
        let a = trainer.train(name: "t", sentences: Self.training).modelFile(language: "nl", dataHash: "x", settings: [:])
        let b = trainer.train(name: "t", sentences: Self.training).modelFile(language: "nl", dataHash: "x", settings: [:])
        #expect(a.serialized() == b.serialized())
    }

    @Test func modelFileRoundTrips() throws {
        let tagger = TaggerTrainer().train(name: "t", sentences: Self.training)
        let again = try Tagger(data: tagger.modelFile(language: "nl", dataHash: "x", settings: [:]).serialized())
        let words = ["Jan", "ziet", "een", "kat", "."]
        #expect(again.tag(words) == tagger.tag(words))
        #expect(again.name == "t")
    }

    @Test func aSecondPassRoundTripsThroughTheModelFile() throws {
        var trainer = TaggerTrainer()
        trainer.twoPass = true
        let tagger = trainer.train(name: "t", sentences: Self.training)
        #expect(tagger.upos2 != nil)
        let again = try Tagger(data: tagger.modelFile(language: "nl", dataHash: "x", settings: [:]).serialized())
        #expect(again.upos2 != nil)
        let words = ["Marie", "ziet", "de", "kat", "."]
        #expect(again.tag(words) == tagger.tag(words))
        #expect(tagger.tag(words).map(\.upos) == ["PROPN", "VERB", "DET", "NOUN", "PUNCT"])
    }

    @Test func verbRolesComeFromTheLexiconsVerbTags() {
        #expect(TaggerFeatures.verbRoles("V(hulp,ott,3,ev) V(trans,ott,3,ev)") == TaggerFeatures.VerbRole.auxiliary | TaggerFeatures.VerbRole.verb)
        #expect(TaggerFeatures.verbRoles("V(trans,verl_dw,onverv) V(intrans,verl_dw,onverv)") & TaggerFeatures.VerbRole.participle != 0)
        #expect(TaggerFeatures.verbRoles("V(inf)") == TaggerFeatures.VerbRole.infinitive | TaggerFeatures.VerbRole.verb)
        // Not a verb tag: `Conj(onder,met_inf)`, `Adj(…)`, an unknown word.
        #expect(TaggerFeatures.verbRoles("Conj(onder,met_inf) Adj(attr,stell,onverv)") == 0)
        #expect(TaggerFeatures.verbRoles("<unknown>") == 0)
    }

    @Test func aClauseKnowsItsLaterVerbFormsAndEarlierAuxiliary() {
        // `heeft … gezegd`: a participle later in the clause; after the comma a new clause with none.
        let words = ["Hij", "heeft", "het", "gezegd", ",", "zij", "heeft", "een", "huis"]
        let tags = ["<unknown>", "V(hulp,ott,3,ev)", "<unknown>", "V(verl)", "<unknown>", "<unknown>", "V(hulp,ott,3,ev)", "<unknown>", "<unknown>"]
        let clause = TaggerFeatures.clauseVerbs(words, tags: tags)
        #expect(clause[1].later == "P" && clause[1].verb)
        #expect(clause[3].earlier == "A")
        #expect(clause[6].later == "-" && clause[6].earlier == "-")
        #expect(!clause[2].verb)
    }

    @Test func laterDictionariesFixFrequentWordsAndRoundTrip() throws {
        // `de` is always LID as a DET: with the XPOS dictionary it is LID without the XPOS head's say.
        func split(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
        let sentences = (0..<3).map { _ in
            TaggedSentence(words: split("De kat ziet de hond ."), upos: split("DET NOUN VERB DET NOUN PUNCT"), xpos: split("LID N WW LID N LET"), feats: nil)
        }
        var trainer = TaggerTrainer()
        trainer.iterations = 2
        trainer.dictionaryMinimumCount = 3
        trainer.laterDictionaries = true
        let tagger = trainer.train(name: "t", sentences: sentences)
        #expect(tagger.xposDictionary[LaterKey(normal: "de", upos: "DET")] != nil)
        let again = try Tagger(data: tagger.modelFile(language: "nl", dataHash: "x", settings: [:]).serialized())
        #expect(again.xposDictionary == tagger.xposDictionary)
        let words = ["de", "hond", "ziet", "de", "kat", "."]
        #expect(again.tag(words) == tagger.tag(words))
        #expect(again.tag(words).map(\.xpos) == ["LID", "N", "WW", "LID", "N", "LET"])
    }
}
