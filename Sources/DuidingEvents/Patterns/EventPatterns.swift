public import DuidingResources

/// The event patterns of one language (`<lang>/events/patterns.tsv`): verbs, verbs with their object, and nouns
/// that express a CAMEO event, with where their target stands.
public struct EventPatterns: Sendable {
    /// How an event word finds its actors.
    public struct Pattern: Sendable, Equatable {
        public let code: String
        /// For verbs: `obj`, a preposition, or nil (no target). For nouns: the preposition of the source and of the target.
        public let target: String?
        public let source: String?
    }

    let verbs: [String: Pattern]
    /// Verb lemma → object lemma → pattern (`ondertekenen` + `verklaring` → 057).
    let objects: [String: [String: Pattern]]
    let nouns: [String: Pattern]

    /// Reads `<language>/events/patterns.tsv`; nil when the language has none. Codes must be in `codebook`.
    public init?(language: String, bundle: ResourceBundle, codebook: EventCodebook) throws(ResourceError) {
        let name = "\(language)/events/patterns.tsv"
        guard bundle.files(under: "\(language)/events").contains(name) else { return nil }
        let file = try bundle.file(name)
        var verbs: [String: Pattern] = [:]
        var objects: [String: [String: Pattern]] = [:]
        var nouns: [String: Pattern] = [:]
        for line in file.lines {
            let fields = line.fields
            guard fields.count == 4, codebook[fields[3]] != nil else {
                throw file.error(line, "expected kind TAB lemma TAB frame TAB a CAMEO code of common/events/cameo.tsv")
            }
            let frame: String? = fields[2] == "-" ? nil : fields[2]
            switch fields[0] {
            case "verb": verbs[fields[1]] = Pattern(code: fields[3], target: frame, source: nil)
            case "object": objects[fields[1], default: [:]][fields[2]] = Pattern(code: fields[3], target: nil, source: nil)
            case "noun":
                let parts = fields[2].split(separator: ">").map(String.init)
                guard parts.count == 2 else { throw file.error(line, "a noun's frame is source>target prepositions (van>aan)") }
                nouns[fields[1]] = Pattern(code: fields[3], target: parts[1] == "-" ? nil : parts[1], source: parts[0])
            default: throw file.error(line, "unknown kind \(fields[0]); expected verb, object or noun")
            }
        }
        self.verbs = verbs
        self.objects = objects
        self.nouns = nouns
    }
}
