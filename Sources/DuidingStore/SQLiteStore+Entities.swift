import DuidingCore
import Foundation
import GRDB

/// Quotes and entities across the stored articles.
extension SQLiteStore {
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
    static func entitySummary(_ row: Row) -> EntitySummary {
        EntitySummary(
            id: row["id"], type: row["type"], name: row["name"], kb: row["kb"], title: row["title"], description: row["description"],
            articles: row["articles"], mentions: row["mentions"])
    }
}
