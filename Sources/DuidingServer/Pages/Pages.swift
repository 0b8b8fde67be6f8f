import DuidingCore
import DuidingPipeline
import DuidingStore
import Foundation
import Hummingbird

/// The HTML pages, rendered on the server; no JavaScript needed.
///
/// ```
/// /               search box, latest articles, most-mentioned names
/// /search         results with the filters of the API (q, entity, type, source, from, until, mentioned_from,
///                 mentioned_until, offset) and
///                 facets beside them: names, name types, sources and months of the matching articles
/// /articles/{id}  the article with its names marked, and its words folded away
/// /entities/{id}  a name: its mentions per day as a bar chart and the articles mentioning it
/// /quotes         quotes by speaker and words (speaker, q, kind, offset), each with its speaker and article
/// /dyad           two actors (a, b: a CAMEO code or a name): their events over time with the tone per month, and
///                 the list with the sentences that report them; one actor alone: all its events
/// /analyze        paste a text, see the same view without storing it
/// ```
extension DuidingServer {
    func addPages(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in
            let latest = try await store.search(SearchQuery(limit: 20))
            let names = try await store.entities(type: nil, limit: 30)
            var body = "<h1>Nieuws, geduid</h1>\n" + HTML.searchForm()
            body += "<h2>Laatste artikelen</h2>\n" + Self.results(latest.articles)
            if latest.articles.isEmpty {
                body += "<p class=\"muted\">Nog geen artikelen: voeg ze toe met <code>duiding ingest</code>, of probeer <a href=\"/analyze\">analyseren</a>.</p>\n"
            }
            if !names.isEmpty {
                body += "<h2>Meest genoemd</h2>\n<ul class=\"entities\">\n"
                for name in names {
                    let link = "/entities/\(name.id)"
                    body += "<li><mark class=\"ent \(name.type)\"><a href=\"\(link)\">\(HTML.escape(name.name))</a><small>\(name.type) · \(name.articles)</small></mark></li>\n"
                }
                body += "</ul>\n"
            }
            return Self.html(HTML.page(title: "Duiding", body: body))
        }
        router.get("search") { request, _ in
            let query = request.uri.queryParameters
            func value(_ name: String) -> String? { Self.nonBlank(query.get(name)) }
            let offset = max(0, Int(value("offset") ?? "") ?? 0)
            // The page is lenient where the API is strict: an unknown type is left out.
            var type = value("type")?.uppercased()
            if let chosen = type, !SearchQuery.entityTypes.contains(chosen) { type = nil }
            let search = Self.searchQuery(value, type: type, limit: 20, offset: offset)
            let view = SearchView(search)
            var body = "<h1>Zoeken</h1>\n" + HTML.searchForm(search.text ?? "") + view.activeFilters()
            do {
                let page = try await store.search(search)
                let facets = try await store.facets(search, limit: 12)
                var results = "<p class=\"meta\">\(page.total) artikel\(page.total == 1 ? "" : "en")</p>\n" + Self.results(page.articles)
                if offset + page.articles.count < page.total {
                    let next = view.link(setting: [("offset", String(offset + 20))])
                    results += "<p><a href=\"\(next)\">Volgende 20</a></p>\n"
                }
                body += "<div class=\"with-facets\">\n<section class=\"results\">\n" + results + "</section>\n" + view.sidebar(facets) + "</div>\n"
                return Self.html(HTML.page(title: "Zoeken", body: body, wide: true))
            } catch let error as StoreError {
                body += "<p class=\"error\">\(HTML.escape(error.description))</p>\n"
                return Self.html(HTML.page(title: "Zoeken", body: body), status: .badRequest)
            }
        }
        router.get("articles/{id}") { _, context in
            guard let id = context.parameters.get("id", as: Int64.self), let article = try await store.article(id: id) else {
                return Self.html(HTML.page(title: "Niet gevonden", body: "<p class=\"error\">Dit artikel bestaat niet.</p>"), status: .notFound)
            }
            let analysis = try Analysis(jsonData: Data(article.analysisJSON.utf8))
            return Self.html(HTML.page(title: article.summary.headline ?? "Artikel", body: ArticleView.render(analysis), wide: !analysis.events.isEmpty))
        }
        router.get("entities/{id}") { _, context in
            guard let id = context.parameters.get("id", as: Int64.self), let detail = try await store.entity(id: id, limit: 50) else {
                return Self.html(HTML.page(title: "Niet gevonden", body: "<p class=\"error\">Deze naam bestaat niet.</p>"), status: .notFound)
            }
            let entity = detail.entity
            var body = "<h1><mark class=\"ent \(entity.type)\">\(HTML.escape(entity.name))<small>\(entity.type)</small></mark></h1>\n"
            body += "<p class=\"meta\">\(entity.mentions) vermeldingen in \(entity.articles) artikel\(entity.articles == 1 ? "" : "en")</p>\n"
            body += EntityFacts.render(detail, kb: analyzer.knowledgeBase)
            if !detail.perDay.isEmpty {
                body += "<h2>Vermeldingen per dag</h2>\n" + MentionChart.svg(detail.perDay)
            }
            let events = try await store.events(EventQuery(entity: id, limit: 50))
            if events.total > 0 {
                body += "<h2>Gebeurtenissen</h2>\n<p class=\"meta\">\(events.total) gebeurtenis\(events.total == 1 ? "" : "sen")"
                body += " · <a href=\"/dyad?a=\(HTML.query(entity.name))\">alle in de tijd</a></p>\n" + EventView.list(events.events)
            }
            body += "<h2>Artikelen</h2>\n" + Self.results(detail.articles)
            return Self.html(HTML.page(title: entity.name, body: body))
        }
        router.get("quotes") { request, _ in
            let parameters = request.uri.queryParameters
            let query = try Self.quoteQuery({ parameters.get($0) }, strict: false)
            var body = "<h1>Citaten</h1>\n" + QuoteView.form(query)
            do {
                let page = try await store.quotes(query)
                body += "<p class=\"meta\">\(page.total) citaat\(page.total == 1 ? "" : "en")</p>\n" + QuoteView.list(page.quotes)
                if query.offset + page.quotes.count < page.total {
                    body += "<p><a href=\"\(QuoteView.link(query, offset: query.offset + query.limit))\">Volgende \(query.limit)</a></p>\n"
                }
                return Self.html(HTML.page(title: "Citaten", body: body))
            } catch let error as StoreError {
                body += "<p class=\"error\">\(HTML.escape(error.description))</p>\n"
                return Self.html(HTML.page(title: "Citaten", body: body), status: .badRequest)
            }
        }
        router.get("dyad") { request, _ in
            let parameters = request.uri.queryParameters
            func value(_ name: String) -> String? { Self.nonBlank(parameters.get(name))?.trimmingCharacters(in: .whitespaces) }
            let a = value("a")
            let b = value("b")
            var body = "<h1>Gebeurtenissen</h1>\n" + EventView.form(a: a ?? "", b: b ?? "")
            guard let a else {
                body += "<p class=\"muted\">Geef twee actoren, met een CAMEO-code (RUS, CHNGOV) of een naam (Poetin), om hun gebeurtenissen in de tijd te zien; één actor toont al de zijne.</p>\n"
                return Self.html(HTML.page(title: "Gebeurtenissen", body: body))
            }
            let query = EventQuery(source: a, target: b, eitherDirection: true, limit: 500)
            do {
                let page = try await store.events(query)
                let title = b.map { "\(a) en \($0)" } ?? a
                body += "<p class=\"meta\">\(page.total) gebeurtenis\(page.total == 1 ? "" : "sen") van \(HTML.escape(title))"
                if page.total > page.events.count { body += ", de laatste \(page.events.count) getoond" }
                body += "</p>\n"
                // `a` → `b` filled, the other way open.
                let forward = Set(try await store.events(EventQuery(source: a, target: b, limit: 500)).events.map(\.id))
                let timeline = EventView.timeline(page.events, months: page.months) { forward.contains($0.id) }
                if !timeline.isEmpty {
                    body += "<h2>In de tijd</h2>\n" + timeline
                    body += "<p class=\"meta\">Punten: gebeurtenissen op hun dag en Goldstein-waarde (groen samenwerking, rood conflict; vol \(HTML.escape(a)) als bron, open als doel). Lijn: gemiddelde Goldstein-waarde per maand.</p>\n"
                }
                body += "<h2>Lijst</h2>\n" + EventView.list(page.events)
                return Self.html(HTML.page(title: "Gebeurtenissen: \(title)", body: body))
            } catch let error as StoreError {
                body += "<p class=\"error\">\(HTML.escape(error.description))</p>\n"
                return Self.html(HTML.page(title: "Gebeurtenissen", body: body), status: .badRequest)
            }
        }
        router.get("analyze") { request, _ in
            // `?text=…` analyses a short text given in the link (shareable); without it, the form.
            guard let text = request.uri.queryParameters.get("text"), !text.isEmpty else {
                return Self.html(HTML.page(title: "Analyseren", body: Self.analyzeForm()))
            }
            return renderAnalysis(text)
        }
        router.post("analyze") { request, _ in
            let body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: maximumBodySize * 3)
            } catch {
                throw HTTPError(.contentTooLarge, message: "the text is larger than \(maximumBodySize) bytes")
            }
            let fields = HTML.formFields(String(decoding: body.readableBytesView, as: UTF8.self))
            return renderAnalysis(fields["text"] ?? "")
        }
        router.get("static/style.css") { _, _ in
            guard let url = Bundle.module.url(forResource: "style", withExtension: "css"), let data = try? Data(contentsOf: url) else {
                throw HTTPError(.notFound)
            }
            return Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    /// The analyze page for a text: the annotated article, or the form again with the error.
    func renderAnalysis(_ text: String) -> Response {
        do {
            let data = Data(text.utf8)
            guard data.count <= maximumBodySize else { throw PipelineError.invalidInput("the text is larger than \(maximumBodySize) bytes") }
            let analysis = try analyzer.analyze(try InputText.decode(data, name: "the text"), options: AnalyzeOptions(now: Date()))
            return Self.html(
                HTML.page(title: analysis.metadata.headline ?? "Analyse", body: ArticleView.render(analysis), wide: !analysis.events.isEmpty))
        } catch {
            let message = "<p class=\"error\">\(HTML.escape("\(error)"))</p>\n"
            return Self.html(HTML.page(title: "Analyseren", body: message + Self.analyzeForm(text)), status: .badRequest)
        }
    }

    static func analyzeForm(_ text: String = "") -> String {
        """
        <h1>Analyseren</h1>
        <form action="/analyze" method="post">
        <p><textarea name="text" placeholder="Plak hier een nieuwsartikel" aria-label="Artikeltekst">\(HTML.escape(text))</textarea></p>
        <p><button type="submit">Analyseer</button> <span class="muted">Niets wordt bewaard.</span></p>
        </form>
        """
    }

    static func results(_ articles: [ArticleSummary]) -> String {
        guard !articles.isEmpty else { return "" }
        var html = "<ol class=\"results\">\n"
        for article in articles {
            var meta: [String] = []
            if let source = article.source { meta.append(HTML.escape(source)) }
            if let published = article.published { meta.append(HTML.escape(String(published.prefix(10)))) }
            // The snippet marks matches with [ and ]; everything else is escaped.
            let snippet = HTML.escape(article.snippet).replacingOccurrences(of: "[", with: "<b>").replacingOccurrences(of: "]", with: "</b>")
            html += "<li><a class=\"title\" href=\"/articles/\(article.id)\">\(HTML.escape(article.headline ?? "(zonder kop)"))</a>"
            html += "<div class=\"meta\">\(meta.joined(separator: " · "))</div><p class=\"snippet\">\(snippet)</p></li>\n"
        }
        return html + "</ol>\n"
    }

    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }
}
