public import DuidingCore
public import DuidingSyntax

/// Joins separated verb particles to their verb's lemma (`aan_halen`), once the parse is known, and takes a particle
/// off a verb that has none (`levert` with no `op`: `leveren`).
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
            // Read into arrays first: a slice kept alive while tokens are written would copy the whole array.
            let before = analysis.tokens[range].map { $0.lemma }
            let upos = analysis.tokens[range].map { $0.upos ?? "X" }
            let heads = analysis.tokens[range].map { $0.head ?? 0 }
            let relations = analysis.tokens[range].map { $0.deprel ?? "" }
            let separated = rule.separate(forms: analysis.tokens[range].map(\.text), lemmas: before.map { $0 ?? "" }, upos: upos)
            let lemmas = rule.join(lemmas: separated, upos: upos, heads: heads, relations: relations)
            for (offset, lemma) in lemmas.enumerated() where before[offset] != nil && before[offset] != lemma {
                analysis.tokens[range.lowerBound + offset].lemma = lemma
            }
        }
    }
}
