/// Lemmas of verbs whose particle stands apart, as the treebank writes them (`haalden … aan` →
/// `aan_halen`); read from `<lang>/syntax/particle-verbs.txt`. Runs after the parser, which finds the
/// particle.
public struct ParticleVerbs: Sendable {
    public let relation: String
    public let particleTag: String
    public let joiner: String
    /// Words that are never a verb's particle, whatever the parse labelled them (`te`, `van`): not joined.
    public let notParticles: Set<String>

    public init(relation: String, particleTag: String, joiner: String, notParticles: Set<String> = []) {
        self.relation = relation
        self.particleTag = particleTag
        self.joiner = joiner
        self.notParticles = notParticles
    }

    /// The lemmas without the particle of a verb lemma whose particle is neither at the start of the word nor anywhere
    /// in the sentence: the lemmatizer reads a form alone, and `levert` is `op_leveren` as often as `leveren` in the
    /// treebank (`levert … op`); with no `op` in the sentence, it is `leveren`. (A particle the parse hung elsewhere or
    /// labelled otherwise still keeps it: `voerde sancties in`.) The arrays are one sentence's.
    public func separate(forms: [String], lemmas: [String], upos: [String]) -> [String] {
        var result = lemmas
        let words = Set(forms.map { $0.lowercased() })
        for index in lemmas.indices where upos[index] == "VERB" {
            guard let joint = lemmas[index].firstRange(of: joiner), joint.lowerBound > lemmas[index].startIndex else { continue }
            let particle = String(lemmas[index][..<joint.lowerBound])
            let base = lemmas[index][joint.upperBound...]
            guard !base.isEmpty, !forms[index].lowercased().hasPrefix(particle), !words.contains(particle) else { continue }
            result[index] = String(base)
        }
        return result
    }

    /// The lemmas with each particle joined to its verb's lemma. `heads` are 1-based within the
    /// sentence (0 for the root), as the parser gives them.
    public func join(lemmas: [String], upos: [String], heads: [Int], relations: [String]) -> [String] {
        var result = lemmas
        for index in lemmas.indices where relations[index] == relation && upos[index] == particleTag {
            let verb = heads[index] - 1
            guard result.indices.contains(verb), !result[verb].contains(joiner), !lemmas[index].isEmpty,
                !notParticles.contains(lemmas[index].lowercased())
            else { continue }
            result[verb] = lemmas[index].lowercased() + joiner + result[verb]
        }
        return result
    }
}
