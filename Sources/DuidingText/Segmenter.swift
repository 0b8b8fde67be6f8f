import DuidingCore
public import DuidingResources

/// Tokenizer and sentence splitter of one language, used together.
public struct Segmenter: Sendable {
    public let tokenizer: Tokenizer
    public let splitter: SentenceSplitter

    public init(rules: TokenizerRules) {
        tokenizer = Tokenizer(rules: rules)
        splitter = SentenceSplitter(rules: rules)
    }

    /// Loads the rules of a language from the shipped resources.
    public init(language: String, bundle: ResourceBundle = .shipped) throws(ResourceError) {
        self.init(rules: try TokenizerRules(language: language, bundle: bundle))
    }

    /// Tokenizes `scalars[range]` and splits it into sentences (index ranges into the returned tokens).
    ///
    /// - Complexity: O(n) in the length of the range.
    public func segment(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> (tokens: [TokenSpan], sentences: [Range<Int>]) {
        var tokens: [TokenSpan] = []
        tokens.reserveCapacity(range.count / 5)
        tokenizer.tokenize(scalars, in: range, into: &tokens)
        let sentences = splitter.split(scalars, tokens: tokens, range: 0..<tokens.count)
        return (tokens, sentences)
    }
}
