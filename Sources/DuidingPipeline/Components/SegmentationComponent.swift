public import DuidingCore
public import DuidingText

/// Tokenizes the body blocks of an analysis and splits them into sentences.
///
/// Only blocks whose kind ``Block/Kind/isBody`` are analysed; a block's end is always a sentence end,
/// so a headline without a full stop is a sentence of its own.
public struct SegmentationComponent: Component {
    public let segmenter: Segmenter
    public let name = "segmenter.v1"
    public let requires: Set<Annotation> = [.text, .blocks]
    public let assigns: Set<Annotation> = [.tokens, .sentences]

    public init(segmenter: Segmenter) {
        self.segmenter = segmenter
    }

    /// - Complexity: O(n) in the length of the text.
    public func annotate(_ analysis: inout Analysis) {
        let scalars = ScalarText.scalars(of: analysis.text)
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        tokens.reserveCapacity(scalars.count / 5)
        for block in analysis.blocks where block.kind.isBody {
            let (spans, ranges) = segmenter.segment(scalars, in: block.start..<block.end)
            for range in ranges {
                let first = tokens.count
                for span in spans[range] {
                    tokens.append(
                        Token(
                            text: ScalarText.string(scalars, span.start..<span.end), start: span.start, end: span.end,
                            spaceAfter: span.spaceAfter))
                }
                sentences.append(
                    Sentence(start: spans[range.lowerBound].start, end: spans[range.upperBound - 1].end, tokens: first..<tokens.count))
            }
        }
        analysis.tokens = tokens
        analysis.sentences = sentences
    }
}
