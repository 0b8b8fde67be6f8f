public import DuidingCore

/// CoNLL 2018 UD metrics: per-word scores over words aligned by character span.
///
/// With gold tokenisation every word aligns and each score is an accuracy; from raw text, a word
/// counts only when its span matches a gold word's, and each score is an F1 over gold and system words.
public enum UDEvaluation {
    /// What a system says about one word.
    public struct Word: Sendable {
        public var span: Range<Int>
        public var upos: String?
        public var xpos: String?
        public var feats: String?
        public var lemma: String?
        public var head: Int?
        public var deprel: String?

        public init(span: Range<Int>, upos: String? = nil, xpos: String? = nil, feats: String? = nil, lemma: String? = nil,
                    head: Int? = nil, deprel: String? = nil) {
            self.span = span
            self.upos = upos
            self.xpos = xpos
            self.feats = feats
            self.lemma = lemma
            self.head = head
            self.deprel = deprel
        }
    }

    public struct Report: Sendable, Codable {
        public var words: SpanScore
        public var upos: SpanScore
        public var xpos: SpanScore
        public var ufeats: SpanScore
        public var allTags: SpanScore
        public var lemmas: SpanScore
        public var uas: SpanScore
        public var las: SpanScore

        /// Rows of the metric table, name and score.
        public var rows: [(String, SpanScore)] {
            [("Words", words), ("UPOS", upos), ("XPOS", xpos), ("UFeats", ufeats), ("AllTags", allTags),
             ("Lemmas", lemmas), ("UAS", uas), ("LAS", las)]
        }
    }

    /// Scores system sentences (words with spans in the whitespace-free text) against gold ones.
    ///
    /// Spans are positions in the text with all whitespace removed, so gold and system agree on them
    /// whatever spacing the raw text had. Heads are sentence-relative (1-based, 0 = root) and are
    /// compared by the spans of the head words.
    public static func score(gold: [[Word]], system: [[Word]]) -> Report {
        let goldWords = gold.flatMap { $0 }
        let systemWords = system.flatMap { $0 }
        func headSpans(_ sentences: [[Word]]) -> [Range<Int>?] {
            sentences.flatMap { sentence in
                sentence.map { word -> Range<Int>? in
                    guard let head = word.head else { return nil }
                    if head == 0 { return -1..<(-1) }
                    return sentence.indices.contains(head - 1) ? sentence[head - 1].span : nil
                }
            }
        }
        let goldHeads = headSpans(gold)
        let systemHeads = headSpans(system)
        var counts = [Int](repeating: 0, count: 8)
        var i = 0
        var j = 0
        while i < goldWords.count, j < systemWords.count {
            let g = goldWords[i]
            let s = systemWords[j]
            if g.span == s.span {
                counts[0] += 1
                let upos = g.upos == s.upos
                let xpos = g.xpos == s.xpos
                let feats = g.feats == s.feats
                if upos { counts[1] += 1 }
                if xpos { counts[2] += 1 }
                if feats { counts[3] += 1 }
                if upos && xpos && feats { counts[4] += 1 }
                if g.lemma == s.lemma { counts[5] += 1 }
                let head = goldHeads[i] != nil && goldHeads[i] == systemHeads[j]
                if head { counts[6] += 1 }
                if head && Self.baseRelation(g.deprel) == Self.baseRelation(s.deprel) { counts[7] += 1 }
                i += 1
                j += 1
            } else if g.span.lowerBound < s.span.lowerBound
                || (g.span.lowerBound == s.span.lowerBound && g.span.upperBound < s.span.upperBound)
            {
                i += 1
            } else {
                j += 1
            }
        }
        func score(_ k: Int) -> SpanScore { SpanScore(gold: goldWords.count, system: systemWords.count, correct: counts[k]) }
        return Report(
            words: score(0), upos: score(1), xpos: score(2), ufeats: score(3), allTags: score(4), lemmas: score(5),
            uas: score(6), las: score(7))
    }

    /// The gold words of a document with their spans in the whitespace-free text.
    public static func goldWords(_ document: CoNLLUDocument) -> [[Word]] {
        var position = 0
        return document.sentences.map { sentence in
            var words: [Word] = []
            var coveredUntil = 0
            var surfaceSpan = 0..<0
            var wordNumber = 0
            for row in sentence.rows {
                switch row.kind {
                case .multiword(_, let last):
                    let length = row.form.unicodeScalars.filter { !ScalarText.isSpace($0) }.count
                    surfaceSpan = position..<(position + length)
                    position += length
                    coveredUntil = last
                case .word:
                    wordNumber += 1
                    let span: Range<Int>
                    if wordNumber <= coveredUntil {
                        span = surfaceSpan
                    } else {
                        let length = row.form.unicodeScalars.filter { !ScalarText.isSpace($0) }.count
                        span = position..<(position + length)
                        position += length
                    }
                    words.append(
                        Word(
                            span: span, upos: row.upos, xpos: row.xpos, feats: row.feats, lemma: row.lemma,
                            head: Int(row.head), deprel: row.deprel))
                case .empty:
                    continue
                }
            }
            return words
        }
    }

    /// `nsubj:pass` counts as `nsubj`, as the CoNLL 2018 LAS does.
    static func baseRelation(_ relation: String?) -> String? {
        relation.map { $0.split(separator: ":").first.map(String.init) ?? $0 }
    }
}
