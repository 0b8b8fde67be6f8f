import DuidingLearning
import Foundation

/// Named-entity recogniser: greedy left-to-right IOB2 tagging (PER, LOC, ORG, MISC) with an averaged
/// perceptron, over word, shape, affix and context features, the tags already chosen, and what the
/// same word was tagged earlier in the document (a name tagged once is likely the same name again).
///
/// ```
/// document ─► sentence by sentence ─► token by token:
///   features(word window ±2, shape, affixes, previous two tags, earlier tag of this word in the document)
///   ─► perceptron, only tags that may follow the previous one (I-X after B-X or I-X) ─► tag
/// ```
public struct EntityTagger: Sendable {
    public static let component = "ner"
    static let templateDescription = """
        ner v1: bias; w, lower, shape, prefix1-3, suffix1-4, capitalised, all-caps, digit, hyphen, first; \
        lower-1, lower-2, lower+1, lower+2, shape-1, shape+1, capitalised+1, lower+lower+1, lower-1+lower, \
        suffix3-1, suffix3+1, gazetteer B/I with type; t-1, t-2, t-1+t-2, t-1+lower, t-1+shape; document memory of the word's entity type, \
        capitalised word occurring in lowercase in the document; \
        v2, where the model has a word list: w-1, w0, w+1 class (lowercase form listed, form as written listed, capitalised); \
        v3, second stage: first-stage tag of w-1, w0, w+1; first-stage majority type of the word's other occurrences \
        in the document, and of the other mentions with the same text as the first-stage mention around w0
        """
    static let templateHash = StableKey.hex(templateDescription + "\nkeys: ValueKeys (each value hashed once)")

    public let name: String
    let model: PerceptronModel
    let labels: [String]
    /// Place names (and their types) the gazetteer feature marks; shipped inside the model file so that
    /// training and tagging see the same list.
    let gazetteer: Gazetteer
    /// A spelling list (a Bloom filter in the model file) whose verdict on each word is a feature.
    let wordList: WordSet?
    /// The second stage, when the model has one: it tags the document again, knowing what the first
    /// stage said about every word of it (a name tagged ORG in four places is unlikely PER in the fifth).
    let second: PerceptronModel?
    /// Which label may follow which, from ``labels``.
    let transitions: Transitions
    /// The labels' hashes, for the features of the tags already chosen.
    let labelKeys: [UInt64]

    init(
        name: String, model: PerceptronModel, labels: [String], gazetteer: Gazetteer, wordList: WordSet? = nil,
        second: PerceptronModel? = nil
    ) {
        self.wordList = wordList
        self.second = second
        self.name = name
        self.model = model
        self.labels = labels
        self.gazetteer = gazetteer
        transitions = Transitions(labels: labels)
        labelKeys = labels.map(ValueKeys.hash)
    }

    /// Tags the sentences of one document; the document memory carries across its sentences.
    ///
    /// - Complexity: O(tokens × features) hash lookups.
    public func tag(document: [[String]]) -> [[String]] {
        let first = tag(document: document, model: model, votes: nil)
        guard let second else { return first }
        return tag(document: document, model: second, votes: DocumentVotes(document: document, tags: first))
    }

    /// One stage over a document: the first (`votes` nil) or the second, which reads the first's votes.
    func tag(document: [[String]], model: PerceptronModel, votes: DocumentVotes?) -> [[String]] {
        var memory = DocumentMemory(document: document)
        return document.indices.map { index in
            let sentence = EntityFeatures.Sentence(document[index])
            var context = EntityFeatures.context(sentence, memory: memory, gazetteer: gazetteer, wordList: wordList)
            if let votes { votes.addFeatures(sentence: index, to: &context) }
            let tags = decode(context, sentence, model: model)
            memory.remember(sentence.words, tags)
            return tags
        }
    }

    /// Whether the model's labels are BILOU (it then says `L-` and `U-` as well as `B-` and `I-`).
    var usesBILOU: Bool { labels.contains { $0.hasPrefix("U-") } }

    /// Which label may follow which, inside a sentence and at its last word, read once from the label names when the
    /// tagger is made (``EntityTags/mayFollow(_:_:)``, ``EntityTags/mayFollowBILOU(_:_:last:)``), not for every word.
    struct Transitions {
        /// `[previous][label]`; the row after the labels' is the sentence's start (`O` before it).
        let inside: [[Bool]]
        let last: [[Bool]]

        init(labels: [String]) {
            let bilou = labels.contains { $0.hasPrefix("U-") }
            func row(_ previous: String, last: Bool) -> [Bool] {
                labels.map { bilou ? EntityTags.mayFollowBILOU(previous, $0, last: last) : EntityTags.mayFollow(previous, $0) }
            }
            inside = (labels + ["O"]).map { row($0, last: false) }
            last = (labels + ["O"]).map { row($0, last: true) }
        }
    }

    /// IOB2 tags of one sentence from its context features: greedy, left to right, each word with the
    /// features of the tags before it.
    func decode(_ context: [[UInt64]], _ sentence: EntityFeatures.Sentence, model: PerceptronModel) -> [String] {
        let bilou = usesBILOU
        var tags: [String] = []
        var tagKeys: [UInt64] = []
        var previous = labels.count
        var scores = [Float](repeating: 0, count: labels.count)
        // One buffer for every word's keys (a copy of the context's array would be allocated per word).
        var keys: [UInt64] = []
        for i in context.indices {
            keys.removeAll(keepingCapacity: true)
            keys.append(contentsOf: context[i])
            EntityFeatures.history(&keys, tags: tagKeys, lower: sentence.lowerKeys[i], shape: sentence.shapeKeys[i])
            for c in scores.indices { scores[c] = 0 }
            model.addScores(keys, into: &scores)
            let allowed = i == context.count - 1 ? transitions.last[previous] : transitions.inside[previous]
            previous = PerceptronModel.best(scores) { allowed[$0] }
            tags.append(labels[previous])
            tagKeys.append(labelKeys[previous])
        }
        return bilou ? EntityTags.iob2(fromBILOU: tags) : tags
    }
}

/// What the document says about its words: the entity type a capitalised word was tagged with so
/// far, and which words also occur in lowercase (a capitalised `Maar` at a sentence start is no name).
struct DocumentMemory {
    private(set) var types: [String: String] = [:]
    let lowercase: Set<String>

    init(document: [[String]]) {
        var lowercase = Set<String>()
        for sentence in document {
            for word in sentence where word.first?.isLowercase ?? false { lowercase.insert(word) }
        }
        self.lowercase = lowercase
    }

    /// Whether the word, given lowercased, also occurs in lowercase in the document.
    func occursInLowercase(lowercased word: String) -> Bool { lowercase.contains(word) }

    func type(of word: String) -> String? { types[word] }

    mutating func remember(_ words: [String], _ tags: [String]) {
        for (word, tag) in zip(words, tags) where tag != "O" && (word.first?.isUppercase ?? false) {
            types[word] = String(tag.dropFirst(2))
        }
    }
}

/// IOB2 and BILOU rules.
public enum EntityTags {
    /// Whether BILOU `tag` may follow `previous`: inside an entity (after `B-X`, `I-X`) only `I-X` or
    /// `L-X`; outside it anything but `I-` and `L-`; the last word of a sentence ends any entity.
    public static func mayFollowBILOU(_ previous: String, _ tag: String, last: Bool) -> Bool {
        let inside = previous.hasPrefix("B-") || previous.hasPrefix("I-")
        if inside {
            guard (tag.hasPrefix("L-") || (!last && tag.hasPrefix("I-"))) else { return false }
            return previous.dropFirst(2) == tag.dropFirst(2)
        }
        if tag.hasPrefix("I-") || tag.hasPrefix("L-") { return false }
        return !(last && tag.hasPrefix("B-"))
    }

    /// BILOU tags for IOB2 ones: single-word entities `U-`, the last word of a longer one `L-`.
    public static func bilou(fromIOB2 tags: [String]) -> [String] {
        var result = [String](repeating: "O", count: tags.count)
        for span in spans(tags) {
            if span.range.count == 1 {
                result[span.range.lowerBound] = "U-" + span.type
                continue
            }
            for index in span.range { result[index] = "I-" + span.type }
            result[span.range.lowerBound] = "B-" + span.type
            result[span.range.upperBound - 1] = "L-" + span.type
        }
        return result
    }

    /// IOB2 tags for BILOU ones.
    public static func iob2(fromBILOU tags: [String]) -> [String] {
        tags.map { tag in
            if tag.hasPrefix("U-") { return "B-" + tag.dropFirst(2) }
            if tag.hasPrefix("L-") { return "I-" + tag.dropFirst(2) }
            return tag
        }
    }

    /// Whether `tag` may follow `previous`: `I-X` only inside an entity of type X.
    public static func mayFollow(_ previous: String, _ tag: String) -> Bool {
        guard tag.hasPrefix("I-") else { return true }
        return previous != "O" && previous.dropFirst(2) == tag.dropFirst(2)
    }

    /// The entities of a tagged sentence: type and token range, as conlleval reads IOB2
    /// (an `I-X` that does not continue an `X` starts one).
    public static func spans(_ tags: [String]) -> [(type: String, range: Range<Int>)] {
        var spans: [(type: String, range: Range<Int>)] = []
        var start: Int?
        var type = ""
        for (index, tag) in tags.enumerated() {
            let tagType = tag == "O" ? "" : String(tag.dropFirst(2))
            let continues = tag.hasPrefix("I-") && start != nil && tagType == type
            if !continues {
                if let begin = start { spans.append((type, begin..<index)) }
                start = tag == "O" ? nil : index
                type = tagType
            }
        }
        if let begin = start { spans.append((type, begin..<tags.count)) }
        return spans
    }
}
