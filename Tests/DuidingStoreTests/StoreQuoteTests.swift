import DuidingCore
import DuidingStore
import Testing

/// Quotes and claims in the store: found by any name of the speaker and by their words, replaced with
/// the article's analysis.
@Suite("Store conformance: quotes")
struct StoreQuoteTests {
    /// The visit article with a quote by Poetin (linked, with his English names) to Xi, and a claim.
    static var quotedVisit: Analysis {
        var analysis = StoreKnowledgeTests.linkedVisit
        analysis.text += " \"De betrekkingen zijn warm\", zei Poetin tegen Xi. Zij ontmoetten elkaar meer dan 40 keer."
        let scalars = Array(analysis.text.unicodeScalars)
        func span(_ words: String) -> Range<Int> {
            let target = Array(words.unicodeScalars)
            let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target } ?? 0
            return start..<(start + target.count)
        }
        let poetin = analysis.entities.first { $0.name == "Vladimir Poetin" }?.id
        let xi = analysis.entities.first { $0.name == "Xi" }?.id
        let quoted = span("De betrekkingen zijn warm")
        analysis.quotes = [
            Quote(start: quoted.lowerBound, end: quoted.upperBound, text: "De betrekkingen zijn warm", speaker: poetin, speakerText: "Poetin",
                addressee: xi, kind: "direct"),
            Quote(start: 0, end: 20, text: "een woordvoerder sprak", speakerText: "een woordvoerder", kind: "indirect"),
        ]
        let claim = span("meer dan 40 keer")
        analysis.claims = [
            Claim(start: claim.lowerBound, end: claim.upperBound, text: "meer dan 40 keer", value: 40, modifier: "MORE_THAN", unit: "times")
        ]
        return analysis
    }

    @Test(arguments: StoreBackend.allCases)
    func quotesAreFoundBySpeakerInAnyLanguageAndByWords(backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.add([Articles.input(Self.quotedVisit), Articles.input(Articles.ukraine)])
        for name in ["Putin", "Poetin", "Vladimir Putin", "vladimir poetin"] {
            let page = try await store.quotes(QuoteQuery(speaker: name))
            #expect(page.total == 1, "\(name)")
            #expect(page.quotes.first?.speaker == "Vladimir Poetin")
            #expect(page.quotes.first?.addressee == "Xi")
            #expect(page.quotes.first?.headline == "Poetin op staatsbezoek in China")
        }
        #expect(try await store.quotes(QuoteQuery(speaker: "Putin", text: "betrekkingen")).total == 1)
        #expect(try await store.quotes(QuoteQuery(speaker: "Putin", text: "oorlog")).total == 0)
        #expect(try await store.quotes(QuoteQuery(speaker: "een woordvoerder")).total == 1)
        #expect(try await store.quotes(QuoteQuery(kind: "indirect")).total == 1)
        #expect(try await store.quotes(QuoteQuery()).total == 2)
        await #expect(throws: StoreError.self) { try await store.quotes(QuoteQuery(text: "***")) }
        #expect(throws: StoreError.self) { try QuoteQuery.validate(kind: "loud") }
    }

    @Test(arguments: StoreBackend.allCases)
    func replacingAnArticleReplacesItsQuotes(backend: StoreBackend) async throws {
        let store = try backend.make()
        let input = Articles.input(Self.quotedVisit)
        _ = try await store.add([input])
        var plain = Self.quotedVisit
        plain.quotes = []
        _ = try await store.add([ArticleInput(contentHash: input.contentHash, origin: "test", analysis: plain)], replacing: true)
        #expect(try await store.quotes(QuoteQuery()).total == 0)
        #expect(try await store.quotes(QuoteQuery(text: "betrekkingen")).total == 0)
    }
}
