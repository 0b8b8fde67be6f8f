import DuidingCore
import DuidingStore
import Foundation
import Testing

/// The conformance suite: what every `Store` backend must do. Each test runs once per backend in
/// `StoreBackend.allCases`; a new backend (PostgreSQL) joins by adding a case.
enum StoreBackend: String, CaseIterable, CustomStringConvertible {
    case sqliteMemory
    case sqliteFile

    var description: String { rawValue }

    func make() throws -> any Store {
        switch self {
        case .sqliteMemory:
            return try SQLiteStore()
        case .sqliteFile:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-store-\(UUID().uuidString)")
            return try SQLiteStore(path: folder.appendingPathComponent("test.sqlite").path)
        }
    }
}

/// Hand-made analyses, so that the suite tests the store alone.
enum Articles {
    static func analysis(
        headline: String, text: String, source: String = "NOS", published: String? = "2024-05-16T09:34:00+02:00",
        entities: [(String, String, String)] = []
    ) -> Analysis {
        var metadata = ArticleMetadata()
        metadata.headline = headline
        metadata.source = source
        metadata.published = published
        let scalars = Array(text.unicodeScalars)
        let found = entities.enumerated().map { index, entity -> Entity in
            let (name, type, surface) = entity
            var mentions: [Mention] = []
            var start = 0
            let target = Array(surface.unicodeScalars)
            while start + target.count <= scalars.count {
                if Array(scalars[start..<start + target.count]) == target {
                    mentions.append(Mention(start: start, end: start + target.count, text: surface))
                    start += target.count
                } else {
                    start += 1
                }
            }
            return Entity(id: "e\(index + 1)", type: type, name: name, mentions: mentions)
        }
        return Analysis(
            engine: EngineInfo(version: "test", models: ["ner": "test-ner-0.1.0"]), language: "nl", metadata: metadata, text: text,
            sentences: [Sentence(start: 0, end: scalars.count, tokens: 0..<0)], entities: found)
    }

    static let visit = analysis(
        headline: "Poetin op staatsbezoek in China",
        text: "De Russische president Poetin is in Peking aangekomen voor een bezoek aan China. Xi ontving Poetin.",
        entities: [("Poetin", "PER", "Poetin"), ("Peking", "LOC", "Peking"), ("China", "LOC", "China"), ("Xi", "PER", "Xi")])
    static let ukraine = analysis(
        headline: "Oekraïne vraagt om luchtafweer", text: "Kyiv vraagt opnieuw om luchtafweer voor Oekraïne.",
        source: "NU.nl", published: "2024-05-20T12:00:00+02:00",
        entities: [("Oekraïne", "LOC", "Oekraïne"), ("Kyiv", "LOC", "Kyiv")])
    static let market = analysis(
        headline: "Beurs hoger", text: "De AEX sloot hoger na cijfers van ASML.", source: "NOS", published: "2024-04-01T17:45:00+02:00",
        entities: [("ASML", "ORG", "ASML")])

    static func input(_ analysis: Analysis, text: String? = nil) -> ArticleInput {
        ArticleInput(text: text ?? analysis.text, origin: "test", analysis: analysis)
    }
}

@Suite("Store conformance")
struct StoreConformanceTests {
    @Test(arguments: StoreBackend.allCases)
    func addsAndReadsBack(backend: StoreBackend) async throws {
        let store = try backend.make()
        let outcomes = try await store.add([Articles.input(Articles.visit), Articles.input(Articles.ukraine)])
        #expect(outcomes.count == 2)
        guard case .added(let id) = outcomes[0] else {
            Issue.record("first article not added: \(outcomes)")
            return
        }
        let article = try #require(try await store.article(id: id))
        #expect(article.summary.headline == "Poetin op staatsbezoek in China")
        #expect(article.text == Articles.visit.text)
        #expect(article.summary.source == "NOS")
        #expect(article.analysisJSON.contains("\"schema\": \"duiding.analysis/1\"") || article.analysisJSON.contains("\"schema\":\"duiding.analysis/1\""))
        #expect(try await store.article(id: 9999) == nil)
        #expect(try await store.articleCount() == 2)
    }

    @Test(arguments: StoreBackend.allCases)
    func sameTextTwiceIsStoredOnce(backend: StoreBackend) async throws {
        let store = try backend.make()
        let first = try await store.add([Articles.input(Articles.visit)])
        let again = try await store.add([Articles.input(Articles.visit), Articles.input(Articles.visit)])
        guard case .added(let id) = first[0] else {
            Issue.record("not added: \(first)")
            return
        }
        #expect(again == [.duplicate(id), .duplicate(id)])
        #expect(try await store.articleCount() == 1)
        let hash = Articles.input(Articles.visit).contentHash
        #expect(try await store.stored(contentHashes: [hash, "0000"]) == [hash])
    }

    @Test(arguments: StoreBackend.allCases)
    func searchIgnoresCaseAndDiacritics(backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.add([Articles.input(Articles.visit), Articles.input(Articles.ukraine), Articles.input(Articles.market)])
        let plain = try await store.search(SearchQuery(text: "oekraine"))
        #expect(plain.total == 1)
        #expect(plain.articles.first?.headline == "Oekraïne vraagt om luchtafweer")
        #expect(plain.articles.first?.snippet.contains("[") == true)
        // All words must occur.
        #expect(try await store.search(SearchQuery(text: "Poetin Peking")).total == 1)
        #expect(try await store.search(SearchQuery(text: "Poetin luchtafweer")).total == 0)
        // A word asked many times is asked once (repeats once made the query time grow with their square).
        let repeated = try await store.search(SearchQuery(text: Array(repeating: "Poetin poetin", count: 2_000).joined(separator: " ")))
        #expect(repeated.total == 1)
    }

    @Test(arguments: StoreBackend.allCases)
    func searchSyntaxCannotBreakTheQuery(backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.add([Articles.input(Articles.visit)])
        for text in ["\"Poetin", "Poetin OR", "NEAR(Poetin", "Poetin*", "Poetin AND -China", "col:Poetin", "'; DROP TABLE articles; --"] {
            _ = try await store.search(SearchQuery(text: text))
        }
        #expect(try await store.search(SearchQuery(text: "\"Poetin")).total == 1)
        #expect(try await store.articleCount() == 1)
        await #expect(throws: StoreError.self) { try await store.search(SearchQuery(text: "!!!")) }
        await #expect(throws: StoreError.self) { try await store.search(SearchQuery(text: "*")) }
    }

    @Test(arguments: StoreBackend.allCases)
    func filtersByEntityTypeSourceAndDate(backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.add([Articles.input(Articles.visit), Articles.input(Articles.ukraine), Articles.input(Articles.market)])
        #expect(try await store.search(SearchQuery(entity: "poetin")).total == 1)
        #expect(try await store.search(SearchQuery(entity: "Oekraine", type: "LOC")).total == 1)
        #expect(try await store.search(SearchQuery(entity: "Poetin", type: "LOC")).total == 0)
        #expect(try await store.search(SearchQuery(type: "ORG")).articles.map(\.headline) == ["Beurs hoger"])
        #expect(try await store.search(SearchQuery(source: "nos")).total == 2)
        #expect(try await store.search(SearchQuery(from: "2024-05-01")).total == 2)
        #expect(try await store.search(SearchQuery(until: "2024-05-16")).total == 2)
        #expect(try await store.search(SearchQuery(from: "2024-05-17", until: "2024-05-31")).articles.map(\.headline) == ["Oekraïne vraagt om luchtafweer"])
        // Newest first without a text query; paging.
        let all = try await store.search(SearchQuery(limit: 2))
        #expect(all.total == 3)
        #expect(all.articles.map(\.headline) == ["Oekraïne vraagt om luchtafweer", "Poetin op staatsbezoek in China"])
        #expect(try await store.search(SearchQuery(limit: 2, offset: 2)).articles.map(\.headline) == ["Beurs hoger"])
    }

    @Test(arguments: StoreBackend.allCases)
    func entitiesAreCountedAcrossArticles(backend: StoreBackend) async throws {
        let store = try backend.make()
        let other = Articles.analysis(
            headline: "Poetin terug", text: "Poetin is terug in Moskou.", entities: [("Poetin", "PER", "Poetin"), ("Moskou", "LOC", "Moskou")])
        _ = try await store.add([Articles.input(Articles.visit), Articles.input(other)])
        let people = try await store.entities(type: "PER", limit: 10)
        #expect(people.first?.name == "Poetin")
        #expect(people.first?.articles == 2)
        #expect(people.first?.mentions == 3)
        #expect(try await store.entities(type: nil, limit: 2).count == 2)
    }

    @Test func reopeningAFileKeepsItsArticles() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-store-\(UUID().uuidString)")
        let path = folder.appendingPathComponent("db.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            _ = try await store.add([Articles.input(Articles.visit)])
        }
        let again = try SQLiteStore(path: path)
        #expect(try await again.articleCount() == 1)
        #expect(try await again.search(SearchQuery(text: "peking")).total == 1)
    }

    @Test func unusableFileGivesAClearError() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("not-a-db.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("this is not a database, just text".utf8)))
        #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
    }
}

@Suite("Store conformance: entities")
struct StoreEntityConformanceTests {
    @Test(arguments: StoreBackend.allCases)
    func entityWithItsArticlesAndMentionsPerDay(backend: StoreBackend) async throws {
        let store = try backend.make()
        let later = Articles.analysis(
            headline: "Poetin terug", text: "Poetin is terug in Moskou. Poetin sprak.", published: "2024-05-18T08:00:00+02:00",
            entities: [("Poetin", "PER", "Poetin")])
        _ = try await store.add([Articles.input(Articles.visit), Articles.input(later), Articles.input(Articles.market)])
        let people = try await store.entities(type: "PER", limit: 10)
        let poetin = try #require(people.first { $0.name == "Poetin" })
        let detail = try #require(try await store.entity(id: poetin.id, limit: 10))
        #expect(detail.entity.name == "Poetin")
        #expect(detail.entity.articles == 2)
        #expect(detail.articles.map(\.headline) == ["Poetin terug", "Poetin op staatsbezoek in China"])
        #expect(detail.perDay == [DayCount(day: "2024-05-16", mentions: 2), DayCount(day: "2024-05-18", mentions: 2)])
        #expect(try await store.entity(id: 987_654, limit: 10) == nil)
        #expect(try await store.entity(id: poetin.id, limit: 1)?.articles.count == 1)
    }
}

@Suite("Store conformance: facets")
struct StoreFacetConformanceTests {
    @Test(arguments: StoreBackend.allCases)
    func facetsCountTheMatchingArticles(backend: StoreBackend) async throws {
        let store = try backend.make()
        let later = Articles.analysis(
            headline: "Poetin terug", text: "Poetin is terug in Moskou. Poetin sprak.", source: "NU.nl",
            published: "2024-06-02T08:00:00+02:00", entities: [("Poetin", "PER", "Poetin"), ("Moskou", "LOC", "Moskou")])
        _ = try await store.add([
            Articles.input(Articles.visit), Articles.input(later), Articles.input(Articles.ukraine), Articles.input(Articles.market),
        ])
        let all = try await store.facets(SearchQuery(), limit: 10)
        #expect(all.sources == [FacetCount(value: "NOS", articles: 2), FacetCount(value: "NU.nl", articles: 2)])
        #expect(all.months == [FacetCount(value: "2024-06", articles: 1), FacetCount(value: "2024-05", articles: 2), FacetCount(value: "2024-04", articles: 1)])
        #expect(all.types.first == FacetCount(value: "LOC", articles: 3))
        #expect(all.types.contains(FacetCount(value: "ORG", articles: 1)))
        let poetin = try #require(all.entities.first)
        #expect(poetin.name == "Poetin")
        #expect(poetin.articles == 2)
        #expect(poetin.mentions == 4)

        // Only what the matching articles have: the text query and the filters narrow the counts.
        let narrowed = try await store.facets(SearchQuery(text: "poetin", source: "nos"), limit: 10)
        #expect(narrowed.sources == [FacetCount(value: "NOS", articles: 1)])
        #expect(Set(narrowed.entities.map(\.name)) == ["Poetin", "Peking", "China", "Xi"])
        #expect(narrowed.entities.first { $0.name == "Poetin" }?.articles == 1)
        #expect(try await store.facets(SearchQuery(type: "ORG"), limit: 10).entities.map(\.name) == ["ASML"])
        #expect(try await store.facets(SearchQuery(text: "poetin"), limit: 1).entities.count == 1)
        #expect(try await store.facets(SearchQuery(text: "nergens"), limit: 10) == SearchFacets())
        await #expect(throws: StoreError.self) { try await store.facets(SearchQuery(text: "!!!"), limit: 10) }
    }
}

@Suite("Store conformance: dates mentioned")
struct StoreTimeConformanceTests {
    @Test(arguments: StoreBackend.allCases)
    func findsArticlesByTheDatesTheyMention(backend: StoreBackend) async throws {
        let store = try backend.make()
        var visit = Articles.visit
        visit.text += " Vorige week werd hij beëdigd."
        visit.times = [
            TimeExpression(id: "t1", start: visit.text.unicodeScalars.count - 29, end: visit.text.unicodeScalars.count - 18,
                text: "Vorige week", type: "DATE", value: "2024-W19"),
            TimeExpression(id: "t2", start: 0, end: 2, text: "De", type: "DURATION", value: "P2D"),
        ]
        var market = Articles.market
        market.times = [TimeExpression(id: "t1", start: 0, end: 2, text: "De", type: "DATE", value: "1999")]
        _ = try await store.add([Articles.input(visit), Articles.input(market), Articles.input(Articles.ukraine)])
        // 2024-W19 runs from Monday 6 to Sunday 12 May 2024.
        #expect(try await store.search(SearchQuery(mentionedFrom: "2024-05-10", mentionedUntil: "2024-05-10")).articles.map(\.headline) == [visit.metadata.headline])
        #expect(try await store.search(SearchQuery(mentionedFrom: "2024-05-13")).total == 0)
        #expect(try await store.search(SearchQuery(mentionedUntil: "2024-05-05")).articles.map(\.headline) == ["Beurs hoger"])
        #expect(try await store.search(SearchQuery(mentionedFrom: "1990-01-01", mentionedUntil: "2030-12-31")).total == 2)
        let facets = try await store.facets(SearchQuery(), limit: 10)
        #expect(facets.mentionedMonths == [FacetCount(value: "2024-05", articles: 1)])  // a year is not a month
        // Durations have no days; publication dates are another filter.
        #expect(try await store.search(SearchQuery(from: "2024-05-17", mentionedFrom: "2000-01-01")).total == 0)
    }
}

@Suite("Store conformance: analysing again")
struct StoreReplaceConformanceTests {
    @Test(arguments: StoreBackend.allCases)
    func replacingTakesTheNewAnalysisEverywhere(backend: StoreBackend) async throws {
        let store = try backend.make()
        let first = try await store.add([Articles.input(Articles.visit)])
        guard case .added(let id) = first.first else {
            Issue.record("not added: \(first)")
            return
        }
        // The same text (same content hash), analysed anew: another name, a time expression.
        var newer = Articles.analysis(
            headline: "Poetin in Peking", text: Articles.visit.text, entities: [("Vladimir Poetin", "PER", "Poetin")])
        newer.times = [TimeExpression(id: "t1", start: 0, end: 2, text: "De", type: "DATE", value: "2024-05-16")]
        let input = ArticleInput(contentHash: Articles.input(Articles.visit).contentHash, origin: "again", analysis: newer)
        #expect(try await store.add([input]) == [.duplicate(id)])
        #expect(try await store.add([input], replacing: true) == [.replaced(id)])
        #expect(try await store.articleCount() == 1)
        let stored = try #require(try await store.article(id: id))
        #expect(stored.summary.headline == "Poetin in Peking")
        #expect(stored.analysisJSON.contains("Vladimir Poetin"))
        #expect(try await store.search(SearchQuery(entity: "Vladimir Poetin")).total == 1)
        #expect(try await store.search(SearchQuery(entity: "Xi")).total == 0)
        #expect(try await store.search(SearchQuery(text: "Peking")).total == 1)
        #expect(try await store.search(SearchQuery(mentionedFrom: "2024-05-16", mentionedUntil: "2024-05-16")).total == 1)
        #expect(try await store.entities(type: "PER", limit: 10).map(\.name) == ["Vladimir Poetin"])
    }
}
