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
}
