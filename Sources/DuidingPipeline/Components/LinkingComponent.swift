public import DuidingCore
public import DuidingKnowledge

/// Links the tagged names to the knowledge base and resolves in-document coreference (short forms,
/// office descriptions, groups, pronouns), replacing the entity tagger's text-grouped `entities`.
public struct LinkingComponent: Component {
    public let linker: Linker
    public let name = "linker.v1"
    public let requires: Set<Annotation> = [.tokens, .sentences, .ner, .entities]
    public let assigns: Set<Annotation> = [.entities]

    public init(linker: Linker) {
        self.linker = linker
    }

    /// - Complexity: O(tokens × longest office phrase + names × candidates).
    public func annotate(_ analysis: inout Analysis) {
        linker.link(&analysis)
    }
}
