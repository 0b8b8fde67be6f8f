/// How a word form becomes its lemma: optionally lowercase it, swap a literal start for another, cut characters
/// from its end and append a string. Learned from (form, lemma) pairs.
///
/// ```
/// Huizen     → huis       L  |2|s              lowercase, cut 2, append s
/// gevolgd    → volgen     K  |1|en |ge|        start ge → nothing, cut 1, append en
/// opgeroepen → op_roepen  K  |0|   |opge|op_   start opge → op_
/// ```
/// The start is matched literally, so a script made for a `ge-` participle applies to no other word (`vervolgd`),
/// while the end is cut by count, as words that share a suffix share its change.
struct EditScript: Hashable, Sendable {
    var lowercase: Bool
    var cut: Int
    var append: String
    /// The start the form must have, taken off (`ge`), and what the lemma starts with instead (`op_`).
    var stripPrefix: String = ""
    var addPrefix: String = ""

    /// The script that turns `form` into `lemma`: the part they share is their longest common stretch when it is
    /// longer than their common start and at least three characters (`gevolgd`, `volgen` share `volg`), else their
    /// common start.
    init(form: String, lemma: String) {
        let lowered = !(lemma.first?.isUppercase ?? false) && (form.first?.isUppercase ?? false)
        let source = Array(lowered ? form.lowercased() : form)
        let target = Array(lemma)
        var common = 0
        while common < source.count, common < target.count, source[common] == target[common] { common += 1 }
        lowercase = lowered
        let shared = Self.longestCommonStretch(source, target)
        if shared.length > common, shared.length >= 3 {
            stripPrefix = String(source[..<shared.source])
            addPrefix = String(target[..<shared.target])
            cut = source.count - shared.source - shared.length
            append = String(target[(shared.target + shared.length)...])
        } else {
            cut = source.count - common
            append = String(target[common...])
        }
    }

    init?(encoded: String) {
        let parts = encoded.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 3 || parts.count == 5, let cut = Int(parts[1]) else { return nil }
        lowercase = parts[0] == "L"
        self.cut = cut
        append = String(parts[2])
        if parts.count == 5 {
            stripPrefix = String(parts[3])
            addPrefix = String(parts[4])
        }
    }

    var encoded: String {
        let base = "\(lowercase ? "L" : "K")|\(cut)|\(append)"
        return stripPrefix.isEmpty && addPrefix.isEmpty ? base : base + "|\(stripPrefix)|\(addPrefix)"
    }

    /// The lemma, or `nil` when the script does not fit the form (another start, or too short for the cut).
    func apply(_ form: String) -> String? {
        var source = Array(lowercase ? form.lowercased() : form)
        if !stripPrefix.isEmpty {
            let start = Array(stripPrefix)
            guard source.count > start.count, Array(source[..<start.count]) == start else { return nil }
            source.removeFirst(start.count)
        }
        guard cut <= source.count, cut < source.count || !append.isEmpty || !addPrefix.isEmpty else { return nil }
        return addPrefix + String(source.dropLast(cut)) + append
    }

    /// Where the longest stretch of characters both arrays hold starts in each, and its length (the first such).
    static func longestCommonStretch(_ a: [Character], _ b: [Character]) -> (source: Int, target: Int, length: Int) {
        guard !a.isEmpty, !b.isEmpty else { return (0, 0, 0) }
        var best = (source: 0, target: 0, length: 0)
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0
                if current[j] > best.length { best = (i - current[j], j - current[j], current[j]) }
            }
            swap(&previous, &current)
        }
        return best
    }
}
