public import DuidingCore
public import DuidingSyntax

/// Gives every token its lemma, from its form and tags.
public struct LemmatizationComponent: Component {
    public let lemmatizer: Lemmatizer
    public let name = "lemmatizer.v1"
    public let requires: Set<Annotation> = [.tokens, .upos]
    public let assigns: Set<Annotation> = [.lemma]

    public init(lemmatizer: Lemmatizer) {
        self.lemmatizer = lemmatizer
    }

    /// - Complexity: O(tokens); a lexicon lookup per token, a classifier for unknown words.
    public func annotate(_ analysis: inout Analysis) {
        for index in analysis.tokens.indices {
            let token = analysis.tokens[index]
            analysis.tokens[index].lemma = lemmatizer.lemma(
                form: token.text, upos: token.upos ?? "X", xpos: token.xpos, feats: token.feats)
        }
    }
}
