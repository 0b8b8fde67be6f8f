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
        v2, where the model has a word list: w-1, w0, w+1 class (lowercase form listed, form as written listed, capitalised)
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
            if !listed.isEmpty {
                keys.append(FeatureHasher.key(56, listed[i]))
                keys.append(FeatureHasher.key(57, i > 0 ? listed[i - 1] : padding))
                keys.append(FeatureHasher.key(58, i + 1 < listed.count ? listed[i + 1] : padding))
            }
            return keys
        }
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

    @inline(__always)
    static func xpos(_ keys: inout [UInt64], current: String) {
        keys.append(FeatureHasher.key(40, current))
    }
}
