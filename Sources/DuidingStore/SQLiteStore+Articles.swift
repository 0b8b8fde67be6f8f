import DuidingCore
import Foundation
import GRDB

/// Writing articles with their analyses, and reading them back.
extension SQLiteStore {
    /// What makes an entity one row across articles: its knowledge-base title when linked, else its name.
    static func entityKey(_ entity: Entity) -> String {
        entity.title.map { "wiki:" + $0.matchKey } ?? entity.name.matchKey
    }

    /// The events of a stored article, `rows` taking the analysis's entity ids (`e1`) to stored entities.
    static func insertEvents(_ db: Database, id: Int64, analysis: Analysis, rows: [String: Int64]) throws {
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

    static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["id"], headline: row["headline"], source: row["source"], published: row["published"],
            language: row["language"], snippet: row["snippet"], ingestedAt: row["ingested_at"])
    }
}
