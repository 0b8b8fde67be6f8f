public import DuidingCore
import Foundation

/// Where analysed articles are kept and searched. SQLite (`SQLiteStore`) is the embedded default; every
/// backend passes the same conformance suite (`Tests/DuidingStoreTests`).
///
/// Articles are identified by the SHA-256 of their input text: adding the same text again adds nothing.
/// A batch is added in one transaction, so an interrupted ingest leaves each batch wholly in or out.
public protocol Store: Sendable {
    /// Adds articles in one transaction; for each, whether it was new or already stored (by content hash).
    /// With `replacing`, a stored article takes the new analysis (its sentences, mentions and times too):
    /// for bringing stored articles up to a newer engine.
    func add(_ articles: [ArticleInput], replacing: Bool) async throws -> [AddOutcome]
    /// Which of these content hashes are stored already (to skip analysing them again).
    func stored(contentHashes: [String]) async throws -> Set<String>
    func article(id: Int64) async throws -> StoredArticle?
    func search(_ query: SearchQuery) async throws -> SearchPage
    /// What the articles matching `query` have in common, to narrow a search: their names, name types,
    /// sources, publication months and the months they mention, each with the number of matching articles (most first, at most
    /// `limit` of each; paging in `query` is ignored).
    func facets(_ query: SearchQuery, limit: Int) async throws -> SearchFacets
    /// Entities by number of articles that mention them, most first.
    /// The most mentioned entities, of a type and going by a name (whole or prefix, any language) when given.
    func entities(type: String?, matching text: String?, limit: Int) async throws -> [EntitySummary]
    /// One entity with the articles that mention it (newest first, at most `limit`) and its mentions per day.
    func entity(id: Int64, limit: Int) async throws -> EntityDetail?
    func articleCount() async throws -> Int
    /// Quotes by speaker (any name the speaker's entity goes by, or the words that name an unlinked speaker)
    /// and by words in the quote, newest article first.
    func quotes(_ query: QuoteQuery) async throws -> QuotePage
    /// Events by actor, date and code. An event several articles report is one event with all its reports: events of
    /// the same story are those with the same source, code, target and day.
    func events(_ query: EventQuery) async throws -> EventPage
}

/// What to look for among the stored quotes; every filter is optional.
public struct QuoteQuery: Sendable, Equatable {
    /// A name of the speaker, in any language or spelling the knowledge base knows (`Blinken`, `Poetin`).
    public var speaker: String?
    /// Words in the quote (case and diacritics do not matter).
    public var text: String?
    /// The quotes of one article.
    public var article: Int64?
    /// `direct`, `partial` or `indirect`.
    public var kind: String?
    public var limit: Int
    public var offset: Int

    public init(speaker: String? = nil, text: String? = nil, article: Int64? = nil, kind: String? = nil, limit: Int = 20, offset: Int = 0) {
        self.speaker = speaker
        self.text = text
        self.article = article
        self.kind = kind
        self.limit = limit
        self.offset = offset
    }

    /// Checks a quote kind from a request.
    public static func validate(kind: String?) throws(StoreError) {
        guard let kind else { return }
        guard ["direct", "partial", "indirect"].contains(kind) else { throw StoreError("kind must be direct, partial or indirect, not \(kind)") }
    }
}

/// One stored quote with its speaker and the article it is from.
public struct QuoteSummary: Sendable, Equatable, Codable {
    public var articleID: Int64
    public var headline: String?
    public var published: String?
    public var start: Int
    public var end: Int
    public var text: String
    public var kind: String
    /// The speaker's stored entity, and its name (else the words that name the speaker).
    public var speakerID: Int64?
    public var speaker: String?
    public var addresseeID: Int64?
    public var addressee: String?
}

public struct QuotePage: Sendable, Equatable, Codable {
    public var total: Int
    public var quotes: [QuoteSummary]
}

/// An analysed article to store.
public struct ArticleInput: Sendable {
    /// SHA-256 of the input text, as hex.
    public var contentHash: String
    /// Where it came from (a file path, `stdin:3`), for reports.
    public var origin: String?
    public var analysis: Analysis

    public init(contentHash: String, origin: String?, analysis: Analysis) {
        self.contentHash = contentHash
        self.origin = origin
        self.analysis = analysis
    }

    /// An input for `text` analysed as `analysis`, hashed from the text.
    public init(text: String, origin: String?, analysis: Analysis) {
        self.init(contentHash: SHA256.hex(text), origin: origin, analysis: analysis)
    }
}

extension Store {
    /// Adds articles, leaving stored ones as they are.
    public func add(_ articles: [ArticleInput]) async throws -> [AddOutcome] {
        try await add(articles, replacing: false)
    }
}

public enum AddOutcome: Sendable, Equatable {
    case added(Int64)
    case duplicate(Int64)
    /// Stored already; its analysis was replaced.
    case replaced(Int64)
}

/// An article as listed in search results.
public struct ArticleSummary: Sendable, Equatable, Codable {
    public var id: Int64
    public var headline: String?
    public var source: String?
    public var published: String?
    public var language: String
    /// The start of the text, or the matching passage for a text search.
    public var snippet: String
    public var ingestedAt: String
}

/// A stored article with its analysis (the `duiding.analysis/1` JSON, as stored).
public struct StoredArticle: Sendable, Equatable {
    public var summary: ArticleSummary
    public var contentHash: String
    public var origin: String?
    public var text: String
    public var analysisJSON: String
    public var engineVersion: String
}

public struct SearchQuery: Sendable, Equatable {
    /// Words to find in the headline or text (all of them; case and diacritics do not matter).
    public var text: String?
    /// Articles that mention an entity of this name (case and diacritics do not matter).
    public var entity: String?
    /// With `entity`: of this type (PER, LOC, ORG, MISC); alone: articles with any entity of this type.
    public var type: String?
    public var source: String?
    /// Published on or after / before this date (`2024-05-16`, ISO 8601).
    public var from: String?
    public var until: String?
    /// Articles that mention a date on or after / on or before this day (`2024-05-01`): a time expression
    /// whose value covers a day in the range (`vorige week`, `in oktober`), whenever they were published.
    public var mentionedFrom: String?
    public var mentionedUntil: String?
    public var limit: Int
    public var offset: Int

    public init(
        text: String? = nil, entity: String? = nil, type: String? = nil, source: String? = nil, from: String? = nil,
        until: String? = nil, mentionedFrom: String? = nil, mentionedUntil: String? = nil, limit: Int = 20, offset: Int = 0
    ) {
        self.text = text
        self.entity = entity
        self.type = type
        self.source = source
        self.from = from
        self.until = until
        self.mentionedFrom = mentionedFrom
        self.mentionedUntil = mentionedUntil
        self.limit = limit
        self.offset = offset
    }
}

extension SearchQuery {
    /// The entity types names are tagged with.
    public static let entityTypes: Set<String> = ["PER", "LOC", "ORG", "MISC"]

    /// Checks a type filter as a user wrote it (any case); `name` is how the user called it.
    public static func validate(type: String?, named name: String) throws(StoreError) {
        if let type, !entityTypes.contains(type.uppercased()) { throw StoreError("\(name) must be PER, LOC, ORG or MISC") }
    }

    /// Checks a date filter: an ISO 8601 date or time, starting with the year.
    public static func validate(date: String?, named name: String) throws(StoreError) {
        if let date, !CalendarDay.isISODate(date) {
            throw StoreError("\(name) must be an ISO 8601 date that exists, such as 2024-05-16, 2024-05 or 2024")
        }
    }
}

public struct SearchPage: Sendable, Equatable {
    /// Matching articles in all, not only on this page.
    public var total: Int
    public var articles: [ArticleSummary]
}

/// Counts of matching articles by what they share; see `Store.facets`.
public struct SearchFacets: Sendable, Equatable, Codable {
    /// Names mentioned in the matching articles; `articles` and `mentions` count within the matches.
    public var entities: [EntitySummary]
    public var types: [FacetCount]
    public var sources: [FacetCount]
    /// Publication months (`2024-05`), newest first; articles without a date are left out.
    public var months: [FacetCount]
    /// Months the matching articles mention (a date or week within one month: `vorige week`, `in oktober`),
    /// newest first.
    public var mentionedMonths: [FacetCount]

    public init(
        entities: [EntitySummary] = [], types: [FacetCount] = [], sources: [FacetCount] = [], months: [FacetCount] = [],
        mentionedMonths: [FacetCount] = []
    ) {
        self.entities = entities
        self.types = types
        self.sources = sources
        self.months = months
        self.mentionedMonths = mentionedMonths
    }
}

public struct FacetCount: Sendable, Equatable, Codable {
    public var value: String
    public var articles: Int

    public init(value: String, articles: Int) {
        self.value = value
        self.articles = articles
    }
}

public struct EntitySummary: Sendable, Equatable, Codable {
    public var id: Int64
    public var type: String
    public var name: String
    /// Wikidata id, English Wikipedia title and description, when the entity was linked.
    public var kb: String?
    public var title: String?
    public var description: String?
    public var articles: Int
    public var mentions: Int
}

extension Store {
    /// The most mentioned entities, of a type when given.
    public func entities(type: String?, limit: Int) async throws -> [EntitySummary] {
        try await entities(type: type, matching: nil, limit: limit)
    }
}

public struct EntityDetail: Sendable, Equatable, Codable {
    public var entity: EntitySummary
    /// Every name the entity goes by in the stored articles and the knowledge base.
    public var names: [String]
    public var articles: [ArticleSummary]
    /// Mentions per publication day (`2024-05-16`), in date order; articles without a date are left out.
    public var perDay: [DayCount]
}

public struct DayCount: Sendable, Equatable, Codable {
    public var day: String
    public var mentions: Int

    public init(day: String, mentions: Int) {
        self.day = day
        self.mentions = mentions
    }
}

/// Why a store operation failed, in words a user can act on.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension String {
    /// The form names are matched by: lowercased, without diacritics (`Oekraïne` → `oekraine`).
    public var matchKey: String {
        folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespaces)
    }
}
