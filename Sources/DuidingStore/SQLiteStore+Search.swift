import DuidingCore
import Foundation
import GRDB

/// Full-text search over the stored articles, and its facets.
extension SQLiteStore {
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

    /// The words of a user's query as an FTS5 query that cannot be a syntax error: each word quoted (once), all
    /// of them required. `nil` when there are no words.
    static func ftsQuery(_ text: String, synonyms: [String] = []) -> String? {
        func words(_ text: String) -> [String] {
            text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.replacingOccurrences(of: "\"", with: "\"\"") }
        }
        // A word asked twice asks nothing more, and SQLite's time grows with the square of the repeats.
        var seen: Set<String> = []
        let asked = words(text).filter { seen.insert($0.lowercased()).inserted }
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
