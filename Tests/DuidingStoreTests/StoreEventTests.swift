import DuidingCore
import DuidingStore
import Foundation
import GRDB
import Testing

/// Events in the store: found by actor code, by any name of an actor and by day and code; one event however many
/// articles report it; replaced with the article's analysis; taken out of articles stored before events were kept.
@Suite("Store conformance: events")
struct StoreEventTests {
    /// An event in `analysis` whose trigger is the first occurrence of `trigger` in its text.
    static func event(
        _ code: String, _ label: String, goldstein: Double, from source: (String, String?), to target: (String, String?), trigger: String,
        in analysis: Analysis, time: String? = nil
    ) -> Event {
        let scalars = Array(analysis.text.unicodeScalars)
        let word = Array(trigger.unicodeScalars)
        let start = (0...(scalars.count - word.count)).first { Array(scalars[$0..<$0 + word.count]) == word } ?? 0
        func actor(_ side: (String, String?)) -> Event.Actor {
            Event.Actor(entity: analysis.entities.first { $0.name == side.0 }?.id, actor: side.1)
        }
        return Event(
            code: code, label: label, goldstein: goldstein, source: actor(source), target: actor(target), time: time, sentence: 0,
            trigger: Span(start: start, end: start + word.count))
    }

    /// The visit: Poetin visits China (042) and Xi receives him (043); the Kremlin's criticism of Kyiv dated by its
    /// own time expression (March 2023).
    static var visit: Analysis {
        var analysis = Articles.visit
        analysis.events = [
            event("042", "Make a visit", goldstein: 1.9, from: ("Poetin", "RUSGOV"), to: ("China", "CHN"), trigger: "bezoek", in: analysis),
            event("043", "Host a visit", goldstein: 2.8, from: ("Xi", "CHNGOV"), to: ("Poetin", "RUSGOV"), trigger: "ontving", in: analysis),
        ]
        return analysis
    }

    /// Another article reporting the same visit, and a threat by Russia to Ukraine in March 2023.
    static var report: Analysis {
        var analysis = Articles.analysis(
            headline: "Poetin in Peking", text: "Poetin brengt een bezoek aan China. In maart 2023 dreigde Rusland Oekraïne.", source: "NU.nl",
            entities: [("Poetin", "PER", "Poetin"), ("China", "LOC", "China"), ("Rusland", "LOC", "Rusland"), ("Oekraïne", "LOC", "Oekraïne")])
        analysis.times = [TimeExpression(id: "t1", start: 39, end: 49, text: "maart 2023", type: "DATE", value: "2023-03")]
        analysis.events = [
            event("042", "Make a visit", goldstein: 1.9, from: ("Poetin", "RUSGOV"), to: ("China", "CHN"), trigger: "bezoek", in: analysis),
            event("130", "Threaten", goldstein: -4.4, from: ("Rusland", "RUS"), to: ("Oekraïne", "UKR"), trigger: "dreigde", in: analysis, time: "t1"),
        ]
        return analysis
    }

    @Test(arguments: StoreBackend.allCases)
    func eventsAreFoundByActorCodeNameDayAndCode(backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.add([Articles.input(Self.visit), Articles.input(Self.report), Articles.input(Articles.market)])
        // The visit two articles report is one event with two reports.
        let all = try await store.events(EventQuery())
        #expect(all.total == 3)
        let visit = try #require(all.events.first { $0.event.code == "042" })
        #expect(visit.reports.count == 2)
        #expect(Set(visit.reports.compactMap(\.outlet)) == ["NOS", "NU.nl"])
        #expect(visit.event.source?.name == "Poetin")
        #expect(visit.event.source?.actor == "RUSGOV")
        #expect(visit.event.date == "2024-05-16")
        #expect(visit.reports.first?.evidence.contains("bezoek") == true)
        // By actor code or its start, by name, in one direction or either.
        #expect(try await store.events(EventQuery(source: "RUS")).total == 2)
        #expect(try await store.events(EventQuery(source: "RUSGOV")).total == 1)
        #expect(try await store.events(EventQuery(source: "poetin")).total == 1)
        #expect(try await store.events(EventQuery(source: "RUS", target: "CHN")).total == 1)
        #expect(try await store.events(EventQuery(source: "CHN", target: "RUS")).total == 1)
        #expect(try await store.events(EventQuery(source: "RUS", target: "CHN", eitherDirection: true)).total == 2)
        #expect(try await store.events(EventQuery(source: "CHN", eitherDirection: true)).total == 2)
        // The threat is dated by its own time expression, not by the article.
        let threat = try await store.events(EventQuery(code: "13"))
        #expect(threat.events.map(\.event.day) == ["2023-03-01"])
        #expect(try await store.events(EventQuery(from: "2024-01-01")).total == 2)
        #expect(try await store.events(EventQuery(until: "2023-03")).total == 1)
        #expect(try await store.events(EventQuery(code: "04")).total == 2)
        // Tone by month, each event once.
        #expect(all.months.map(\.month) == ["2023-03", "2024-05"])
        #expect(all.months.map(\.events) == [1, 2])
        let may = try #require(all.months.last?.goldstein)
        #expect(abs(may - (1.9 + 2.8) / 2) < 0.001)
        // Paging counts events, not reports.
        let first = try await store.events(EventQuery(limit: 2))
        let second = try await store.events(EventQuery(limit: 2, offset: 2))
        #expect(first.events.count == 2 && second.events.count == 1)
        #expect(Set(first.events.map(\.id) + second.events.map(\.id)).count == 3)
        await #expect(throws: StoreError.self) { try await store.events(EventQuery(code: "4x")) }
        await #expect(throws: StoreError.self) { try await store.events(EventQuery(from: "May")) }
    }

    @Test(arguments: StoreBackend.allCases)
    func anEntityFindsItsEventsByAnyOfItsNames(backend: StoreBackend) async throws {
        let store = try backend.make()
        var visit = StoreKnowledgeTests.linkedVisit
        visit.events = [
            Self.event("042", "Make a visit", goldstein: 1.9, from: ("Vladimir Poetin", "RUSGOV"), to: ("China", "CHN"), trigger: "bezoek", in: visit)
        ]
        _ = try await store.add([Articles.input(visit)])
        #expect(try await store.events(EventQuery(source: "Putin")).total == 1)
        let poetin = try #require(try await store.entities(type: "PER", matching: "Putin", limit: 1).first)
        #expect(try await store.events(EventQuery(entity: poetin.id)).events.first?.event.source?.entityID == poetin.id)
    }

    @Test(arguments: StoreBackend.allCases)
    func replacingAnArticleReplacesItsEvents(backend: StoreBackend) async throws {
        let store = try backend.make()
        let input = Articles.input(Self.visit)
        _ = try await store.add([input])
        var plain = Self.visit
        plain.events = []
        _ = try await store.add([ArticleInput(contentHash: input.contentHash, origin: "test", analysis: plain)], replacing: true)
        #expect(try await store.events(EventQuery()).total == 0)
    }

    /// A database made before events were kept gets them from its stored analyses when it is opened.
    @Test func anOlderDatabaseGetsTheEventsOfItsArticles() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-events-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try await SQLiteStore(path: path).add([Articles.input(Self.visit)])
        // Back to the schema before events: no table, the migration not yet run.
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: "DROP TABLE events; DELETE FROM grdb_migrations WHERE identifier = 'v5: events'")
        }
        try queue.close()
        let messages = Messages()
        let reopened = try SQLiteStore(path: path) { messages.add($0) }
        #expect(messages.all.first == "upgrading the database: taking the events out of 1 stored article")
        #expect(messages.all.last?.hasPrefix("upgraded") == true)
        // Opened again: nothing to upgrade, nothing said.
        let quiet = Messages()
        _ = try SQLiteStore(path: path) { quiet.add($0) }
        #expect(quiet.all.isEmpty)
        let page = try await reopened.events(EventQuery())
        #expect(page.total == 2)
        #expect(page.events.contains { $0.event.code == "043" && $0.event.source?.entityID != nil })
    }
}

/// Messages collected from a callback that may run on another thread.
private final class Messages: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ message: String) { lock.withLock { list.append(message) } }
    var all: [String] { lock.withLock { list } }
}
