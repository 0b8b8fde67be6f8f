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
}

public struct QuoteGoldError: Error, CustomStringConvertible, Sendable {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Reads the `.quotes` format of `Gold/quotes/README.md`: `# doc:`, `# source:`, `# date:` headers, one
/// paragraph per line, and after a paragraph the `% quote …`, `% term …` and `% claim …` lines of the items
/// that start in it, each found in the text by its exact words.
public enum QuoteGold {
    public static func parse(_ contents: String) throws(QuoteGoldError) -> [QuoteGoldDocument] {
        var documents: [QuoteGoldDocument] = []
        var current: QuoteGoldDocument?
        // The annotations of the current document: the start of their paragraph in its text, the line and its number.
        var pending: [(paragraph: Int, body: String, line: Int)] = []
        var paragraphStart = 0
        func finish() throws(QuoteGoldError) {
            guard var document = current else { return }
            // Where each text was last found in its paragraph, so that a repeated text is the next occurrence.
            var used: [String: Int] = [:]
            let scalars = Array(document.text.unicodeScalars)
            for item in pending {
                try annotate(item.body, line: item.line, scalars: scalars, paragraphStart: item.paragraph, used: &used, in: &document)
            }
            documents.append(document)
            pending = []
        }
        for (number, raw) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("# doc:") {
                try finish()
                current = QuoteGoldDocument(id: value(line), text: "")
                continue
            }
            if line.hasPrefix("# date:") {
                let date = value(line)
                current?.date = date == "-" || date.isEmpty ? nil : date
                continue
            }
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard var document = current else { throw QuoteGoldError(line: number + 1, message: "text before the first `# doc:`") }
            if line.hasPrefix("% ") {
                pending.append((paragraphStart, String(line.dropFirst(2)), number + 1))
            } else {
                if !document.text.isEmpty { document.text += "\n\n" }
                paragraphStart = document.text.unicodeScalars.count
                document.text += line
            }
            current = document
        }
        try finish()
        return documents
    }

    private static func value(_ line: String) -> String {
        String(line.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
    }

    /// `speaker: Xi` → `Xi`; `-` and `?` → nil.
    private static func field(_ fields: [String], _ name: String) -> String? {
        guard let field = fields.first(where: { $0.hasPrefix(name + ":") }) else { return nil }
        let value = String(field.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces)
        return value == "-" || value == "?" || value.isEmpty ? nil : value
    }

    private static func annotate(
        _ body: String, line: Int, scalars: [Unicode.Scalar], paragraphStart: Int, used: inout [String: Int],
        in document: inout QuoteGoldDocument
    ) throws(QuoteGoldError) {
        let fields = body.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
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
        let span = try locate(text, in: scalars, from: paragraphStart, after: used[key] ?? paragraphStart, line: line)
        used[key] = span.lowerBound + 1
        switch kind {
        case "claim":
            guard let value = field(fields, "value"), let unit = field(fields, "unit") else {
                throw QuoteGoldError(line: line, message: "a claim needs `value:` and `unit:`")
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

    /// Where `text` starts in the paragraph that begins at `paragraph` (at `from` or after); a text that runs
    /// on into later paragraphs (a quote over several paragraphs) is found by its part in this one.
    private static func locate(_ text: String, in scalars: [Unicode.Scalar], from paragraph: Int, after from: Int, line: Int)
        throws(QuoteGoldError) -> Range<Int>
    {
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty else { throw QuoteGoldError(line: line, message: "empty text") }
        var start = max(from, paragraph)
        while start < scalars.count {
            var index = start
            var matched = 0
            while index < scalars.count, matched < needle.count {
                if scalars[index] == needle[matched] {
                    index += 1
                    matched += 1
                } else if scalars[index] == "\n", index + 1 < scalars.count, scalars[index + 1] == "\n", needle[matched] == " " {
                    // The paragraph break: the next paragraph may repeat the opening mark.
                    index += 2
                    matched += 1
                    while index < scalars.count, matched < needle.count, scalars[index] != needle[matched],
                        "\"'„“”‘’‚«»‹›,`".unicodeScalars.contains(scalars[index])
                    {
                        index += 1
                    }
                } else {
                    break
                }
            }
            if matched == needle.count { return start..<index }
            start += 1
            // Only within the paragraph the annotation follows.
            if start < scalars.count, scalars[start] == "\n", start + 1 < scalars.count, scalars[start + 1] == "\n" { break }
        }
        throw QuoteGoldError(line: line, message: "`\(text)` is not in the paragraph above")
    }
}
