import DuidingLearning

/// The tagger's feature templates. Changing one changes ``templateHash`` and needs retraining.
///
/// Context features (words, affixes, shapes in a window of ±2) are hashed once per token; the
/// features of the tags already chosen to the left are added per decision.
enum TaggerFeatures {
    static let description = """
        tagger v1: bias; w0 normal, prefix1-3, suffix1-4, shape, first-in-sentence+capitalised; \
        w-1 normal, suffix3, shape; w-2 normal; w+1 normal, suffix3, shape; w+2 normal; \
        t-1; t-2; t-1+t-2; t-1+w0; upos0 (xpos and feats heads); upos-1, upos+1 (xpos and feats heads); xpos0 (feats head); \
        lexicon tags (full, coarse) of w-1, w0, w+1 where the model has a lexicon; \
        v2, where the model has a word list: w-1, w0, w+1 class (lowercase form listed, form as written listed, capitalised); \
        v3: w0 suffix5, w-1+w0, w0+w+1; where the model has a lexicon: the clause's later verb forms (participle, infinitive) with w0 normal and with \
        w0's coarse lexicon tag, its earlier auxiliary with w0's coarse lexicon tag, for words the lexicon knows as verbs; \
        v4, where the model has a second UPOS head: first-pass UPOS of w0, w+1, w+2, w+1+w+2, w-1+w+1, w0+normal, w0+w+1
        """
    static let templateHash = StableKey.hex(description)

    /// Context features of every token of a sentence.
    static func context(
        _ forms: [WordForm], words: [String], lexicon: [String: String] = [:], wordList: WordSet? = nil
    ) -> [[UInt64]] {
        let padding = "<pad>"
        func normal(_ i: Int) -> String { forms.indices.contains(i) ? forms[i].normal : padding }
        // Each word's lexicon tag and its coarse part, looked up once (a word is w-1, w0 and w+1).
        let lexiconTags: [(full: String, coarse: String)] =
            lexicon.isEmpty
            ? []
            : words.map { word in
                let tag = Self.lexiconTag(word, lexicon) ?? "<unknown>"
                return (tag, String(tag.prefix { $0 != "(" }))
            }
        let clause = lexiconTags.isEmpty ? [] : Self.clauseVerbs(words, tags: lexiconTags.map(\.full))
        let listed: [String] = wordList.map { list in forms.indices.map { list.verdict(on: words[$0], lower: forms[$0].lower) } } ?? []
        return forms.indices.map { i in
            let w = forms[i]
            // Affixes by scalar (a character is one scalar in all but decomposed text).
            var keys: [UInt64] = [
                FeatureHasher.key(0, ""),
                FeatureHasher.key(1, w.normal),
                FeatureHasher.key(2, firstScalars: 1, of: w.lower), FeatureHasher.key(3, firstScalars: 2, of: w.lower),
                FeatureHasher.key(4, firstScalars: 3, of: w.lower),
                FeatureHasher.key(5, lastScalars: 1, of: w.lower), FeatureHasher.key(6, lastScalars: 2, of: w.lower),
                FeatureHasher.key(7, lastScalars: 3, of: w.lower), FeatureHasher.key(8, lastScalars: 4, of: w.lower),
                FeatureHasher.key(9, w.shape),
                FeatureHasher.key(11, normal(i - 1)), FeatureHasher.key(14, normal(i - 2)),
                FeatureHasher.key(15, normal(i + 1)), FeatureHasher.key(18, normal(i + 2)),
            ]
            keys.append(FeatureHasher.key(62, lastScalars: 5, of: w.lower))
            keys.append(FeatureHasher.key(63, normal(i - 1), w.normal))
            keys.append(FeatureHasher.key(64, w.normal, normal(i + 1)))
            if i == 0, let first = words[i].first, first.isUppercase { keys.append(FeatureHasher.key(10, "first-capital")) }
            if i > 0 {
                keys.append(FeatureHasher.key(12, lastScalars: 3, of: forms[i - 1].lower))
                keys.append(FeatureHasher.key(13, forms[i - 1].shape))
            }
            if i + 1 < forms.count {
                keys.append(FeatureHasher.key(16, lastScalars: 3, of: forms[i + 1].lower))
                keys.append(FeatureHasher.key(17, forms[i + 1].shape))
            }
            if !lexiconTags.isEmpty {
                for (template, j) in [(50, i - 1), (52, i), (54, i + 1)] as [(UInt8, Int)] {
                    if lexiconTags.indices.contains(j) {
                        keys.append(FeatureHasher.key(template, lexiconTags[j].full))
                        keys.append(FeatureHasher.key(template + 1, lexiconTags[j].coarse))
                    } else {
                        keys.append(FeatureHasher.key(template, padding))
                        keys.append(FeatureHasher.key(template + 1, padding))
                    }
                }
            }
            if !clause.isEmpty, clause[i].verb {
                keys.append(FeatureHasher.key(59, w.normal, clause[i].later))
                keys.append(FeatureHasher.key(60, lexiconTags[i].coarse, clause[i].later))
                keys.append(FeatureHasher.key(61, lexiconTags[i].coarse, clause[i].earlier))
            }
            if !listed.isEmpty {
                keys.append(FeatureHasher.key(56, listed[i]))
                keys.append(FeatureHasher.key(57, i > 0 ? listed[i - 1] : padding))
                keys.append(FeatureHasher.key(58, i + 1 < listed.count ? listed[i + 1] : padding))
            }
            return keys
        }
    }

    /// Per word, the verb forms the lexicon knows later in its clause (`P` a participle, `I` an infinitive, `PI`
    /// both, `-` none), whether an auxiliary comes earlier in it (`A` or `-`: a word with any `hulp…` tag, so `is` and
    /// `zijn` count however they are used), and whether the lexicon knows the word as a verb; a clause ends at `,` `;` `:`.
    /// They tell an auxiliary (`heeft … gezegd`) from a main verb (`heeft een huis`), and a participle from an adjective.
    /// `tags`: each word's lexicon entry (its tags separated by spaces).
    static func clauseVerbs(_ words: [String], tags: [String]) -> [(later: String, earlier: String, verb: Bool)] {
        let wordRoles = tags.map(verbRoles)
        func ends(_ word: String) -> Bool { word == "," || word == ";" || word == ":" }
        var result = [(later: String, earlier: String, verb: Bool)](repeating: ("-", "-", false), count: words.count)
        var participle = false
        var infinitive = false
        for i in words.indices.reversed() {
            result[i].later = participle ? (infinitive ? "PI" : "P") : (infinitive ? "I" : "-")
            if ends(words[i]) {
                participle = false
                infinitive = false
            } else {
                if wordRoles[i] & VerbRole.participle != 0 { participle = true }
                if wordRoles[i] & VerbRole.infinitive != 0 { infinitive = true }
            }
        }
        var auxiliary = false
        for i in words.indices {
            result[i].earlier = auxiliary ? "A" : "-"
            result[i].verb = wordRoles[i] & VerbRole.verb != 0
            if ends(words[i]) { auxiliary = false } else if wordRoles[i] & VerbRole.auxiliary != 0 { auxiliary = true }
        }
        return result
    }

    enum VerbRole {
        static let participle: UInt8 = 1
        static let infinitive: UInt8 = 2
        static let auxiliary: UInt8 = 4
        static let verb: UInt8 = 8
    }

    /// The verb roles of a lexicon entry's `V(…)` tags (`verl` a participle, `inf` an infinitive, `hulp` an
    /// auxiliary), read from its bytes: this runs for every word.
    static func verbRoles(_ entry: String) -> UInt8 {
        var roles: UInt8 = 0
        var utf8 = entry.utf8[...]
        // Each `V(` opens a verb tag; its fields run to the `)`.
        while let open = utf8.firstIndex(of: UInt8(ascii: "(")) {
            let isVerb = open > utf8.startIndex && utf8[utf8.index(before: open)] == UInt8(ascii: "V")
                && (utf8.index(before: open) == utf8.startIndex || utf8[utf8.index(open, offsetBy: -2)] == UInt8(ascii: " "))
            let close = utf8[open...].firstIndex(of: UInt8(ascii: ")")) ?? utf8.endIndex
            if isVerb {
                roles |= VerbRole.verb
                // The fields between the brackets, separated by commas.
                for field in utf8[utf8.index(after: open)..<close].split(separator: UInt8(ascii: ",")) {
                    if field.starts(with: "verl".utf8) { roles |= VerbRole.participle }
                    if field.elementsEqual("inf".utf8) { roles |= VerbRole.infinitive }
                    if field.starts(with: "hulp".utf8) { roles |= VerbRole.auxiliary }
                }
            }
            guard close < utf8.endIndex else { break }
            utf8 = utf8[utf8.index(after: close)...]
        }
        return roles
    }

    /// A word's tag in the lexicon, as written or lowercased.
    static func lexiconTag(_ word: String, _ lexicon: [String: String]) -> String? {
        lexicon[word] ?? lexicon[word.lowercased()]
    }

    /// Features of the previous two tags of the same head.
    @inline(__always)
    static func history(_ keys: inout [UInt64], previous: String, beforePrevious: String, normal: String) {
        keys.append(FeatureHasher.key(20, previous))
        keys.append(FeatureHasher.key(21, beforePrevious))
        keys.append(FeatureHasher.key(22, previous, beforePrevious))
        keys.append(FeatureHasher.key(23, previous, normal))
    }

    /// Features of the UPOS tags around the token, for the XPOS and FEATS heads.
    @inline(__always)
    static func upos(_ keys: inout [UInt64], current: String, previous: String, next: String, normal: String) {
        keys.append(FeatureHasher.key(30, current))
        keys.append(FeatureHasher.key(31, previous))
        keys.append(FeatureHasher.key(32, next))
        keys.append(FeatureHasher.key(33, current, normal))
    }

    /// Features of the first pass's UPOS tags around the token, for the second UPOS pass (v4).
    @inline(__always)
    static func firstPass(_ keys: inout [UInt64], _ tags: [String], _ i: Int, normal: String) {
        func tag(_ j: Int) -> String { j < 0 ? "<s>" : j >= tags.count ? "</s>" : tags[j] }
        keys.append(FeatureHasher.key(70, tag(i)))
        keys.append(FeatureHasher.key(71, tag(i + 1)))
        keys.append(FeatureHasher.key(72, tag(i + 2)))
        keys.append(FeatureHasher.key(73, tag(i + 1), tag(i + 2)))
        keys.append(FeatureHasher.key(74, tag(i - 1), tag(i + 1)))
        keys.append(FeatureHasher.key(75, tag(i), normal))
        keys.append(FeatureHasher.key(76, tag(i), tag(i + 1)))
    }

    @inline(__always)
    static func xpos(_ keys: inout [UInt64], current: String) {
        keys.append(FeatureHasher.key(40, current))
    }
}
