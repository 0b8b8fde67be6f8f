/// Finds a photo credit in a line: an agency name before the caption (`Reuters Ontmoeting in Peking`),
/// a credit label (`Foto: ANP`), or a label or separator after the caption (`Ontmoeting in Peking (Foto: ANP)`,
/// `Ontmoeting in Peking | Reuters`).
struct CreditParser {
    let resources: ReaderResources
    /// The most words a credit after a label may have (`ANP / Robin van Lonkhuijsen`).
    static let maximumCreditWords = 6
    static let maximumCaptionWords = 40

    struct Split {
        var credit: String
        var creditRange: Range<Int>
        var captionRange: Range<Int>?
    }

    /// `strict` asks for a known agency name; otherwise a credit label alone also counts.
    func split(_ line: LineWords, strict: Bool) -> Split? {
        guard line.count > 0, line.count <= Self.maximumCaptionWords + Self.maximumCreditWords else { return nil }
        // Agency name first: the longest known name that the line starts with.
        for length in stride(from: min(resources.longestCredit, line.count), through: 1, by: -1) {
            let name = line.text(0..<length)
            guard resources.credits.contains(name) || resources.credits.contains(Self.beforeSlash(name)) else { continue }
            let captionWords = length..<line.count
            guard captionWords.count <= Self.maximumCaptionWords else { return nil }
            // A following capitalised word or the end of the line: `Reuters Ontmoeting …`, not `AP-correspondent`.
            if let next = captionWords.first.map({ line.words[$0] }), !(next.first?.isUppercase ?? false) { return nil }
            return Split(
                credit: name, creditRange: line.span(0..<length),
                captionRange: captionWords.isEmpty ? nil : line.span(captionWords))
        }
        let labels = resources.labels[.credit] ?? []
        // Label first: `Foto: ANP`, `© Reuters`.
        for label in labels {
            let parts = label.split(separator: " ").map(String.init)
            if line.matches(parts, at: 0, caseSensitive: false), line.count > parts.count,
                line.count - parts.count <= Self.maximumCreditWords
            {
                if strict, !isKnown(line, parts.count..<line.count) { continue }
                let range = trimmed(line, parts.count..<line.count)
                return Split(credit: text(line, range), creditRange: range, captionRange: nil)
            }
        }
        // Label or separator after the caption.
        for index in stride(from: line.count - 1, through: 1, by: -1) where line.count - index - 1 <= Self.maximumCreditWords {
            let word = line.words[index]
            let bare = word.hasPrefix("(") ? String(word.dropFirst()) : word
            let isLabel = labels.contains { $0.lowercased() == bare.lowercased() }
            let isSeparator = word == "|" || word == "/"
            guard isLabel || isSeparator, index + 1 < line.count else { continue }
            let creditWords = (index + 1)..<line.count
            if isSeparator || strict, !isKnown(line, creditWords) { continue }
            let range = trimmed(line, creditWords)
            return Split(credit: text(line, range), creditRange: range, captionRange: line.span(0..<index))
        }
        return nil
    }

    private func isKnown(_ line: LineWords, _ words: Range<Int>) -> Bool {
        let name = text(line, trimmed(line, words))
        return resources.credits.contains(name) || resources.credits.contains(Self.beforeSlash(name))
    }

    /// `ANP/Robin Utrecht` is credited to `ANP`.
    private static func beforeSlash(_ name: String) -> String {
        guard let slash = name.firstIndex(of: "/") else { return name }
        return String(name[..<slash]).trimmingCharacters(in: " ")
    }

    /// The scalar span of `words` without surrounding brackets.
    private func trimmed(_ line: LineWords, _ words: Range<Int>) -> Range<Int> {
        var span = line.span(words)
        while span.lowerBound < span.upperBound, "([".unicodeScalars.contains(line.scalars[span.lowerBound]) {
            span = (span.lowerBound + 1)..<span.upperBound
        }
        while span.lowerBound < span.upperBound, ")].,".unicodeScalars.contains(line.scalars[span.upperBound - 1]) {
            span = span.lowerBound..<(span.upperBound - 1)
        }
        return span
    }

    private func text(_ line: LineWords, _ span: Range<Int>) -> String {
        String(String.UnicodeScalarView(line.scalars[span]))
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
