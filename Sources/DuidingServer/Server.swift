public import DuidingPipeline
public import DuidingStore
import DuidingCore
import Foundation
public import Hummingbird

/// The HTTP server: the JSON API under `/api/v1` and the HTML pages (`Pages/`).
///
/// ```
/// GET  /api/v1/health            status, article count, engine version
/// POST /api/v1/analyze           body: article text → duiding.analysis/1 JSON (not stored)
///                                query: language, reference_time, timezone
/// GET  /api/v1/articles          q, entity, type, source, from, until, limit, offset → a page of articles
/// GET  /api/v1/articles/{id}     one article with its analysis
/// GET  /api/v1/entities          type, q, limit → the most mentioned entities (q: a name in any language, or its start)
/// GET  /api/v1/entities/{id}     one entity, the articles mentioning it, its mentions per day
/// GET  /api/v1/quotes            speaker, q, article, kind, limit, offset → a page of quotes with their speakers
/// GET  /api/v1/events            source, target, either, entity, from, to, root|code, article, limit, offset → a page
///                                of events (each once, with the articles that report it) and the tone per month
/// GET  /api/v1/openapi.json      the OpenAPI 3 document of all this (Resources/openapi.json)
/// ```
/// Errors are JSON `{"error": {"message": "…"}}` with 400 (bad query or input), 404 (no such id or path), 405 (a path
/// served for other methods, with `Allow`), 413 (body too large).
public struct DuidingServer: Sendable {
    public let analyzer: Analyzer
    public let store: any Store
    /// The largest request body accepted, in bytes.
    public var maximumBodySize = 2_000_000

    public init(analyzer: Analyzer, store: any Store) {
        self.analyzer = analyzer
        self.store = store
    }

    public func router() -> Router<BasicRequestContext> {
        // `HEAD` is answered as `GET` is, without the body.
        let router = Router(options: .autoGenerateHeadEndpoints)
        addPages(to: router)
        let api = router.group("api/v1")
        api.get("health") { _, _ in
            let count = try await store.articleCount()
            return try Self.json(["status": "ok", "articles": count, "version": EngineInfo().version] as [String: any Sendable])
        }
        api.post("analyze") { request, _ in try await analyze(request) }
        api.get("articles") { request, _ in try await articles(request) }
        api.get("articles/{id}") { request, context in
            guard let id = context.parameters.get("id", as: Int64.self) else {
                throw HTTPError(.badRequest, message: "article ids are whole numbers")
            }
            guard let article = try await store.article(id: id) else { throw HTTPError(.notFound, message: "no article \(id)") }
            // The stored analysis is embedded as it is.
            var body = "{\"article\": " + String(decoding: try Self.encoder.encode(article.summary), as: UTF8.self)
            body += ", \"content_hash\": \"\(article.contentHash)\", \"analysis\": " + article.analysisJSON + "}\n"
            return Self.response(Data(body.utf8))
        }
        api.get("openapi.json") { _, _ in
            guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"), let data = try? Data(contentsOf: url) else {
                throw HTTPError(.internalServerError, message: "the OpenAPI document is missing from the build")
            }
            return Self.response(data)
        }
        api.get("entities/{id}") { request, context in
            guard let id = context.parameters.get("id", as: Int64.self) else {
                throw HTTPError(.badRequest, message: "entity ids are whole numbers")
            }
            let limit = try Self.integer(request.uri.queryParameters.get("limit"), name: "limit", default: 50, range: 1...1000)
            guard let detail = try await store.entity(id: id, limit: limit) else { throw HTTPError(.notFound, message: "no entity \(id)") }
            return Self.response(try Self.encoder.encode(detail))
        }
        api.get("entities") { request, _ in
            let query = request.uri.queryParameters
            let type = query.get("type")
            do throws(StoreError) { try SearchQuery.validate(type: type, named: "type") } catch { throw HTTPError(.badRequest, message: error.description) }
            let limit = try Self.integer(query.get("limit"), name: "limit", default: 50, range: 1...1000)
            let text = query.get("q").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            return Self.response(try Self.encoder.encode(["entities": try await store.entities(type: type, matching: text, limit: limit)]))
        }
        api.get("quotes") { request, _ in
            let parameters = request.uri.queryParameters
            let query = try Self.quoteQuery({ parameters.get($0) }, strict: true)
            do {
                return Self.response(try Self.encoder.encode(try await store.quotes(query)))
            } catch let error as StoreError {
                throw HTTPError(.badRequest, message: error.description)
            }
        }
        api.get("events") { request, _ in
            let parameters = request.uri.queryParameters
            let query = try Self.eventQuery({ parameters.get($0) })
            do {
                return Self.response(try Self.encoder.encode(try await store.events(query)))
            } catch let error as StoreError {
                throw HTTPError(.badRequest, message: error.description)
            }
        }
        // Last: it must wrap only the not-found responder, not a route.
        router.add(middleware: Unrouted(routes: router.routes))
        return router
    }

    /// An event search from the query string: `source`, `target` (a CAMEO actor code or its start, or a name),
    /// `either` (true: both directions), `entity` (a stored entity on either side), `from`, `to` (or `until`),
    /// `root` or `code`, `article`, `limit`, `offset`. Bad values are errors.
    static func eventQuery(_ parameter: (String) -> String?) throws -> EventQuery {
        func value(_ name: String) -> String? { nonBlank(parameter(name))?.trimmingCharacters(in: .whitespaces) }
        func number(_ name: String) throws -> Int64? {
            guard let text = value(name) else { return nil }
            guard let number = Int64(text) else { throw HTTPError(.badRequest, message: "\(name) must be a whole number") }
            return number
        }
        let either = try boolean(value("either"), name: "either")
        if let root = value("root"), root.count != 2 || Int(root).map({ !(1...20).contains($0) }) ?? true {
            throw HTTPError(.badRequest, message: "root must be a two-digit CAMEO root from 01 to 20, not \(root)")
        }
        let query = EventQuery(
            source: value("source"), target: value("target"), eitherDirection: either, entity: try number("entity"), from: value("from"),
            until: value("to") ?? value("until"), code: value("code") ?? value("root"), article: try number("article"),
            limit: try integer(value("limit"), name: "limit", default: 20, range: 1...1000),
            offset: try integer(value("offset"), name: "offset", default: 0, range: 0...1_000_000))
        do {
            try EventQuery.validate(code: query.code)
            try SearchQuery.validate(date: query.from, named: "from")
            try SearchQuery.validate(date: query.until, named: "to")
        } catch {
            throw HTTPError(.badRequest, message: error.description)
        }
        return query
    }

    /// A quote search from the query string (`speaker`, `q`, `article`, `kind`, `limit`, `offset`); `strict`
    /// rejects bad values (the API), else they are left out (the page).
    static func quoteQuery(_ parameter: (String) -> String?, strict: Bool) throws -> QuoteQuery {
        func value(_ name: String) -> String? { nonBlank(parameter(name)) }
        var kind = value("kind")
        do throws(StoreError) { try QuoteQuery.validate(kind: kind) } catch {
            if strict { throw HTTPError(.badRequest, message: error.description) }
            kind = nil
        }
        var article: Int64?
        if let text = value("article") {
            article = Int64(text)
            if article == nil, strict { throw HTTPError(.badRequest, message: "article must be a whole number") }
        }
        let limit = strict ? try integer(value("limit"), name: "limit", default: 20, range: 1...1000) : 20
        let offset = strict ? try integer(value("offset"), name: "offset", default: 0, range: 0...1_000_000) : max(0, Int(value("offset") ?? "") ?? 0)
        return QuoteQuery(speaker: value("speaker"), text: value("q"), article: article, kind: kind, limit: limit, offset: offset)
    }

    /// The application, listening on `host:port` (loopback by default).
    public func application(host: String = "127.0.0.1", port: Int = 8080) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "duiding"))
    }

    private func analyze(_ request: Request) async throws -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maximumBodySize)
        } catch {
            throw HTTPError(.contentTooLarge, message: "the article is larger than \(maximumBodySize) bytes")
        }
        let text: String
        do {
            text = try InputText.decode(Data(body.readableBytesView), name: "request body")
        } catch {
            throw HTTPError(.badRequest, message: error.description)
        }
        let query = request.uri.queryParameters
        var zone: TimeZone?
        if let name = query.get("timezone") {
            guard let parsed = TimeZone(identifier: name) else {
                throw HTTPError(.badRequest, message: "unknown time zone \(name)")
            }
            zone = parsed
        }
        let reference = query.get("reference_time")
        if let reference, ISOTime.parse(reference, timeZone: zone ?? TimeZone(secondsFromGMT: 0) ?? .current) == nil {
            throw HTTPError(.badRequest, message: "reference_time is not an ISO 8601 time such as 2024-05-16T09:34:00+02:00")
        }
        let options = AnalyzeOptions(
            language: query.get("language"), referenceText: reference, timeZone: zone, now: Date())
        let analyzer = self.analyzer
        do {
            let analysis = try analyzer.analyze(text, options: options)
            var data = analysis.jsonData(pretty: true)
            data.append(0x0A)
            return Self.response(data)
        } catch {
            throw HTTPError(.badRequest, message: "\(error)")
        }
    }

    private func articles(_ request: Request) async throws -> Response {
        let query = request.uri.queryParameters
        func text(_ name: String) -> String? { Self.nonBlank(query.get(name)) }
        let type = text("type")
        do {
            try SearchQuery.validate(type: type, named: "type")
            try SearchQuery.validate(date: text("from"), named: "from")
            try SearchQuery.validate(date: text("until"), named: "until")
            try SearchQuery.validate(date: text("mentioned_from"), named: "mentioned_from")
            try SearchQuery.validate(date: text("mentioned_until"), named: "mentioned_until")
        } catch {
            throw HTTPError(.badRequest, message: error.description)
        }
        let search = Self.searchQuery(
            text, type: type, limit: try Self.integer(text("limit"), name: "limit", default: 20, range: 1...1000),
            offset: try Self.integer(text("offset"), name: "offset", default: 0, range: 0...1_000_000))
        let wantsFacets = try Self.boolean(text("facets"), name: "facets")
        let facetLimit = try Self.integer(text("facet_limit"), name: "facet_limit", default: 10, range: 1...100)
        let page: SearchPage
        var facets: SearchFacets?
        do {
            page = try await store.search(search)
            if wantsFacets { facets = try await store.facets(search, limit: facetLimit) }
        } catch let error as StoreError {
            throw HTTPError(.badRequest, message: error.description)
        }
        struct Page: Encodable {
            var total: Int
            var offset: Int
            var articles: [ArticleSummary]
            var facets: SearchFacets?
        }
        return Self.response(
            try Self.encoder.encode(Page(total: page.total, offset: search.offset, articles: page.articles, facets: facets)))
    }

    /// A query-string value, nil when absent or blank.
    static func nonBlank(_ value: String?) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }

    /// A search from the query-string filters (`q`, `entity`, `source`, `from`, `until`, `mentioned_from`,
    /// `mentioned_until`), as the API and the search page both read them; each caller checks `type`, `limit`
    /// and `offset` its own way.
    static func searchQuery(_ value: (String) -> String?, type: String?, limit: Int, offset: Int) -> SearchQuery {
        SearchQuery(
            text: value("q"), entity: value("entity"), type: type, source: value("source"), from: value("from"),
            until: value("until"), mentionedFrom: value("mentioned_from"), mentionedUntil: value("mentioned_until"), limit: limit,
            offset: offset)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }()

    /// A true/false query-string value (`true`, `1`, `false`, `0`; absent is false).
    static func boolean(_ value: String?, name: String) throws -> Bool {
        switch value?.lowercased() {
        case nil, "false", "0": return false
        case "true", "1": return true
        default: throw HTTPError(.badRequest, message: "\(name) must be true or false")
        }
    }

    static func integer(_ value: String?, name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let value else { return fallback }
        guard let number = Int(value), range.contains(number) else {
            throw HTTPError(.badRequest, message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    static func json(_ object: [String: any Sendable]) throws -> Response {
        response(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    static func response(_ data: Data) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
