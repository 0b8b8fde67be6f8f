@testable import DuidingEntities
import DuidingLearning
import Testing

@Suite("Named entities")
struct EntityTaggerTests {
    @Test func spansFollowConlleval() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-ORG", "B-ORG", "I-MISC"]
        let spans = EntityTags.spans(tags).map { "\($0.type) \($0.range.lowerBound)-\($0.range.upperBound)" }
        // An I- tag that continues nothing starts an entity, as conlleval reads IOB2.
        #expect(spans == ["PER 0-2", "LOC 3-5", "ORG 5-6", "ORG 6-7", "MISC 7-8"])
    }

    /// The word classes read from bytes for ASCII words agree with the `Character` properties they stand for.
    @Test(arguments: ["", "Poetin", "poetin", "NAVO", "VS-1", "A", "ab", "1995", "anti-Amerikaans", "E\u{301}cole", "e\u{301}cole",
        "Österreich", "ÉÉN", "東京", "½", "-", "x\r\ny", "Ⅻ", "3D"])
    func wordClassesAgreeWithCharacterProperties(word: String) {
        #expect(EntityFeatures.startsUppercase(word) == (word.first?.isUppercase ?? false))
        #expect(EntityFeatures.isAllCaps(word) == (word.count > 1 && word.allSatisfy { $0.isUppercase || !$0.isLetter }))
        #expect(EntityFeatures.hasDigit(word) == word.contains(where: \.isNumber))
        #expect(EntityFeatures.hasHyphen(word) == word.contains("-"))
    }

    /// The transition table says what the rules say, for IOB2 and BILOU labels, inside a sentence and at its end.
    @Test(arguments: [["O", "B-PER", "I-PER", "B-LOC", "I-LOC"], ["O", "B-PER", "I-PER", "L-PER", "U-PER", "U-LOC"]])
    func transitionsFollowTheRules(labels: [String]) {
        let table = EntityTagger.Transitions(labels: labels)
        let bilou = labels.contains { $0.hasPrefix("U-") }
        for (row, previous) in (labels + ["O"]).enumerated() {
            for (column, tag) in labels.enumerated() {
                for last in [false, true] {
                    let rule = bilou ? EntityTags.mayFollowBILOU(previous, tag, last: last) : EntityTags.mayFollow(previous, tag)
                    #expect((last ? table.last : table.inside)[row][column] == rule, "\(previous) → \(tag)")
                }
            }
        }
    }

    @Test func onlyValidTagsFollow() {
        #expect(EntityTags.mayFollow("O", "B-PER"))
        #expect(!EntityTags.mayFollow("O", "I-PER"))
        #expect(EntityTags.mayFollow("B-PER", "I-PER"))
        #expect(!EntityTags.mayFollow("B-LOC", "I-PER"))
    }

    @Test func bilouRoundTripsAndConstrains() {
        let iob = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-MISC"]
        let bilou = EntityTags.bilou(fromIOB2: iob)
        #expect(bilou == ["B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-ORG", "L-ORG", "U-MISC"])
        #expect(EntityTags.iob2(fromBILOU: bilou) == ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "B-MISC"])
        #expect(EntityTags.mayFollowBILOU("B-PER", "L-PER", last: true))
        #expect(!EntityTags.mayFollowBILOU("B-PER", "I-PER", last: true))
        #expect(!EntityTags.mayFollowBILOU("B-PER", "O", last: false))
        #expect(!EntityTags.mayFollowBILOU("L-PER", "I-PER", last: false))
        #expect(!EntityTags.mayFollowBILOU("O", "B-LOC", last: true))
        #expect(EntityTags.mayFollowBILOU("U-LOC", "U-LOC", last: true))
    }

    @Test func exactMatchScore() {
        var score = EntityScore()
        score.add(gold: ["B-PER", "I-PER", "O", "B-LOC"], system: ["B-PER", "O", "O", "B-LOC"])
        #expect(score.gold == 2)
        #expect(score.system == 2)
        #expect(score.correct == 1)
        #expect(abs(score.f1 - 0.5) < 1e-9)
    }

    @Test func readsTheCoNLL2002Format() {
        let text = "-DOCSTART- -DOCSTART- O\nJan N B-PER\nwoont V O\nin Prep O\nGent N B-LOC\n. Punc O\n\nHij Pron O\n-DOCSTART- -DOCSTART- O\nA N O\n"
        let documents = CoNLL2002.read(text)
        #expect(documents.count == 2)
        #expect(documents[0].sentences.count == 2)
        #expect(documents[0].sentences[0].tags == ["B-PER", "O", "O", "B-LOC", "O"])
        // Tabs separate columns as spaces do.
        let tabbed = CoNLL2002.read("Jan\tN\tB-PER\nwoont\tV\tO\n\n")
        #expect(tabbed.first?.sentences.first?.words == ["Jan", "woont"])
        #expect(tabbed.first?.sentences.first?.tags == ["B-PER", "O"])
        // What is no token line is named by its line.
        #expect(CoNLL2002.firstProblem(in: text) == nil)
        #expect(CoNLL2002.firstProblem(in: "Jan N B-PER\nwoont V banana\n") == "line 2: the entity tag banana is not O, B-TYPE or I-TYPE")
        #expect(CoNLL2002.firstProblem(in: "Jan N B-\n")?.hasPrefix("line 1:") == true)
        #expect(CoNLL2002.firstProblem(in: "-DOCSTART- -DOCSTART- O\nJan\n")?.hasPrefix("line 2: expected a word") == true)
    }

    static let training: [EntityDocument] = [
        EntityDocument(sentences: [
            (["Jan", "woont", "in", "Gent", "."], ["B-PER", "O", "O", "B-LOC", "O"]),
            (["Piet", "werkt", "in", "Brugge", "."], ["B-PER", "O", "O", "B-LOC", "O"]),
        ]),
        EntityDocument(sentences: [
            (["Marie", "woont", "in", "Antwerpen", "."], ["B-PER", "O", "O", "B-LOC", "O"]),
            (["Karel", "de", "Grote", "woont", "in", "Aken", "."], ["B-PER", "I-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        ]),
    ]

    @Test func learnsASmallLanguageAndRoundTrips() throws {
        var gazetteer = Gazetteer()
        gazetteer.add("Gent", type: "LOC")
        var trainer = EntityTaggerTrainer()
        trainer.iterations = 10
        let tagger = trainer.train(name: "test-ner-0.1.0", documents: Self.training, gazetteer: gazetteer)
        let tags = tagger.tag(document: [["Jan", "woont", "in", "Brugge", "."]])
        #expect(tags == [["B-PER", "O", "O", "B-LOC", "O"]])
        let again = try EntityTagger(data: tagger.modelFile(language: "nl", dataHash: "x", settings: [:]).serialized())
        #expect(again.tag(document: [["Piet", "woont", "in", "Gent", "."]]) == tagger.tag(document: [["Piet", "woont", "in", "Gent", "."]]))
    }

    @Test func aTwoStageModelTrainsAndRoundTrips() throws {
        var trainer = EntityTaggerTrainer()
        trainer.iterations = 5
        trainer.twoStage = true
        trainer.folds = 2
        trainer.ensemble = 2
        let tagger = trainer.train(name: "test-ner-0.1.0", documents: Self.training + Self.training)
        let document = [["Jan", "woont", "in", "Brugge", "."], ["Jan", "werkt", "in", "Gent", "."]]
        #expect(tagger.tag(document: document)[0] == ["B-PER", "O", "O", "B-LOC", "O"])
        let again = try EntityTagger(data: tagger.modelFile(language: "nl", dataHash: "x", settings: [:]).serialized())
        #expect(again.tag(document: document) == tagger.tag(document: document))
    }

    @Test func votesLeaveTheOccurrenceItselfOut() {
        #expect(DocumentVotes.majority(["ORG": 3, "PER": 1], without: "PER") == "ORG!")
        #expect(DocumentVotes.majority(["ORG": 2, "PER": 1], without: "ORG") == "ORG")
        #expect(DocumentVotes.majority(["PER": 1], without: "PER") == "single")
        #expect(DocumentVotes.majority(["LOC": 1, "ORG": 1], without: nil) == "LOC")
    }
}
