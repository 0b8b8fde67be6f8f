import DuidingCore

/// A token found by the ``Tokenizer``: its span in Unicode scalars and whether whitespace follows.
public struct TokenSpan: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var spaceAfter: Bool

    public init(start: Int, end: Int, spaceAfter: Bool) {
        self.start = start
        self.end = end
        self.spaceAfter = spaceAfter
    }
}

/// Rule-based tokenizer following the Universal Dependencies conventions of its language.
///
/// ```
/// scalars ─► chunks between whitespace ─► URL / e-mail / handle?  ─► one token (minus trailing punctuation)
///                                      └► words (letters, digits, joined by - . ' , : / & where the
///                                         neighbours allow), abbreviations keep their full stop,
///                                         quote marks (,, '' „ " ' « …), ellipses, emoji sequences
/// ```
/// Language-specific knowledge (abbreviations, elisions, clitics) comes from ``TokenizerRules``.
public struct Tokenizer: Sendable {
    public let rules: TokenizerRules

    public init(rules: TokenizerRules) {
        self.rules = rules
    }

    /// Tokenizes `scalars[range]`, appending to `tokens`.
    ///
    /// - Complexity: O(n) in the length of the range.
    public func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>, into tokens: inout [TokenSpan]) {
        var position = range.lowerBound
        let end = range.upperBound
        while position < end {
            while position < end, ScalarText.isSpace(scalars[position]) { position += 1 }
            guard position < end else { break }
            var chunkEnd = position
            while chunkEnd < end, !ScalarText.isSpace(scalars[chunkEnd]) { chunkEnd += 1 }
            let first = tokens.count
            ChunkScanner(tokenizer: self, scalars: scalars, start: position, end: chunkEnd).scan(into: &tokens)
            if tokens.count > first {
                tokens[tokens.count - 1].spaceAfter = chunkEnd < scalars.count && ScalarText.isSpace(scalars[chunkEnd])
            }
            position = chunkEnd
        }
    }

    /// Tokenizes a whole string; convenient for tests and small inputs.
    public func tokenize(_ text: String) -> [String] {
        let scalars = ScalarText.scalars(of: text)
        var spans: [TokenSpan] = []
        tokenize(scalars, in: 0..<scalars.count, into: &spans)
        return spans.map { ScalarText.string(scalars, $0.start..<$0.end) }
    }
}
