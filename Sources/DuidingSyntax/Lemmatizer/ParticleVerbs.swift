/// Lemmas of verbs whose particle stands apart, as the treebank writes them (`haalden … aan` →
/// `aan_halen`); read from `<lang>/syntax/particle-verbs.txt`. Runs after the parser, which finds the
/// particle.
public struct ParticleVerbs: Sendable {
    public let relation: String
    public let particleTag: String
    public let joiner: String

    public init(relation: String, particleTag: String, joiner: String) {
        self.relation = relation
        self.particleTag = particleTag
        self.joiner = joiner
    }

    /// The lemmas without the particle of a verb lemma whose particle is neither part of the word nor among the
    /// verb's dependents: the lemmatizer reads a form alone, and `levert` is `op_leveren` as often as `leveren` in the
    /// treebank (`levert … op`); with no `op`, it is `leveren`. `heads` as for `join`.
    public func separate(forms: [String], lemmas: [String], upos: [String], heads: [Int], relations: [String]) -> [String] {
        var result = lemmas
        for index in lemmas.indices where upos[index] == "VERB" {
            guard let joint = lemmas[index].firstRange(of: joiner), joint.lowerBound > lemmas[index].startIndex else { continue }
            let particle = lemmas[index][..<joint.lowerBound]
            let base = lemmas[index][joint.upperBound...]
            guard !base.isEmpty, !forms[index].lowercased().contains(particle) else { continue }
            let attached = lemmas.indices.contains { heads[$0] - 1 == index && relations[$0] == relation && lemmas[$0].lowercased() == particle }
            if !attached { result[index] = String(base) }
        }
        return result
    }

    /// The lemmas with each particle joined to its verb's lemma. `heads` are 1-based within the
    /// sentence (0 for the root), as the parser gives them.
    public func join(lemmas: [String], upos: [String], heads: [Int], relations: [String]) -> [String] {
        var result = lemmas
        for index in lemmas.indices where relations[index] == relation && upos[index] == particleTag {
            let verb = heads[index] - 1
            guard result.indices.contains(verb), !result[verb].contains(joiner), !lemmas[index].isEmpty else { continue }
            result[verb] = lemmas[index].lowercased() + joiner + result[verb]
        }
        return result
    }
}
