public import DuidingCore
public import DuidingStatements

/// Finds direct, partial and indirect quotes with their speakers and addressees (`quotes`), reading the
/// parse and the linked entities (so that `hij` and `de Russische president` are the people they refer to).
public struct QuoteComponent: Component {
    public let finder: QuoteFinder
    public let name = "quotes.v1"
    public let requires: Set<Annotation> = [.tokens, .sentences, .lemma, .dependencies, .entities]
    public let assigns: Set<Annotation> = [.quotes]

    public init(finder: QuoteFinder) {
        self.finder = finder
    }

    /// - Complexity: O(tokens + quotation marks × sentence length).
    public func annotate(_ analysis: inout Analysis) {
        analysis.quotes = finder.find(in: analysis)
    }
}
