/// Reads CoNLL-U text into a ``CoNLLUDocument``, validating the format as it goes.
///
/// Errors name the line and what was expected. Windows line endings and a final sentence without
/// its blank line are accepted.
public enum CoNLLUReader {
    /// - Complexity: O(n) in the length of the text.
    public static func read(_ text: String) throws(CoNLLUError) -> CoNLLUDocument {
        var document = CoNLLUDocument()
        var sentence = CoNLLUSentence()
        var expectedWord = 1
        var coveredUntil = 0
        var lineNumber = 0

        func finish() throws(CoNLLUError) {
            guard !sentence.rows.isEmpty || !sentence.comments.isEmpty else { return }
            guard !sentence.rows.isEmpty else {
                throw CoNLLUError(line: lineNumber, message: "comment lines without any token lines")
            }
            guard coveredUntil < expectedWord else {
                throw CoNLLUError(line: lineNumber, message: "a multiword token covers words up to \(coveredUntil), but the sentence has \(expectedWord - 1)")
            }
            try validateHeads(sentence, endingAt: lineNumber)
            document.sentences.append(sentence)
            sentence = CoNLLUSentence()
            expectedWord = 1
            coveredUntil = 0
        }

        for rawLine in text.lines() {
            lineNumber += 1
            let line = rawLine
            if line.isEmpty {
                try finish()
                continue
            }
            if line.first == "#" {
                guard sentence.rows.isEmpty else {
                    throw CoNLLUError(line: lineNumber, message: "comment line inside a sentence's token lines")
                }
                var comment = line.dropFirst()
                if comment.first == " " { comment = comment.dropFirst() }
                sentence.comments.append(String(comment))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw CoNLLUError(line: lineNumber, message: "expected 10 tab-separated columns, found \(columns.count)")
            }
            guard columns.allSatisfy({ !$0.isEmpty }) else {
                throw CoNLLUError(line: lineNumber, message: "empty column (use _ for no value)")
            }
            let row = CoNLLURow(
                id: String(columns[0]), form: String(columns[1]), lemma: String(columns[2]),
                upos: String(columns[3]), xpos: String(columns[4]), feats: String(columns[5]),
                head: String(columns[6]), deprel: String(columns[7]), deps: String(columns[8]),
                misc: String(columns[9]))
            switch row.kind {
            case .word:
                guard Int(row.id) == expectedWord else {
                    throw CoNLLUError(line: lineNumber, message: "expected word id \(expectedWord), found \(row.id)")
                }
                expectedWord += 1
            case .multiword(let first, let last):
                guard last > first else {
                    throw CoNLLUError(line: lineNumber, message: "multiword range \(row.id) must span at least two words")
                }
                guard first == expectedWord, first > coveredUntil else {
                    throw CoNLLUError(
                        line: lineNumber,
                        message: "multiword range \(row.id) does not start at the next word after the ranges before it (ranges may not overlap or skip words)")
                }
                coveredUntil = last
            case .empty:
                break
            }
            sentence.rows.append(row)
        }
        try finish()
        return document
    }

    private static func validateHeads(_ sentence: CoNLLUSentence, endingAt line: Int) throws(CoNLLUError) {
        let wordCount = sentence.rows.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
        for row in sentence.rows where row.kind == .word && row.head != "_" {
            guard let head = Int(row.head), head >= 0, head <= wordCount else {
                throw CoNLLUError(
                    line: line, message: "word \(row.id) has head \(row.head), outside 0...\(wordCount) of its sentence")
            }
        }
    }
}

/// A malformed CoNLL-U line.
public struct CoNLLUError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "CoNLL-U line \(line): \(message)" }
}
