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
