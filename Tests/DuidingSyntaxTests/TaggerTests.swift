import DuidingLearning
import DuidingSyntax
import Testing

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
}
