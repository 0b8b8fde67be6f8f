import DuidingCore
import DuidingPipeline
import DuidingServer
import DuidingStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("HTTP API")
struct APITests {
    static let analyzer: Analyzer = try! Analyzer()

    static func server() throws -> DuidingServer {
        DuidingServer(analyzer: analyzer, store: try SQLiteStore())
    }

    static func object(_ buffer: some Sequence<UInt8>) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer))) as? [String: Any] ?? [:]
    }

    @Test func healthAnswers() async throws {
        let app = try Self.server().application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Self.object(response.body.readableBytesView)["status"] as? String == "ok")
            }
        }
    }

    @Test func analyzeReturnsTheSameJSONAsTheLibrary() async throws {
        let text = "Den Haag - Premier Rutte sprak dinsdag in Brussel met de Europese Commissie over de begroting."
        let app = try Self.server().application()
        let reference = "2024-05-16T09:34:00+02:00"
        let expected = try Self.analyzer.analyze(
            text, options: AnalyzeOptions(referenceText: reference, now: Date())
        ).jsonData(pretty: true)
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/analyze?reference_time=2024-05-16T09:34:00%2B02:00", method: .post, body: .init(string: text)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(Data(response.body.readableBytesView) == expected + Data([0x0A]))
            }
        }
    }

    @Test func badInputGetsClientErrors() async throws {
        var server = try Self.server()
        server.maximumBodySize = 1000
        let app = server.application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/analyze", method: .post, body: .init(string: "   ")) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/analyze", method: .post, body: .init(bytes: [0, 159, 146, 150, 0, 1])) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(
                uri: "/api/v1/analyze", method: .post, body: .init(string: String(repeating: "woord ", count: 500))
            ) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/api/v1/analyze?reference_time=gisteren", method: .post, body: .init(string: "Tekst.")) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/articles?limit=abc", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/articles?q=%21%21%21", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/articles?type=PERSON", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/articles/42", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/articles/x1", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func aPathServedForOtherMethodsIs405AndAnUnknownPath404AsJSON() async throws {
        let app = try Self.server().application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/quotes", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, HEAD")
                #expect((Self.object(response.body.readableBytesView)["error"] as? [String: Any])?["message"] is String)
            }
            try await client.execute(uri: "/api/v1/analyze", method: .get) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "POST")
            }
            // A captured segment matches any id.
            try await client.execute(uri: "/api/v1/articles/3", method: .put) { response in
                #expect(response.status == .methodNotAllowed)
            }
            try await client.execute(uri: "/api/v1/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect((Self.object(response.body.readableBytesView)["error"] as? [String: Any])?["message"] is String)
            }
            // HEAD is answered as GET is, without a body.
            try await client.execute(uri: "/api/v1/health", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test func storedArticlesAreSearchable() async throws {
        let store = try SQLiteStore()
        let text = "Poetin is in Peking aangekomen. Hij sprak met Xi over de oorlog in Oekraïne."
        let analysis = try Self.analyzer.analyze(text, options: AnalyzeOptions(now: Date()))
        let outcomes = try await store.add([ArticleInput(text: text, origin: "test", analysis: analysis)])
        guard case .added(let id) = outcomes.first else {
            Issue.record("not stored: \(outcomes)")
            return
        }
        let app = DuidingServer(analyzer: Self.analyzer, store: store).application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/articles?q=oekraine", method: .get) { response in
                #expect(response.status == .ok)
                let page = Self.object(response.body.readableBytesView)
                #expect(page["total"] as? Int == 1)
            }
            try await client.execute(uri: "/api/v1/articles/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                let body = Self.object(response.body.readableBytesView)
                #expect((body["analysis"] as? [String: Any])?["text"] as? String == analysis.text)
            }
            try await client.execute(uri: "/api/v1/articles?q=oekraine&facets=true&facet_limit=2", method: .get) { response in
                #expect(response.status == .ok)
                let facets = Self.object(response.body.readableBytesView)["facets"] as? [String: Any]
                let names = (facets?["entities"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                #expect(names?.count == 2)
                #expect((facets?["types"] as? [[String: Any]])?.isEmpty == false)
            }
            try await client.execute(uri: "/api/v1/articles?q=oekraine", method: .get) { response in
                #expect(Self.object(response.body.readableBytesView)["facets"] == nil)
            }
            try await client.execute(uri: "/api/v1/articles?facets=maybe", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/articles?mentioned_from=vorige", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/entities?type=LOC", method: .get) { response in
                #expect(response.status == .ok)
                let names = (Self.object(response.body.readableBytesView)["entities"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                #expect(names?.contains("Peking") == true)
            }
        }
    }
}

/// Quotes through the API and the pages: found by speaker in any spelling, shown with the speaker.
@Suite("Quotes over HTTP")
struct QuoteHTTPTests {
    @Test func quotesAreFoundBySpeakerAndShownOnThePages() async throws {
        let store = try SQLiteStore()
        let text = """
            Blinken in Peking

            De Amerikaanse minister van Buitenlandse Zaken Antony Blinken bezocht Peking. "China moet de steun aan Rusland stoppen", zei Blinken tegen Wang Yi.
            """
        let analysis = try APITests.analyzer.analyze(text, options: AnalyzeOptions(language: "nl", referenceText: "2024-04-26T12:00:00+02:00", now: Date()))
        #expect(analysis.quotes.contains { $0.kind == "direct" })
        let outcomes = try await store.add([ArticleInput(text: text, origin: "test", analysis: analysis)])
        guard case .added(let id) = outcomes.first else {
            Issue.record("not stored: \(outcomes)")
            return
        }
        let app = DuidingServer(analyzer: APITests.analyzer, store: store).application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/quotes?speaker=Blinken&q=china", method: .get) { response in
                #expect(response.status == .ok)
                let page = APITests.object(response.body.readableBytesView)
                #expect(page["total"] as? Int == 1)
                let quote = (page["quotes"] as? [[String: Any]])?.first
                #expect(quote?["speaker"] as? String == "Antony Blinken")
                #expect(quote?["article_id"] as? Int == Int(id))
                #expect(quote?["kind"] as? String == "direct")
            }
            try await client.execute(uri: "/api/v1/quotes?speaker=Poetin", method: .get) { response in
                #expect(APITests.object(response.body.readableBytesView)["total"] as? Int == 0)
            }
            for bad in ["/api/v1/quotes?kind=loud", "/api/v1/quotes?limit=0", "/api/v1/quotes?article=x", "/api/v1/quotes?q=***"] {
                try await client.execute(uri: bad, method: .get) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                }
            }
        }
        let (status, page) = try await PageTests.page(app, "/quotes?speaker=Blinken")
        #expect(status == .ok)
        #expect(page.contains("China moet de steun aan Rusland stoppen"))
        #expect(page.contains("/articles/\(id)"))
        let (_, article) = try await PageTests.page(app, "/articles/\(id)")
        #expect(article.contains("<h2>Citaten</h2>"))
        #expect(article.contains("/quotes?speaker=Antony%20Blinken"))
        // The page is lenient: a bad kind is left out, not an error.
        #expect(try await PageTests.page(app, "/quotes?kind=loud").0 == .ok)
    }
}

@Suite("Events over HTTP")
struct EventHTTPTests {
    /// Two articles analysed end to end: Poetin's visit to China (reported twice) and Xi's earlier visit to Russia.
    static func store() async throws -> (SQLiteStore, [Int64]) {
        let store = try SQLiteStore()
        let articles = [
            ("Poetin bezoekt China\n\nDe Russische president Vladimir Poetin bezoekt China. De Chinese president Xi Jinping ontving Poetin in Peking.\n",
                "2024-05-16T10:00:00+02:00"),
            ("Poetin in Peking\n\nVladimir Poetin bezoekt China.\n", "2024-05-16T18:00:00+02:00"),
            ("Xi in Moskou\n\nDe Chinese president Xi Jinping bezocht Rusland.\n", "2023-03-21T10:00:00+01:00"),
        ]
        var ids: [Int64] = []
        for (text, time) in articles {
            var analysis = try APITests.analyzer.analyze(text, options: AnalyzeOptions(language: "nl", referenceText: time, now: Date()))
            analysis.metadata.published = time
            if case .added(let id) = try await store.add([ArticleInput(text: text, origin: "test", analysis: analysis)]).first { ids.append(id) }
        }
        return (store, ids)
    }

    @Test func eventsAreFoundByDyadAndShownOnThePages() async throws {
        let (store, ids) = try await Self.store()
        #expect(ids.count == 3)
        let app = DuidingServer(analyzer: APITests.analyzer, store: store).application()
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/v1/events?source=RUS&target=CHN&root=04", method: .get) { response in
                #expect(response.status == .ok)
                let page = APITests.object(response.body.readableBytesView)
                #expect(page["total"] as? Int == 1)
                let stored = (page["events"] as? [[String: Any]])?.first
                let event = stored?["event"] as? [String: Any]
                #expect(event?["code"] as? String == "042")
                #expect((event?["source"] as? [String: Any])?["actor"] as? String == "RUSGOV")
                // The visit two articles report is one event with both reports.
                #expect((stored?["reports"] as? [[String: Any]])?.count == 2)
            }
            try await client.execute(uri: "/api/v1/events?source=RUS&target=CHN&either=true&from=2023-01-01&to=2024-12-31", method: .get) { response in
                let page = APITests.object(response.body.readableBytesView)
                #expect(page["total"] as? Int == 3)
                let months = (page["months"] as? [[String: Any]])?.compactMap { $0["month"] as? String }
                #expect(months == ["2023-03", "2024-05"])
            }
            try await client.execute(uri: "/api/v1/events?source=RUS&target=CHN&until=2023-12-31", method: .get) { response in
                #expect(APITests.object(response.body.readableBytesView)["total"] as? Int == 0)
            }
            for bad in ["/api/v1/events?root=21", "/api/v1/events?code=x", "/api/v1/events?from=May", "/api/v1/events?either=maybe",
                "/api/v1/events?limit=0", "/api/v1/events?entity=x"]
            {
                try await client.execute(uri: bad, method: .get) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                }
            }
        }
        // The dyad page: a timeline with a dot per event and the tone line, and the list with the reporting sentences.
        let (status, dyad) = try await PageTests.page(app, "/dyad?a=RUS&b=CHN")
        #expect(status == .ok)
        #expect(dyad.contains("<svg class=\"chart timeline\""))
        #expect(dyad.components(separatedBy: "<circle class=\"event\"").count - 1 == 3)
        #expect(dyad.contains("class=\"tone\""))
        #expect(dyad.contains("<b>bezocht</b>"))
        #expect(dyad.contains("/articles/\(ids[2])"))
        #expect(try await PageTests.page(app, "/dyad").0 == .ok)
        #expect(try await PageTests.page(app, "/dyad?a=RUS&b=CHN&x=<script>").1.contains("<script>") == false)
        // The article page marks the triggers and lists the coded events.
        let (_, article) = try await PageTests.page(app, "/articles/\(ids[0])")
        #expect(article.contains("<aside class=\"events\">\n<h2>Gebeurtenissen</h2>"))
        #expect(article.contains("<mark class=\"event\""))
        #expect(article.contains("Make a visit"))
        // An entity page lists its events.
        let poetin = try #require(try await store.entities(type: "PER", matching: "Poetin", limit: 1).first)
        let (_, entity) = try await PageTests.page(app, "/entities/\(poetin.id)")
        #expect(entity.contains("<h2>Gebeurtenissen</h2>"))
        #expect(entity.contains("<b>bezoekt</b>"))
    }
}

@Suite("OpenAPI document")
struct OpenAPITests {
    /// Every route the server registers, as the document must list it.
    static let served: Set<String> = [
        "GET /api/v1/health", "POST /api/v1/analyze", "GET /api/v1/articles", "GET /api/v1/articles/{id}",
        "GET /api/v1/entities", "GET /api/v1/entities/{id}", "GET /api/v1/openapi.json", "GET /api/v1/quotes",
        "GET /api/v1/events",
    ]

    @Test func documentListsExactlyWhatIsServed() async throws {
        let app = DuidingServer(analyzer: APITests.analyzer, store: try SQLiteStore()).application()
        try await app.test(.router) { client in
            var document: [String: Any] = [:]
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                document = APITests.object(response.body.readableBytesView)
            }
            #expect(document["openapi"] as? String == "3.0.3")
            let paths = document["paths"] as? [String: [String: Any]] ?? [:]
            var documented = Set<String>()
            for (path, operations) in paths {
                for method in operations.keys { documented.insert("\(method.uppercased()) \(path)") }
            }
            #expect(documented == Self.served)
            // The search parameters the server reads are the documented ones.
            let search = (paths["/api/v1/articles"]?["get"] as? [String: Any])?["parameters"] as? [[String: Any]] ?? []
            #expect(
                Set(search.compactMap { $0["name"] as? String })
                    == [
                        "q", "entity", "type", "source", "from", "until", "mentioned_from", "mentioned_until", "limit", "offset", "facets",
                        "facet_limit",
                    ])
            // Each documented operation is answered (not 404 or 405) when called.
            for entry in documented {
                let parts = entry.split(separator: " ")
                let uri = String(parts[1]).replacingOccurrences(of: "{id}", with: "1")
                let method: HTTPRequest.Method = parts[0] == "POST" ? .post : .get
                try await client.execute(uri: uri, method: method, body: ByteBuffer(string: "Een korte tekst.")) { response in
                    #expect(response.status != .methodNotAllowed, "\(entry)")
                    if !uri.hasSuffix("/1") { #expect(response.status != .notFound, "\(entry)") }
                }
            }
        }
    }
}

@Suite("Web pages")
struct PageTests {
    static func page(_ app: some ApplicationProtocol, _ uri: String, method: HTTPRequest.Method = .get, body: String? = nil)
        async throws -> (HTTPResponse.Status, String)
    {
        try await app.test(.router) { client in
            try await client.execute(
                uri: uri, method: method,
                headers: body == nil ? [:] : [.contentType: "application/x-www-form-urlencoded"],
                body: body.map { ByteBuffer(string: $0) }
            ) { response in
                (response.status, String(buffer: response.body))
            }
        }
    }

    @Test func articlePageMarksNamesAndEscapesEverything() async throws {
        let store = try SQLiteStore()
        let hostile = """
            Poetin bezoekt Peking <script>alert('x')</script>

            De Russische president Poetin is in Peking aangekomen. Hij zei: " onmouseover="alert(1)" en <img src=x onerror=alert(2)>.
            """
        var analysis = try APITests.analyzer.analyze(hostile, options: AnalyzeOptions(now: Date()))
        analysis.metadata.published = "2024-05-16T10:00:00+02:00"
        let outcomes = try await store.add([ArticleInput(text: hostile, origin: "test", analysis: analysis)])
        guard case .added(let id) = outcomes.first else {
            Issue.record("not stored")
            return
        }
        let app = DuidingServer(analyzer: APITests.analyzer, store: store).application()
        let (status, html) = try await Self.page(app, "/articles/\(id)")
        #expect(status == .ok)
        #expect(html.contains("<mark class=\"ent PER\""))
        #expect(html.contains(">Poetin</a>"))
        // Inert: no tag or attribute from the text survives as markup.
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("\" onmouseover=\""))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("&quot; onmouseover=&quot;"))
        let people = try await store.entities(type: "PER", limit: 5)
        let poetin = try #require(people.first { $0.name == "Vladimir Poetin" })
        let (entityStatus, entityPage) = try await Self.page(app, "/entities/\(poetin.id)")
        #expect(entityStatus == .ok)
        #expect(entityPage.contains("<svg class=\"chart\""))
        #expect(entityPage.contains("/articles/\(id)"))
        #expect(try await Self.page(app, "/entities/424242").0 == .notFound)
        for uri in ["/", "/search?q=peking", "/search?entity=Vladimir%20Poetin&type=PER"] {
            let (status, html) = try await Self.page(app, uri)
            #expect(status == .ok, "\(uri)")
            #expect(!html.contains("<script>alert"), "\(uri)")
        }
        // Facets beside the results narrow the search; the filters in force can be taken off again.
        let (_, results) = try await Self.page(app, "/search?q=peking")
        #expect(results.contains("<aside class=\"facets\""))
        #expect(results.contains("href=\"/search?q=peking&amp;entity=Vladimir%20Poetin&amp;type=PER\""))
        #expect(results.contains("href=\"/search?q=peking&amp;from=2024-05-01&amp;until=2024-05-31\""))
        let (_, narrowed) = try await Self.page(app, "/search?q=peking&entity=Vladimir%20Poetin&type=PER")
        #expect(narrowed.contains("<ul class=\"filters\">"))
        #expect(narrowed.contains("href=\"/search?q=peking\" title=\"Filter weghalen\""))
        #expect(narrowed.contains("<p class=\"meta\">1 artikel</p>"))
    }

    @Test func analyzePageShowsTheAnnotatedText() async throws {
        let app = DuidingServer(analyzer: APITests.analyzer, store: try SQLiteStore()).application()
        let (formStatus, form) = try await Self.page(app, "/analyze")
        #expect(formStatus == .ok && form.contains("<textarea name=\"text\""))
        let text = "Premier Rutte sprak in Brussel met Ursula von der Leyen."
        let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let (status, html) = try await Self.page(app, "/analyze", method: .post, body: "text=" + encoded)
        #expect(status == .ok)
        #expect(html.contains("<mark class=\"ent"))
        #expect(html.contains("<details class=\"tokens\">"))
        let dated = "Premier Rutte sprak vorige week in Brussel."
        let (_, timed) = try await Self.page(
            app, "/analyze", method: .post, body: "text=" + (dated.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
        #expect(timed.contains("<time class=\"timex DATE\" datetime=\"") && timed.contains(">vorige week</a></time>"))
        #expect(timed.contains("href=\"/search?mentioned_from="))
        let (emptyStatus, empty) = try await Self.page(app, "/analyze", method: .post, body: "text=")
        #expect(emptyStatus == .badRequest && empty.contains("class=\"error\""))
    }

    @Test func badSearchesAndMissingArticlesAreClientErrors() async throws {
        let app = DuidingServer(analyzer: APITests.analyzer, store: try SQLiteStore()).application()
        #expect(try await Self.page(app, "/search?q=%22%22%22").0 == .badRequest)
        #expect(try await Self.page(app, "/articles/77").0 == .notFound)
        #expect(try await Self.page(app, "/articles/..%2F..%2Fetc%2Fpasswd").0 == .notFound)
        #expect(try await Self.page(app, "/static/..%2FPackage.swift").0 == .notFound)
        let (status, css) = try await Self.page(app, "/static/style.css")
        #expect(status == .ok && css.contains("mark.PER"))
    }
}
