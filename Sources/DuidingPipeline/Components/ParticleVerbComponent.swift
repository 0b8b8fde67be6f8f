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
            guard analysis.tokens[range].contains(where: { $0.deprel == rule.relation }) else { continue }
            // Read into arrays first: a slice kept alive while tokens are written would copy the whole array.
            let before = analysis.tokens[range].map { $0.lemma }
            let lemmas = rule.join(
                lemmas: before.map { $0 ?? "" }, upos: analysis.tokens[range].map { $0.upos ?? "X" },
                heads: analysis.tokens[range].map { $0.head ?? 0 }, relations: analysis.tokens[range].map { $0.deprel ?? "" })
            for (offset, lemma) in lemmas.enumerated() where before[offset] != nil && before[offset] != lemma {
                analysis.tokens[range.lowerBound + offset].lemma = lemma
            }
        }
    }
}
