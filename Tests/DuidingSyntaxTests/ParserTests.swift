import DuidingLearning
import DuidingSyntax
import Testing

@Suite("Dependency parser")
struct ParserTests {
    /// `De kat slaapt .` and friends: DET ← NOUN ← VERB → PUNCT.
    static func sentence(_ words: String, _ tags: String, _ heads: [Int], _ relations: String) -> ParsedSentence {
        ParsedSentence(
            words: words.split(separator: " ").map(String.init), tags: tags.split(separator: " ").map(String.init),
            feats: Array(repeating: "_", count: heads.count), heads: heads,
            relations: relations.split(separator: " ").map(String.init))
    }

    static let training: [ParsedSentence] = [
        sentence("De kat slaapt .", "DET NOUN VERB PUNCT", [2, 3, 0, 3], "det nsubj root punct"),
        sentence("Een hond blaft .", "DET NOUN VERB PUNCT", [2, 3, 0, 3], "det nsubj root punct"),
        sentence("De hond ziet de kat .", "DET NOUN VERB DET NOUN PUNCT", [2, 3, 0, 5, 3, 3], "det nsubj root det obj punct"),
        sentence("Jan ziet een hond .", "PROPN VERB DET NOUN PUNCT", [2, 0, 4, 2, 2], "nsubj root det obj punct"),
    ]

    static let parser: Parser = {
        var trainer = ParserTrainer()
        trainer.iterations = 10
        return trainer.train(name: "test-parser-0.1.0", sentences: training)
    }()

    @Test func learnsASmallTreebank() {
        let arcs = Self.parser.parse(
            words: ["Een", "kat", "ziet", "de", "hond", "."], tags: ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
            feats: Array(repeating: "_", count: 6))
        #expect(arcs.map(\.head) == [2, 3, 0, 5, 3, 3])
        #expect(arcs.map(\.relation) == ["det", "nsubj", "root", "det", "obj", "punct"])
    }

    @Test func alwaysOneRootAndATree() {
        let words = ["kat", "kat", "kat", "kat", "kat"]
        let arcs = Self.parser.parse(words: words, tags: Array(repeating: "NOUN", count: 5), feats: Array(repeating: "_", count: 5))
        #expect(arcs.filter { $0.head == 0 }.count == 1)
        #expect(arcs.allSatisfy { (0...5).contains($0.head) })
        #expect(Self.parser.parse(words: [], tags: [], feats: []).isEmpty)
    }

    @Test func modelFileRoundTrips() throws {
        let again = try Parser(data: Self.parser.modelFile(language: "nl", dataHash: "x", settings: [:]).serialized())
        let words = ["Jan", "ziet", "de", "kat", "."]
        let tags = ["PROPN", "VERB", "DET", "NOUN", "PUNCT"]
        let feats = Array(repeating: "_", count: 5)
        #expect(again.parse(words: words, tags: tags, feats: feats) == Self.parser.parse(words: words, tags: tags, feats: feats))
    }
}
