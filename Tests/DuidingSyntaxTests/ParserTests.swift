import DuidingLearning
@testable import DuidingSyntax
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

    @Test func featsAreReducedToTheModelsAttributes() throws {
        var trainer = ParserTrainer()
        trainer.iterations = 2
        trainer.featsAttributes = ["Number", "VerbForm"]
        let parser = trainer.train(name: "test-parser-0.1.0", sentences: Self.training)
        #expect(parser.kept("Gender=Com|Number=Sing") == "Number=Sing")
        #expect(parser.kept("Definite=Def") == "_")
        #expect(parser.kept("Number=Plur|Tense=Past|VerbForm=Fin") == "Number=Plur|VerbForm=Fin")
        #expect(Self.parser.kept("Definite=Def") == "Definite=Def")
        let again = try Parser(data: parser.modelFile(language: "nl", dataHash: "x", settings: [:]).serialized())
        #expect(again.featsAttributes == ["Number", "VerbForm"])
    }

    @Test func anEnsembleIsTheMeanOfItsMembers() {
        var trainer = ParserTrainer()
        trainer.iterations = 10
        trainer.ensemble = 3
        let parser = trainer.train(name: "test-parser-0.1.0", sentences: Self.training)
        let arcs = parser.parse(
            words: ["Een", "kat", "ziet", "de", "hond", "."], tags: ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
            feats: Array(repeating: "_", count: 6))
        #expect(arcs.map(\.head) == [2, 3, 0, 5, 3, 3])
    }

    @Test func stateRecordsTheLabelsOfEachSide() {
        // De kat ziet Jan, built move by move: det and nsubj to the left, obj to the right.
        var state = ParserState(count: 4)
        state.apply(.shift)  // De
        state.apply(.left(3))  // De ← kat
        state.apply(.shift)  // kat
        state.apply(.left(5))  // kat ← ziet
        state.apply(.shift)  // ziet
        state.apply(.shift)  // Jan
        state.apply(.right(7))  // ziet → Jan
        #expect(state.leftLabels[2] == 1 << 3)
        #expect(state.leftLabels[3] == 1 << 5)
        #expect(state.rightLabels[3] == 1 << 7)
        #expect(state.rightLabels[2] == 0 && state.leftLabels[4] == 0)
        // Labels past 63 share the bits modulo 64.
        var wide = ParserState(count: 2)
        wide.apply(.shift)
        wide.apply(.left(64 + 2))
        #expect(wide.leftLabels[2] == 1 << 2)
    }

    @Test func subjectAndObjectFollowAgreement() {
        // een akkoord dat FARC en regering sloten — parsed with `dat` as subject and the coordination as object.
        let feats = ["Definite=Ind", "Number=Sing", "Person=3|PronType=Rel", "Number=Sing", "_", "Number=Sing", "Number=Plur|Tense=Past|VerbForm=Fin"]
        let heads = [2, 0, 7, 7, 6, 4, 2]
        var relations = ["det", "root", "nsubj", "obj", "cc", "conj", "acl:relcl"]
        AgreementRepair.repair(feats: feats, heads: heads, relations: &relations)
        #expect(relations[2] == "obj" && relations[3] == "nsubj")
        // The same tree with a singular verb: the relative subject (singular, as its noun `akkoord`) agrees and stays.
        var agreeing = ["det", "root", "nsubj", "obj", "cc", "conj", "acl:relcl"]
        var singular = feats
        singular[6] = "Number=Sing|Tense=Past|VerbForm=Fin"
        AgreementRepair.repair(feats: singular, heads: heads, relations: &agreeing)
        #expect(agreeing[2] == "nsubj" && agreeing[3] == "obj")
        // Subject and object on two sides of the verb are left to word order, even where the numbers would swap them.
        var sides = ["nsubj", "root", "det", "obj"]
        AgreementRepair.repair(
            feats: ["Number=Sing", "Number=Plur|Tense=Past|VerbForm=Fin", "_", "Number=Plur"], heads: [2, 0, 4, 2], relations: &sides)
        #expect(sides == ["nsubj", "root", "det", "obj"])
    }

    @Test func aListBrokenAfterItsFirstItemIsOneCoordination() {
        // belde met Macron , de kanselier Scholz en de premier Sunak — parsed with `kanselier` a second argument (obj)
        // of the verb and `premier` its conjunct.
        let forms = ["Biden", "belde", "met", "Macron", ",", "de", "kanselier", "Scholz", "en", "de", "premier", "Sunak", "."]
        let upos = ["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "PROPN", "CCONJ", "DET", "NOUN", "PROPN", "PUNCT"]
        var heads = [2, 0, 4, 2, 7, 7, 2, 7, 11, 11, 7, 11, 2]
        var relations = ["nsubj", "root", "case", "obl", "punct", "det", "obj", "appos", "cc", "det", "conj", "appos", "punct"]
        ListRepair.repair(forms: forms, upos: upos, heads: &heads, relations: &relations)
        #expect(heads == [2, 0, 4, 2, 7, 7, 4, 7, 11, 11, 4, 11, 2])
        #expect(relations[6] == "conj" && relations[10] == "conj")
        // A longer list: every conjunct of the second item joins the first (`met A, B, C en D`).
        let long = ["sprak", "met", "A", ",", "B", ",", "C", "en", "D"]
        let longUpos = ["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN"]
        var longHeads = [0, 3, 1, 5, 1, 7, 5, 9, 5]
        var longRelations = ["root", "case", "obl", "punct", "obj", "punct", "conj", "cc", "conj"]
        ListRepair.repair(forms: long, upos: longUpos, heads: &longHeads, relations: &longRelations)
        #expect(longHeads == [0, 3, 1, 5, 3, 7, 3, 9, 3] && longRelations[4] == "conj")
        // Two arguments that only follow each other after a comma, with no list going on, stay as parsed
        // (`gaf het boek aan Jan, de buurman`).
        var plain = [2, 0, 4, 2, 2, 8, 8, 2, 2]
        var plainRelations = ["nsubj", "root", "det", "obj", "punct", "det", "amod", "obl", "punct"]
        ListRepair.repair(forms: ["Hij", "gaf", "het", "boek", ",", "de", "oude", "man", "."],
            upos: ["PRON", "VERB", "DET", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT"], heads: &plain, relations: &plainRelations)
        #expect(plain == [2, 0, 4, 2, 2, 8, 8, 2, 2])
    }

    @Test func aConjunctVerbRightAfterItsConjunctionSharesTheSubject() {
        // Zij veroordeelden de actie en riepen Ankara op — parsed with `Ankara` the second verb's subject.
        let upos = ["PRON", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PROPN", "ADP"]
        let heads = [2, 0, 4, 2, 6, 2, 6, 6]
        var relations = ["nsubj", "root", "det", "obj", "cc", "conj", "nsubj", "compound:prt"]
        SharedSubjectRepair.repair(upos: upos, heads: heads, relations: &relations)
        #expect(relations[6] == "obj")
        // A pronoun stays a subject (`… en slaagde ze erin`), and so does a name after a verb with an object of its own.
        var pronoun = ["nsubj", "root", "det", "obj", "cc", "conj", "nsubj", "compound:prt"]
        SharedSubjectRepair.repair(upos: ["PRON", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PRON", "ADP"], heads: heads, relations: &pronoun)
        #expect(pronoun[6] == "nsubj")
        var object = ["nsubj", "root", "det", "obj", "cc", "conj", "nsubj", "obj"]
        SharedSubjectRepair.repair(upos: ["PRON", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PROPN", "NOUN"], heads: heads, relations: &object)
        #expect(object[6] == "nsubj")
    }

    @Test func aClauseAfterACommaIsNoComplementOfAVerbThatTakesNoBareInfinitive() {
        // Israël sluit vrede met Emiraten , Palestijnen spreken van verraad — parsed with `spreken` an xcomp of `sluit`,
        // `vrede` its object and `Palestijnen` a conjunct of `Emiraten`.
        let rule = AsyndeticClauses(relation: "parataxis", bareInfinitiveHeads: ["wil", "zal"])
        let forms = ["Israël", "sluit", "vrede", "met", "Emiraten", ",", "Palestijnen", "spreken", "van", "verraad"]
        let upos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "ADP", "NOUN"]
        var heads = [2, 0, 8, 5, 3, 7, 5, 2, 10, 8]
        var relations = ["nsubj", "root", "obj", "case", "nmod", "punct", "conj", "xcomp", "case", "nmod"]
        let feats = [String](repeating: "_", count: forms.count)
        rule.repair(forms: forms, upos: upos, feats: feats, heads: &heads, relations: &relations)
        #expect(heads == [2, 0, 2, 5, 3, 8, 8, 2, 10, 8])
        #expect(relations[6] == "nsubj" && relations[7] == "parataxis")
        // Under a verb that takes a bare infinitive the complement stays (`wil , net als Rusland , praten`).
        var modal = [2, 0, 8, 5, 3, 7, 5, 2, 10, 8]
        var modalRelations = ["nsubj", "root", "obj", "case", "nmod", "punct", "conj", "xcomp", "case", "nmod"]
        var modalForms = forms
        modalForms[1] = "wil"
        rule.repair(forms: modalForms, upos: upos, feats: feats, heads: &modal, relations: &modalRelations)
        #expect(modal == [2, 0, 8, 5, 3, 7, 5, 2, 10, 8] && modalRelations[7] == "xcomp")
    }

    @Test func punctuationFollowsTheConventionFromTheOtherArcs() {
        // Jan , de buurman , komt morgen . — parsed with every mark on the verb and one labelled `conj`.
        let words = "Jan , de buurman , komt morgen .".split(separator: " ").map(String.init)
        let tags = "PROPN PUNCT DET NOUN PUNCT VERB ADV PUNCT".split(separator: " ").map(String.init)
        var heads = [6, 6, 4, 1, 6, 0, 6, 6]
        var relations = ["nsubj", "punct", "det", "appos", "conj", "root", "advmod", "punct"]
        Parser.attachPunctuation(words: words, tags: tags, heads: &heads, relations: &relations)
        #expect(heads == [6, 4, 4, 1, 1, 0, 6, 6])
        #expect(relations == ["nsubj", "punct", "det", "appos", "punct", "root", "advmod", "punct"])
    }

    @Test func punctuationWithDependentsIsLeftAsParsed() {
        // A parse that hangs a word on a mark keeps its marks where the parser put them (no cycles, no lost word).
        let words = ["Ja", ",", "hij", "komt"]
        let tags = ["INTJ", "PUNCT", "PRON", "VERB"]
        var heads = [4, 4, 2, 0]
        var relations = ["discourse", "punct", "nsubj", "root"]
        Parser.attachPunctuation(words: words, tags: tags, heads: &heads, relations: &relations)
        #expect(heads == [4, 4, 2, 0])
        #expect(relations == ["discourse", "punct", "nsubj", "root"])
    }
}
