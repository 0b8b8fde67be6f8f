public import DuidingResources

/// Turns items of a Wikidata JSON dump into knowledge-base lines, one item at a time (bounded memory):
/// an entity line for every item whose P31 class is listed in `knowledge/wikidata-classes.tsv`, and a
/// role line for every P39 position listed in `knowledge/wikidata-positions.tsv`.
///
/// ```
/// dump lines ─► WikidataItem (labels, aliases, descriptions, P31, P17/P27, P39 + P580/P582, enwiki)
///            ─► class kept? ─► entities line (title = enwiki sitelink, prior from the number of sitelinks)
///                           └► roles lines (listed positions)
/// ```
public struct WikidataImport: Sendable {
    /// Counts so far, for progress and the summary.
    public struct Summary: Sendable, Equatable {
        public var items = 0
        public var entities = 0
        public var roles = 0

        public init() {}
    }

    let classes: [String: (kind: EntityKind, category: String)]
    let positions: [String: [(role: String, of: String)]]
    /// Country item → ISO code, from the knowledge base's countries.
    let countryCodes: [String: String]

    public init(bundle: ResourceBundle, kb: KnowledgeBase, folder: String = "knowledge") throws(ResourceError) {
        var classes: [String: (EntityKind, String)] = [:]
        let classFile = try bundle.file(folder + "/wikidata-classes.tsv")
        for line in classFile.lines {
            let fields = line.fields
            guard fields.count == 3, let kind = EntityKind(rawValue: fields[1]) else {
                throw classFile.error(line, "expected class TAB type (PER ORG GPE LOC MISC) TAB category")
            }
            classes[fields[0]] = (kind, fields[2])
        }
        var positions: [String: [(String, String)]] = [:]
        let positionFile = try bundle.file(folder + "/wikidata-positions.tsv")
        for line in positionFile.lines {
            let fields = line.fields
            guard fields.count == 3 else { throw positionFile.error(line, "expected position TAB role TAB of") }
            positions[fields[0], default: []].append((fields[1], fields[2]))
        }
        self.classes = classes
        self.positions = positions
        var codes: [String: String] = [:]
        for (code, country) in kb.countries {
            if let qid = kb.entities[country.entity].qid { codes[qid] = code }
        }
        countryCodes = codes
    }

    /// The header of an imported entities or roles file.
    public static func header(format: String, source: String) -> String {
        "# format: \(format) (see knowledge/README.md)\n# source: \(source)\n# licence: CC0 (Wikidata)\n"
    }

    public static let entitiesFormat = "qid, type, country, prior, en labels, nl labels, en description, nl description, category"
    public static let rolesFormat = "person (English title), role, of, start, end, en title, nl title, note"

    /// The lines for one dump line: an entity line (or nil when the item is skipped) and its role lines.
    public func lines(for line: Substring, summary: inout Summary) throws -> (entity: String?, roles: [String]) {
        guard let item = try WikidataItem.parse(line, languages: ["en", "nl"]) else { return (nil, []) }
        summary.items += 1
        // Only items (`Q42`): a property, a lexeme or a malformed id is no entity.
        guard item.id.count > 1, item.id.first == "Q", item.id.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return (nil, []) }
        guard let kept = item.classes.lazy.compactMap({ self.classes[$0] }).first else { return (nil, []) }
        guard let title = item.enwiki ?? item.labels["en"] ?? item.labels["nl"] else { return (nil, []) }
        // A field is one line of one column: control characters (tab, CR LF, NEL …) and line and paragraph separators
        // become spaces, and `|`, which joins labels, a slash.
        let clean = { (text: String) in
            String(text.map { character -> Character in
                if character == "|" { return "/" }
                let breaks = character.unicodeScalars.contains { scalar in
                    [.control, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
                }
                return breaks ? " " : character
            })
        }
        var english = [title]
        for label in [item.labels["en"]].compactMap({ $0 }) + (item.aliases["en"] ?? []) where !english.contains(label) {
            english.append(label)
        }
        var dutch: [String] = []
        for label in [item.labels["nl"]].compactMap({ $0 }) + (item.aliases["nl"] ?? []) where !dutch.contains(label) {
            dutch.append(label)
        }
        let country = item.countries.lazy.compactMap { self.countryCodes[$0] }.first
            ?? (kept.kind == .gpe && kept.category == "country" ? countryCodes[item.id] : nil)
        let prior = item.sitelinks >= 150 ? 5 : item.sitelinks >= 60 ? 4 : item.sitelinks >= 20 ? 3 : item.sitelinks >= 5 ? 2 : 1
        let fields = [
            item.id, kept.kind.rawValue, country ?? "-", String(prior), english.map(clean).joined(separator: " | "),
            dutch.isEmpty ? "-" : dutch.map(clean).joined(separator: " | "), item.descriptions["en"].map(clean) ?? "-",
            item.descriptions["nl"].map(clean) ?? "-", kept.category,
        ]
        summary.entities += 1
        var roles: [String] = []
        if kept.kind == .person {
            for held in item.positions {
                for mapped in positions[held.position] ?? [] {
                    roles.append(
                        [clean(title), mapped.role, mapped.of, held.start ?? "-", held.end ?? "-", "-", "-", "wikidata " + held.position]
                            .joined(separator: "\t"))
                }
            }
        }
        summary.roles += roles.count
        return (fields.joined(separator: "\t"), roles)
    }
}
