import DuidingCore

/// Finds a photo credit in a line: an agency name before the caption (`ANP Betogers op het Malieveld`),
/// a credit label (`Foto: ANP`), or a label or separator after the caption (`Betogers op het Malieveld
/// (Foto: ANP)`, `Betogers op het Malieveld | Reuters`, `… Foto Remko de Waal/ANP`).
struct CreditParser {
    let resources: ReaderResources
    private var maximumCreditWords: Int { resources.maxCreditWords }
    private var maximumCaptionWords: Int { resources.maxCaptionWords }

    struct Split {
        var credit: String
        var creditRange: Range<Int>
        var captionRange: Range<Int>?
    }

    /// `strict` asks for a known agency name; otherwise a credit label alone also counts.
    func split(_ line: LineWords, strict: Bool) -> Split? {
        guard line.count > 0, line.count <= maximumCaptionWords + maximumCreditWords else { return nil }
        // Agency name first: the longest known name that the line starts with.
        for length in stride(from: min(resources.longestCredit, line.count), through: 1, by: -1) {
            let name = line.text(0..<length)
            guard isKnown(name) else { continue }
            let captionWords = length..<line.count
            guard captionWords.count <= maximumCaptionWords else { return nil }
            // A following capitalised word or the end of the line: `ANP Betogers …`, not `AP-correspondent`.
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
                line.count - parts.count <= maximumCreditWords
            {
                if strict, !isKnown(line, parts.count..<line.count) { continue }
                let range = trimmed(line, parts.count..<line.count)
                return Split(credit: text(line, range), creditRange: range, captionRange: nil)
            }
        }
        // Label or separator after the caption.
        for index in stride(from: line.count - 1, through: 1, by: -1) where line.count - index - 1 <= maximumCreditWords {
            let word = line.words[index]
            let bare = word.hasPrefix("(") ? String(word.dropFirst()) : word
            // After a caption a label is written as it is listed (`Foto`, `Photograph:`), so that the noun
            // `foto` inside a sentence is no label.
            let isLabel = labels.contains { $0 == bare }
            let isSeparator = word == "|" || word == "/"
            guard isLabel || isSeparator, index + 1 < line.count else { continue }
            let creditWords = (index + 1)..<line.count
            if isSeparator, !isKnown(line, creditWords) { continue }
            let range = trimmed(line, creditWords)
            return Split(credit: text(line, range), creditRange: range, captionRange: line.span(0..<index))
        }
        return nil
    }

    private func isKnown(_ line: LineWords, _ words: Range<Int>) -> Bool {
        isKnown(text(line, trimmed(line, words)))
    }

    /// A known agency, alone or beside a photographer (`ANP/Robin Utrecht`, `Remko de Waal / ANP`).
    private func isKnown(_ name: String) -> Bool {
        if resources.credits.contains(name) { return true }
        return name.split(separator: "/").contains { resources.credits.contains($0.trimming(" ")) }
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

extension StringProtocol {
    /// The text without any of `set`'s characters at either end.
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        slice = slice.droppingLast(while: set.contains)
        return String(slice)
    }
}
