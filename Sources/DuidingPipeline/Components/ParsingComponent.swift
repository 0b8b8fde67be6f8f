public import DuidingCore
public import DuidingSyntax

/// Gives every token its head and dependency relation, sentence by sentence.
public struct ParsingComponent: Component {
    public let parser: Parser
    public let name = "parser.v1"
    public let requires: Set<Annotation> = [.tokens, .sentences, .upos, .feats]
    public let assigns: Set<Annotation> = [.dependencies]

    public init(parser: Parser) {
        self.parser = parser
    }

    /// - Complexity: O(tokens × features per move).
    public func annotate(_ analysis: inout Analysis) {
        for sentence in analysis.sentences {
            // Read into arrays first: a slice kept alive while tokens are written would copy the whole array.
            let range = sentence.tokens
            let words = analysis.tokens[range].map(\.text)
            let tags = analysis.tokens[range].map { $0.upos ?? "X" }
            let feats = analysis.tokens[range].map { $0.feats ?? "_" }
            let arcs = parser.parse(words: words, tags: tags, feats: feats)
            for (offset, arc) in arcs.enumerated() {
                analysis.tokens[sentence.tokens.lowerBound + offset].head = arc.head
                analysis.tokens[sentence.tokens.lowerBound + offset].deprel = arc.relation
            }
        }
    }
}
