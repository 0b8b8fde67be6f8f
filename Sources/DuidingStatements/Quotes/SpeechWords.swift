public import DuidingResources

/// The words of one language that report speech (`<lang>/quotes/speech.tsv`): speech verbs by lemma and the
/// prepositions and particles around them.
public struct SpeechWords: Sendable {
    /// What a speech verb can report.
    public enum Reach: String, Sendable {
        /// Direct quotes and indirect speech (`zeggen`).
        case speech
        /// Indirect speech only (`menen dat`).
        case opinion
        /// Partial quotes only (`noemde het "onzin"`).
        case naming
    }

    /// Lemma → reach. A lemma `laten+weten` is the verb `laten` with `weten` under it.
    let verbs: [String: Reach]
    /// Word form → lemma, for the forms of speech verbs the lemmatizer gets wrong.
    let forms: [String: String]
    /// Head lemma → dependent lemmas that make it a speech verb (`laten` → `weten`).
    let verbPairs: [String: [(dependent: String, reach: Reach)]]
    let addressee: Set<String>
    let speakerBy: Set<String>
    let according: Set<String>
    let afterQuote: Set<String>
    let complementizers: Set<String>
    let expletives: Set<String>
    /// Pronouns for things (`wat`, `iets`), never a speaker even where the parse makes them a subject.
    let things: Set<String>
    let termMarkers: Set<String>
    /// Words that open a sentence pointing back at the quote before it (`Dat zei X`).
    let anaphors: Set<String>
    /// Nouns that stand for what someone said (`luidde het argument van X`, `was de reactie van X`).
    let speechNouns: Set<String>

    /// Reads `<language>/quotes/speech.tsv`; `nil` when the language has none.
    public init?(language: String, bundle: ResourceBundle) throws(ResourceError) {
        let name = "\(language)/quotes/speech.tsv"
        guard bundle.files(under: "\(language)/quotes").contains(name) else { return nil }
        let file = try bundle.file(name)
        var verbs: [String: Reach] = [:]
        var pairs: [String: [(String, Reach)]] = [:]
        var words: [String: Set<String>] = [:]
        var forms: [String: String] = [:]
        let kinds: Set<String> = ["addressee", "speaker-by", "according", "after-quote", "complementizer", "expletive", "thing", "term-marker", "speech-noun", "anaphor"]
        for line in file.lines {
            let fields = line.fields
            switch fields.first {
            case "verb":
                guard fields.count == 3, let reach = Reach(rawValue: fields[2]), !fields[1].isEmpty else {
                    throw file.error(line, "expected verb TAB lemma TAB speech|opinion|naming")
                }
                let parts = fields[1].split(separator: "+").map(String.init)
                if parts.count == 2 {
                    pairs[parts[0], default: []].append((parts[1], reach))
                } else {
                    verbs[fields[1]] = reach
                }
            case "form":
                guard fields.count == 3, !fields[1].isEmpty, !fields[2].isEmpty else { throw file.error(line, "expected form TAB word TAB lemma") }
                forms[fields[1].lowercased()] = fields[2]
            case let kind? where kinds.contains(kind):
                guard fields.count == 2, !fields[1].isEmpty else { throw file.error(line, "expected \(kind) TAB word") }
                words[kind, default: []].insert(fields[1].lowercased())
            default:
                throw file.error(line, "unknown kind \(fields.first ?? ""); expected verb or one of \(kinds.sorted().joined(separator: ", "))")
            }
        }
        self.verbs = verbs
        self.forms = forms
        self.verbPairs = pairs.mapValues { $0.map { (dependent: $0.0, reach: $0.1) } }
        addressee = words["addressee"] ?? []
        speakerBy = words["speaker-by"] ?? []
        according = words["according"] ?? []
        afterQuote = words["after-quote"] ?? []
        complementizers = words["complementizer"] ?? []
        expletives = words["expletive"] ?? []
        things = words["thing"] ?? []
        termMarkers = words["term-marker"] ?? []
        speechNouns = words["speech-noun"] ?? []
        anaphors = words["anaphor"] ?? []
    }
}
