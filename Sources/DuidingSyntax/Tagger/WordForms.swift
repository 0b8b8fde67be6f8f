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
        // Typographic marks as the treebanks write them (`„`, `zo’n`, `–`, `…`): unknown words otherwise.
        let lower = Typography.plain(lower)
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

