public import DuidingCore
public import DuidingSyntax

/// Tags every sentence with UPOS, XPOS and morphological features.
public struct TaggingComponent: Component {
    public let tagger: Tagger
    /// The rule for acronyms the tagger misreads, when the language has one.
    public let acronyms: Acronyms?
    public let name = "tagger.v1"
    public let requires: Set<Annotation> = [.tokens, .sentences]
    public let assigns: Set<Annotation> = [.upos, .xpos, .feats]

    public init(tagger: Tagger, acronyms: Acronyms? = nil) {
        self.tagger = tagger
        self.acronyms = acronyms
    }

    /// - Complexity: O(tokens × features per token).
    public func annotate(_ analysis: inout Analysis) {
        for sentence in analysis.sentences {
            let tags = tagger.tag(analysis.tokens[sentence.tokens].map(\.text), acronyms: acronyms)
            for (offset, tag) in tags.enumerated() {
                let index = sentence.tokens.lowerBound + offset
                analysis.tokens[index].upos = tag.upos
                analysis.tokens[index].xpos = tag.xpos
                analysis.tokens[index].feats = tag.feats
            }
        }
    }
}
