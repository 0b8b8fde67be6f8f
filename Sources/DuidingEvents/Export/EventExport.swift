public import DuidingCore
import Foundation

/// Writes stored events as event data: GDELT 2.0 event-table rows, PLOVER JSON records, or a plain CSV table.
/// One line per event, however many articles report it (their number is in the row).
///
/// ```
/// gdelt   61 tab-separated columns of the GDELT 2.0 event table, no header (as GDELT's own files; `header` adds one)
/// plover  one JSON object per line with PLOVER's field names (id, date, source, target, event, mode, context …)
/// csv     RFC 4180, a header line, Duiding's own columns (EventExport.csvColumns)
/// ```
public struct EventExport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case gdelt, plover, csv
    }

    public let format: Format
    public let codebook: EventCodebook

    public init(format: Format, codebook: EventCodebook) {
        self.format = format
        self.codebook = codebook
    }

    /// The columns of the GDELT 2.0 event table, in order (GDELT 2.0 Event Database codebook, 2015).
    public static let gdeltColumns: [String] = {
        func actor(_ n: Int) -> [String] {
            ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
                .map { "Actor\(n)" + $0 }
        }
        func geo(_ prefix: String) -> [String] {
            ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map { prefix + "Geo_" + $0 }
        }
        return ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"] + actor(1) + actor(2)
            + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                "NumArticles", "AvgTone"]
            + geo("Actor1") + geo("Actor2") + geo("Action") + ["DATEADDED", "SOURCEURL"]
    }()

    public static let csvColumns = [
        "id", "date", "day", "code", "root", "label", "plover", "quad_class", "goldstein", "source", "source_actor", "target",
        "target_actor", "modality", "negated", "trigger", "evidence", "location", "articles", "article_ids", "headline", "url",
    ]

    /// The line before the events: the CSV header (GDELT's column names with `header`), nothing for PLOVER.
    public func header(gdeltHeader: Bool = false) -> String? {
        switch format {
        case .gdelt: gdeltHeader ? Self.gdeltColumns.joined(separator: "\t") : nil
        case .csv: Self.csvColumns.joined(separator: ",")
        case .plover: nil
        }
    }

    /// One event as a line (without the line break); nil when the format has no place for it (PLOVER leaves out
    /// CAMEO 01 and 02, statements and appeals, as its mapping does).
    public func line(_ stored: StoredEvent) -> String? {
        switch format {
        case .gdelt: gdelt(stored)
        case .plover: plover(stored)
        case .csv: csv(stored)
        }
    }

    private func gdelt(_ stored: StoredEvent) -> String {
        let event = stored.event
        var columns = Array(repeating: "", count: Self.gdeltColumns.count)
        func set(_ name: String, _ value: String?) {
            guard let value, let index = Self.gdeltColumns.firstIndex(of: name) else { return }
            // A tab or line break inside a value would break the row.
            columns[index] = value.replacing(/[\t\r\n]+/, with: " ")
        }
        set("GlobalEventID", String(stored.id))
        if let day = event.day.flatMap(CalendarDay.init(iso:)) {
            let (year, month, date) = day.components
            set("Day", String(format: "%04d%02d%02d", year, month, date))
            set("MonthYear", String(format: "%04d%02d", year, month))
            set("Year", String(format: "%04d", year))
            let first = CalendarDay(year: year, month: 1, day: 1).number
            let days = CalendarDay(year: year + 1, month: 1, day: 1).number - first
            set("FractionDate", String(format: "%.4f", Double(year) + Double(day.number - first) / Double(days)))
        }
        for (n, side) in [(1, event.source), (2, event.target)] {
            guard let side else { continue }
            set("Actor\(n)Code", side.actor)
            set("Actor\(n)Name", side.name)
            let country = side.actor.flatMap(codebook.country(ofActor:))
            set("Actor\(n)CountryCode", country)
            // The sector after the country (`GOV` of `RUSGOV`), or the whole code when it has no country (`COP`).
            if let actor = side.actor {
                let type = country != nil ? String(actor.dropFirst(3)) : actor
                set("Actor\(n)Type1Code", type.isEmpty ? nil : String(type.prefix(3)))
            }
        }
        // GDELT counts an event in the lead (headline and first sentences) as a root event.
        set("IsRootEvent", event.sentence < 3 ? "1" : "0")
        set("EventCode", event.code)
        set("EventBaseCode", String(event.code.prefix(3)))
        set("EventRootCode", event.root)
        set("QuadClass", codebook.quadClass(of: event.code).map(String.init))
        set("GoldsteinScale", event.goldstein.map { String(format: "%.1f", $0) })
        set("NumMentions", String(stored.reports.count))
        set("NumSources", String(Set(stored.reports.map { $0.outlet ?? "" }).count))
        set("NumArticles", String(stored.reports.count))
        set("ActionGeo_FullName", event.location)
        set("SOURCEURL", stored.reports.first?.url)
        return columns.joined(separator: "\t")
    }

    private func plover(_ stored: StoredEvent) -> String? {
        let event = stored.event
        guard let category = event.plover ?? codebook[event.code]?.plover else { return nil }
        struct Actor: Encodable {
            var actorText: String?
            var code: String?
        }
        struct Record: Encodable {
            var id: String
            var date: String?
            var source: [Actor]
            var target: [Actor]
            var event: String
            var mode: String?
            var context: String?
            var eventText: String
            var text: String
            var publication: String?
            var coder: String
            var cameo: String
            var goldstein: Double?
            var modality: String
            var negated: Bool
            var articles: Int
        }
        func actors(_ side: EventRecord.Side?) -> [Actor] {
            guard let side else { return [] }
            return [Actor(actorText: side.name, code: side.actor)]
        }
        let code = codebook[event.code]
        let record = Record(
            id: "duiding-\(stored.id)", date: event.day ?? event.date, source: actors(event.source), target: actors(event.target),
            event: category, mode: code?.ploverMode, context: code?.ploverContext, eventText: event.trigger, text: event.evidence,
            publication: stored.reports.first?.outlet, coder: "Duiding", cameo: event.code, goldstein: event.goldstein,
            modality: event.modality, negated: event.negated, articles: stored.reports.count)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(record)).map { String(decoding: $0, as: UTF8.self) }
    }

    private func csv(_ stored: StoredEvent) -> String {
        let event = stored.event
        let first = stored.reports.first
        let values: [String?] = [
            String(stored.id), event.date, event.day, event.code, event.root, event.label, event.plover,
            codebook.quadClass(of: event.code).map(String.init), event.goldstein.map { String(format: "%.1f", $0) }, event.source?.name,
            event.source?.actor, event.target?.name, event.target?.actor, event.modality, event.negated ? "yes" : "no", event.trigger,
            event.evidence, event.location, String(stored.reports.count), stored.reports.filter { $0.articleID > 0 }.map { String($0.articleID) }.joined(separator: " "),
            first?.headline, first?.url,
        ]
        return values.map { Self.csvField($0 ?? "") }.joined(separator: ",")
    }

    /// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
