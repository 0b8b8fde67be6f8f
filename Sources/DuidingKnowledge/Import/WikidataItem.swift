import DuidingCore
import Foundation

/// What the import reads from one item of a Wikidata JSON dump.
struct WikidataItem {
    var id: String
    var labels: [String: String] = [:]
    var aliases: [String: [String]] = [:]
    var descriptions: [String: String] = [:]
    /// English Wikipedia title (the `enwiki` sitelink).
    var enwiki: String?
    var sitelinks = 0
    /// P31 values.
    var classes: [String] = []
    /// P17 (country) and P27 (country of citizenship) values.
    var countries: [String] = []
    /// P39 statements: the position, with the P580 start and P582 end when given.
    var positions: [(position: String, start: String?, end: String?)] = []

    /// One line of a dump: an item object, maybe followed by a comma; `[` and `]` lines are no items.
    static func parse(_ line: Substring, languages: [String]) throws -> WikidataItem? {
        let text = line.droppingLast { $0 == "," || $0 == " " || $0 == "\r" }
        guard text.first == "{" else { return nil }
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) } catch {
            throw WikidataImportError.malformed("a line that is not valid JSON (a dump has one item object per line)")
        }
        guard let object = parsed as? [String: Any],
            let id = object["id"] as? String
        else { throw WikidataImportError.malformed("an item without an id") }
        var item = WikidataItem(id: id)
        for language in languages {
            if let label = ((object["labels"] as? [String: Any])?[language] as? [String: Any])?["value"] as? String {
                item.labels[language] = label
            }
            if let description = ((object["descriptions"] as? [String: Any])?[language] as? [String: Any])?["value"] as? String {
                item.descriptions[language] = description
            }
            if let list = (object["aliases"] as? [String: Any])?[language] as? [[String: Any]] {
                item.aliases[language] = list.compactMap { $0["value"] as? String }
            }
        }
        if let sitelinks = object["sitelinks"] as? [String: Any] {
            item.sitelinks = sitelinks.count
            item.enwiki = (sitelinks["enwiki"] as? [String: Any])?["title"] as? String
        }
        let claims = object["claims"] as? [String: Any] ?? [:]
        item.classes = values(claims["P31"])
        item.countries = values(claims["P17"]) + values(claims["P27"])
        for statement in claims["P39"] as? [[String: Any]] ?? [] {
            guard let position = itemValue((statement["mainsnak"] as? [String: Any])) else { continue }
            let qualifiers = statement["qualifiers"] as? [String: Any] ?? [:]
            item.positions.append((position, time(qualifiers["P580"]), time(qualifiers["P582"])))
        }
        return item
    }

    /// The item ids of a property's statements, deprecated ones left out.
    private static func values(_ statements: Any?) -> [String] {
        (statements as? [[String: Any]] ?? []).compactMap { statement in
            statement["rank"] as? String == "deprecated" ? nil : itemValue(statement["mainsnak"] as? [String: Any])
        }
    }

    private static func itemValue(_ snak: [String: Any]?) -> String? {
        ((snak?["datavalue"] as? [String: Any])?["value"] as? [String: Any])?["id"] as? String
    }

    /// A qualifier's time as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as Wikidata says (9, 10, 11).
    private static func time(_ qualifier: Any?) -> String? {
        guard let snak = (qualifier as? [[String: Any]])?.first,
            let value = (snak["datavalue"] as? [String: Any])?["value"] as? [String: Any],
            let time = value["time"] as? String, let precision = value["precision"] as? Int, time.hasPrefix("+")
        else { return nil }
        let date = time.dropFirst().prefix(10)
        switch precision {
        case 11...: return date.hasSuffix("-00") ? nil : String(date)
        case 10: return String(date.prefix(7))
        case 9: return String(date.prefix(4))
        default: return nil
        }
    }
}

public enum WikidataImportError: Error, CustomStringConvertible, Sendable {
    case malformed(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .malformed(let message): "malformed dump: \(message)"
        case .unreadable(let message): message
        }
    }
}
