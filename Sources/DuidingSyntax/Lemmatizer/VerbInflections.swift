/// Lemmas of verb forms from a table of Dutch verb inflections (one verb per line: the infinitive, then its
/// present, participle and past forms, comma-separated; Pattern's `nl-verb-inflections`), written as the UD Dutch
/// treebanks write them: a separable verb's lemma joins its particle with `_` (`aangekomen`, `aankwam` →
/// `aan_komen`), as its participle shows (`aan` + `gekomen`, the participle of `komen`).
public enum VerbInflections {
    /// The table's columns (`../shared/data/lexicons/README.md`): the infinitive, the present forms (1sg, 2sg, 3sg and one
    /// more, mostly empty), the present participle, the past forms (plural, singular) and the past participle.
    static let infinitiveColumn = 0
    static let presentColumns = [1, 2, 3, 4]
    static let presentParticipleColumn = 5
    static let pastColumns = [9, 10]
    static let participleColumn = 11
    /// The finite forms, which a main clause writes without a separable verb's particle.
    static let finiteColumns = presentColumns + pastColumns

    /// Form → lemma for every form of every verb; a form two verbs share (`wees`: `wijzen`, `wezen`) is left out.
    public static func lemmas(table text: String, joiner: String = "_") -> [String: String] {
        let verbs = rows(text)
        var participles: [String: String] = [:]
        for fields in verbs { if let participle = fields.last, !participle.isEmpty { participles[fields[0]] = participle } }
        let separables = separableVerbs(verbs, participles: participles)
        var lemmas: [String: String] = [:]
        var shared: Set<String> = []
        for fields in verbs {
            let infinitive = fields[0]
            let lemma = separables[infinitive].map { $0.particle + joiner + $0.base } ?? infinitive
            for form in fields where !form.isEmpty {
                let form = form.lowercased()
                if let known = lemmas[form], known != lemma { shared.insert(form) } else { lemmas[form] = lemma }
            }
        }
        for form in shared { lemmas[form] = nil }
        // A separable verb's finite forms in a main clause stand without their particle (`schort … op`): the base verb's
        // forms, when the table has no base verb of its own (`schorten`), lemmatized as the base (the parser's particle
        // joins it later). A form the table knows otherwise, or that two such verbs make differently, is left out.
        let infinitives = Set(verbs.map { $0[0] })
        var derived: [String: String] = [:]
        var clashing: Set<String> = []
        for fields in verbs {
            guard let (particle, base) = separables[fields[0]], !infinitives.contains(base) else { continue }
            for index in finiteColumns where index < fields.count && fields[index].lowercased().hasPrefix(particle) {
                let form = String(fields[index].lowercased().dropFirst(particle.count))
                guard !form.isEmpty, lemmas[form] == nil, !shared.contains(form) else { continue }
                if let known = derived[form], known != base { clashing.insert(form) } else { derived[form] = base }
            }
        }
        for (form, lemma) in derived where !clashing.contains(form) { lemmas[form] = lemma }
        return lemmas
    }

    /// The separable verbs of the table with their particle and base verb: those whose participle is the particle before
    /// the base verb's `ge-` participle, and then those whose base verb the table lacks (`opschorten`: no `schorten`)
    /// but whose participle has `ge-` after a particle that the first kind shows to be one (`op` + `geschort`).
    static func separableVerbs(_ verbs: [[String]], participles: [String: String]) -> [String: (particle: String, base: String)] {
        var found: [String: (particle: String, base: String)] = [:]
        for fields in verbs { if let split = separable(fields[0], participles: participles) { found[fields[0]] = split } }
        // Longest first, then alphabetically, so that the result does not depend on hash order.
        let particles = Set(found.values.map(\.particle)).sorted { ($0.count, $0) > ($1.count, $1) }
        for fields in verbs where found[fields[0]] == nil {
            let infinitive = fields[0]
            guard let participle = participles[infinitive] else { continue }
            for particle in particles where infinitive.hasPrefix(particle) {
                let base = String(infinitive.dropFirst(particle.count))
                guard base.count >= 4, !base.hasPrefix("ge"), participle.hasPrefix(particle + "ge") else { continue }
                found[infinitive] = (particle, base)
                break
            }
        }
        return found
    }

    /// The table's verbs, each its fields (infinitive first; empty where a form is absent); lines whose first field is
    /// no word (comments, blank lines) are left out.
    static func rows(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { String($0.filter { !$0.isWhitespace }) }
            guard let infinitive = fields.first, !infinitive.isEmpty, infinitive.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            return fields
        }
    }

    /// A separable verb's particle and base verb: its participle is the particle before the base verb's `ge-`
    /// participle (`aangekomen` = `aan` + `gekomen`; not `begeleid`, whose base `geleiden` has no `ge-` of its own).
    static func separable(_ infinitive: String, participles: [String: String]) -> (particle: String, base: String)? {
        guard let participle = participles[infinitive], infinitive.count > 4 else { return nil }
        for length in 2...(infinitive.count - 3) {
            let particle = String(infinitive.prefix(length))
            let base = String(infinitive.dropFirst(length))
            guard !base.hasPrefix("ge"), let baseParticiple = participles[base], baseParticiple.hasPrefix("ge"),
                participle == particle + baseParticiple
            else { continue }
            return (particle, base)
        }
        return nil
    }

    /// Form → a tag in the Brill-NL style for the tagger's lexicon features: `V(inf)`, `V(ott)` (present), `V(teg)`
    /// (present participle), `V(ovt)` (past), `V(verl)` (past participle); a form keeps its first role (`werken`: the
    /// infinitive, not the plural).
    public static func lexiconTags(table text: String) -> [String: String] {
        let roles: [(Int, String)] = [(infinitiveColumn, "V(inf)")] + presentColumns.map { ($0, "V(ott)") } + [(presentParticipleColumn, "V(teg)")]
            + pastColumns.map { ($0, "V(ovt)") } + [(participleColumn, "V(verl)")]
        var tags: [String: String] = [:]
        for fields in rows(text) {
            for (index, tag) in roles where index < fields.count && !fields[index].isEmpty {
                let form = fields[index].lowercased()
                if tags[form] == nil { tags[form] = tag }
            }
        }
        return tags
    }
}
