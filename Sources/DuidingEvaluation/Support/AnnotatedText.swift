import DuidingCore
import DuidingPipeline
import Foundation

/// A line of a gold file that cannot be read, with its number.
public struct GoldLineError: Error, CustomStringConvertible, Sendable {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

/// One document of a gold file in the paragraph-and-`%` format of `Gold/quotes` and `Gold/events`.
public struct AnnotatedDocument: Sendable {
    public var id: String
    /// `YYYY-MM-DD`, or nil when unknown (`-`).
    public var date: String?
    /// The paragraphs, separated by blank lines.
    public var text: String
    /// Each paragraph as written, with its line in the file.
    public var paragraphs: [(text: String, line: Int)]
    /// Each `% ` line: what follows `% `, where its paragraph starts in `text` (in scalars), and its line in the file.
    public var annotations: [(body: String, paragraph: Int, line: Int)]
}

/// Reads gold files made of documents (`# doc:`, `# source:`, `# date:`), one paragraph per line, and after a
/// paragraph the `% …` lines of the items that start in it, each naming its words exactly (`Gold/quotes`,
/// `Gold/events`; `Gold/link` marks its items inside the paragraphs and reads them from `paragraphs`).
public enum AnnotatedText {
    public static func parse(_ contents: String) throws(GoldLineError) -> [AnnotatedDocument] {
        var documents: [AnnotatedDocument] = []
        var current: AnnotatedDocument?
        var paragraphStart = 0
        for (number, raw) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            if line.hasPrefix("# doc:") {
                if let current { documents.append(current) }
                current = AnnotatedDocument(id: value(line), text: "", paragraphs: [], annotations: [])
                continue
            }
            if line.hasPrefix("# date:") {
                let date = value(line)
                guard date == "-" || date.isEmpty || CalendarDay.isISODate(date, exact: true) else {
                    throw GoldLineError(line: number + 1, message: "`# date:` needs a day that exists, YYYY-MM-DD, or - for none")
                }
                current?.date = date == "-" || date.isEmpty ? nil : date
                continue
            }
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard var document = current else { throw GoldLineError(line: number + 1, message: "text before the first `# doc:`") }
            if line.hasPrefix("% ") {
                document.annotations.append((String(line.dropFirst(2)), paragraphStart, number + 1))
            } else {
                if !document.text.isEmpty { document.text += "\n\n" }
                paragraphStart = document.text.unicodeScalars.count
                document.text += line
                document.paragraphs.append((line, number + 1))
            }
            current = document
        }
        if let current { documents.append(current) }
        return documents
    }

    private static func value(_ line: String) -> String {
        String(line.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
    }

    /// The ` | `-separated fields of an annotation.
    public static func fields(_ body: String) -> [String] {
        body.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `speaker: Xi` → `Xi`; `-`, `?` and a missing field → nil.
    public static func field(_ fields: [String], _ name: String) -> String? {
        guard let field = fields.first(where: { $0.hasPrefix(name + ":") }) else { return nil }
        let value = String(field.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces)
        return value == "-" || value == "?" || value.isEmpty ? nil : value
    }

    /// Where `text` starts in the paragraph that begins at `paragraph` (at `from` or after); a text that runs
    /// on into later paragraphs (a quote over several paragraphs) is found by its part in this one.
    public static func locate(_ text: String, in scalars: [Unicode.Scalar], from paragraph: Int, after from: Int, line: Int)
        throws(GoldLineError) -> Range<Int>
    {
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty else { throw GoldLineError(line: line, message: "empty text") }
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
        throw GoldLineError(line: line, message: "`\(text)` is not in the paragraph above")
    }
}

/// How a gold document is analysed for scoring: as plain text (offsets as in the file), in the gold file's language,
/// with its date at noon UTC as the reference time.
enum GoldAnalysis {
    static func analyze(_ analyzer: Analyzer, _ text: String, date: String?, language: String?) throws(PipelineError) -> Analysis {
        let options = AnalyzeOptions(
            language: language, referenceText: date.map { $0 + "T12:00:00" }, timeZone: TimeZone(identifier: "UTC"), now: Date())
        return try analyzer.analyze(plainText: text, options: options, headline: true)
    }
}
