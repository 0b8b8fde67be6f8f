import Foundation

/// One document of a linking gold file: plain text with its name mentions and references.
public struct LinkGoldDocument: Sendable {
    public var id: String
    /// `YYYY-MM-DD`, or nil when unknown.
    public var date: String?
    /// The text with markup removed, one paragraph per line, paragraphs separated by blank lines.
    public var text: String
    public var names: [LinkGoldMention] = []
    /// Descriptions, groups and pronouns (`{…}` marks).
    public var references: [LinkGoldMention] = []
}

/// A gold mention: a span of unicode scalars and what it refers to.
public struct LinkGoldMention: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var surface: String
    /// English Wikipedia titles; `NIL`, or `NIL:<first name>` for a reference to an entity without one.
    public var targets: [String]
    public var qid: String?

    public var isNIL: Bool { targets.allSatisfy { $0.hasPrefix("NIL") } }
}

/// A line of a linking gold file that cannot be read.
public typealias LinkGoldError = GoldLineError

/// Reads the `.link` format of `Gold/link/README.md`: `# doc:`, `# source:`, `# date:` headers, then one
/// paragraph per line with `[surface|Title|Q-id]` name marks and `{surface|Title + Title}` reference marks.
public enum LinkGold {
    public static func parse(_ contents: String) throws(LinkGoldError) -> [LinkGoldDocument] {
        try AnnotatedText.parse(contents).map { annotated throws(LinkGoldError) in
            var document = LinkGoldDocument(id: annotated.id, date: annotated.date, text: "")
            var offset = 0
            for paragraph in annotated.paragraphs {
                if !document.text.isEmpty {
                    document.text += "\n\n"
                    offset += 2
                }
                try read(paragraph.text, number: paragraph.line, offset: &offset, into: &document)
            }
            return document
        }
    }

    /// Appends a paragraph's plain text to the document and records its marks.
    private static func read(_ line: String, number: Int, offset: inout Int, into document: inout LinkGoldDocument) throws(LinkGoldError) {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "[" || scalar == "{" else {
                // A closing mark with no opening one is a broken mark (`Turkije|Turkey]`), not text.
                if scalar == "]" || scalar == "}" {
                    throw LinkGoldError(line: number, message: "\(scalar) without a \(scalar == "]" ? "[" : "{") before it")
                }
                document.text.unicodeScalars.append(scalar)
                offset += 1
                index += 1
                continue
            }
            let close: Unicode.Scalar = scalar == "[" ? "]" : "}"
            guard let end = scalars[index...].firstIndex(of: close) else {
                throw LinkGoldError(line: number, message: "unclosed \(scalar)")
            }
            let parts = String(String.UnicodeScalarView(scalars[(index + 1)..<end])).split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, parts.count <= 3, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw LinkGoldError(line: number, message: "a mark needs surface|target")
            }
            let surface = parts[0]
            let length = surface.unicodeScalars.count
            let mention = LinkGoldMention(
                start: offset, end: offset + length, surface: surface,
                targets: parts[1].components(separatedBy: " + ").map { $0.trimmingCharacters(in: .whitespaces) },
                qid: parts.count == 3 && !parts[2].isEmpty ? parts[2] : nil)
            if scalar == "[" { document.names.append(mention) } else { document.references.append(mention) }
            document.text += surface
            offset += length
            index = end + 1
        }
    }
}
