import Foundation

/// Folds a name to a key that different spellings share.
///
/// `fold` lowercases, strips diacritics and drops punctuation (`Beloöesov` → `beloesov`,
/// `U.S.` → `us`); `skeleton` then rewrites spelling variants listed as data (Dutch `oe` and English
/// `u`, `sj` and `sh`, `j` and `y` …) and merges doubled letters, so `Sjojgoe` and `Shoigu` meet at
/// `shoigu`; spaces are dropped (`Wal-Mart`, `Walmart`). Both work on Unicode scalars, with a fast path
/// for ASCII, as the knowledge base folds every label when it loads.
public struct Transliteration: Sendable {
    /// Rewrite rules, longest `from` first.
    let rules: [(from: [Unicode.Scalar], to: [Unicode.Scalar])]

    public init(rules: [(from: String, to: String)]) {
        self.rules = rules.map { (Array($0.from.unicodeScalars), Array($0.to.unicodeScalars)) }.sorted { $0.from.count > $1.from.count }
    }

    /// Lowercase letters and digits, words separated by one space; diacritics and punctuation gone.
    public static func fold(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func add(_ scalar: Unicode.Scalar, letter: Bool, separator: Bool) {
            if letter {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else if separator {
                pendingSpace = true
            }
            // Other punctuation (. ' ’ &) is dropped: `U.S.` → `us`, `'s-Gravenhage` → `s gravenhage`.
        }
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in name.utf8 {
                let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
                let letter = (lower >= 97 && lower <= 122) || (byte >= 48 && byte <= 57)
                add(Unicode.Scalar(lower), letter: letter, separator: byte == 32 || byte == 45 || byte == 47 || byte == 9)
            }
            return String(out)
        }
        for scalar in name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }  // the diaeresis of ö, the accent of é
            let separator = scalar == " " || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2013}" || scalar == "/"
                || scalar == "\t" || scalar == "\u{A0}"
            add(scalar, letter: properties.isAlphabetic || properties.numericType != nil, separator: separator)
        }
        return String(out)
    }

    /// The folded name rewritten by the rules, doubled letters merged, spaces dropped.
    ///
    /// - Complexity: O(length × rules), at most four passes.
    public func skeleton(_ name: String) -> String {
        skeleton(folded: Self.fold(name))
    }

    /// ``skeleton(_:)`` of a name already folded.
    public func skeleton(folded: String) -> String {
        var scalars = Array(folded.unicodeScalars)
        // Rewriting can make a new match (`beloöesov` → `belousov` → `belusov`): repeat until stable.
        for _ in 0..<4 {
            let next = rewrite(scalars)
            if next == scalars { break }
            scalars = next
        }
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        for scalar in scalars where scalar != " " {
            if scalar == last, scalar.properties.isAlphabetic { continue }
            out.append(scalar)
            last = scalar
        }
        return String(out)
    }

    /// One left-to-right pass of the rules.
    private func rewrite(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var rewritten: [Unicode.Scalar] = []
        rewritten.reserveCapacity(scalars.count)
        var i = 0
        outer: while i < scalars.count {
            for rule in rules where rule.from.count <= scalars.count - i && rule.from[0] == scalars[i] {
                if scalars[i..<(i + rule.from.count)].elementsEqual(rule.from) {
                    rewritten.append(contentsOf: rule.to)
                    i += rule.from.count
                    continue outer
                }
            }
            rewritten.append(scalars[i])
            i += 1
        }
        return rewritten
    }
}
