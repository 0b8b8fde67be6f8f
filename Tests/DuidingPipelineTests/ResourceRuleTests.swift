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
}
