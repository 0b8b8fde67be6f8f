import DuidingLearning

/// What the first stage of a two-stage entity tagger said about a whole document, as features for the
/// second (stacking, as in Krishnan and Manning 2006): each word's first-stage tag and its neighbours',
/// the type most often given to the word's other occurrences in the document, and the type most often
/// given to the other mentions with the same text as the first-stage mention around the word.
struct DocumentVotes {
    let document: [[String]]
    /// First-stage IOB2 tags.
    let tags: [[String]]
    /// Word → how often each type (or `O`) was given to it in the document.
    private var wordVotes: [String: [String: Int]] = [:]
    /// Mention text → how often each type was given to a mention with that text.
    private var mentionVotes: [String: [String: Int]] = [:]

    init(document: [[String]], tags: [[String]]) {
        self.document = document
        self.tags = tags
        for (words, sentenceTags) in zip(document, tags) {
            for (word, tag) in zip(words, sentenceTags) { wordVotes[word, default: [:]][Self.type(tag), default: 0] += 1 }
            for span in EntityTags.spans(sentenceTags) {
                mentionVotes[words[span.range].joined(separator: " "), default: [:]][span.type, default: 0] += 1
            }
        }
    }

    static func type(_ tag: String) -> String { tag == "O" ? "O" : String(tag.dropFirst(2)) }

    /// The most frequent type in `votes` once `own` (this occurrence's) is taken out: `single` when
    /// there is no other, the type with `!` when every other agrees; ties go to the alphabetically first.
    static func majority(_ votes: [String: Int], without own: String?) -> String {
        var votes = votes
        if let own { votes[own, default: 0] -= 1 }
        let total = votes.values.reduce(0, +)
        guard total > 0, let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return "single" }
        return best.value == total ? best.key + "!" : best.key
    }

    /// Adds the vote features of the words of sentence `index` to their context features.
    func addFeatures(sentence index: Int, to context: inout [[UInt64]]) {
        let words = document[index]
        let sentenceTags = tags[index]
        var mention = [String?](repeating: nil, count: words.count)
        for span in EntityTags.spans(sentenceTags) {
            let text = words[span.range].joined(separator: " ")
            let vote = Self.majority(mentionVotes[text] ?? [:], without: span.type)
            for i in span.range { mention[i] = vote }
        }
        let tagKeys = sentenceTags.map(ValueKeys.hash)
        for i in words.indices {
            context[i].append(ValueKeys.key(70, tagKeys[i]))
            context[i].append(ValueKeys.key(71, i > 0 ? tagKeys[i - 1] : EntityFeatures.sentenceStart))
            context[i].append(ValueKeys.key(72, i + 1 < words.count ? tagKeys[i + 1] : EntityFeatures.sentenceEnd))
            let word = ValueKeys.hash(Self.majority(wordVotes[words[i]] ?? [:], without: Self.type(sentenceTags[i])))
            context[i].append(ValueKeys.key(73, word))
            context[i].append(ValueKeys.key(74, word, tagKeys[i]))
            context[i].append(ValueKeys.key(75, mention[i].map(ValueKeys.hash) ?? EntityFeatures.none))
        }
    }
}
