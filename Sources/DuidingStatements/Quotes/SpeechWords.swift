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
        /// Only a quotation it follows (`"…", besluit Tibau`): with `dat` the verb is no speech (`besloot dat` decides).
        case closing
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
    /// Relative pronouns (`die`, `dat`): after a comma that follows a name, the name is who they stand for.
    let relatives: Set<String>
    let expletives: Set<String>
    /// Pronouns for things (`wat`, `iets`), never a speaker even where the parse makes them a subject.
    let things: Set<String>
    let termMarkers: Set<String>
    /// Words that open a sentence pointing back at the quote before it (`Dat zei X`).
    let anaphors: Set<String>
    /// Definite determiners (`de`, `het`): after one, a country's adjective is a person of that nationality.
    let definiteArticles: Set<String>
    /// Nouns that stand for what someone said (`luidde het argument van X`, `was de reactie van X`).
    let speechNouns: Set<String>
    /// Prepositions that introduce the doer of a passive clause (`door`).
    let agents: Set<String>
    /// Verbs that report what a source shows, with the preposition of that source (`blijken` → `uit`: `uit onderzoek
    /// blijkt dat …`).
    let evidence: [String: String]
    /// Nouns for a written work or a study, which speaks for its author (`volgens het onderzoek, uitgevoerd door …`).
    let documents: Set<String>
    /// Prepositions that introduce the author of a work right after it (`van`, `door`).
    let authors: Set<String>
    /// Words for one or some of a group, with the preposition of the group (`een` → `van`: `een van de vier`).
    let partitives: [String: String]
    /// Nouns for organisations and groups that speak as one (`politie`, `bond`).
    let bodies: Set<String>
    /// Pronouns of the first and second person (`ik`, `u`), which name no speaker the article gives.
    let interlocutors: Set<String>
    /// Nouns (lemmas) for a person → the sex they show (`nil` for either); and endings of nouns for a person by
    /// office or trade (`woordvoerder`), from the language's `knowledge/references.tsv`.
    let personNouns: [String: Character?]
    let personEndings: [String]
    /// The listed person nouns of five letters or more, longest first: the endings of compounds (`buurtbewoner`).
    let personSuffixes: [(noun: String, sex: Character?)]
    /// Endings that make a noun one for a person where no list names it (`arbeider`, `kunstenaar`, `psycholoog`).
    let personNounSuffixes: [String]
    /// Personal pronoun → the sex it refers to.
    let pronounSex: [String: Character]

    /// Reads `<language>/quotes/speech.tsv`; `nil` when the language has none.
    public init?(language: String, bundle: ResourceBundle) throws(ResourceError) {
        let name = "\(language)/quotes/speech.tsv"
        guard bundle.files(under: "\(language)/quotes").contains(name) else { return nil }
        let file = try bundle.file(name)
        var verbs: [String: Reach] = [:]
        var pairs: [String: [(String, Reach)]] = [:]
        var words: [String: Set<String>] = [:]
        var forms: [String: String] = [:]
        var personNouns: [String: Character?] = [:]
        var personNounSuffixes: [String] = []
        var pronounSex: [String: Character] = [:]
        var evidence: [String: String] = [:]
        var partitives: [String: String] = [:]
        let kinds: Set<String> = ["addressee", "speaker-by", "according", "after-quote", "complementizer", "relative", "expletive", "thing", "term-marker", "speech-noun", "anaphor", "definite", "interlocutor", "body", "agent", "document", "author"]
        for line in file.lines {
            let fields = line.fields
            switch fields.first {
            case "verb":
                guard fields.count == 3, let reach = Reach(rawValue: fields[2]), !fields[1].isEmpty else {
                    throw file.error(line, "expected verb TAB lemma TAB speech|opinion|naming|closing")
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
            case "evidence":
                guard fields.count == 3, !fields[1].isEmpty, !fields[2].isEmpty else {
                    throw file.error(line, "expected evidence TAB verb lemma TAB preposition of the source")
                }
                evidence[fields[1]] = fields[2].lowercased()
            case "partitive":
                guard fields.count == 3, !fields[1].isEmpty, !fields[2].isEmpty else {
                    throw file.error(line, "expected partitive TAB word TAB preposition of the group")
                }
                partitives[fields[1].lowercased()] = fields[2].lowercased()
            case "person-noun":
                let sexes: [String: Character?] = ["m": "m", "f": "f", "-": nil]
                guard fields.count == 3, !fields[1].isEmpty, let sex = sexes[fields[2]] else {
                    throw file.error(line, "expected person-noun TAB word TAB m|f|-")
                }
                personNouns[fields[1].lowercased()] = sex
            case "person-suffix":
                guard fields.count == 2, !fields[1].isEmpty else { throw file.error(line, "expected person-suffix TAB ending") }
                personNounSuffixes.append(fields[1].lowercased())
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
        relatives = words["relative"] ?? []
        expletives = words["expletive"] ?? []
        things = words["thing"] ?? []
        termMarkers = words["term-marker"] ?? []
        speechNouns = words["speech-noun"] ?? []
        anaphors = words["anaphor"] ?? []
        definiteArticles = words["definite"] ?? []
        interlocutors = words["interlocutor"] ?? []
        bodies = words["body"] ?? []
        agents = words["agent"] ?? []
        documents = words["document"] ?? []
        self.evidence = evidence
        authors = words["author"] ?? []
        self.partitives = partitives
        self.personNouns = personNouns
        self.personNounSuffixes = personNounSuffixes
        personSuffixes = personNouns.filter { $0.key.count >= 5 }.map { (noun: $0.key, sex: $0.value) }
            .sorted { ($0.noun.count, $1.noun) > ($1.noun.count, $0.noun) }
        var endings: [String] = []
        let references = "\(language)/knowledge/references.tsv"
        if bundle.files(under: "\(language)/knowledge").contains(references) {
            for line in try bundle.file(references).lines where line.fields.count >= 2 {
                switch line.fields[0] {
                // An office ending names a person too (`radiobaas`, `NAVO-chef`).
                case "person-ending", "office-suffix": endings.append(line.fields[1].lowercased())
                case "sex" where line.fields.count == 3: pronounSex[line.fields[1].lowercased()] = line.fields[2].first
                default: break
                }
            }
        }
        personEndings = endings
        self.pronounSex = pronounSex
    }

    /// Whether a noun's lemma names a person, and the sex it shows: a listed noun, a compound ending in one of five
    /// letters or more (`buurtbewoner`, `huisvrouw`), or a noun ending in an office or trade (`woordvoerder`).
    func person(noun lemma: String) -> (isPerson: Bool, sex: Character?) {
        if let sex = personNouns[lemma] { return (true, sex) }
        if let suffix = personSuffixes.first(where: { lemma.count > $0.noun.count && lemma.hasSuffix($0.noun) }) { return (true, suffix.sex) }
        if personEndings.contains(where: { lemma.hasSuffix($0) }) { return (true, nil) }
        return (false, nil)
    }

    /// Whether a noun (lemma) names a body that speaks as one (`politie`), also as the end of a compound (`oproerpolitie`).
    func isBody(_ lemma: String) -> Bool {
        bodies.contains { lemma == $0 || $0.count >= 4 && lemma.count > $0.count + 2 && lemma.hasSuffix($0) }
    }

    /// Whether a noun (lemma) names a study or report (`onderzoek`), also as the end of a compound (`marktonderzoek`).
    func isDocument(_ lemma: String) -> Bool {
        documents.contains { lemma == $0 || lemma.count > $0.count + 2 && lemma.hasSuffix($0) }
    }

    /// Whether a noun's lemma names a person: by ``person(noun:)``, or by an ending that makes a noun one for a person
    /// where no list names it (`arbeider`, `kunstenaar`), after at least three letters of its own.
    func isPersonNoun(_ lemma: String) -> Bool {
        person(noun: lemma).isPerson || personNounSuffixes.contains { lemma.count > $0.count + 2 && lemma.hasSuffix($0) }
    }
}
