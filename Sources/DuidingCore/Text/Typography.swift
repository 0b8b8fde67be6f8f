/// Typographic variants of marks written as the treebanks and CoNLL-2002 write them, for the models' features: a word
/// made of one typographic quotation mark (`„` `“` `”` as `"`, `‘` `’` `‚` `‹` `›` as `'`; `«` `»` kept, the treebanks
/// write them), and inside words the curly apostrophe (`zo’n` as `zo'n`), the en and em dash (`–` as `-`) and the
/// ellipsis (`…` as `...`). Models trained on text that never shows them read them as the marks they know.
public enum Typography {
    /// `word` with its typographic marks made plain; the word itself when it has none (ASCII words at no cost).
    public static func plain(_ word: String) -> String {
        guard !word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        let scalars = word.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first, scalar.properties.isQuotationMark, scalar != "«", scalar != "»" {
            return ["‘", "’", "‚", "‛", "‹", "›"].contains(scalar) ? "'" : "\""
        }
        guard scalars.contains(where: { "’‘‛–—…".unicodeScalars.contains($0) }) else { return word }
        var plain = String.UnicodeScalarView()
        for scalar in scalars {
            switch scalar {
            case "’", "‘", "‛": plain.append("'")
            case "–", "—": plain.append("-")
            case "…": plain.append(contentsOf: "...".unicodeScalars)
            default: plain.append(scalar)
            }
        }
        return String(plain)
    }
}
