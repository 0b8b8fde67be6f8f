import DuidingLearning
import Foundation

/// Part-of-speech and morphology tagger: three greedy averaged-perceptron heads in sequence.
///
/// ```
/// words ─► WordForm (normal form, affixes, shape) ─► context features (window ±2, hashed once)
///        ─► UPOS head (left to right, + previous two UPOS; frequent unambiguous words from a tag dictionary)
///        ─► XPOS head (+ UPOS around the token, previous two XPOS)
///        ─► FEATS head (+ UPOS and XPOS of the token)
/// ```
/// Loaded once, immutable and `Sendable`.
public struct Tagger: Sendable {
    public static let component = "tagger"
    public let name: String
    let upos: TaggerHead
    /// A second UPOS pass that also sees the first pass's tags (of the word, its left neighbour and the two to its right); `nil`: one pass.
    let upos2: TaggerHead?
    let xpos: TaggerHead?
    let feats: TaggerHead?
    /// Normal form → UPOS label index, for frequent words with one tag.
    let dictionary: [String: Int]
    /// A word's normal form and UPOS → XPOS or FEATS label index, for frequent words with one label; empty in models
    /// trained without them.
    let xposDictionary: [LaterKey: Int]
    let featsDictionary: [LaterKey: Int]
    /// Word → tag in an external lexicon, a feature source (stored in the model file).
    let lexicon: [String: String]
    /// A spelling list (stored in the model file as a Bloom filter): whether a word, or its lowercase
    /// form, is a known word is a feature.
    let wordList: WordSet?
    /// For each UPOS label, the XPOS and FEATS labels seen with it in training (in label order); a
    /// token's XPOS and FEATS are chosen among those of its UPOS. Empty: no restriction.
    let xposAllowed: [[Int32]]
    let featsAllowed: [[Int32]]

    /// The tags of one token.
    public struct Tags: Sendable, Equatable {
        public var upos: String
        public var xpos: String?
        public var feats: String?
    }

    init(
        name: String, upos: TaggerHead, upos2: TaggerHead? = nil, xpos: TaggerHead?, feats: TaggerHead?, dictionary: [String: Int],
        xposDictionary: [LaterKey: Int] = [:], featsDictionary: [LaterKey: Int] = [:], lexicon: [String: String] = [:], wordList: WordSet? = nil, xposAllowed: [[Int32]] = [], featsAllowed: [[Int32]] = []
    ) {
        self.lexicon = lexicon
        self.wordList = wordList
        self.xposAllowed = xposAllowed
        self.featsAllowed = featsAllowed
        self.name = name
        self.upos = upos
        self.upos2 = upos2
        self.xpos = xpos
        self.feats = feats
        self.dictionary = dictionary
        self.xposDictionary = xposDictionary
        self.featsDictionary = featsDictionary
    }

    /// Tags one sentence.
    ///
    /// - Complexity: O(n × features per token) hash lookups.
    public func tag(_ words: [String], acronyms: Acronyms? = nil) -> [Tags] {
        guard !words.isEmpty else { return [] }
        let forms = words.map(WordForm.init)
        let context = TaggerFeatures.context(forms, words: words, lexicon: lexicon, wordList: wordList)
        var uposTags = decode(upos, context, forms) { i, _ in dictionary[forms[i].normal] }
        var uposNames = uposTags.map { upos.labels[$0] }
        var uposKeys = uposTags.map { upos.labelKeys[$0] }
        if let upos2 {
            let first = uposKeys
            uposTags = decode(
                upos2, context, forms, fixed: { i, _ in dictionary[forms[i].normal] },
                extra: { keys, i in TaggerFeatures.firstPass(&keys, first, i, normal: forms[i].normalKey) })
            uposNames = uposTags.map { upos2.labels[$0] }
            uposKeys = uposTags.map { upos2.labelKeys[$0] }
        }
        // An acronym tagged as a word of a closed class (`De NAM` as the verb `nam`) is a name, before the later heads
        // read the UPOS.
        let uposHead = upos2 ?? upos
        if let acronyms, let name = uposHead.labels.firstIndex(of: acronyms.upos) {
            for i in acronyms.misread(words, upos: uposNames) {
                uposTags[i] = name
                uposNames[i] = uposHead.labels[name]
                uposKeys[i] = uposHead.labelKeys[name]
            }
        }
        // A later head's dictionary as its decoder's fixed labels.
        func fixedLabels(_ table: [LaterKey: Int]) -> ((Int, [Int]) -> Int?)? {
            table.isEmpty ? nil : { [uposNames] i, _ in table[LaterKey(normal: forms[i].normal, upos: uposNames[i])] }
        }
        var result = uposNames.map { Tags(upos: $0, xpos: nil, feats: nil) }
        var xposKeys: [UInt64]?
        if let xpos {
            let tags = decode(xpos, context, forms, allowed: Self.allowed(xposAllowed, uposTags), fixed: fixedLabels(xposDictionary), extra: { keys, i in
                TaggerFeatures.upos(&keys, uposKeys, i, normal: forms[i].normalKey)
            })
            xposKeys = tags.map { xpos.labelKeys[$0] }
            for i in result.indices { result[i].xpos = xpos.labels[tags[i]] }
        }
        if let feats {
            let tags = decode(feats, context, forms, allowed: Self.allowed(featsAllowed, uposTags), fixed: fixedLabels(featsDictionary), extra: { keys, i in
                TaggerFeatures.upos(&keys, uposKeys, i, normal: forms[i].normalKey)
                if let xposKeys { TaggerFeatures.xpos(&keys, current: xposKeys[i]) }
            })
            for i in result.indices { result[i].feats = feats.labels[tags[i]] }
        }
        return result
    }

    /// Per token, the labels its UPOS allows, when the model has such a table.
    static func allowed(_ table: [[Int32]], _ upos: [Int]) -> [[Int32]]? {
        table.isEmpty ? nil : upos.map { $0 < table.count ? table[$0] : [] }
    }

    private func decode(
        _ head: TaggerHead, _ context: [[UInt64]], _ forms: [WordForm], allowed: [[Int32]]? = nil,
        fixed: ((Int, [Int]) -> Int?)? = nil, extra: ((inout [UInt64], Int) -> Void)? = nil
    ) -> [Int] {
        var tags: [Int] = []
        tags.reserveCapacity(context.count)
        var scores = [Float](repeating: 0, count: head.labels.count)
        // One buffer for every word's keys (a copy of the context's array would be allocated per word).
        var keys: [UInt64] = []
        for i in context.indices {
            if let fixed, let tag = fixed(i, tags) {
                tags.append(tag)
                continue
            }
            keys.removeAll(keepingCapacity: true)
            keys.append(contentsOf: context[i])
            TaggerFeatures.history(
                &keys, previous: i > 0 ? head.labelKeys[tags[i - 1]] : TaggerFeatures.sentenceStart,
                beforePrevious: i > 1 ? head.labelKeys[tags[i - 2]] : TaggerFeatures.sentenceStart, normal: forms[i].normalKey)
            extra?(&keys, i)
            for c in scores.indices { scores[c] = 0 }
            if let only = allowed?[i], !only.isEmpty {
                head.model.addScores(keys, into: &scores, only: only)
                tags.append(PerceptronModel.best(scores, only: only))
            } else {
                head.model.addScores(keys, into: &scores)
                tags.append(PerceptronModel.best(scores))
            }
        }
        return tags
    }

    private func decode(
        _ head: TaggerHead, _ context: [[UInt64]], _ forms: [WordForm], fixed: @escaping (Int, [Int]) -> Int?
    ) -> [Int] {
        decode(head, context, forms, fixed: fixed, extra: nil)
    }
}

/// The key of the XPOS and FEATS dictionaries: a word's normal form and its UPOS.
struct LaterKey: Hashable, Sendable {
    var normal: String
    var upos: String
}

/// One head of the tagger: its weights and its labels.
struct TaggerHead: Sendable {
    let model: PerceptronModel
    let labels: [String]
    /// The labels' hashes, for the features of the tags already chosen.
    let labelKeys: [UInt64]

    init(model: PerceptronModel, labels: [String]) {
        self.model = model
        self.labels = labels
        labelKeys = labels.map(ValueKeys.hash)
    }
}

/// Words in capitals in a sentence that is not (`NAM`, `NAVO`, `VVD`): acronyms, names or nouns, never a word of the
/// classes `misread` lists, which the tagger gives them when the lowercase form is one (`nam`, `was`); read from
/// `<lang>/syntax/acronyms.txt`.
public struct Acronyms: Sendable {
    /// The UPOS an acronym the tagger misread gets.
    public let upos: String
    /// The UPOS tags an acronym never has.
    public let never: Set<String>

    public init(upos: String, never: Set<String>) {
        self.upos = upos
        self.never = never
    }

    /// The indices of the words of two letters or more, all capitals, that the tagger gave one of `never`, when the
    /// sentence has a word with a lowercase letter (a headline in capitals has verbs in capitals).
    public func misread(_ words: [String], upos: [String]) -> [Int] {
        guard words.contains(where: { $0.contains(where: \.isLowercase) }) else { return [] }
        return words.indices.filter { index in
            let word = words[index]
            return word.count >= 2 && word.allSatisfy { $0.isLetter && $0.isUppercase } && never.contains(upos[index])
        }
    }
}
