import Foundation

/// Folds a name to a key that different spellings share.
///
/// `fold` lowercases, strips diacritics and drops punctuation (`Beloöesov` → `beloesov`,
/// `U.S.` → `us`); `skeleton` then rewrites spelling variants listed as data (Dutch `oe` and English
/// `u`, `sj` and `sh`, `j` and `y` …) and merges doubled letters, so `Sjojgoe` and `Shoigu` meet at
/// `shoigu`; spaces are dropped (`Wal-Mart`, `Walmart`).
public struct Transliteration: Sendable {
    /// Rewrite rules, longest `from` first.
    let rules: [(from: [Character], to: [Character])]
    private let longest: Int

    public init(rules: [(from: String, to: String)]) {
        self.rules = rules.map { (Array($0.from), Array($0.to)) }.sorted { $0.from.count > $1.from.count }
        longest = self.rules.first?.from.count ?? 0
    }

    /// Lowercase letters and digits, words separated by one space; diacritics and punctuation gone.
    public static func fold(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }  // the diaeresis of ö, the accent of é
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2013}" || scalar == "/"
                || scalar == "\t" || scalar == "\u{A0}"
            {
                pendingSpace = true
            }
            // Other punctuation (. ' ’ &) is dropped: `U.S.` → `us`, `'s-Gravenhage` → `s gravenhage`.
        }
        return String(out)
    }

    /// The folded name rewritten by the rules, doubled letters merged.
    ///
    /// - Complexity: O(length × rules), at most four passes.
    public func skeleton(_ name: String) -> String {
        var chars = Array(Self.fold(name))
        // Rewriting can make a new match (`beloöesov` → `belousov` → `belusov`): repeat until stable.
        for _ in 0..<4 {
            let next = rewrite(chars)
            if next == chars { break }
            chars = next
        }
        // Spaces go too: `Wal-Mart` and `Walmart`, `Sint Petersburg` and `Sint-Petersburg` meet.
        var out = ""
        for character in chars where character != " " && (character != out.last || !character.isLetter) {
            out.append(character)
        }
        return out
    }

    /// One left-to-right pass of the rules.
    private func rewrite(_ chars: [Character]) -> [Character] {
        var rewritten: [Character] = []
        rewritten.reserveCapacity(chars.count)
        var i = 0
        outer: while i < chars.count {
            if longest > 0 {
                for rule in rules where rule.from.count <= chars.count - i {
                    if chars[i..<(i + rule.from.count)].elementsEqual(rule.from) {
                        rewritten.append(contentsOf: rule.to)
                        i += rule.from.count
                        continue outer
                    }
                }
            }
            rewritten.append(chars[i])
            i += 1
        }
        return rewritten
    }
}
