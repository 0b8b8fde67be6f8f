/// A part of the article as a reader sees it on the page, as a span of ``Analysis/text``.
public struct Block: Sendable, Equatable, Codable {
    public var kind: Kind
    public var start: Int
    public var end: Int

    public init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// What a block is. Body kinds carry the article's language; the others are metadata or page furniture.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        case headline
        case caption
        case credit
        case byline
        /// A line naming the source and time of publication (`NOS Nieuws • vandaag, 09:34`).
        case dateline
        case heading
        case paragraph
        /// A short line that introduces an embedded video or photo.
        case embed
        /// Navigation, cookie notices, teasers for other articles: kept, but not analysed.
        case furniture

        /// Whether later layers analyse the block's language (sentences, entities, …).
        public var isBody: Bool {
            switch self {
            case .headline, .caption, .heading, .paragraph, .embed: true
            case .credit, .byline, .dateline, .furniture: false
            }
        }
    }
}

/// What the reader learned about the article besides its text.
public struct ArticleMetadata: Sendable, Equatable {
    public var source: String?
    public var headline: String?
    public var caption: String?
    public var credit: String?
    /// Publication time resolved to ISO 8601 (`2024-05-16T09:34:00+02:00`, or a date `2020-02-03`).
    public var published: String?
    /// The publication time as the page wrote it (`vandaag, 09:34`).
    public var publishedText: String?
    /// The place named in a dateline (`DEN HAAG (ANP) -` → `DEN HAAG`).
    public var dateline: String?
    public var url: String?
    public var authors: [String]

    public init(
        source: String? = nil, headline: String? = nil, caption: String? = nil, credit: String? = nil,
        published: String? = nil, publishedText: String? = nil, dateline: String? = nil,
        url: String? = nil, authors: [String] = []
    ) {
        self.source = source
        self.headline = headline
        self.caption = caption
        self.credit = credit
        self.published = published
        self.publishedText = publishedText
        self.dateline = dateline
        self.url = url
        self.authors = authors
    }
}
