public import DuidingCore
public import DuidingStatements

/// Finds the quantities an article asserts (`claims`), with value, unit, what they are about, their source
/// (the speaker of the quote they stand in, or `volgens X`) and their time.
public struct ClaimComponent: Component {
    public let finder: ClaimFinder
    public let name = "claims.v1"
    public let requires: Set<Annotation> = [.tokens, .sentences, .dependencies, .entities, .times, .quotes]
    public let assigns: Set<Annotation> = [.claims]

    public init(finder: ClaimFinder) {
        self.finder = finder
    }

    /// - Complexity: O(tokens).
    public func annotate(_ analysis: inout Analysis) {
        analysis.claims = finder.find(in: analysis)
    }
}
