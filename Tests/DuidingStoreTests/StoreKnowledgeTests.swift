import DuidingCore
import DuidingStore
import Testing

/// Linked entities in the store: their knowledge-base facts and names, and search across languages.
@Suite("Store conformance: knowledge")
struct StoreKnowledgeTests {
    /// The visit article with Poetin linked as the linker would link him.
    static var linkedVisit: Analysis {
        var analysis = Articles.visit
        for index in analysis.entities.indices where analysis.entities[index].name == "Poetin" {
            analysis.entities[index].name = "Vladimir Poetin"
            analysis.entities[index].kb = "Q7747"
            analysis.entities[index].title = "Vladimir Putin"
            analysis.entities[index].description = "president van Rusland"
            analysis.entities[index].aliases = ["Vladimir Putin", "Putin"]
        }
        return analysis
    }

    @Test(arguments: StoreBackend.allCases)
    func searchingAnEnglishNameFindsTheDutchSpelling(backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.add([Articles.input(Self.linkedVisit), Articles.input(Articles.ukraine)])
        let page = try await store.search(SearchQuery(text: "Putin"))
        #expect(page.total == 1)
        #expect(page.articles.first?.headline == "Poetin op staatsbezoek in China")
        // A word no entity goes by searches the text only.
        #expect(try await store.search(SearchQuery(text: "luchtafweer")).total == 1)
    }

    @Test(arguments: StoreBackend.allCases)
    func aLinkedEntityIsOneAcrossLanguages(backend: StoreBackend) async throws {
        let store = try backend.make()
        var english = Articles.analysis(
            headline: "Putin visits China", text: "Russian President Vladimir Putin arrived in Beijing.", source: "Reuters",
            entities: [("Vladimir Putin", "PER", "Vladimir Putin")])
        english.language = "en"
        english.entities[0].title = "Vladimir Putin"
        english.entities[0].kb = "Q7747"
        _ = try await store.add([Articles.input(Self.linkedVisit), Articles.input(english)])
        let found = try await store.entities(type: "PER", matching: "Putin", limit: 10)
        #expect(found.count == 1)
        #expect(found.first?.articles == 2)
        // The entity filter takes any of its names.
        for name in ["Poetin", "Vladimir Putin", "Vladimir Poetin"] {
            #expect(try await store.search(SearchQuery(entity: name)).total == 2, "\(name)")
        }
    }

    @Test(arguments: StoreBackend.allCases)
    func entitiesAreFoundByAnyNameAndCarryTheirFacts(backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.add([Articles.input(Self.linkedVisit), Articles.input(Articles.ukraine)])
        for name in ["Putin", "poetin", "Vladimir", "putin"] {
            let found = try await store.entities(type: nil, matching: name, limit: 10)
            #expect(found.map(\.name) == ["Vladimir Poetin"], "\(name)")
            #expect(found.first?.kb == "Q7747")
        }
        #expect(try await store.entities(type: "LOC", matching: "Putin", limit: 10).isEmpty)
        #expect(try await store.entities(type: nil, matching: "100%_", limit: 10).isEmpty)
        let putin = try #require(try await store.entities(type: nil, matching: "Putin", limit: 1).first)
        let detail = try #require(try await store.entity(id: putin.id, limit: 10))
        #expect(detail.entity.description == "president van Rusland")
        #expect(Set(detail.names).isSuperset(of: ["Vladimir Poetin", "Putin", "Poetin"]))
    }
}
