import DuidingCore

/// The word-level views the tagger's features read, computed once per token.
struct WordForm {
    /// Lowercased, with numbers, years and URLs normalised (`!YEAR`, `!NUM`, `!URL`).
    var normal: String
    var suffix1: String
    var suffix2: String
    var suffix3: String
    var suffix4: String
    var prefix1: String
    var prefix2: String
    var prefix3: String
    /// `Xxxx`, `dd`, `x-x`: capitals, lowercase, digits and other marks, runs collapsed.
    var shape: String

    init(_ word: String) {
        let lower = word.lowercased()
        normal = Self.normalise(word, lower: lower)
        // Affixes by scalar (a character is one scalar in all but decomposed text), which avoids
        // finding grapheme boundaries for every word.
        let scalars = lower.unicodeScalars
        func suffix(_ n: Int) -> String { String(String.UnicodeScalarView(scalars.suffix(n))) }
        func prefix(_ n: Int) -> String { String(String.UnicodeScalarView(scalars.prefix(n))) }
        suffix1 = suffix(1)
        suffix2 = suffix(2)
        suffix3 = suffix(3)
        suffix4 = suffix(4)
        prefix1 = prefix(1)
        prefix2 = prefix(2)
        prefix3 = prefix(3)
        shape = Self.shape(word)
    }

    static func normalise(_ word: String, lower: String) -> String {
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

