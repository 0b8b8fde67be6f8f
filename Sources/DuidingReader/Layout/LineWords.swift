import DuidingCore

/// A line of text split at spaces, with each word's scalar range, for the reader's pattern matching.
struct LineWords {
    let scalars: [Unicode.Scalar]
    let ranges: [Range<Int>]

    /// The words as strings, made when asked for: a long paragraph needs only its first few.
    var words: LazyMapCollection<[Range<Int>], String> {
        ranges.lazy.map { [scalars] in ScalarText.string(scalars, $0) }
    }

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, scalar) in scalars.enumerated() {
            if scalar == " " {
                if let begin = start { ranges.append(begin..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let begin = start { ranges.append(begin..<scalars.count) }
        self.ranges = ranges
    }

    var count: Int { ranges.count }

    /// The scalar range from the start of word `first` to the end of word `last - 1`.
    func span(_ words: Range<Int>) -> Range<Int> {
        guard !words.isEmpty else { return 0..<0 }
        return ranges[words.lowerBound].lowerBound..<ranges[words.upperBound - 1].upperBound
    }

    func text(_ words: Range<Int>) -> String {
        ScalarText.string(scalars, span(words))
    }

    /// Whether the words from `index` on spell `phrase` (compared lowercased when `caseSensitive` is false).
    func matches(_ phrase: [String], at index: Int, caseSensitive: Bool) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for (offset, part) in phrase.enumerated() {
            let word = words[index + offset]
            if caseSensitive ? word != part : word.lowercased() != part.lowercased() { return false }
        }
        return true
    }
}

extension String {
    /// The last character that is not a closing quote or bracket.
    var lastMeaningfulCharacter: Character? {
        last { !"'\"”’»)]".contains($0) }
    }

    var firstLetterIsUppercaseOrDigit: Bool {
        guard let first = first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isUppercase || first.isNumber
    }

    /// `- item`, `• item`, `1. item`, `2) item`.
    var startsWithListMarker: Bool {
        guard let first = unicodeScalars.first else { return false }
        let markers: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "\u{2022}", "*", "\u{00B7}", "\u{25AA}", "\u{25CF}"]
        let second = unicodeScalars.dropFirst().first
        if markers.contains(first) { return second == " " || second == nil }
        let digits = unicodeScalars.prefix { $0.properties.numericType != nil }
        guard (1...2).contains(digits.count) else { return false }
        let rest = unicodeScalars.dropFirst(digits.count)
        return (rest.first == "." || rest.first == ")") && rest.dropFirst().first == " "
    }

    /// Starts with a quotation mark: a quote follows the line before.
    var startsWithQuote: Bool {
        guard let first = unicodeScalars.first else { return false }
        return "\"'‘“„«,".unicodeScalars.contains(first) && (first != "," || unicodeScalars.dropFirst().first == ",")
    }
}
