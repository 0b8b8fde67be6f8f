import DuidingCore
import Foundation

/// Reads text pasted from a news page into blocks and metadata.
///
/// ```
/// text ─► TextCleaner (lines) ─► Units (lines and unwrapped paragraphs)
///      ─► each unit, in order, in two phases:
///         header: furniture · credit + caption · dateline (source, time) [+ headline] · byline · headline
///         body:   furniture · dateline · credit + caption · embed (… :) · heading · paragraph
///      ─► Article: units joined by blank lines, blocks as spans, metadata
/// ```
/// Every name and word the reader matches comes from ``ReaderResources``; plain text without any of
/// it is simply paragraphs.
public struct ArticleReader: Sendable {
    public let resources: ReaderResources

    public init(resources: ReaderResources) {
        self.resources = resources
    }

    /// - Complexity: O(n) in the length of the input.
    public func read(_ input: String, context: ReadingContext) -> Article {
        let units = Units.group(TextCleaner.lines(input), settings: resources.wrap)
        var layout = Layout(reader: self, context: context)
        for index in units.indices {
            layout.place(LineWords(units[index]), next: index + 1 < units.count ? units[index + 1] : nil)
        }
        return layout.article(units)
    }

    /// Whether a paragraph of plain text reads as an article's title (short, not ending like a sentence), as the
    /// first line of an article would be taken for its headline.
    public func isTitle(paragraph: String) -> Bool {
        isTitle(paragraph, words: paragraph.split(whereSeparator: \.isWhitespace).count)
    }

    /// Whether a line of `words` words reads as a title: short, not a list item, not ending like a sentence.
    func isTitle(_ text: String, words: Int) -> Bool {
        guard words <= resources.maxTitleWords, !text.startsWithListMarker,
            text.contains(where: \.isLetter), let last = text.lastMeaningfulCharacter
        else { return false }
        return !".,;:".contains(last)
    }
}

/// One block inside a unit, as a scalar range of the unit.
struct Piece {
    var kind: Block.Kind
    var range: Range<Int>
}

/// The reader's state while it walks the units.
struct Layout {
    let reader: ArticleReader
    let context: ReadingContext
    var pieces: [[Piece]] = []
    var metadata = ArticleMetadata()
    var inBody = false
    var inTeasers = false
    var creditAwaitsCaption = false
    var paragraphs = 0

    private var resources: ReaderResources { reader.resources }

    init(reader: ArticleReader, context: ReadingContext) {
        self.reader = reader
        self.context = context
    }

    mutating func place(_ line: LineWords, next: String?) {
        pieces.append(classify(line, next: next))
    }

    private mutating func classify(_ line: LineWords, next: String?) -> [Piece] {
        let whole = 0..<line.scalars.count
        let text = line.text(0..<line.count)
        let patterns = FurnitureMatcher(resources: resources)

        if let role = patterns.role(of: text, words: line.count, inBody: inBody) {
            inTeasers = role == .teasers
            return [Piece(kind: .furniture, range: whole)]
        }
        if inTeasers {
            if line.count <= resources.maxTitleWords, text.lastMeaningfulCharacter != "." { return [Piece(kind: .furniture, range: whole)] }
            inTeasers = false
        }
        if creditAwaitsCaption {
            creditAwaitsCaption = false
            // In the body a caption is short; a paragraph after a credit line is still a paragraph.
            if line.count <= (inBody ? resources.maxTitleWords : resources.maxCaptionWords) {
                metadata.caption = metadata.caption ?? text
                return [Piece(kind: .caption, range: whole)]
            }
        }
        let datelines = DatelineParser(resources: resources)
        if !inBody {
            if metadata.credit == nil, let credit = CreditParser(resources: resources).split(line, strict: false) {
                return creditPieces(credit, line)
            }
            if let dateline = datelines.parse(line), adds(dateline), standsAlone(dateline, line) {
                var result = datelinePieces(dateline, line)
                if dateline.rest.isEmpty { return result }
                let restText = line.text(dateline.rest)
                if metadata.headline == nil, isTitle(restText, words: dateline.rest.count) {
                    metadata.headline = restText
                    result.append(Piece(kind: .headline, range: line.span(dateline.rest)))
                    return result
                }
                inBody = true
                paragraphs += 1
                result.append(Piece(kind: .paragraph, range: line.span(dateline.rest)))
                return result
            }
            if metadata.authors.isEmpty, let authors = BylineParser(resources: resources).authors(line) {
                metadata.authors = authors
                return [Piece(kind: .byline, range: whole)]
            }
            if metadata.headline == nil, isTitle(text, words: line.count) {
                metadata.headline = text
                return [Piece(kind: .headline, range: whole)]
            }
            inBody = true
        }
        if let dateline = datelines.parse(line), dateline.rest.isEmpty {
            return datelinePieces(dateline, line)
        }
        if line.count <= resources.maxTitleWords, text.lastMeaningfulCharacter != ".",
            let credit = CreditParser(resources: resources).split(line, strict: true)
        {
            return creditPieces(credit, line)
        }
        if line.count <= resources.maxEmbedWords, text.last == ":", !(next?.startsWithListMarker ?? false),
            !(next?.startsWithQuote ?? false)
        {
            return [Piece(kind: .embed, range: whole)]
        }
        if next != nil, isHeading(text, words: line.count) {
            return [Piece(kind: .heading, range: whole)]
        }
        paragraphs += 1
        if paragraphs == 1, let agency = datelines.agencyDateline(line) {
            if let place = agency.place { metadata.dateline = line.text(place) }
            if let source = agency.agency, metadata.source == nil { metadata.source = source }
            // The dateline is metadata, not the paragraph's first words: its place is no subject of the sentence.
            return [
                Piece(kind: .dateline, range: line.span(0..<agency.words)),
                Piece(kind: .paragraph, range: line.span(agency.words..<line.count)),
            ]
        }
        return [Piece(kind: .paragraph, range: whole)]
    }

    private mutating func creditPieces(_ credit: CreditParser.Split, _ line: LineWords) -> [Piece] {
        metadata.credit = metadata.credit ?? credit.credit
        var result = [Piece(kind: .credit, range: credit.creditRange)]
        if let caption = credit.captionRange {
            metadata.caption = metadata.caption ?? String(String.UnicodeScalarView(line.scalars[caption]))
            result.append(Piece(kind: .caption, range: caption))
        } else {
            // A credit on a line of its own (`© ANP`) is followed by its caption.
            creditAwaitsCaption = true
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private mutating func datelinePieces(_ dateline: DatelineParser.Dateline, _ line: LineWords) -> [Piece] {
        if let source = dateline.source, metadata.source == nil { metadata.source = source }
        if let time = dateline.time, metadata.publishedText == nil {
            metadata.publishedText = time.text
            metadata.published = time.value.resolve(reference: context.reference, timeZone: context.timeZone)
        }
        return [Piece(kind: .dateline, range: line.span(0..<dateline.words))]
    }

    /// Whether a dateline at the start of a line is one, and not the start of a sentence
    /// (`Vandaag is het precies 80 jaar geleden …`): a time without a source must be the whole line, or
    /// be specific (a clock time or a full date) and followed by a capitalised headline.
    private func standsAlone(_ dateline: DatelineParser.Dateline, _ line: LineWords) -> Bool {
        guard dateline.source == nil, !dateline.rest.isEmpty else { return true }
        guard let time = dateline.time, time.value.isSpecific else { return false }
        return line.text(dateline.rest).firstLetterIsUppercaseOrDigit
            && line.words[dateline.rest.lowerBound].first.map { $0.isUppercase || $0.isNumber || "'\"‘“„".contains($0) } ?? false
    }

    /// Whether a dateline says something the metadata does not know yet.
    private func adds(_ dateline: DatelineParser.Dateline) -> Bool {
        (dateline.source != nil && metadata.source == nil) || (dateline.time != nil && metadata.publishedText == nil)
    }

    private func isTitle(_ text: String, words: Int) -> Bool { reader.isTitle(text, words: words) }

    private func isHeading(_ text: String, words: Int) -> Bool {
        guard words <= resources.maxHeadingWords, !text.startsWithListMarker, text.firstLetterIsUppercaseOrDigit,
            let last = text.lastMeaningfulCharacter
        else { return false }
        return !".,;:!?".contains(last)
    }

    /// The article: units joined by blank lines, pieces shifted to text offsets.
    func article(_ units: [String]) -> Article {
        // `String +=` grows in place; appending to a UnicodeScalarView copies the whole string each time.
        var text = ""
        text.reserveCapacity(units.reduce(0) { $0 + $1.utf8.count + 2 })
        var blocks: [Block] = []
        var offset = 0
        for (unit, unitPieces) in zip(units, pieces) {
            if offset > 0 {
                text += "\n\n"
                offset += 2
            }
            text += unit
            for piece in unitPieces where !piece.range.isEmpty {
                blocks.append(Block(kind: piece.kind, start: offset + piece.range.lowerBound, end: offset + piece.range.upperBound))
            }
            offset += unit.unicodeScalars.count
        }
        return Article(text: text, blocks: blocks, metadata: metadata)
    }
}
