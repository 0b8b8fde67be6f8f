public import DuidingCore

/// Brings a treebank annotated under older guidelines closer to the current ones, with rewrite
/// tables learned from sentences annotated both ways.
///
/// For each word of the aligned pairs it counts how the old (UPOS, word) became the new UPOS, how the
/// old lemma of a word became the new lemma, and how the old FEATS of a (new UPOS, word class) became
/// the new FEATS; a rewrite is kept when it was seen `minimumCount` times and is the outcome in at least
/// `minimumShare` of the cases. Nothing is written by hand: what the pairs show is what is applied.
public struct GuidelineConverter: Sendable {
    var upos: [String: String] = [:]
    var lemmas: [String: String] = [:]
    var feats: [String: String] = [:]
    public var minimumCount = 2
    public var minimumShare = 0.75

    /// Rules learned, for reporting.
    public var ruleCount: (upos: Int, lemmas: Int, feats: Int) { (upos.count, lemmas.count, feats.count) }

    /// Learns from pairs of the same sentence (identical word forms) under the old and the current guidelines.
    public init(old: [CoNLLUSentence], current: [CoNLLUSentence], minimumCount: Int = 2, minimumShare: Double = 0.75) {
        self.minimumCount = minimumCount
        self.minimumShare = minimumShare
        var byForms: [String: CoNLLUSentence] = [:]
        for sentence in current { byForms[Self.key(sentence)] = sentence }
        var uposCounts: [String: [String: Int]] = [:]
        var lemmaCounts: [String: [String: Int]] = [:]
        var featsCounts: [String: [String: Int]] = [:]
        for sentence in old {
            guard let match = byForms[Self.key(sentence)] else { continue }
            for (a, b) in zip(sentence.words, match.words) {
                uposCounts[Self.uposKey(a), default: [:]][b.upos, default: 0] += 1
                lemmaCounts[Self.lemmaKey(a), default: [:]][b.lemma, default: 0] += 1
                featsCounts[Self.featsKey(a, upos: b.upos), default: [:]][b.feats, default: 0] += 1
            }
        }
        upos = select(uposCounts)
        lemmas = select(lemmaCounts)
        feats = select(featsCounts)
    }

    /// The sentence with its UPOS, lemmas and FEATS rewritten where a rule applies.
    public func convert(_ sentence: CoNLLUSentence) -> CoNLLUSentence {
        var result = sentence
        for index in result.rows.indices where result.rows[index].kind == .word {
            let old = result.rows[index]
            if let tag = upos[Self.uposKey(old)] { result.rows[index].upos = tag }
            if let lemma = lemmas[Self.lemmaKey(old)] { result.rows[index].lemma = lemma }
            if let value = feats[Self.featsKey(old, upos: result.rows[index].upos)] { result.rows[index].feats = value }
        }
        return result
    }

    private func select(_ counts: [String: [String: Int]]) -> [String: String] {
        var table: [String: String] = [:]
        for (key, outcomes) in counts {
            let total = outcomes.values.reduce(0, +)
            guard let (best, count) = outcomes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                count >= minimumCount, Double(count) >= minimumShare * Double(total)
            else { continue }
            table[key] = best
        }
        // Rules that change nothing are dropped.
        return table.filter { key, value in !key.hasPrefix(value + "\t") || key.hasPrefix("F\t") }
    }

    /// The sentences of `old` with their counterpart (identical word forms) in `current`.
    public static func align(old: [CoNLLUSentence], current: [CoNLLUSentence]) -> [(old: CoNLLUSentence, current: CoNLLUSentence)] {
        var byForms: [String: CoNLLUSentence] = [:]
        for sentence in current { byForms[key(sentence)] = sentence }
        return old.compactMap { sentence in byForms[key(sentence)].map { (sentence, $0) } }
    }

    private static func key(_ sentence: CoNLLUSentence) -> String {
        sentence.words.map(\.form).joined(separator: " ")
    }

    private static func uposKey(_ row: CoNLLURow) -> String { "\(row.upos)\t\(row.form.lowercased())" }
    private static func lemmaKey(_ row: CoNLLURow) -> String { "\(row.lemma)\t\(row.form)" }
    private static func featsKey(_ row: CoNLLURow, upos: String) -> String { "F\t\(upos)\t\(row.feats)" }
}
