import DuidingLearning
import Testing

@testable import DuidingSyntax

@Suite("Lemmatizer")
struct LemmatizerTests {
    /// The affix features hash the lowercased form's first and last characters as strings, whether the form is
    /// ASCII (read from its bytes) or not (cut by character: `e` with a combining accent is one).
    @Test(arguments: ["Huizen", "a", "ge-opereerd", "beloöesov", "E\u{301}e\u{301}n", "café's", "東京都庁", "x\r\nyz"])
    func affixFeaturesAreTheKeysOfTheAffixStrings(form: String) {
        let characters = Array(form.lowercased())
        let keys = Set(Lemmatizer.features(form: form, upos: "NOUN", xpos: nil, feats: nil))
        for n in 1...6 where characters.count >= n {
            #expect(keys.contains(FeatureHasher.key(UInt8(n), String(characters.suffix(n)))), "suffix \(n)")
        }
        for n in 1...3 where characters.count >= n {
            #expect(keys.contains(FeatureHasher.key(UInt8(10 + n), "NOUN", String(characters.suffix(n)))), "upos + suffix \(n)")
        }
        for n in 2...4 where characters.count > n + 1 {
            #expect(keys.contains(FeatureHasher.key(UInt8(30 + n), String(characters.prefix(n)))), "prefix \(n)")
            #expect(keys.contains(FeatureHasher.key(UInt8(40 + n), "NOUN", String(characters.prefix(n)))), "upos + prefix \(n)")
        }
    }

    static let examples: [LemmaExample] = [
        ("huizen", "NOUN", "huis"), ("muizen", "NOUN", "muis"), ("kinderen", "NOUN", "kind"), ("boeken", "NOUN", "boek"),
        ("tafels", "NOUN", "tafel"), ("stoelen", "NOUN", "stoel"), ("liep", "VERB", "lopen"), ("werkt", "VERB", "werken"),
        ("speelt", "VERB", "spelen"), ("belt", "VERB", "bellen"), ("De", "DET", "de"), ("Rutte", "PROPN", "Rutte"),
        ("kranten", "NOUN", "krant"), ("planten", "NOUN", "plant"), ("klanten", "NOUN", "klant"), ("tanten", "NOUN", "tant"),
        ("lampen", "NOUN", "lamp"), ("banken", "NOUN", "bank"), ("wanden", "NOUN", "wand"),
    ].map { LemmaExample(form: $0.0, upos: $0.1, xpos: nil, feats: nil, lemma: $0.2) }

    static let lemmatizer = LemmatizerTrainer().train(name: "test-lemmatizer-0.1.0", examples: examples)

    @Test(arguments: [("huizen", "NOUN", "huis"), ("liep", "VERB", "lopen"), ("De", "DET", "de"), ("Rutte", "PROPN", "Rutte")])
    func knownWordsComeFromTheLexicon(form: String, upos: String, lemma: String) {
        #expect(Self.lemmatizer.lemma(form: form, upos: upos) == lemma)
    }

    @Test func unknownWordsGetALearnedEditScript() {
        // `granten` shares its long suffixes with `kranten` → `krant`.
        #expect(Self.lemmatizer.lemma(form: "granten", upos: "NOUN") == "grant")
    }

    @Test func aScriptThatCannotApplyFallsBack() {
        #expect(!Self.lemmatizer.lemma(form: "x", upos: "NOUN").isEmpty)
    }

    /// A script that takes off a start applies only to forms with that start: a `ge-` participle's script turns
    /// `gehoord` into `horen` and leaves `verhoord` to another script.
    @Test func scriptsTakeOffALiteralStart() {
        let participle = EditScript(form: "gevolgd", lemma: "volgen")
        #expect(participle.encoded == "K|1|en|ge|")
        #expect(participle.apply("gewerkt") == "werken")
        #expect(participle.apply("vervolgd") == nil)
        let separable = EditScript(form: "opgeroepen", lemma: "op_roepen")
        #expect(separable.apply("opgebeld") == "op_beld")
        #expect(separable.apply("aangeroepen") == nil)
        // A short shared stretch keeps the old script: common start, cut, append.
        #expect(EditScript(form: "liep", lemma: "lopen").encoded == "K|3|open")
        #expect(EditScript(encoded: "K|1|en|ge|") == participle)
        #expect(EditScript(encoded: "L|3|s")?.apply("Huizen") == "huis")
    }

    @Test func modelFileRoundTrips() throws {
        let again = try Lemmatizer(data: Self.lemmatizer.modelFile(language: "nl", dataHash: "x", settings: [:]).serialized())
        for form in ["huizen", "planten", "Rutte", "lampen"] {
            #expect(again.lemma(form: form, upos: "NOUN") == Self.lemmatizer.lemma(form: form, upos: "NOUN"))
        }
    }
}

@Suite("Particle verbs")
struct ParticleVerbTests {
    let rule = ParticleVerbs(relation: "compound:prt", particleTag: "ADP", joiner: "_")

    @Test func separableVerbsOfTheInflectionTableGiveTheirBaseForms() {
        // `afwijzen` and `oppakken` have their base verbs in the table; `opschorten` does not, and its particle is known
        // from `oppakken`.
        let table = """
            wijzen,wijs,wijst,wijst,,wijzend,,,,wezen,wees,gewezen
            afwijzen,afwijs,afwijst,afwijst,,afwijzend,,,,afwezen,afwees,afgewezen
            pakken,pak,pakt,pakt,,pakkend,,,,pakten,pakte,gepakt
            oppakken,oppak,oppakt,oppakt,,oppakkend,,,,oppakten,oppakte,opgepakt
            opschorten,opschort,opschort,opschort,,opschortend,,,,opschortten,opschortte,opgeschort
            """
        let lemmas = VerbInflections.lemmas(table: table)
        #expect(lemmas["afgewezen"] == "af_wijzen")
        #expect(lemmas["opgeschort"] == "op_schorten")
        #expect(lemmas["opschortte"] == "op_schorten")
        // The form in a main clause, the particle apart (`schort … op`): the base verb, which the parser's particle joins.
        #expect(lemmas["schort"] == "schorten")
        #expect(lemmas["schortte"] == "schorten")
        #expect(lemmas["wees"] == "wijzen")
    }

    @Test func particleJoinsItsVerb() {
        // Zij haalden de buit binnen en vielen hem aan .
        let lemmas = rule.join(
            lemmas: ["zij", "halen", "de", "buit", "binnen", "en", "vallen", "hij", "aan", "."],
            upos: ["PRON", "VERB", "DET", "NOUN", "ADV", "CCONJ", "VERB", "PRON", "ADP", "PUNCT"],
            heads: [2, 0, 4, 2, 2, 7, 2, 7, 7, 2],
            relations: ["nsubj", "root", "det", "obj", "advmod", "cc", "conj", "obj", "compound:prt", "punct"])
        #expect(lemmas[6] == "aan_vallen")
        #expect(lemmas[1] == "halen")  // `binnen` is an adverb here, not a particle
        #expect(lemmas[8] == "aan")
    }

    @Test func aWordThatIsNeverAParticleIsNotJoined() {
        // Hij hoeft niet te gaan . (`te` labelled a particle by the parse)
        let strict = ParticleVerbs(relation: "compound:prt", particleTag: "ADP", joiner: "_", notParticles: ["te"])
        let arguments = (
            lemmas: ["hij", "hoeven", "niet", "te", "gaan", "."], upos: ["PRON", "VERB", "ADV", "ADP", "VERB", "PUNCT"],
            heads: [2, 0, 2, 5, 2, 2], relations: ["nsubj", "root", "advmod", "compound:prt", "xcomp", "punct"]
        )
        #expect(strict.join(lemmas: arguments.lemmas, upos: arguments.upos, heads: arguments.heads, relations: arguments.relations)[4] == "gaan")
        #expect(rule.join(lemmas: arguments.lemmas, upos: arguments.upos, heads: arguments.heads, relations: arguments.relations)[4] == "te_gaan")
    }

    @Test func aParticleThatIsNeitherInTheWordNorInTheSentenceIsTakenOff() {
        // Nederland levert vliegtuigen . / Dat levert veel op . / Het heeft veel opgeleverd . / De regering voerde sancties in .
        #expect(
            rule.separate(forms: ["Nederland", "levert", "vliegtuigen", "."], lemmas: ["Nederland", "op_leveren", "vliegtuig", "."],
                upos: ["PROPN", "VERB", "NOUN", "PUNCT"])[1] == "leveren")
        #expect(rule.separate(forms: ["Dat", "levert", "veel", "op"], lemmas: ["dat", "op_leveren", "veel", "op"], upos: ["PRON", "VERB", "ADV", "ADP"])[1] == "op_leveren")
        #expect(rule.separate(forms: ["Het", "opgeleverd"], lemmas: ["het", "op_leveren"], upos: ["PRON", "VERB"])[1] == "op_leveren")
        // The particle in the sentence, whatever the parse made of it, keeps it.
        #expect(
            rule.separate(forms: ["Rusland", "voerde", "sancties", "in"], lemmas: ["Rusland", "in_voeren", "sanctie", "in"],
                upos: ["PROPN", "VERB", "NOUN", "ADP"])[1] == "in_voeren")
        // A particle's letters inside the word are no particle (`loopt` holds `op`).
        #expect(rule.separate(forms: ["Hij", "loopt", "hard"], lemmas: ["hij", "op_lopen", "hard"], upos: ["PRON", "VERB", "ADJ"])[1] == "lopen")
    }

    @Test func alreadyJoinedOrOddHeadsAreLeftAlone() {
        let lemmas = rule.join(
            lemmas: ["op_bellen", "op", "x"], upos: ["VERB", "ADP", "ADP"], heads: [0, 1, 9],
            relations: ["root", "compound:prt", "compound:prt"])
        #expect(lemmas == ["op_bellen", "op", "x"])
    }
}
