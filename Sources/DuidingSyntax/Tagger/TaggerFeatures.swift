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
    static let templateHash = StableKey.hex(description + "\nkeys: ValueKeys (each value hashed once)")

    /// The hashes of the fixed values the templates use.
    static let padding = ValueKeys.hash("<pad>")
    static let sentenceStart = ValueKeys.hash("<s>")
    static let sentenceEnd = ValueKeys.hash("</s>")
    static let empty = ValueKeys.hash("")
    static let firstCapital = ValueKeys.hash("first-capital")

    /// Context features of every token of a sentence.
    static func context(
        _ forms: [WordForm], words: [String], lexicon: [String: String] = [:], wordList: WordSet? = nil
    ) -> [[UInt64]] {
        let padding = Self.padding
        let normals = forms.map(\.normalKey)
        func normal(_ i: Int) -> UInt64 { normals.indices.contains(i) ? normals[i] : padding }
        let shapes = forms.map { ValueKeys.hash($0.shape) }
        let suffixes3 = forms.map { ValueKeys.affix(of: $0.lower, last: true, scalars: 3) }
        // Each word's lexicon tag and its coarse part, looked up once (a word is w-1, w0 and w+1).
        let lexiconEntries: [String] = lexicon.isEmpty ? [] : words.map { Self.lexiconTag($0, lexicon) ?? "<unknown>" }
        let lexiconTags: [(full: UInt64, coarse: UInt64)] = lexiconEntries.map { tag in
            (ValueKeys.hash(tag), ValueKeys.hash(tag.utf8.prefix { $0 != UInt8(ascii: "(") }))
        }
        let clause = lexiconEntries.isEmpty ? [] : Self.clauseVerbs(words, tags: lexiconEntries)
        let listed: [UInt64] = wordList.map { list in forms.indices.map { ValueKeys.hash(list.verdict(on: words[$0], lower: forms[$0].lower)) } } ?? []
        return forms.indices.map { i in
            let w = forms[i]
            var keys: [UInt64] = []
            keys.reserveCapacity(40)
            keys.append(ValueKeys.key(0, Self.empty))
            keys.append(ValueKeys.key(1, w.normalKey))
            // Affixes by scalar (a character is one scalar in all but decomposed text).
            for count in 1...3 { keys.append(ValueKeys.key(UInt8(1 + count), ValueKeys.affix(of: w.lower, last: false, scalars: count))) }
            for count in 1...4 { keys.append(ValueKeys.key(UInt8(4 + count), ValueKeys.affix(of: w.lower, last: true, scalars: count))) }
            keys.append(ValueKeys.key(9, shapes[i]))
            keys.append(ValueKeys.key(11, normal(i - 1)))
            keys.append(ValueKeys.key(14, normal(i - 2)))
            keys.append(ValueKeys.key(15, normal(i + 1)))
            keys.append(ValueKeys.key(18, normal(i + 2)))
            keys.append(ValueKeys.key(62, ValueKeys.affix(of: w.lower, last: true, scalars: 5)))
            keys.append(ValueKeys.key(63, normal(i - 1), w.normalKey))
            keys.append(ValueKeys.key(64, w.normalKey, normal(i + 1)))
            if i == 0, let first = words[i].first, first.isUppercase { keys.append(ValueKeys.key(10, Self.firstCapital)) }
            if i > 0 {
                keys.append(ValueKeys.key(12, suffixes3[i - 1]))
                keys.append(ValueKeys.key(13, shapes[i - 1]))
            }
            if i + 1 < forms.count {
                keys.append(ValueKeys.key(16, suffixes3[i + 1]))
                keys.append(ValueKeys.key(17, shapes[i + 1]))
            }
            if !lexiconTags.isEmpty {
                for (template, j) in [(50, i - 1), (52, i), (54, i + 1)] as [(UInt8, Int)] {
                    let tags: (full: UInt64, coarse: UInt64) = lexiconTags.indices.contains(j) ? lexiconTags[j] : (padding, padding)
                    keys.append(ValueKeys.key(template, tags.full))
                    keys.append(ValueKeys.key(template + 1, tags.coarse))
                }
            }
            if !clause.isEmpty, clause[i].verb {
                let later = ValueKeys.hash(clause[i].later)
                keys.append(ValueKeys.key(59, w.normalKey, later))
                keys.append(ValueKeys.key(60, lexiconTags[i].coarse, later))
                keys.append(ValueKeys.key(61, lexiconTags[i].coarse, ValueKeys.hash(clause[i].earlier)))
            }
            if !listed.isEmpty {
                keys.append(ValueKeys.key(56, listed[i]))
                keys.append(ValueKeys.key(57, i > 0 ? listed[i - 1] : padding))
                keys.append(ValueKeys.key(58, i + 1 < listed.count ? listed[i + 1] : padding))
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

    /// Features of the previous two tags of the same head (their hashes, ``sentenceStart`` before the first word).
    @inline(__always)
    static func history(_ keys: inout [UInt64], previous: UInt64, beforePrevious: UInt64, normal: UInt64) {
        keys.append(ValueKeys.key(20, previous))
        keys.append(ValueKeys.key(21, beforePrevious))
        keys.append(ValueKeys.key(22, previous, beforePrevious))
        keys.append(ValueKeys.key(23, previous, normal))
    }

    /// Features of the UPOS tags around the token, for the XPOS and FEATS heads.
    @inline(__always)
    static func upos(_ keys: inout [UInt64], current: UInt64, previous: UInt64, next: UInt64, normal: UInt64) {
        keys.append(ValueKeys.key(30, current))
        keys.append(ValueKeys.key(31, previous))
        keys.append(ValueKeys.key(32, next))
        keys.append(ValueKeys.key(33, current, normal))
    }

    /// The UPOS features of token `i` of a sentence whose UPOS tags have the hashes `tags`.
    @inline(__always)
    static func upos(_ keys: inout [UInt64], _ tags: [UInt64], _ i: Int, normal: UInt64) {
        upos(
            &keys, current: tags[i], previous: i > 0 ? tags[i - 1] : sentenceStart, next: i + 1 < tags.count ? tags[i + 1] : sentenceEnd,
            normal: normal)
    }

    /// Features of the first pass's UPOS tags (their hashes) around the token, for the second UPOS pass (v4).
    @inline(__always)
    static func firstPass(_ keys: inout [UInt64], _ tags: [UInt64], _ i: Int, normal: UInt64) {
        func tag(_ j: Int) -> UInt64 { j < 0 ? sentenceStart : j >= tags.count ? sentenceEnd : tags[j] }
        keys.append(ValueKeys.key(70, tag(i)))
        keys.append(ValueKeys.key(71, tag(i + 1)))
        keys.append(ValueKeys.key(72, tag(i + 2)))
        keys.append(ValueKeys.key(73, tag(i + 1), tag(i + 2)))
        keys.append(ValueKeys.key(74, tag(i - 1), tag(i + 1)))
        keys.append(ValueKeys.key(75, tag(i), normal))
        keys.append(ValueKeys.key(76, tag(i), tag(i + 1)))
    }

    @inline(__always)
    static func xpos(_ keys: inout [UInt64], current: UInt64) {
        keys.append(ValueKeys.key(40, current))
    }
}
