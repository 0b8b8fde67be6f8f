import DuidingCore
import Foundation
import GRDB

extension SQLiteStore {
    public func events(_ query: EventQuery) async throws -> EventPage {
        try EventQuery.validate(code: query.code)
        try SearchQuery.validate(date: query.from, named: "from")
        try SearchQuery.validate(date: query.until, named: "until")
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        /// An actor filter on one side (`source` or `target`): its code or start, or any name of it.
        func side(_ column: String, _ value: String) -> String {
            let key = value.matchKey
            var clause = "e.\(column)_key = ? OR e.\(column)_id IN (\(Self.entitiesNamed))"
            arguments += [key, key, key]
            if EventQuery.isActorCode(value) {
                clause += " OR e.\(column)_actor LIKE ?"
                arguments.append(value + "%")
            }
            return "(" + clause + ")"
        }
        switch (query.source.flatMap(Self.nonEmpty), query.target.flatMap(Self.nonEmpty)) {
        case (let source?, let target?) where query.eitherDirection:
            let forward = side("source", source) + " AND " + side("target", target)
            let backward = side("source", target) + " AND " + side("target", source)
            conditions.append("((\(forward)) OR (\(backward)))")
        case (let source, let target):
            if let source { conditions.append(query.eitherDirection ? "(\(side("source", source)) OR \(side("target", source)))" : side("source", source)) }
            if let target { conditions.append(query.eitherDirection ? "(\(side("source", target)) OR \(side("target", target)))" : side("target", target)) }
        }
        if let entity = query.entity {
            conditions.append("(e.source_id = ? OR e.target_id = ?)")
            arguments += [entity, entity]
        }
        if let from = query.from {
            conditions.append("e.day >= ?")
            arguments.append(TimexInterval.days(of: from)?.first ?? String(from.prefix(10)))
        }
        if let until = query.until {
            conditions.append("e.day <= ?")
            arguments.append(TimexInterval.days(of: until)?.last ?? String(until.prefix(10)))
        }
        if let code = query.code {
            conditions.append("e.code LIKE ?")
            arguments.append(code + "%")
        }
        if let article = query.article {
            conditions.append("e.article_id = ?")
            arguments.append(article)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let values = arguments.map { $0?.databaseValue ?? .null }
        let paging = [max(0, min(query.limit, 10_000)), max(0, query.offset)].map(\.databaseValue)
        do {
            return try await database.read { db in
                let total = try Int.fetchOne(db, sql: "SELECT count(DISTINCT story) FROM events e \(filter)", arguments: StatementArguments(values)) ?? 0
                // The page's events, newest first: each story once, by its earliest report.
                let stories = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT story, min(e.rowid) AS id, max(e.day) AS day FROM events e \(filter)
                        GROUP BY story ORDER BY day IS NULL, day DESC, id DESC LIMIT ? OFFSET ?
                        """,
                    arguments: StatementArguments(values + paging))
                // Their reports, all in one query, in the order they were stored.
                let keys: [String] = stories.map { $0["story"] }
                var reportsOf: [String: [Row]] = [:]
                if !keys.isEmpty {
                    let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
                    let rows = try Row.fetchAll(
                        db,
                        sql: """
                            SELECT e.*, e.rowid AS id, a.headline, a.published, a.source AS outlet, a.url
                            FROM events e JOIN articles a ON a.id = e.article_id
                            \(filter.isEmpty ? "WHERE" : filter + " AND") e.story IN (\(marks))
                            ORDER BY e.rowid
                            """,
                        arguments: StatementArguments(values + keys.map(\.databaseValue)))
                    for row in rows { reportsOf[row["story"], default: []].append(row) }
                }
                var events: [StoredEvent] = []
                for key in keys {
                    guard let rows = reportsOf[key], let first = rows.first else { continue }
                    var reports: [EventReport] = []
                    var articles: Set<Int64> = []
                    for row in rows where articles.insert(row["article_id"]).inserted {
                        reports.append(
                            EventReport(
                                articleID: row["article_id"], headline: row["headline"], published: row["published"], outlet: row["outlet"],
                                url: row["url"], trigger: row["trigger"], evidence: row["evidence"]))
                    }
                    events.append(StoredEvent(id: first["id"], event: Self.eventRecord(first), reports: reports))
                }
                // Tone by month: each event once, on its day, with its Goldstein value.
                let months = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT substr(day, 1, 7) AS month, count(*) AS events, avg(goldstein) AS goldstein FROM (
                          SELECT max(e.day) AS day, max(e.goldstein) AS goldstein FROM events e \(filter) GROUP BY story
                        ) WHERE day IS NOT NULL GROUP BY month ORDER BY month
                        """,
                    arguments: StatementArguments(values)
                ).map { EventMonth(month: $0["month"], events: $0["events"], goldstein: $0["goldstein"]) }
                return EventPage(total: total, events: events, months: months)
            }
        } catch let error as DatabaseError {
            throw StoreError("event search failed: \(error.message ?? "\(error)")")
        }
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : text.trimmingCharacters(in: .whitespaces)
    }

    private static func eventRecord(_ row: Row) -> EventRecord {
        func side(_ column: String) -> EventRecord.Side? {
            let name: String? = row["\(column)_name"]
            let actor: String? = row["\(column)_actor"]
            let entity: Int64? = row["\(column)_id"]
            guard name != nil || actor != nil || entity != nil else { return nil }
            return EventRecord.Side(name: name, actor: actor, entityID: entity)
        }
        return EventRecord(
            code: row["code"], label: row["label"], plover: row["plover"], goldstein: row["goldstein"], source: side("source"),
            target: side("target"), date: row["date"], day: row["day"], modality: row["modality"], negated: row["negated"],
            trigger: row["trigger"], triggerStart: row["trigger_start"], triggerEnd: row["trigger_end"], evidence: row["evidence"],
            sentence: row["sentence"], location: row["location"])
    }
}
