public import DuidingCore
public import Foundation

/// What the ``ArticleReader`` makes of pasted text: the cleaned text, its blocks and its metadata.
public struct Article: Sendable, Equatable {
    /// The cleaned text: one unit (line or unwrapped paragraph) after another, separated by a blank line.
    public var text: String
    public var blocks: [Block]
    public var metadata: ArticleMetadata

    public init(text: String, blocks: [Block], metadata: ArticleMetadata) {
        self.text = text
        self.blocks = blocks
        self.metadata = metadata
    }
}

/// When and where the reader reads: the reference time for relative datelines and the source's time zone.
public struct ReadingContext: Sendable {
    public var reference: Date
    public var timeZone: TimeZone

    public init(reference: Date, timeZone: TimeZone) {
        self.reference = reference
        self.timeZone = timeZone
    }
}
