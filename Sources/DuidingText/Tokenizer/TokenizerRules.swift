public import DuidingResources

/// The language-specific data a ``Tokenizer`` reads: abbreviations, elisions and clitics.
public struct TokenizerRules: Sendable {
    /// How an abbreviation behaves at a possible sentence end.
    public enum AbbreviationClass: String, Sendable {
        /// Precedes a name or number (`dr.`, `mr.`, `St.`): never ends a sentence.
        case title
        /// Can end a sentence when a capitalised word follows (`etc.`, `enz.`).
        case final
        /// Anything else (`o.a.`, `bijv.`, `ca.`): ends a sentence only at a line break.
        case other
        /// A single capital that is a word of its own, not an initial (`X`, the platform, in `schreef hij op X.`): its
        /// full stop is punctuation.
        case word
    }

    /// Abbreviation with its final full stop, as written in the resource → class.
    public var abbreviations: [String: AbbreviationClass]
    /// Apostrophe words that are one token (`'s`, `'t`), lowercased.
    public var elisions: Set<String>
    /// Word-final clitics split off as their own token (`n't`, `'s`), lowercased, longest first.
    public var clitics: [String]

    public init(abbreviations: [String: AbbreviationClass] = [:], elisions: Set<String> = [], clitics: [String] = []) {
        self.abbreviations = abbreviations
        self.elisions = elisions
        self.clitics = clitics.sorted { $0.count > $1.count }
    }

    /// The class of a word ending in a full stop, if it is an abbreviation: matched as written, and for
    /// titles also with a capital first letter (`dr.`, `Dr.`), so that `VS.` is not `vs.`.
    public func abbreviationClass(of word: String) -> AbbreviationClass? {
        if let kind = abbreviations[word] { return kind }
        guard let first = word.first, first.isUppercase else { return nil }
        let lowered = first.lowercased() + word.dropFirst()
        guard let kind = abbreviations[lowered], kind == .title else { return nil }
        return kind
    }

    /// Loads `<lang>/tokenizer/*.txt` from a resource bundle.
    public init(language: String, bundle: ResourceBundle = .shipped) throws(ResourceError) {
        let abbreviationFile = try bundle.file("\(language)/tokenizer/abbreviations.txt")
        var abbreviations: [String: AbbreviationClass] = [:]
        for line in abbreviationFile.lines {
            let fields = line.fields
            guard let word = fields.first, word.hasSuffix("."), word.count > 1 else {
                throw abbreviationFile.error(line, "expected an abbreviation ending in a full stop")
            }
            let kind: AbbreviationClass
            if fields.count > 1 {
                guard let parsed = AbbreviationClass(rawValue: fields[1]) else {
                    throw abbreviationFile.error(line, "unknown class \(fields[1]); expected title, final, other or word")
                }
                kind = parsed
            } else {
                kind = .other
            }
            abbreviations[word] = kind
        }
        let elisionFile = try bundle.file("\(language)/tokenizer/elisions.txt")
        let clitics = try bundle.file("\(language)/tokenizer/clitics.txt")
        self.init(
            abbreviations: abbreviations,
            elisions: Set(elisionFile.lines.map { $0.fields[0].lowercased() }),
            clitics: clitics.lines.map { $0.fields[0].lowercased() })
    }
}
