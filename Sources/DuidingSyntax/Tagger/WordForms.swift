import DuidingCore
import DuidingLearning

/// The word-level views the tagger's features read, computed once per token.
struct WordForm {
    /// Lowercased, with numbers, years and URLs normalised (`!YEAR`, `!NUM`, `!URL`).
    var normal: String
    /// Lowercased as written; the affix features are its first and last scalars.
    var lower: String
    /// `Xxxx`, `dd`, `x-x`: capitals, lowercase, digits and other marks, runs collapsed.
    var shape: String
    /// The hash of ``normal`` (``ValueKeys``), which several templates read.
    var normalKey: UInt64

    init(_ word: String) {
        lower = word.lowercased()
        normal = Self.normalise(word, lower: lower)
        shape = Self.shape(word)
        normalKey = ValueKeys.hash(normal)
    }

    static func normalise(_ word: String, lower: String) -> String {
        // Typographic quotation marks as the straight mark the treebanks write (`„`, `“`, `”`, `‘`, `’`): a mark the
        // training text never shows would otherwise be an unknown word (`„` tagged PROPN).
        if word.unicodeScalars.count == 1, let scalar = word.unicodeScalars.first, scalar.properties.isQuotationMark, !scalar.isASCII,
            scalar != "«", scalar != "»"
        {
            return ["‘", "’", "‚", "‛", "‹", "›"].contains(scalar) ? "'" : "\""
        }
        // Typographic apostrophes, dashes and the ellipsis as the treebanks write them (`zo’n`, `’s`, `–`, `…`).
        var lower = lower
        if lower.unicodeScalars.contains(where: { "’‘‛–—…".unicodeScalars.contains($0) }) {
            var plain = String.UnicodeScalarView()
            for scalar in lower.unicodeScalars {
                switch scalar {
                case "’", "‘", "‛": plain.append("'")
                case "–", "—": plain.append("-")
                case "…": plain.append(contentsOf: "...".unicodeScalars)
                default: plain.append(scalar)
                }
            }
            lower = String(plain)
        }
        if lower.hasPrefix("http") || lower.hasPrefix("www.") || (lower.contains("@") && lower.contains(".")) { return "!URL" }
        let digits = word.unicodeScalars.reduce(0) { count, scalar in
            count + (scalar.isASCII ? (("0"..."9").contains(scalar) ? 1 : 0) : (scalar.properties.numericType != nil ? 1 : 0))
        }
        if digits > 0 {
            if digits == 4, word.unicodeScalars.count == 4, let year = Int(word), (1500...2100).contains(year) { return "!YEAR" }
            if digits * 2 >= word.unicodeScalars.count { return "!NUM" }
        }
        return lower
    }

    static func shape(_ word: String) -> String {
        var shape = ""
        var last: Character = " "
        var run = 0
        for scalar in word.unicodeScalars {
            let mark = ScalarText.shapeMark(scalar)
            if mark == last {
                run += 1
                if run > 2 { continue }
            } else {
                run = 1
            }
            shape.append(mark)
            last = mark
        }
        return shape
    }
}

