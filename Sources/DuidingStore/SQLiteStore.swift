import DuidingCore
import Foundation
import GRDB

/// The embedded store: one SQLite file (or memory), through GRDB, with an FTS5 index over headlines
/// and text that ignores case and diacritics.
public final class SQLiteStore: Store {
    let database: any DatabaseWriter

    /// The default database file: `$DUIDING_DB`, else `~/.local/share/duiding/duiding.sqlite`.
    public static var defaultPath: String {
        if let path = ProcessInfo.processInfo.environment["DUIDING_DB"], !path.isEmpty { return path }
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/share/duiding/duiding.sqlite"
    }

    /// Opens (creating it and its folder if needed) the database at `path` and brings its schema up to date.
    /// An upgrade that goes through the stored articles (which takes a while on a large database) reports
    /// how far it is to `progress`.
    public init(path: String, progress: (@Sendable (String) -> Void)? = nil) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator(progress: progress).migrate(database)
        } catch {
            throw StoreError("cannot open the database at \(path): \(error)")
        }
    }

    /// A store in memory, for tests.
    public init() throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        database = try DatabaseQueue(configuration: configuration)
        try Self.migrator(progress: nil).migrate(database)
    }

    /// Schema versions. A migration is never edited once shipped: changes go in a new one.
    static func migrator(progress: (@Sendable (String) -> Void)?) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE articles (
                      id INTEGER PRIMARY KEY,
                      content_hash TEXT NOT NULL UNIQUE,
                      origin TEXT,
                      language TEXT NOT NULL,
                      source TEXT,
                      headline TEXT,
                      published TEXT,
                      url TEXT,
                      text TEXT NOT NULL,
                      analysis TEXT NOT NULL,
                      engine_version TEXT NOT NULL,
                      models TEXT NOT NULL,
                      ingested_at TEXT NOT NULL
                    );
                    CREATE INDEX articles_published ON articles(published);
                    CREATE INDEX articles_source ON articles(source);
                    CREATE TABLE sentences (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      PRIMARY KEY (article_id, position)
                    );
                    CREATE TABLE entities (
                      id INTEGER PRIMARY KEY,
                      type TEXT NOT NULL,
                      name TEXT NOT NULL,
                      match_key TEXT NOT NULL,
                      kb TEXT,
                      UNIQUE (type, match_key)
                    );
                    CREATE INDEX entities_key ON entities(match_key);
                    CREATE TABLE mentions (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      entity_id INTEGER NOT NULL REFERENCES entities(id),
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      PRIMARY KEY (article_id, start, end)
                    );
                    CREATE INDEX mentions_entity ON mentions(entity_id);
                    CREATE VIRTUAL TABLE article_search USING fts5(
                      headline, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
                    );
                    """)
        }
        migrator.registerMigration("v2: times") { db in
            // Time expressions with the days their value covers, to find articles by the dates they mention.
            try db.execute(
                sql: """
                    CREATE TABLE times (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      type TEXT NOT NULL,
                      value TEXT,
                      mod TEXT,
                      first_day TEXT,
                      last_day TEXT,
                      PRIMARY KEY (article_id, start, end)
                    );
                    CREATE INDEX times_days ON times(first_day, last_day);
                    """)
        }
        migrator.registerMigration("v3: knowledge") { db in
            // What the linker knows of an entity, and every name it goes by (both languages), for search.
            try db.execute(
                sql: """
                    ALTER TABLE entities ADD COLUMN title TEXT;
                    ALTER TABLE entities ADD COLUMN description TEXT;
                    ALTER TABLE entities ADD COLUMN government TEXT;
                    CREATE TABLE entity_names (
                      entity_id INTEGER NOT NULL REFERENCES entities(id),
                      key TEXT NOT NULL,
                      name TEXT NOT NULL,
                      PRIMARY KEY (entity_id, key)
                    );
                    CREATE INDEX entity_names_key ON entity_names(key);
                    """)
        }
        migrator.registerMigration("v4: quotes and claims") { db in
            // Quotes with their speakers (entities where linked), searchable by speaker and words; claims with their numbers.
            try db.execute(
                sql: """
                    CREATE TABLE quotes (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      kind TEXT NOT NULL,
                      speaker_id INTEGER REFERENCES entities(id),
                      speaker_text TEXT,
                      speaker_key TEXT,
                      addressee_id INTEGER REFERENCES entities(id),
                      addressee_text TEXT,
                      PRIMARY KEY (article_id, position)
                    );
                    CREATE INDEX quotes_speaker ON quotes(speaker_id);
                    CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
                    CREATE VIRTUAL TABLE quote_search USING fts5(
                      text, article_id UNINDEXED, position UNINDEXED, tokenize='unicode61 remove_diacritics 2'
                    );
                    CREATE TABLE claims (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      start INTEGER NOT NULL,
                      end INTEGER NOT NULL,
                      text TEXT NOT NULL,
                      value REAL,
                      high REAL,
                      modifier TEXT,
                      unit TEXT,
                      about TEXT,
                      source_id INTEGER REFERENCES entities(id),
                      source_text TEXT,
                      PRIMARY KEY (article_id, position)
                    );
                    """)
        }
        migrator.registerMigration("v5: events") { db in
            // Coded events with their actors (entities where linked) and day; `story` is what makes reports of one event
            // in several articles one event: source, code, target and day.
            try db.execute(
                sql: """
                    CREATE TABLE events (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      code TEXT NOT NULL,
                      root TEXT NOT NULL,
                      label TEXT NOT NULL,
                      plover TEXT,
                      goldstein REAL,
                      source_id INTEGER REFERENCES entities(id),
                      source_name TEXT,
                      source_key TEXT,
                      source_actor TEXT,
                      target_id INTEGER REFERENCES entities(id),
                      target_name TEXT,
                      target_key TEXT,
                      target_actor TEXT,
                      date TEXT,
                      day TEXT,
                      modality TEXT NOT NULL,
                      negated INTEGER NOT NULL,
                      trigger TEXT NOT NULL,
                      trigger_start INTEGER NOT NULL,
                      trigger_end INTEGER NOT NULL,
                      evidence TEXT NOT NULL,
                      sentence INTEGER NOT NULL,
                      location TEXT,
                      story TEXT NOT NULL,
                      PRIMARY KEY (article_id, position)
                    );
                    CREATE INDEX events_story ON events(story);
                    CREATE INDEX events_day ON events(day);
                    CREATE INDEX events_source ON events(source_id);
                    CREATE INDEX events_target ON events(target_id);
                    CREATE INDEX events_actors ON events(source_actor, target_actor);
                    """)
            // Articles stored before this version keep their events in their analysis: take them out of it, one
            // article at a time (a large database's analyses do not fit in memory together).
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id")
            if !ids.isEmpty { progress?("upgrading the database: taking the events out of \(ids.count) stored article\(ids.count == 1 ? "" : "s")") }
            for (done, id) in ids.enumerated() {
                if done > 0, done % 1000 == 0 { progress?("\(done) of \(ids.count) articles") }
                guard let json = try String.fetchOne(db, sql: "SELECT analysis FROM articles WHERE id = ?", arguments: [id]),
                    let analysis = try? Analysis(jsonData: Data(json.utf8)), !analysis.events.isEmpty
                else { continue }
                var rows: [String: Int64] = [:]
                for entity in analysis.entities {
                    if let stored = try Int64.fetchOne(
                        db, sql: "SELECT id FROM entities WHERE type = ? AND match_key = ?", arguments: [entity.type, Self.entityKey(entity)])
                    {
                        rows[entity.id] = stored
                    }
                }
                try insertEvents(db, id: id, analysis: analysis, rows: rows)
            }
            if !ids.isEmpty { progress?("upgraded: the events of \(ids.count) article\(ids.count == 1 ? "" : "s") are in the database") }
        }
        return migrator
    }

    /// What makes an entity one row across articles: its knowledge-base title when linked, else its name.
    private static func entityKey(_ entity: Entity) -> String {
        entity.title.map { "wiki:" + $0.matchKey } ?? entity.name.matchKey
    }

    /// The events of a stored article, `rows` taking the analysis's entity ids (`e1`) to stored entities.
    private static func insertEvents(_ db: Database, id: Int64, analysis: Analysis, rows: [String: Int64]) throws {
        for (position, (event, record)) in zip(analysis.events, analysis.eventRecords()).enumerated() {
            let sourceID = event.source?.entity.flatMap { rows[$0] }
            let targetID = event.target?.entity.flatMap { rows[$0] }
            // An actor is the same across articles by its stored entity, else by its code, else by its words; a code
            // without a country (`COP`) names no one actor, so its words go with it.
            func key(_ entity: Int64?, _ side: EventRecord.Side?, group: Bool) -> String {
                // A group of a country (`RUSCOP`, words and no entity of its own) is not the country: the country's entity
                // with the group's code; its government (`de Russische regering`) is the country.
                if group, let entity, let actor = side?.actor, actor.count > 3, !actor.hasSuffix("GOV") {
                    return "e\(entity):\(actor)"
                }
                if let entity { return "e\(entity)" }
                if let actor = side?.actor, actor.count > 3 { return actor }
                let parts = [side?.actor, side?.name?.matchKey].compactMap { $0 }
                return parts.isEmpty ? "-" : parts.joined(separator: ":")
            }
            let story = [
                key(sourceID, record.source, group: event.source?.text != nil), record.code,
                key(targetID, record.target, group: event.target?.text != nil), record.day ?? "-",
            ].joined(separator: "|")
            try db.execute(
                sql: """
                    INSERT INTO events (article_id, position, code, root, label, plover, goldstein, source_id, source_name, source_key,
                      source_actor, target_id, target_name, target_key, target_actor, date, day, modality, negated, trigger,
                      trigger_start, trigger_end, evidence, sentence, location, story)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, position, record.code, record.root, record.label, record.plover, record.goldstein, sourceID, record.source?.name,
                    record.source?.name?.matchKey, record.source?.actor, targetID, record.target?.name, record.target?.name?.matchKey,
                    record.target?.actor, record.date, record.day, record.modality, record.negated, record.trigger, record.triggerStart,
                    record.triggerEnd, record.evidence, record.sentence, record.location, story,
                ])
        }
    }

    public func add(_ articles: [ArticleInput], replacing: Bool) async throws -> [AddOutcome] {
        guard !articles.isEmpty else { return [] }
        let now = ISO8601DateFormatter().string(from: Date())
        let rows = articles.map { ($0, String(decoding: $0.analysis.jsonData(pretty: false), as: UTF8.self)) }
        return try await database.write { db in
            var outcomes: [AddOutcome] = []
            for (article, json) in rows {
                let analysis = article.analysis
                let models = String(
                    decoding: try JSONSerialization.data(withJSONObject: analysis.engine.models, options: [.sortedKeys]),
                    as: UTF8.self)
                if let old = try Row.fetchOne(
                    db, sql: "SELECT id, headline, text FROM articles WHERE content_hash = ?", arguments: [article.contentHash])
                {
                    let id: Int64 = old["id"]
                    guard replacing else {
                        outcomes.append(.duplicate(id))
                        continue
                    }
                    try db.execute(
                        sql: """
                            UPDATE articles SET origin = ?, language = ?, source = ?, headline = ?, published = ?, url = ?,
                              text = ?, analysis = ?, engine_version = ?, models = ? WHERE id = ?
                            """,
                        arguments: [
                            article.origin, analysis.language, analysis.metadata.source, analysis.metadata.headline,
                            analysis.metadata.published, analysis.metadata.url, analysis.text, json, analysis.engine.version, models, id,
                        ])
                    // The search index keeps its own copy: take the old one out before putting the new one in.
                    let oldHeadline: String? = old["headline"]
                    let oldText: String = old["text"]
                    try db.execute(
                        sql: "INSERT INTO article_search (article_search, rowid, headline, text) VALUES ('delete', ?, ?, ?)",
                        arguments: [id, oldHeadline ?? "", oldText])
                    for table in ["sentences", "mentions", "times", "quotes", "quote_search", "claims", "events"] {
                        try db.execute(sql: "DELETE FROM \(table) WHERE article_id = ?", arguments: [id])
                    }
                    try Self.insertParts(db, id: id, analysis: analysis)
                    outcomes.append(.replaced(id))
                    continue
                }
                try db.execute(
                    sql: """
                        INSERT INTO articles (content_hash, origin, language, source, headline, published, url, text,
                          analysis, engine_version, models, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        article.contentHash, article.origin, analysis.language, analysis.metadata.source,
                        analysis.metadata.headline, analysis.metadata.published, analysis.metadata.url, analysis.text, json,
                        analysis.engine.version, models, now,
                    ])
                let id = db.lastInsertedRowID
                try Self.insertParts(db, id: id, analysis: analysis)
                outcomes.append(.added(id))
            }
            return outcomes
        }
    }

    /// The search index row, sentences, entities with their mentions, and times of a stored article.
    private static func insertParts(_ db: Database, id: Int64, analysis: Analysis) throws {
        try db.execute(
            sql: "INSERT INTO article_search (rowid, headline, text) VALUES (?, ?, ?)",
            arguments: [id, analysis.metadata.headline ?? "", analysis.text])
        for (position, sentence) in analysis.sentences.enumerated() {
            try db.execute(
                sql: "INSERT INTO sentences (article_id, position, start, end) VALUES (?, ?, ?, ?)",
                arguments: [id, position, sentence.start, sentence.end])
        }
        // The analysis's entity ids (`e1`) → their rows, for the speakers of quotes and the sources of claims.
        var rows: [String: Int64] = [:]
        for entity in analysis.entities {
            // A linked entity is one row across articles and languages (`Vladimir Poetin`, `Vladimir Putin`).
            let key = entityKey(entity)
            try db.execute(
                sql: "INSERT INTO entities (type, name, match_key, kb) VALUES (?, ?, ?, ?) ON CONFLICT (type, match_key) DO NOTHING",
                arguments: [entity.type, entity.name, key, entity.kb])
            guard let entityID = try Int64.fetchOne(
                db, sql: "SELECT id FROM entities WHERE type = ? AND match_key = ?", arguments: [entity.type, key])
            else { continue }
            rows[entity.id] = entityID
            try db.execute(
                sql: """
                    UPDATE entities SET kb = coalesce(kb, ?), title = coalesce(title, ?), description = coalesce(description, ?),
                      government = coalesce(government, ?) WHERE id = ?
                    """,
                arguments: [entity.kb, entity.title, entity.description, entity.government, entityID])
            let names = [entity.name] + (entity.aliases ?? []) + entity.mentions.filter { $0.kind == nil }.map(\.text)
            for name in names where !name.matchKey.isEmpty {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO entity_names (entity_id, key, name) VALUES (?, ?, ?)",
                    arguments: [entityID, name.matchKey, name])
            }
            for mention in entity.mentions {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO mentions (article_id, entity_id, start, end, text) VALUES (?, ?, ?, ?, ?)",
                    arguments: [id, entityID, mention.start, mention.end, mention.text])
            }
        }
        for time in analysis.times {
            let days = time.value.flatMap(TimexInterval.days(of:))
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO times (article_id, start, end, text, type, value, mod, first_day, last_day)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [id, time.start, time.end, time.text, time.type, time.value, time.mod, days?.first, days?.last])
        }
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }) { a, _ in a }
        for (position, quote) in analysis.quotes.enumerated() {
            let speaker = quote.speaker.flatMap { names[$0] } ?? quote.speakerText
            try db.execute(
                sql: """
                    INSERT INTO quotes (article_id, position, start, end, text, kind, speaker_id, speaker_text, speaker_key,
                      addressee_id, addressee_text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, position, quote.start, quote.end, quote.text, quote.kind, quote.speaker.flatMap { rows[$0] }, speaker,
                    speaker?.matchKey, quote.addressee.flatMap { rows[$0] }, quote.addressee.flatMap { names[$0] } ?? quote.addresseeText,
                ])
            try db.execute(
                sql: "INSERT INTO quote_search (text, article_id, position) VALUES (?, ?, ?)", arguments: [quote.text, id, position])
        }
        for (position, claim) in analysis.claims.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO claims (article_id, position, start, end, text, value, high, modifier, unit, about, source_id, source_text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, position, claim.start, claim.end, claim.text, claim.value, claim.high, claim.modifier, claim.unit, claim.about,
                    claim.source.flatMap { rows[$0] }, claim.source.flatMap { names[$0] } ?? claim.sourceText,
                ])
        }
        try insertEvents(db, id: id, analysis: analysis, rows: rows)
    }

    public func stored(contentHashes: [String]) async throws -> Set<String> {
        guard !contentHashes.isEmpty else { return [] }
        return try await database.read { db in
            var found = Set<String>()
            for chunk in stride(from: 0, to: contentHashes.count, by: 500) {
                let part = Array(contentHashes[chunk..<min(chunk + 500, contentHashes.count)])
                let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                found.formUnion(
                    try String.fetchAll(
                        db, sql: "SELECT content_hash FROM articles WHERE content_hash IN (\(marks))",
                        arguments: StatementArguments(part)))
            }
            return found
        }
    }

    public func article(id: Int64) async throws -> StoredArticle? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, headline, source, published, language, substr(text, 1, 240) AS snippet, ingested_at,
                          content_hash, origin, text, analysis, engine_version
                        FROM articles WHERE id = ?
                        """, arguments: [id])
            else { return nil }
            return StoredArticle(
                summary: Self.summary(row), contentHash: row["content_hash"], origin: row["origin"], text: row["text"],
                analysisJSON: row["analysis"], engineVersion: row["engine_version"])
        }
    }

    /// The `FROM … WHERE …` part shared by a search and its facets, with its arguments; `ranked` when
    /// the query has words (so `article_search` is joined and can rank and cut snippets).
    private struct Selection {
        var from: String
        var arguments: [(any DatabaseValueConvertible)?]
        var ranked: Bool
    }

    private static func selection(_ query: SearchQuery, synonyms: [String]) throws -> Selection {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        var join = ""
        if let match = try Self.match(query.text, synonyms: synonyms) {
            join = "JOIN article_search ON article_search.rowid = a.id"
            conditions.append("article_search MATCH ?")
            arguments.append(match)
        }
        if let entity = query.entity {
            // By the name it was stored under, or any name it goes by (`Putin` finds the entity stored as `Vladimir Poetin`).
            var clause = """
                a.id IN (SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id
                  WHERE e.id IN (\(Self.entitiesNamed))
                """
            arguments += [entity.matchKey, entity.matchKey]
            if let type = query.type {
                clause += " AND e.type = ?"
                arguments.append(type.uppercased())
            }
            conditions.append(clause + ")")
        } else if let type = query.type {
            conditions.append("a.id IN (SELECT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.type = ?)")
            arguments.append(type.uppercased())
        }
        if let source = query.source {
            conditions.append("a.source = ? COLLATE NOCASE")
            arguments.append(source)
        }
        if let from = query.from {
            conditions.append("a.published >= ?")
            arguments.append(from)
        }
        if let until = query.until {
            // A bare date includes the whole day.
            conditions.append("a.published < ?")
            arguments.append(until.count == 10 ? until + "T99" : until)
        }
        if query.mentionedFrom != nil || query.mentionedUntil != nil {
            // A time expression whose days overlap the range.
            var clause = "a.id IN (SELECT article_id FROM times WHERE first_day IS NOT NULL"
            if let from = query.mentionedFrom {
                clause += " AND last_day >= ?"
                arguments.append(String(from.prefix(10)))
            }
            if let until = query.mentionedUntil {
                clause += " AND first_day <= ?"
                arguments.append(String(until.prefix(10)))
            }
            conditions.append(clause + ")")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return Selection(from: "FROM articles a \(join) \(filter)", arguments: arguments, ranked: !join.isEmpty)
    }

    public func search(_ query: SearchQuery) async throws -> SearchPage {
        let synonyms = try await database.read { db in try query.text.map { try Self.otherNames(of: $0, db) } ?? [] }
        let selection = try Self.selection(query, synonyms: synonyms)
        let snippet = selection.ranked ? "snippet(article_search, 1, '[', ']', '…', 24)" : "substr(a.text, 1, 240)"
        let order = selection.ranked ? "ORDER BY bm25(article_search), a.id DESC" : "ORDER BY a.published DESC, a.id DESC"
        let limit = max(0, min(query.limit, 1000))
        let offset = max(0, query.offset)
        let countArguments = StatementArguments(selection.arguments)
        let pageArguments = StatementArguments(selection.arguments + [limit, offset])
        let countSQL = "SELECT count(*) \(selection.from)"
        let pageSQL = """
            SELECT a.id, a.headline, a.source, a.published, a.language, \(snippet) AS snippet, a.ingested_at
            \(selection.from) \(order) LIMIT ? OFFSET ?
            """
        do {
            return try await database.read { db in
                let total = try Int.fetchOne(db, sql: countSQL, arguments: countArguments) ?? 0
                let rows = try Row.fetchAll(db, sql: pageSQL, arguments: pageArguments)
                return SearchPage(total: total, articles: rows.map(Self.summary))
            }
        } catch let error as DatabaseError {
            throw StoreError("search failed: \(error.message ?? "\(error)")")
        }
    }

    public func facets(_ query: SearchQuery, limit: Int) async throws -> SearchFacets {
        let synonyms = try await database.read { db in try query.text.map { try Self.otherNames(of: $0, db) } ?? [] }
        let selection = try Self.selection(query, synonyms: synonyms)
        let matches = "SELECT a.id \(selection.from)"
        let limit = max(0, min(limit, 1000))
        let arguments = StatementArguments(selection.arguments + [limit])
        do {
            return try await database.read { db in
                let entities = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT e.id, e.type, e.name, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
                        FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN (\(matches))
                        GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name LIMIT ?
                        """, arguments: arguments
                ).map(Self.entitySummary)
                // A facet: values with the number of matching articles, most first (or newest first).
                func counts(_ sql: String) throws -> [FacetCount] {
                    try Row.fetchAll(db, sql: sql, arguments: arguments).map { FacetCount(value: $0["value"], articles: $0["articles"]) }
                }
                let types = try counts(
                    """
                    SELECT e.type AS value, count(DISTINCT m.article_id) AS articles
                    FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id IN (\(matches))
                    GROUP BY e.type ORDER BY articles DESC, value LIMIT ?
                    """)
                let sources = try counts(
                    """
                    SELECT a.source AS value, count(*) AS articles FROM articles a
                    WHERE a.id IN (\(matches)) AND a.source IS NOT NULL
                    GROUP BY a.source ORDER BY articles DESC, value LIMIT ?
                    """)
                let months = try counts(
                    """
                    SELECT substr(a.published, 1, 7) AS value, count(*) AS articles FROM articles a
                    WHERE a.id IN (\(matches)) AND a.published IS NOT NULL
                    GROUP BY value ORDER BY value DESC LIMIT ?
                    """)
                let mentioned = try counts(
                    """
                    SELECT substr(t.first_day, 1, 7) AS value, count(DISTINCT t.article_id) AS articles FROM times t
                    WHERE t.article_id IN (\(matches)) AND t.first_day IS NOT NULL
                      AND substr(t.first_day, 1, 7) = substr(t.last_day, 1, 7)
                    GROUP BY value ORDER BY value DESC LIMIT ?
                    """)
                return SearchFacets(entities: entities, types: types, sources: sources, months: months, mentionedMonths: mentioned)
            }
        } catch let error as DatabaseError {
            throw StoreError("search failed: \(error.message ?? "\(error)")")
        }
    }

    /// The full-text query for search words; nil when there are none, an error when they hold no word to look for.
    static func match(_ text: String?, synonyms: [String]) throws -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let match = ftsQuery(text, synonyms: synonyms) else { throw StoreError("the search text has no words to look for: \(text)") }
        return match
    }

    /// The ids of the entities going by a name (two `?`, both its match key): the name they were stored under, or any
    /// name they go by in either language (`Putin` finds the entity stored as `Vladimir Poetin`).
    static let entitiesNamed = "SELECT id FROM entities WHERE match_key = ? UNION SELECT entity_id FROM entity_names WHERE key = ?"

    public func quotes(_ query: QuoteQuery) async throws -> QuotePage {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let speaker = query.speaker?.matchKey, !speaker.isEmpty {
            // Any name of the speaker's entity (`Blinken`, `Antony Blinken`; `Putin` for `Poetin`), or the words of an unlinked one.
            conditions.append(
                """
                (q.speaker_key = ? OR q.speaker_id IN (\(Self.entitiesNamed)))
                """)
            arguments += [speaker, speaker, speaker]
        }
        if let match = try Self.match(query.text, synonyms: []) {
            conditions.append("(q.article_id, q.position) IN (SELECT article_id, position FROM quote_search WHERE quote_search MATCH ?)")
            arguments.append(match)
        }
        if let article = query.article {
            conditions.append("q.article_id = ?")
            arguments.append(article)
        }
        if let kind = query.kind {
            conditions.append("q.kind = ?")
            arguments.append(kind)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let values = arguments.map { $0?.databaseValue ?? .null }
        let paging = [max(0, query.limit), max(0, query.offset)].map(\.databaseValue)
        return try await database.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM quotes q \(filter)", arguments: StatementArguments(values)) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT q.article_id, a.headline, a.published, q.start, q.end, q.text, q.kind, q.speaker_id,
                      coalesce(s.name, q.speaker_text) AS speaker, q.addressee_id, coalesce(t.name, q.addressee_text) AS addressee
                    FROM quotes q JOIN articles a ON a.id = q.article_id
                      LEFT JOIN entities s ON s.id = q.speaker_id LEFT JOIN entities t ON t.id = q.addressee_id
                    \(filter)
                    ORDER BY a.published IS NULL, a.published DESC, q.article_id DESC, q.position LIMIT ? OFFSET ?
                    """,
                arguments: StatementArguments(values + paging))
            let quotes = rows.map { row in
                QuoteSummary(
                    articleID: row["article_id"], headline: row["headline"], published: row["published"], start: row["start"],
                    end: row["end"], text: row["text"], kind: row["kind"], speakerID: row["speaker_id"], speaker: row["speaker"],
                    addresseeID: row["addressee_id"], addressee: row["addressee"])
            }
            return QuotePage(total: total, quotes: quotes)
        }
    }

    public func entities(type: String?, matching text: String?, limit: Int) async throws -> [EntitySummary] {
        try await database.read { db in
            var conditions: [String] = []
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let type {
                conditions.append("e.type = ?")
                arguments.append(type.uppercased())
            }
            if let key = text?.matchKey, !key.isEmpty {
                // Any name, either language, whole or as a prefix: `putin`, `poet`.
                conditions.append("e.id IN (SELECT entity_id FROM entity_names WHERE key = ? OR key LIKE ? ESCAPE '\\')")
                let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_")
                arguments += [key, escaped + "%"]
            }
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.id, e.type, e.name, e.kb, e.title, e.description, count(DISTINCT m.article_id) AS articles, count(*) AS mentions
                    FROM entities e JOIN mentions m ON m.entity_id = e.id
                    \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                    GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.name LIMIT ?
                    """,
                arguments: StatementArguments(arguments + [max(0, limit)]))
            return rows.map(Self.entitySummary)
        }
    }

    public func entity(id: Int64, limit: Int) async throws -> EntityDetail? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT e.id, e.type, e.name, e.kb, e.title, e.description, count(DISTINCT m.article_id) AS articles,
                          count(m.article_id) AS mentions
                        FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id WHERE e.id = ? GROUP BY e.id
                        """, arguments: [id])
            else { return nil }
            let entity = Self.entitySummary(row)
            let articles = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.id, a.headline, a.source, a.published, a.language, substr(a.text, 1, 240) AS snippet, a.ingested_at
                    FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)
                    ORDER BY a.published DESC, a.id DESC LIMIT ?
                    """, arguments: [id, max(0, limit)]
            ).map(Self.summary)
            let days = try Row.fetchAll(
                db,
                sql: """
                    SELECT substr(a.published, 1, 10) AS day, count(*) AS mentions FROM mentions m
                    JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? AND a.published IS NOT NULL
                    GROUP BY day ORDER BY day
                    """, arguments: [id]
            ).map { DayCount(day: $0["day"], mentions: $0["mentions"]) }
            let names = try String.fetchAll(db, sql: "SELECT name FROM entity_names WHERE entity_id = ? ORDER BY name", arguments: [id])
            return EntityDetail(entity: entity, names: names, articles: articles, perDay: days)
        }
    }

    public func articleCount() async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
    }

    /// A row with id, type, name, articles and mentions, and kb, title and description when selected.
    private static func entitySummary(_ row: Row) -> EntitySummary {
        EntitySummary(
            id: row["id"], type: row["type"], name: row["name"], kb: row["kb"], title: row["title"], description: row["description"],
            articles: row["articles"], mentions: row["mentions"])
    }

    private static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["id"], headline: row["headline"], source: row["source"], published: row["published"],
            language: row["language"], snippet: row["snippet"], ingestedAt: row["ingested_at"])
    }

    /// The words of a user's query as an FTS5 query that cannot be a syntax error: each word quoted, all
    /// of them required. `nil` when there are no words.
    static func ftsQuery(_ text: String, synonyms: [String] = []) -> String? {
        func words(_ text: String) -> [String] {
            text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.replacingOccurrences(of: "\"", with: "\"\"") }
        }
        let asked = words(text)
        guard !asked.isEmpty else { return nil }
        let query = asked.map { "\"\($0)\"" }.joined(separator: " ")
        let phrases = synonyms.map(words).filter { !$0.isEmpty }.map { "\"" + $0.joined(separator: " ") + "\"" }
        guard !phrases.isEmpty else { return query }
        // A name of a known entity also finds its other names: `Putin` finds `Poetin`.
        return (["(" + query + ")"] + phrases).joined(separator: " OR ")
    }

    /// The other names of the entities that go by `text` (`Putin` → `Poetin`, `Vladimir Poetin`), at most 20.
    static func otherNames(of text: String, _ db: Database) throws -> [String] {
        let key = text.matchKey
        guard !key.isEmpty else { return [] }
        return try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT name FROM entity_names WHERE key <> ? AND entity_id IN (
                  SELECT n.entity_id FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.key = ? AND e.title IS NOT NULL)
                ORDER BY name LIMIT 20
                """, arguments: [key, key])
    }
}
