/// One token (a syntactic word) with its character span and, once assigned, its annotations.
public struct Token: Sendable, Equatable {
    public var text: String
    /// Start offset in Unicode scalars into ``Analysis/text``.
    public var start: Int
    /// End offset (exclusive) in Unicode scalars.
    public var end: Int
    /// Whether whitespace follows the token in the text.
    public var spaceAfter: Bool
    public var upos: String?
    public var xpos: String?
    public var feats: String?
    public var lemma: String?
    /// 1-based index of the head within the sentence, 0 for the root (as in CoNLL-U).
    public var head: Int?
    public var deprel: String?
    /// IOB2 named-entity tag (`B-PER`, `I-LOC`, `O`).
    public var ner: String?

    public init(
        text: String, start: Int, end: Int, spaceAfter: Bool = true,
        upos: String? = nil, xpos: String? = nil, feats: String? = nil, lemma: String? = nil,
        head: Int? = nil, deprel: String? = nil, ner: String? = nil
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.spaceAfter = spaceAfter
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.lemma = lemma
        self.head = head
        self.deprel = deprel
        self.ner = ner
    }
}

/// A sentence: its character span and the index range of its tokens in ``Analysis/tokens``.
public struct Sentence: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var tokens: Range<Int>

    public init(start: Int, end: Int, tokens: Range<Int>) {
        self.start = start
        self.end = end
        self.tokens = tokens
    }
}
