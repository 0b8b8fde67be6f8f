import Foundation

/// One document of a quotes-and-claims gold file: its text and its annotated items.
public struct QuoteGoldDocument: Sendable {
    public var id: String
    /// `YYYY-MM-DD`, or nil when unknown.
    public var date: String?
    /// Paragraphs separated by blank lines.
    public var text: String
    public var quotes: [QuoteGoldItem] = []
    /// Quotation marks that are not speech (scare quotes, names, titles).
    public var terms: [QuoteGoldItem] = []
    public var claims: [ClaimGoldItem] = []
}

/// A gold quote or term: its span in unicode scalars and, for quotes, who said it to whom.
public struct QuoteGoldItem: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    /// `direct`, `partial`, `indirect`; `term` for terms.
    public var kind: String
    /// The fullest name in the document, a description, or nil when the text does not tell (`?`).
    public var speaker: String?
    public var addressee: String?
    /// The words that give the speaker in the text.
    public var cue: String?
}

/// A gold claim: the quantity's span and what the annotator read it as.
public struct ClaimGoldItem: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var text: String
    /// `90`, `2500000000`, or a range `10000-12000`.
    public var value: String
    public var unit: String
    public var about: String
    /// Who states it, or nil for the article's own voice (`-`) or unknown (`?`).
    public var source: String?

    /// The number a claim's gold value starts with: the value, or the lower end of a range (`10000-12000`); a minus
    /// sign at the start is the number's own (`-0.13`). `nil` unless every number is finite and written in digits.
    public static func lowerValue(_ value: String) -> Double? {
        let negative = value.hasPrefix("-")
        let numbers = (negative ? value.dropFirst() : value[...]).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(numbers.count), numbers.allSatisfy({ number in
            !number.isEmpty && number.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." } && Double(number)?.isFinite == true
        }), let low = Double(numbers[0]) else { return nil }
        return negative ? -low : low
    }
}

/// A line of a quotes gold file that cannot be read.
public typealias QuoteGoldError = GoldLineError

/// Reads the `.quotes` format of `Gold/quotes/README.md`: `# doc:`, `# source:`, `# date:` headers, one
/// paragraph per line, and after a paragraph the `% quote …`, `% term …` and `% claim …` lines of the items
/// that start in it, each found in the text by its exact words.
public enum QuoteGold {
    public static func parse(_ contents: String) throws(QuoteGoldError) -> [QuoteGoldDocument] {
        var documents: [QuoteGoldDocument] = []
        for annotated in try AnnotatedText.parse(contents) {
            var document = QuoteGoldDocument(id: annotated.id, date: annotated.date, text: annotated.text)
            // Where each text was last found in its paragraph, so that a repeated text is the next occurrence.
            var used: [String: Int] = [:]
            let scalars = Array(annotated.text.unicodeScalars)
            for item in annotated.annotations {
                try annotate(item.body, line: item.line, scalars: scalars, paragraphStart: item.paragraph, used: &used, in: &document)
            }
            documents.append(document)
        }
        return documents
    }

    private static func field(_ fields: [String], _ name: String) -> String? { AnnotatedText.field(fields, name) }

    private static func annotate(
        _ body: String, line: Int, scalars: [Unicode.Scalar], paragraphStart: Int, used: inout [String: Int],
        in document: inout QuoteGoldDocument
    ) throws(QuoteGoldError) {
        let fields = AnnotatedText.fields(body)
        let head = fields[0]
        let text: String
        let kind: String
        if head.hasPrefix("quote ") {
            kind = String(head.dropFirst(6))
            guard ["direct", "partial", "indirect"].contains(kind), fields.count >= 2 else {
                throw QuoteGoldError(line: line, message: "expected `quote direct|partial|indirect | content | speaker: … | …`")
            }
            text = fields[1]
        } else if head == "term" {
            kind = "term"
            guard fields.count >= 2 else { throw QuoteGoldError(line: line, message: "expected `term | content`") }
            text = fields[1]
        } else if head.hasPrefix("claim ") {
            kind = "claim"
            text = String(head.dropFirst(6))
        } else {
            throw QuoteGoldError(line: line, message: "unknown annotation `\(head)`; expected quote, term or claim")
        }
        let key = "\(kind) \(paragraphStart) \(text)"
        let span = try AnnotatedText.locate(text, in: scalars, from: paragraphStart, after: used[key] ?? paragraphStart, line: line)
        used[key] = span.lowerBound + 1
        switch kind {
        case "claim":
            guard let value = field(fields, "value"), let unit = field(fields, "unit") else {
                throw QuoteGoldError(line: line, message: "a claim needs `value:` and `unit:`")
            }
            guard ClaimGoldItem.lowerValue(value) != nil else {
                throw QuoteGoldError(line: line, message: "a claim's value is a number or a range of two (12, 2.5, -0.13, 10000-12000), not \(value)")
            }
            document.claims.append(
                ClaimGoldItem(
                    start: span.lowerBound, end: span.upperBound, text: text, value: value, unit: unit, about: field(fields, "about") ?? "",
                    source: field(fields, "source")))
        case "term":
            document.terms.append(QuoteGoldItem(start: span.lowerBound, end: span.upperBound, text: text, kind: kind))
        default:
            document.quotes.append(
                QuoteGoldItem(
                    start: span.lowerBound, end: span.upperBound, text: text, kind: kind, speaker: field(fields, "speaker"),
                    addressee: field(fields, "addressee"), cue: field(fields, "cue")))
        }
    }
}
