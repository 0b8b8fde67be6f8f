public import DuidingCore
public import DuidingSyntax

/// Joins separated verb particles to their verb's lemma (`aan_halen`), once the parse is known.
public struct ParticleVerbComponent: Component {
    public let rule: ParticleVerbs
    public let name = "particle-verbs.v1"
    public let requires: Set<Annotation> = [.tokens, .sentences, .upos, .lemma, .dependencies]
    public let assigns: Set<Annotation> = [.lemma]

    public init(rule: ParticleVerbs) {
        self.rule = rule
    }

    public func annotate(_ analysis: inout Analysis) {
        for sentence in analysis.sentences {
            let range = sentence.tokens
            let tokens = analysis.tokens[range]
            guard tokens.contains(where: { $0.deprel == rule.relation }) else { continue }
            let lemmas = rule.join(
                lemmas: tokens.map { $0.lemma ?? "" }, upos: tokens.map { $0.upos ?? "X" }, heads: tokens.map { $0.head ?? 0 },
                relations: tokens.map { $0.deprel ?? "" })
            for (offset, lemma) in lemmas.enumerated() where tokens[range.lowerBound + offset].lemma != nil {
                analysis.tokens[range.lowerBound + offset].lemma = lemma
            }
        }
    }
}
