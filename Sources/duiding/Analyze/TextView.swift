import DuidingCore

/// The readable terminal view of an analysis: metadata, the article's parts, then its sentences.
enum TextView {
    static let width = 100

    static func render(_ analysis: Analysis) -> String {
        let scalars = ScalarText.scalars(of: analysis.text)
        var out = ""
        let m = analysis.metadata
        out += "Article (\(analysis.language))\n"
        for (label, value) in [
            ("headline", m.headline), ("source", m.source), ("published", m.published.map { p in m.publishedText.map { "\(p)  (\($0))" } ?? p }),
            ("dateline", m.dateline), ("credit", m.credit), ("caption", m.caption),
            ("authors", m.authors.isEmpty ? nil : m.authors.joined(separator: ", ")),
            ("reference", analysis.referenceTime),
        ] {
            if let value { out += "  \(label.padding(10))\(value)\n" }
        }
        out += "\nParts (\(analysis.blocks.count))\n"
        for block in analysis.blocks {
            let text = ScalarText.string(scalars, block.start..<block.end)
            out += "  \(block.kind.rawValue.padding(11))\(clip(text, width - 13))\n"
        }
        out += "\nSentences (\(analysis.sentences.count), \(analysis.tokens.count) tokens)\n"
        var blockIndex = 0
        for (index, sentence) in analysis.sentences.enumerated() {
            while blockIndex + 1 < analysis.blocks.count, analysis.blocks[blockIndex].end < sentence.end { blockIndex += 1 }
            let kind = analysis.blocks.isEmpty ? "" : analysis.blocks[blockIndex].kind.rawValue
            out += "  [\(index + 1)] \(kind)\n"
            out += "      \(ScalarText.string(scalars, sentence.start..<sentence.end))\n"
            out += "      \(analysis.tokens[sentence.tokens].map(\.text).joined(separator: " | "))\n"
        }
        return out
    }

    private static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
