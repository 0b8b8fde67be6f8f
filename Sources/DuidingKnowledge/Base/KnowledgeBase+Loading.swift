import DuidingCore
import Foundation
public import DuidingResources

/// Reading the knowledge base from the `knowledge/` resource folder.
///
/// | file | columns (tab-separated; several values in one field joined by ` | `; `-` for none) |
/// |---|---|
/// | `entities/*.tsv`, then `gazetteer/*.tsv` | qid, type, country, prior, en labels, nl labels, en description, nl description, category |
/// | `roles/*.tsv` | person (English title), role, of, start, end, en title, nl title, note |
/// | `countries.tsv` | code, qid, en, nl, nl adjectives, nl demonyms, en adjectives, en demonyms, capital, seat, government places, category |
/// | `transliteration.tsv` | from, to |
/// | `name-particles.txt` | a lowercase particle that belongs to a surname (`van`, `von`) |
/// | `articles.txt` | a lowercase article a label may start with (`de`, `the`) |
/// | `first-names.tsv` | a given name, the sex it nearly always indicates (`m`, `f`) |
extension KnowledgeBase {
    /// The knowledge base in `folder` of a resource bundle.
    public init(bundle: ResourceBundle, folder: String = "knowledge") throws(ResourceError) {
        var rules: [(from: String, to: String)] = []
        for line in try bundle.file(folder + "/transliteration.tsv").lines {
            let fields = line.fields
            guard fields.count == 2, !fields[0].isEmpty else {
                throw ResourceError(file: folder + "/transliteration.tsv", line: line.number, message: "expected from TAB to")
            }
            rules.append((fields[0], fields[1]))
        }
        self.init(transliteration: Transliteration(rules: rules))
        names.articles = Set(try bundle.file(folder + "/articles.txt").lines.map { $0.text.trimmingCharacters(in: .whitespaces) })
        names.particles = Set(try bundle.file(folder + "/name-particles.txt").lines.map { $0.text.trimmingCharacters(in: .whitespaces) })
        // Optional: without it pronouns agree with anyone.
        let firstNames = bundle.files(under: folder).contains(folder + "/first-names.tsv") ? try bundle.file(folder + "/first-names.tsv") : nil
        for line in firstNames?.lines ?? [] {
            let fields = line.fields
            guard fields.count == 2, !fields[0].isEmpty, ["m", "f", "u"].contains(fields[1]) else {
                throw ResourceError(file: folder + "/first-names.tsv", line: line.number, message: "expected a given name TAB m, f or u")
            }
            firstNameSex[Transliteration.fold(fields[0])] = fields[1].first
        }
        let countryFile = try bundle.file(folder + "/countries.tsv")
        var pendingCountries: [(ResourceFile.Line, [String])] = []
        for line in countryFile.lines {
            let fields = line.fields
            guard fields.count == 12 else { throw countryFile.error(line, "expected 12 fields, found \(fields.count)") }
            let entity = KnownEntity(
                qid: Self.value(fields[1]), kind: .gpe, country: fields[0], prior: 4,
                labels: Self.labels(en: fields[2], nl: fields[3]), descriptions: [:], category: Self.value(fields[11]) ?? "country")
            _ = add(entity)
            pendingCountries.append((line, fields))
        }
        // Curated entities first, then generated gazetteers, so a curated description and prior win.
        try addEntities(bundle: bundle, folder: folder + "/")
        for name in bundle.files(under: folder + "/gazetteer") where name.hasSuffix(".tsv") {
            let file = try bundle.file(name)
            for line in file.lines {
                let entity = try Self.entity(line, in: file)
                // A city the curated files have under a disambiguated title (`Aalst, Belgium`) is the same city.
                if byTitle[entity.title] == nil, entity.qid == nil,
                    let same = names.candidates(entity.title).first(where: {
                        $0.match == .folded && entities[$0.entity].kind == entity.kind && entities[$0.entity].country == entity.country
                    })
                {
                    merge(entity, into: same.entity)
                } else {
                    add(entity)
                }
            }
        }
        try addRoles(bundle: bundle, folder: folder + "/")
        // Sovereign countries first: a seat shared with a territory (The Hague, Bonaire) stands for the country.
        for (line, fields) in pendingCountries.sorted(by: { ($0.1[11] == "country" ? 0 : 1) < ($1.1[11] == "country" ? 0 : 1) }) {
            guard let entity = byTitle[Self.list(fields[2]).first ?? ""] else { continue }
            var places: [Int] = []
            for title in [fields[8], fields[9]].compactMap(Self.value) + Self.list(fields[10]) {
                guard let place = byTitle[title] else {
                    throw countryFile.error(line, "no entity titled `\(title)` (capital, seat or government place)")
                }
                if !places.contains(place) { places.append(place) }
            }
            let country = Country(
                code: fields[0], entity: entity,
                adjectives: ["nl": Self.list(fields[4]), "en": Self.list(fields[6])],
                demonyms: ["nl": Self.list(fields[5]), "en": Self.list(fields[7])],
                governmentPlaces: places)
            countries[fields[0]] = country
            for place in places where governmentOf[place] == nil { governmentOf[place] = fields[0] }
        }
    }

    /// Adds the entities and roles of another knowledge folder (`entities/*.tsv`, `roles/*.tsv`), such as
    /// the one `duiding kb import` writes; its entities merge with known ones by Wikidata id or title.
    public mutating func add(bundle: ResourceBundle) throws(ResourceError) {
        try addEntities(bundle: bundle, folder: "")
        try addRoles(bundle: bundle, folder: "")
    }

    /// Reads `<prefix>entities/*.tsv`.
    mutating func addEntities(bundle: ResourceBundle, folder prefix: String) throws(ResourceError) {
        for name in bundle.files(under: prefix + "entities") where name.hasSuffix(".tsv") {
            let file = try bundle.file(name)
            for line in file.lines {
                add(try Self.entity(line, in: file))
            }
        }
    }

    /// Reads `<prefix>roles/*.tsv`.
    mutating func addRoles(bundle: ResourceBundle, folder prefix: String) throws(ResourceError) {
        for name in bundle.files(under: prefix + "roles") where name.hasSuffix(".tsv") {
            let file = try bundle.file(name)
            for line in file.lines {
                let fields = line.fields
                guard fields.count == 8 else { throw file.error(line, "expected 8 fields, found \(fields.count)") }
                guard let person = byTitle[fields[0]] else { throw file.error(line, "no entity titled `\(fields[0])`") }
                guard let start = Self.day(fields[3], last: false), let end = Self.day(fields[4], last: true) else {
                    throw file.error(line, "dates must be YYYY, YYYY-MM or YYYY-MM-DD (or -)")
                }
                var titles: [String: String] = [:]
                if let en = Self.value(fields[5]) { titles["en"] = en }
                if let nl = Self.value(fields[6]) { titles["nl"] = nl }
                let index = roles.count
                roles.append(Role(person: person, role: fields[1], of: fields[2], start: start, end: end, titles: titles))
                rolesByPerson[person, default: []].append(index)
                rolesByOffice[fields[1] + "\t" + fields[2], default: []].append(index)
            }
        }
    }

    /// Adds an entity, or merges its labels into the entity with the same Wikidata id or English title.
    @discardableResult
    mutating func add(_ entity: KnownEntity) -> Int {
        if let index = entity.qid.flatMap({ byQID[$0] }) ?? byTitle[entity.title] {
            merge(entity, into: index)
            return index
        }
        let index = entities.count
        entities.append(entity)
        if let qid = entity.qid { byQID[qid] = index }
        byTitle[entity.title] = index
        for label in entity.allLabels {
            names.add(label, entity: index, isPerson: entity.kind == .person)
        }
        return index
    }

    /// Adds an entity's labels, id and descriptions to a known entity (the known one's come first).
    mutating func merge(_ entity: KnownEntity, into index: Int) {
        var known = entities[index]
        for (language, labels) in entity.labels {
            for label in labels where !(known.labels[language] ?? []).contains(label) {
                known.labels[language, default: []].append(label)
                names.add(label, entity: index, isPerson: known.kind == .person)
            }
        }
        if known.qid == nil, let qid = entity.qid {
            known.qid = qid
            byQID[qid] = index
        }
        for (language, text) in entity.descriptions where known.descriptions[language] == nil {
            known.descriptions[language] = text
        }
        known.country = known.country ?? entity.country
        known.prior = max(known.prior, entity.prior)
        entities[index] = known
    }

    static func entity(_ line: ResourceFile.Line, in file: ResourceFile) throws(ResourceError) -> KnownEntity {
        let fields = line.fields
        guard fields.count == 9 else { throw file.error(line, "expected 9 fields, found \(fields.count)") }
        guard let kind = EntityKind(rawValue: fields[1]) else { throw file.error(line, "unknown type `\(fields[1])`") }
        guard let prior = Int(fields[3]), (1...5).contains(prior) else { throw file.error(line, "prior must be 1–5") }
        let labels = labels(en: fields[4], nl: fields[5])
        guard labels["en"] != nil else { throw file.error(line, "an entity needs its English title") }
        if let qid = value(fields[0]), !(qid.hasPrefix("Q") && qid.dropFirst().allSatisfy(\.isNumber)) {
            throw file.error(line, "`\(qid)` is not a Wikidata id")
        }
        var descriptions: [String: String] = [:]
        if let en = value(fields[6]) { descriptions["en"] = en }
        if let nl = value(fields[7]) { descriptions["nl"] = nl }
        return KnownEntity(
            qid: value(fields[0]), kind: kind, country: value(fields[2]), prior: prior, labels: labels,
            descriptions: descriptions, category: value(fields[8]) ?? "other")
    }

    static func value(_ field: String) -> String? { field.isEmpty || field == "-" ? nil : field }

    /// The values of a ` | `-separated field, split at `|` bytes (every label of the knowledge base goes through here).
    static func list(_ field: String) -> [String] {
        guard value(field) != nil else { return [] }
        var values: [String] = []
        func add(_ part: Substring) {
            let value = ResourceFile.trimmed(part)
            if !value.isEmpty, value != "-" { values.append(value) }
        }
        let utf8 = field.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "|") {
                add(field[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        add(field[start..<utf8.endIndex])
        return values
    }

    static func labels(en: String, nl: String) -> [String: [String]] {
        var labels: [String: [String]] = [:]
        let english = list(en)
        let dutch = list(nl)
        if !english.isEmpty { labels["en"] = english }
        if !dutch.isEmpty { labels["nl"] = dutch }
        return labels
    }

    /// A partial date as its first (or, with `last`, its last) day: `.some(nil)` for `-`, nil when malformed.
    static func day(_ field: String, last: Bool) -> CalendarDay?? {
        guard value(field) != nil else { return .some(nil) }
        let parts = field.split(separator: "-").map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let year = parts[0] else { return nil }
        let month = parts.count > 1 ? parts[1] ?? 1 : (last ? 12 : 1)
        guard (1...12).contains(month) else { return nil }
        if parts.count == 3, let day = parts[2] {
            guard (1...31).contains(day) else { return nil }
            return CalendarDay(year: year, month: month, day: day)
        }
        return CalendarDay(year: year, month: month, day: last ? CalendarDay.daysIn(year: year, month: month) : 1)
    }
}
