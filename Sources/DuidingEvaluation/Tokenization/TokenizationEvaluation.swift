public import DuidingCore
import DuidingText

/// Tokens and sentences F1 from raw text against a CoNLL-U gold file.
///
/// The raw text is the `# text` lines of each document joined by a space (a new paragraph or document
/// starts on a new line), as the CoNLL 2018 shared task builds it. Gold and system tokens are aligned
/// by their character spans in that text with whitespace removed, so a tokenizer is judged only on
/// where it cuts, as `conll18_ud_eval.py` does.
public enum TokenizationEvaluation {
    public struct Report: Sendable, Codable {
        public var tokens: SpanScore
        public var sentences: SpanScore
    }

    /// Something that tokenizes and splits raw text.
    public typealias Segmenter = ([Unicode.Scalar]) -> (tokens: [Range<Int>], sentences: [Range<Int>])

    /// The raw text of a gold document.
    public static func rawText(of document: CoNLLUDocument) -> String {
        var text = ""
        for sentence in document.sentences {
            let sentenceText = sentence.comment("text") ?? surfaceForms(sentence).joined(separator: " ")
            if !text.isEmpty {
                let newParagraph = sentence.comments.contains { $0.hasPrefix("newpar") || $0.hasPrefix("newdoc") }
                text += newParagraph ? "\n\n" : " "
            }
            text += sentenceText
        }
        return text
    }

    /// Scores a segmenter on a gold document.
    public static func evaluate(gold document: CoNLLUDocument, segmenter: Segmenter) throws(EvaluationError) -> Report {
        let raw = ScalarText.scalars(of: rawText(of: document))
        let (systemTokens, systemSentences) = segmenter(raw)

        let compact = compactPositions(raw)
        let systemTokenSpans = systemTokens.map { compact[$0.lowerBound]..<compact[$0.upperBound] }
        let systemSentenceSpans = systemSentences.map { compact[$0.lowerBound]..<compact[$0.upperBound] }

        let goldStream = raw.filter { !ScalarText.isSpace($0) }
        var goldTokens: [Range<Int>] = []
        var goldSentences: [Range<Int>] = []
        var position = 0
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            let sentenceStart = position
            for form in surfaceForms(sentence) {
                let begin = position
                for scalar in form.unicodeScalars where !ScalarText.isSpace(scalar) {
                    guard position < goldStream.count, goldStream[position] == scalar else {
                        throw EvaluationError(
                            "gold token \"\(form)\" of sentence \(sentenceIndex + 1) does not match its # text line")
                    }
                    position += 1
                }
                goldTokens.append(begin..<position)
            }
            goldSentences.append(sentenceStart..<position)
        }
        return Report(
            tokens: SpanScore.compare(gold: goldTokens, system: systemTokenSpans),
            sentences: SpanScore.compare(gold: goldSentences, system: systemSentenceSpans))
    }

    /// The surface tokens of a sentence: multiword tokens once, not their words.
    static func surfaceForms(_ sentence: CoNLLUSentence) -> [String] {
        var forms: [String] = []
        var coveredUntil = 0
        var word = 0
        for row in sentence.rows {
            switch row.kind {
            case .multiword(_, let last):
                forms.append(row.form)
                coveredUntil = last
            case .word:
                word += 1
                if word > coveredUntil { forms.append(row.form) }
            case .empty:
                continue
            }
        }
        return forms
    }
}

/// For each offset of a text (and its end), the position in the same text with all whitespace removed:
/// the coordinates in which CoNLL 2018 aligns gold and system spans.
///
/// - Complexity: O(n).
public func compactPositions(_ scalars: [Unicode.Scalar]) -> [Int] {
    var compact = [Int](repeating: 0, count: scalars.count + 1)
    var counter = 0
    for (index, scalar) in scalars.enumerated() {
        compact[index] = counter
        if !ScalarText.isSpace(scalar) { counter += 1 }
    }
    compact[scalars.count] = counter
    return compact
}

/// An evaluation that cannot be run as asked.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
