import DuidingCore
import DuidingResources
import DuidingSyntax
import Testing

@testable import DuidingPipeline

/// Rules the analyzer reads from the shipped resource files, as it reads them.
@Suite("Shipped resource rules")
struct ResourceRuleTests {
    @Test func theParticleRuleKnowsWordsThatAreNeverParticles() throws {
        let rule = try #require(try Analyzer.particleVerbs(language: "nl", bundle: .shipped))
        #expect(rule.notParticles.isSuperset(of: ["te", "van"]))
        // `door` is a particle (`door_reizen`), so it is not among them.
        #expect(!rule.notParticles.contains("door"))
        // Hij hoeft niet te gaan . (`te` labelled a particle by the parse): `gaan` stays `gaan`.
        let lemmas = rule.join(
            lemmas: ["hij", "hoeven", "niet", "te", "gaan", "."], upos: ["PRON", "VERB", "ADV", "ADP", "VERB", "PUNCT"],
            heads: [2, 0, 2, 5, 2, 2], relations: ["nsubj", "root", "advmod", "compound:prt", "xcomp", "punct"])
        #expect(lemmas[4] == "gaan")
    }

    @Test func anAcronymThatSpellsAWordIsAName() throws {
        let rule = try #require(try Analyzer.acronyms(language: "nl", bundle: .shipped))
        // `NAM` read as the past of `nemen`; a headline in capitals keeps its verbs.
        #expect(rule.misread(["De", "NAM", "laat", "weten"], upos: ["DET", "VERB", "AUX", "VERB"]) == [1])
        #expect(rule.misread(["DE", "NAM", "ZWIJGT"], upos: ["DET", "VERB", "VERB"]).isEmpty)
        #expect(rule.misread(["Het", "WK", "begint"], upos: ["DET", "NOUN", "VERB"]).isEmpty)
        // End to end: the parse then has `De NAM` as the subject, and the company speaks.
        let analysis = try sharedAnalyzer.analyze(
            "De NAM, een joint venture van Shell en ExxonMobil, laat weten dat het bedrijf \"constructief\" zal meewerken.",
            options: options(language: "nl"))
        #expect(analysis.tokens.first { $0.text == "NAM" }?.upos == "PROPN")
        #expect(analysis.quotes.contains { $0.kind == "indirect" && $0.speakerText?.contains("NAM") == true })
    }

    @Test func aBarePhraseOfTimeModifiesTheVerb() throws {
        let rule = try #require(try Analyzer.temporalPhrases(language: "nl", bundle: .shipped))
        // Poetin sprak zondag telefonisch met Xi . — parsed with `zondag` a second subject and the rest under it.
        let forms = ["Poetin", "sprak", "zondag", "telefonisch", "met", "Xi", "."]
        let upos = ["PROPN", "VERB", "PROPN", "ADJ", "ADP", "PROPN", "PUNCT"]
        var heads = [2, 0, 2, 3, 6, 3, 2]
        var relations = ["nsubj", "root", "nsubj", "amod", "case", "nmod", "punct"]
        rule.repair(forms: forms, upos: upos, heads: &heads, relations: &relations)
        #expect(heads == [2, 0, 2, 2, 6, 2, 2])
        #expect(relations == ["nsubj", "root", "obl", "advmod", "case", "obl", "punct"])
        // A noun of time needs a deictic determiner (`vorige week`); `de week` and `een week` stay as parsed, and so
        // does a day's name that is a copula's subject (`Zondag is een rustdag`: its head is no verb).
        for determiner in ["de", "een"] {
            var keptHeads = [2, 0, 4, 2, 2]
            var kept = ["nsubj", "root", "det", "obj", "punct"]
            rule.repair(forms: ["Hij", "noemde", determiner, "week", "."], upos: ["PRON", "VERB", "DET", "NOUN", "PUNCT"],
                heads: &keptHeads, relations: &kept)
            #expect(kept == ["nsubj", "root", "det", "obj", "punct"] && keptHeads == [2, 0, 4, 2, 2])
        }
        var week = [2, 0, 4, 2, 2]
        var weekRelations = ["nsubj", "root", "det", "obj", "punct"]
        rule.repair(forms: ["Hij", "sprak", "vorige", "week", "."], upos: ["PRON", "VERB", "ADJ", "NOUN", "PUNCT"],
            heads: &week, relations: &weekRelations)
        #expect(weekRelations[3] == "obl")
        // The subject the parser then took for the object gets its relation back (`Zaterdag betoogden duizenden aanhangers`).
        var march = [2, 0, 4, 2, 2]
        var marchRelations = ["nsubj", "root", "nummod", "obj", "punct"]
        rule.repair(forms: ["Zaterdag", "betoogden", "duizenden", "aanhangers", "."], upos: ["PROPN", "VERB", "NUM", "NOUN", "PUNCT"],
            heads: &march, relations: &marchRelations)
        #expect(marchRelations == ["obl", "root", "nummod", "nsubj", "punct"])
        var copula = ["nsubj", "cop", "det", "root", "punct"]
        var copulaHeads = [4, 4, 4, 0, 4]
        rule.repair(forms: ["Zondag", "is", "een", "rustdag", "."], upos: ["PROPN", "AUX", "DET", "NOUN", "PUNCT"],
            heads: &copulaHeads, relations: &copula)
        #expect(copula[0] == "nsubj")
        // A phrase with `van` after it stays its own (`zondag van vorige week`), as does a day coordinated with it.
        var own = [2, 0, 2, 6, 6, 3, 3, 9, 3, 2]
        var ownRelations = ["nsubj", "root", "obj", "case", "amod", "nmod", "cc", "amod", "conj", "punct"]
        rule.repair(
            forms: ["Hij", "sprak", "zondag", "van", "vorige", "week", "en", "afgelopen", "maandag", "."],
            upos: ["PRON", "VERB", "PROPN", "ADP", "ADJ", "NOUN", "CCONJ", "ADJ", "PROPN", "PUNCT"], heads: &own, relations: &ownRelations)
        #expect(own == [2, 0, 2, 6, 6, 3, 3, 9, 3, 2] && ownRelations[2] == "obl" && ownRelations[5] == "nmod" && ownRelations[8] == "conj")
        // A date after the day's name stays its own (`zondag 12 mei`).
        var date = [2, 0, 2, 3, 4, 2]
        var dateRelations = ["nsubj", "root", "obj", "nmod", "flat", "punct"]
        rule.repair(forms: ["Hij", "sprak", "zondag", "12", "mei", "."], upos: ["PRON", "VERB", "PROPN", "NUM", "PROPN", "PUNCT"],
            heads: &date, relations: &dateRelations)
        #expect(date == [2, 0, 2, 3, 4, 2] && dateRelations[2] == "obl" && dateRelations[3] == "nmod")
        // End to end: the one spoken with is the verb's, not the day's.
        let analysis = try sharedAnalyzer.analyze(
            "Poetin sprak zondag met de Chinese president Xi Jinping.",
            options: options(language: "nl"))
        let sunday = try #require(analysis.tokens.firstIndex { $0.text == "zondag" })
        #expect(analysis.tokens[sunday].deprel == "obl")
        let verb = try #require(analysis.tokens.firstIndex { $0.text == "sprak" })
        let president = try #require(analysis.tokens.firstIndex { $0.text == "president" })
        #expect(analysis.tokens[president].head == verb + 1)
    }
}

/// Verb forms the lemmatizer's training lacked (`nl/syntax/verb-forms.txt`).
@Suite("Verb forms")
struct VerbFormTests {
    @Test func aSecondPastFormHasItsVerbsLemma() throws {
        // `zegde`, the other past of zeggen, which the edit scripts made zegenen's; with its particle, toe_zeggen.
        let analysis = try sharedAnalyzer.analyze("Rutte zegde Oekraïne opnieuw steun toe.", options: options(language: "nl"))
        let verb = try #require(analysis.tokens.first { $0.text == "zegde" })
        #expect(verb.lemma == "toe_zeggen")
        // Written with its particle, in a subordinate clause: the particle's verb.
        let joined = try sharedAnalyzer.analyze("Het kabinet meldde dat Rutte Oekraïne steun toezegde.", options: options(language: "nl"))
        #expect(joined.tokens.first { $0.text == "toezegde" }?.lemma == "toe_zeggen")
    }
}

/// Where the pipeline cuts a tagged entity span to the name in it.
@Suite("Entity spans")
struct EntitySpanTests {
    @Test func aNameEndsBeforeALowercaseNounAfterIt() {
        func tokens(_ words: [(String, String)]) -> [Token] {
            var offset = 0
            return words.map { word, upos in
                defer { offset += word.count + 1 }
                return Token(text: word, start: offset, end: offset + word.count, upos: upos)
            }
        }
        // had Van Alebeek moeite — tagged as one name with the noun after it.
        let person = tokens([("had", "VERB"), ("Van", "PROPN"), ("Alebeek", "PROPN"), ("moeite", "NOUN")])
        #expect(EntityComponent.nameWithin(1..<4, type: "MISC", tokens: person, opensClause: false) == 1..<3)
        // A nationality before the noun stays for the linker to split (`Bulgarije Russische diplomaten`).
        let place = tokens([("en", "CCONJ"), ("Bulgarije", "PROPN"), ("Russische", "ADJ"), ("diplomaten", "NOUN")])
        #expect(EntityComponent.nameWithin(1..<4, type: "LOC", tokens: place, opensClause: false) == 1..<4)
        // A work or event named with a lowercase noun after a single word keeps it; a place or organisation does not.
        let event = tokens([("het", "DET"), ("Wereldkampioenschap", "PROPN"), ("voetbal", "NOUN")])
        #expect(EntityComponent.nameWithin(1..<3, type: "MISC", tokens: event, opensClause: false) == 1..<3)
        #expect(EntityComponent.nameWithin(1..<3, type: "ORG", tokens: event, opensClause: false) == 1..<2)
    }

    @Test func anInflectedNounOpeningAClauseIsNoPerson() {
        func token(_ text: String, _ lemma: String, _ upos: String) -> [Token] {
            [Token(text: text, start: 0, end: text.count, upos: upos, lemma: lemma), Token(text: "leenden", start: 6, end: 13, upos: "VERB", lemma: "lenen")]
        }
        // `Musea in Berlijn leenden schilderijen uit.`: a plural the tagger reads as a noun is no one's name.
        #expect(EntityComponent.nameWithin(0..<1, type: "PER", tokens: token("Musea", "museum", "NOUN"), opensClause: true).isEmpty)
        // A name keeps its form (`Jansen`), and an organisation read as a plural keeps its tag (`Reuters`).
        #expect(EntityComponent.nameWithin(0..<1, type: "PER", tokens: token("Jansen", "Jansen", "NOUN"), opensClause: true) == 0..<1)
        #expect(EntityComponent.nameWithin(0..<1, type: "ORG", tokens: token("Reuters", "reuter", "NOUN"), opensClause: true) == 0..<1)
        // A word the article writes in a longer name is that name (`Antony Blinken` … `Blinken zei`).
        #expect(
            EntityComponent.nameWithin(0..<1, type: "PER", tokens: token("Blinken", "blink", "NOUN"), opensClause: true, namedElsewhere: true) == 0..<1)
        // Inside a clause the capital says it is a name.
        #expect(EntityComponent.nameWithin(0..<1, type: "PER", tokens: token("Musea", "museum", "NOUN"), opensClause: false) == 0..<1)
    }
}
