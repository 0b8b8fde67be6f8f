/// One analysed article: the cleaned text, its blocks, and every layer of annotation.
///
/// ```
///  text ──► blocks (headline, caption, paragraph, …)
///   │
///   └──► tokens (one flat array) ◄── sentences (index ranges into tokens)
///                                ◄── entities, times, quotes, claims, events (offsets into text)
/// ```
/// Offsets are counted in Unicode scalars into `text`. Tokens live in one array owned by the
/// analysis; a ``Sentence`` names its tokens by index range. The JSON form (`duiding.analysis/1`)
/// nests tokens inside their sentences, as DESIGN.md specifies.
public struct Analysis: Sendable, Equatable {
    /// The schema identifier written into every JSON analysis.
    public static let schema = "duiding.analysis/1"

    public var engine: EngineInfo
    /// ISO 639-1 code of the language the analysis was made in.
    public var language: String
    /// What relative time expressions resolve against (ISO 8601 with offset), if known.
    public var referenceTime: String?
    public var metadata: ArticleMetadata
    /// The cleaned body text; every offset in the analysis points into it.
    public var text: String
    public var blocks: [Block]
    /// All tokens of all sentences, in text order.
    public var tokens: [Token]
    public var sentences: [Sentence]
    public var entities: [Entity]
    public var times: [TimeExpression]
    public var quotes: [Quote]
    public var claims: [Claim]
    public var events: [Event]

    public init(
        engine: EngineInfo = EngineInfo(),
        language: String,
        referenceTime: String? = nil,
        metadata: ArticleMetadata = ArticleMetadata(),
        text: String,
        blocks: [Block] = [],
        tokens: [Token] = [],
        sentences: [Sentence] = [],
        entities: [Entity] = [],
        times: [TimeExpression] = [],
        quotes: [Quote] = [],
        claims: [Claim] = [],
        events: [Event] = []
    ) {
        self.engine = engine
        self.language = language
        self.referenceTime = referenceTime
        self.metadata = metadata
        self.text = text
        self.blocks = blocks
        self.tokens = tokens
        self.sentences = sentences
        self.entities = entities
        self.times = times
        self.quotes = quotes
        self.claims = claims
        self.events = events
    }

    /// The tokens of one sentence.
    ///
    /// - Complexity: O(1); the slice shares storage with ``tokens``.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> {
        tokens[sentence.tokens]
    }
}

/// Which engine and models produced an analysis.
public struct EngineInfo: Sendable, Equatable, Codable {
    public var version: String
    /// Component name → model identifier with version (`"langid": "nl-en-langid-0.1.0"`).
    public var models: [String: String]

    public init(version: String = EngineInfo.currentVersion, models: [String: String] = [:]) {
        self.version = version
        self.models = models
    }

    /// The version of this build of the engine.
    public static let currentVersion = "0.1.0"
}
