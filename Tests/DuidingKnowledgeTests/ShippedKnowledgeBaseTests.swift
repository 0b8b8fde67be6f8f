import DuidingCore
import DuidingKnowledge
import DuidingResources
import Testing

/// The shipped knowledge base loads, and its names reach across Dutch and English spellings.
@Suite struct ShippedKnowledgeBaseTests {
    static let kb: KnowledgeBase? = try? KnowledgeBase(bundle: .shipped)

    @Test func loads() throws {
        let kb = try KnowledgeBase(bundle: .shipped)
        #expect(kb.entities.count > 5_000)
        #expect(kb.countries["RU"] != nil)
    }

    @Test(arguments: [
        ("Poetin", "Vladimir Putin"), ("Sjojgoe", "Sergei Shoigu"), ("Andrej Beloöesov", "Andrei Belousov"),
        ("Beloesov", "Andrei Belousov"), ("Peking", "Beijing"), ("Moskou", "Moscow"), ("Oekraïne", "Ukraine"),
        ("VS", "United States"), ("Verenigde Staten", "United States"), ("NAVO", "NATO"), ("Keulen", "Cologne"),
    ])
    func findsByDutchName(name: String, title: String) throws {
        let kb = try #require(Self.kb)
        let titles = kb.names.candidates(name).map { kb.entities[$0.entity].title }
        #expect(titles.contains(title), "\(name) → \(titles)")
    }

    @Test func anAcronymIsNotAnotherWithItsLettersDoubled() throws {
        // `VB` is Vlaams Belang; `VBBB`, a breastfeeding association, is not, though the spelling skeleton drops doubled
        // letters. A name in lower case, or a long one in capitals as headlines write them, still meets its spellings.
        let kb = try #require(Self.kb)
        #expect(kb.names.candidates("VB").contains { kb.entities[$0.entity].title == "Vlaams Belang" })
        #expect(!kb.names.candidates("VBBB").contains { kb.entities[$0.entity].title == "Vlaams Belang" })
        #expect(kb.names.candidates("Sjojgoe").contains { kb.entities[$0.entity].title == "Sergei Shoigu" })
        #expect(kb.names.candidates("SJOJGOE").contains { kb.entities[$0.entity].title == "Sergei Shoigu" })
    }
}
