/// How a word form becomes its lemma: optionally lowercase it, cut characters from its end, append a
/// string (`L|2|` turns `Huizen` into `huiz`… `K|2|` keeps case). Learned from (form, lemma) pairs.
struct EditScript: Hashable, Sendable {
    var lowercase: Bool
    var cut: Int
    var append: String

    /// The script that turns `form` into `lemma`.
    init(form: String, lemma: String) {
        let lowered = !(lemma.first?.isUppercase ?? false) && (form.first?.isUppercase ?? false)
        let source = Array(lowered ? form.lowercased() : form)
        let target = Array(lemma)
        var common = 0
        while common < source.count, common < target.count, source[common] == target[common] { common += 1 }
        lowercase = lowered
        cut = source.count - common
        append = String(target[common...])
    }

    init?(encoded: String) {
        let parts = encoded.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let cut = Int(parts[1]) else { return nil }
        lowercase = parts[0] == "L"
        self.cut = cut
        append = String(parts[2])
    }

    var encoded: String { "\(lowercase ? "L" : "K")|\(cut)|\(append)" }

    /// The lemma, or `nil` when the form is too short for the cut.
    func apply(_ form: String) -> String? {
        let source = Array(lowercase ? form.lowercased() : form)
        guard cut <= source.count, cut < source.count || !append.isEmpty else { return nil }
        return String(source.dropLast(cut)) + append
    }
}
