import DuidingCore

/// Splits a run of tokens into sentences.
///
/// A sentence ends after terminal punctuation (`.`, `?`, `!`, `…`) together with the quotes and
/// brackets that close after it, unless a lowercase word follows or a comma follows a closing quote;
/// after an abbreviation of class ``TokenizerRules/AbbreviationClass/final`` before a capitalised word; at a line break before a
/// capital, digit or list marker or after terminal punctuation; before a list marker that follows a
/// colon or semicolon or continues a list; and after a semicolon that closes a list item. The full
/// stop of a list number (`1. De btw …`) ends nothing.
/// Headlines and captions without final punctuation are separate blocks, so their end is the
/// block's end.
public struct SentenceSplitter: Sendable {
    public let rules: TokenizerRules

    public init(rules: TokenizerRules) {
        self.rules = rules
    }

    /// Returns the sentences of `tokens[range]` as index ranges into `tokens`.
    ///
    /// - Complexity: O(n) in the number of tokens.
    public func split(_ scalars: [Unicode.Scalar], tokens: [TokenSpan], range: Range<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var sentenceStart = range.lowerBound
        var i = range.lowerBound
        let view = TokenView(scalars: scalars, tokens: tokens, closingQuotes: Self.closingQuotes(scalars, tokens, range))
        while i < range.upperBound {
            var last = i
            var boundary = false
            let next = i + 1 < range.upperBound ? i + 1 : nil
            if view.isTerminal(i), !(i == sentenceStart + 1 && view.isBareNumber(sentenceStart) && view.first(i) == ".") {
                // Absorb the closing quotes and brackets that follow without a space.
                while last + 1 < range.upperBound, view.isClosing(last + 1) { last += 1 }
                let after = last + 1 < range.upperBound ? last + 1 : nil
                if let after {
                    boundary = !view.startsLowercase(after) || view.lineBreakBefore(after)
                    if view.isEllipsis(i), !view.startsUppercaseOrQuote(after) { boundary = false }
                    // A quotation that ends in a question or exclamation and a comma after its closing mark goes on in its
                    // attribution (`'Hoeveel kamers moeten er nog dicht?', vroeg Brinkman`).
                    if last > i, view.isComma(after), !view.lineBreakBefore(after) { boundary = false }
                }
            } else if let next {
                if view.lineBreakBefore(next) {
                    boundary = view.startsUppercaseOrQuote(next) || view.startsDigit(next) || view.isListMarker(next)
                        || abbreviationClass(view, i) == .other
                } else if view.isListMarker(next), view.spaceBefore(next),
                    view.isColonOrSemicolon(i) || view.isListMarker(sentenceStart)
                {
                    boundary = true
                } else if view.isSemicolon(i), view.isListMarker(sentenceStart) || view.isBareNumber(sentenceStart) {
                    boundary = true
                } else if abbreviationClass(view, i) == .final, view.startsUppercase(next) {
                    boundary = true
                }
            }
            i = last + 1
            if boundary || i >= range.upperBound {
                sentences.append(contentsOf: Self.bounded(sentenceStart..<i, view))
                sentenceStart = i
            }
        }
        return sentences
    }

    /// The most tokens a sentence may have. Text without sentence punctuation (a table, a list run together, a page
    /// of dots) would otherwise make one sentence of any length, and the parse, the quotes and the linker read a
    /// sentence in time that grows faster than its length. The longest sentence of the UD Dutch and English files is
    /// 134 tokens; CoNLL-2002's `ned.train` has one of 859 (a list of results).
    public static let maximumLength = 300

    /// `sentence`, cut where it is longer than ``maximumLength``: after the last `;`, `:` or `,` in the second half
    /// of each stretch of that length, else at the length.
    static func bounded(_ sentence: Range<Int>, _ view: TokenView) -> [Range<Int>] {
        guard sentence.count > maximumLength else { return [sentence] }
        var pieces: [Range<Int>] = []
        var start = sentence.lowerBound
        while sentence.upperBound - start > maximumLength {
            let limit = start + maximumLength
            let cut = (start + maximumLength / 2..<limit).reversed().first { i in
                view.length(i) == 1 && [";", ":", ","].contains(view.first(i))
            }.map { $0 + 1 } ?? limit
            pieces.append(start..<cut)
            start = cut
        }
        pieces.append(start..<sentence.upperBound)
        return pieces
    }

    /// Straight quotes (`"` and a lone `'`) look the same when they open and when they close; the
    /// second of a pair closes. Returns the indices of the closing ones.
    ///
    /// - Complexity: O(n).
    static func closingQuotes(_ scalars: [Unicode.Scalar], _ tokens: [TokenSpan], _ range: Range<Int>) -> Set<Int> {
        var closing = Set<Int>()
        var open: [Unicode.Scalar: Bool] = ["\"": false, "'": false]
        for i in range where tokens[i].end - tokens[i].start == 1 {
            let s = scalars[tokens[i].start]
            guard let isOpen = open[s] else { continue }
            if isOpen {
                closing.insert(i)
            } else if s == "'", tokens[i].start > 0, ScalarClass.isLetter(scalars[tokens[i].start - 1]) {
                // No quote is open, and the mark is glued to a word: a possessive (`Thomas' fiets`).
                continue
            }
            open[s] = !isOpen
        }
        return closing
    }

    private func abbreviationClass(_ view: TokenView, _ i: Int) -> TokenizerRules.AbbreviationClass? {
        let token = view.tokens[i]
        guard token.end - token.start > 1, view.scalars[token.end - 1] == "." else { return nil }
        return rules.abbreviationClass(of: ScalarText.string(view.scalars, token.start..<token.end))
    }
}

/// Questions the splitter asks about tokens, answered from their scalars.
struct TokenView {
    let scalars: [Unicode.Scalar]
    let tokens: [TokenSpan]
    /// Straight quotes known to close a quotation.
    let closingQuotes: Set<Int>

    @inline(__always) func first(_ i: Int) -> Unicode.Scalar { scalars[tokens[i].start] }
    @inline(__always) func length(_ i: Int) -> Int { tokens[i].end - tokens[i].start }

    func isTerminal(_ i: Int) -> Bool {
        let t = tokens[i]
        for p in t.start..<t.end where !ScalarClass.isTerminal(scalars[p]) { return false }
        return true
    }

    func isEllipsis(_ i: Int) -> Bool { first(i) == "\u{2026}" || (first(i) == "." && length(i) > 1) }

    /// Closing quotes and brackets: marks that only close (`''`, `”`, `»`) even after a space, and
    /// the ambiguous ones (`"`, `'`, `)`) when glued to the previous token.
    func isClosing(_ i: Int) -> Bool {
        let s = first(i)
        if s == "\u{201D}" || s == "\u{00BB}" || s == "\u{203A}" || (s == "'" && length(i) == 2) { return true }
        if closingQuotes.contains(i) { return true }
        guard !spaceBefore(i) else { return false }
        switch s {
        case "'", "\"", "\u{2019}", ")", "]", "}", "`": return true
        default: return false
        }
    }

    func spaceBefore(_ i: Int) -> Bool {
        let start = tokens[i].start
        return start > 0 && ScalarText.isSpace(scalars[start - 1])
    }

    func lineBreakBefore(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        var p = tokens[i - 1].end
        while p < tokens[i].start {
            if scalars[p] == "\n" || scalars[p] == "\u{2028}" || scalars[p] == "\u{2029}" { return true }
            p += 1
        }
        return false
    }

    func startsLowercase(_ i: Int) -> Bool { ScalarClass.isLowercase(first(i)) }
    func startsUppercase(_ i: Int) -> Bool { ScalarClass.isUppercase(first(i)) }
    func startsDigit(_ i: Int) -> Bool { ScalarClass.isDigit(first(i)) }

    func startsUppercaseOrQuote(_ i: Int) -> Bool {
        let s = first(i)
        if ScalarClass.isUppercase(s) { return true }
        switch s {
        case "\"", "'", ",", "\u{201C}", "\u{201E}", "\u{2018}", "\u{00AB}", "(", "[": return length(i) <= 2
        default: return false
        }
    }

    func isListMarker(_ i: Int) -> Bool {
        guard length(i) == 1 else { return false }
        switch first(i) {
        case "-", "\u{2013}", "\u{2014}", "\u{2022}", "*", "\u{00B7}", "\u{25AA}", "\u{25CF}": return true
        default: return false
        }
    }

    func isBareNumber(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.end - t.start <= 2 else { return false }
        return (t.start..<t.end).allSatisfy { ScalarClass.isDigit(scalars[$0]) }
    }

    func isColon(_ i: Int) -> Bool { length(i) == 1 && first(i) == ":" }
    func isComma(_ i: Int) -> Bool { length(i) == 1 && first(i) == "," }
    func isSemicolon(_ i: Int) -> Bool { length(i) == 1 && first(i) == ";" }
    func isColonOrSemicolon(_ i: Int) -> Bool { isColon(i) || isSemicolon(i) }
}
