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
    /// Verb lemma → preposition → pattern: the verb's code when a phrase with that preposition hangs on it
    /// (`veroordelen tot` → 116, a court's sentence, where `veroordelen` alone is 111); the target is its object.
    let phrases: [String: [String: Pattern]]
    /// Preposition → noun → pattern: any verb with a phrase of that preposition and noun is the act the pattern codes, on
    /// the verb's object (`hield de betogers met traangas tegen` → 175).
    let instruments: [String: [String: Pattern]]
    /// Nouns for weapons that, as a verb's subject, make an attack of it on the verb's object (`een raket trof het centrum
    /// van Tsjernihiv` → 190), by noun; the source is whose the weapon is.
    let weapons: [String: Pattern]
    /// Verbs of hitting or harming something that a weapon as subject makes an attack (`treffen`, `verwoesten`).
    let impacts: Set<String>
    let nouns: [String: Pattern]
    /// Adjectives of a predicate with `zijn` (`was Xi dankbaar`, `is kritisch over China`): the subject is the source.
    let adjectives: [String: Pattern]
    /// Verbs that call their object something (`noemen`): the code is that of the judgement in the rest of the clause.
    let judging: Set<String>
    /// Words that judge (`onaanvaardbaar`, `terrorisme` → 111; `vriend` → 051), read as nouns are (`staatsterrorisme`).
    let judgements: [String: Pattern]
    /// Nouns that count or group what follows them (`een reeks overeenkomsten`): the event is in the noun they govern.
    let measures: Set<String>
    /// Nouns for someone who speaks for the one in their `van` phrase (`een woordvoerder van het ministerie`).
    let spokespeople: Set<String>
    /// CAMEO codes whose acts hold both ways (`onderhandelen met`, an agreement signed with someone): the target does
    /// the act to the source as well.
    public let symmetric: Set<String>
    /// A code that another replaces when the target is a group of a sector (`051` done to rebels, `REB`, is `070`:
    /// support for an armed group is material aid): code → sector → code.
    public let bySector: [String: [String: String]]
    /// A code that another replaces when the source is of a sector (`111` by a court, `JUD`, is `116`: a court that
    /// condemns someone finds them guilty): code → sector → code.
    public let bySourceSector: [String: [String: String]]
    /// A code whose act, denied, is another act (`erkent … niet`: not recognising, 054 denied, is rejecting, 120).
    public let whenDenied: [String: String]

    /// Reads `<language>/events/patterns.tsv`; nil when the language has none. Codes must be in `codebook`.
    public init?(language: String, bundle: ResourceBundle, codebook: EventCodebook) throws(ResourceError) {
        let name = "\(language)/events/patterns.tsv"
        guard bundle.files(under: "\(language)/events").contains(name) else { return nil }
        let file = try bundle.file(name)
        var verbs: [String: Pattern] = [:]
        var objects: [String: [String: Pattern]] = [:]
        var phrases: [String: [String: Pattern]] = [:]
        var instruments: [String: [String: Pattern]] = [:]
        var weapons: [String: Pattern] = [:]
        var impacts: Set<String> = []
        var nouns: [String: Pattern] = [:]
        var adjectives: [String: Pattern] = [:]
        var measures: Set<String> = []
        var spokespeople: Set<String> = []
        var symmetric: Set<String> = []
        var judging: Set<String> = []
        var judgements: [String: Pattern] = [:]
        var bySector: [String: [String: String]] = [:]
        var bySourceSector: [String: [String: String]] = [:]
        var whenDenied: [String: String] = [:]
        for line in file.lines {
            let fields = line.fields
            if fields.first == "denied" {
                guard fields.count == 3, codebook[fields[1]] != nil, codebook[fields[2]] != nil else {
                    throw file.error(line, "expected denied TAB a CAMEO code TAB the CAMEO code its denial is")
                }
                whenDenied[fields[1]] = fields[2]
                continue
            }
            if fields.first == "sector" {
                guard fields.count == 4 || fields.count == 5 && ["source", "target"].contains(fields[4]), codebook[fields[1]] != nil,
                    codebook[fields[3]] != nil, fields[2].count == 3, fields[2].allSatisfy(\.isUppercase)
                else {
                    throw file.error(
                        line, "expected sector TAB a CAMEO code TAB a sector (REB) TAB the CAMEO code it becomes [TAB source|target, whose sector: target if left out]")
                }
                if fields.count == 5, fields[4] == "source" {
                    bySourceSector[fields[1], default: [:]][fields[2]] = fields[3]
                } else {
                    bySector[fields[1], default: [:]][fields[2]] = fields[3]
                }
                continue
            }
            if fields.first == "symmetric" {
                guard fields.count == 2, codebook[fields[1]] != nil else { throw file.error(line, "expected symmetric TAB a CAMEO code") }
                symmetric.insert(fields[1])
                continue
            }
            if ["measure", "judging", "spokesperson", "impact"].contains(fields.first) {
                guard fields.count == 2 else { throw file.error(line, "expected \(fields[0]) TAB word") }
                switch fields[0] {
                case "measure": measures.insert(fields[1])
                case "judging": judging.insert(fields[1])
                case "impact": impacts.insert(fields[1])
                default: spokespeople.insert(fields[1])
                }
                continue
            }
            // (`-` for an object with which the verb is no event: `object TAB aan_bieden TAB ontslag TAB -`.)
            guard fields.count == 4, codebook[fields[3]] != nil || fields[0] == "object" && fields[3] == "-" else {
                throw file.error(line, "expected kind TAB lemma TAB frame TAB a CAMEO code of common/events/cameo.tsv (an object: or -)")
            }
            let frame: String? = fields[2] == "-" ? nil : fields[2]
            // Alternatives (`a|b`) are for a verb's frame and a noun's target (`van>op|tegen`), not its source.
            let alternativesAllowed: Bool
            switch fields[0] {
            case "verb": alternativesAllowed = true
            case "noun": alternativesAllowed = fields[2].split(separator: ">").first?.contains("|") == false
            default: alternativesAllowed = !fields[2].contains("|")
            }
            guard alternativesAllowed else {
                throw file.error(line, "alternative frames (a|b) are for verb patterns and a noun's target only")
            }
            switch fields[0] {
            case "verb": verbs[fields[1]] = Pattern(code: fields[3], target: frame, source: nil)
            case "object": objects[fields[1], default: [:]][fields[2]] = Pattern(code: fields[3], target: nil, source: nil)
            case "phrase": phrases[fields[1], default: [:]][fields[2]] = Pattern(code: fields[3], target: "obj", source: nil)
            case "instrument": instruments[fields[2], default: [:]][fields[1]] = Pattern(code: fields[3], target: "obj", source: nil)
            case "weapon": weapons[fields[1]] = Pattern(code: fields[3], target: frame, source: nil)
            case "adjective": adjectives[fields[1]] = Pattern(code: fields[3], target: frame, source: nil)
            case "judgement": judgements[fields[1]] = Pattern(code: fields[3], target: "obj", source: nil)
            case "noun":
                let parts = fields[2].split(separator: ">").map(String.init)
                guard parts.count == 2 else { throw file.error(line, "a noun's frame is source>target prepositions (van>aan)") }
                nouns[fields[1]] = Pattern(code: fields[3], target: parts[1] == "-" ? nil : parts[1], source: parts[0])
            default: throw file.error(line, "unknown kind \(fields[0]); expected verb, object, phrase, instrument, weapon, impact, adjective, judgement, noun, judging, measure, spokesperson, symmetric, sector or denied")
            }
        }
        // The lemmatizer writes some particle verbs joined (`innemen` beside `in_nemen`): both spellings find the pattern.
        func joined<Value>(_ table: [String: Value]) -> [String: Value] {
            var table = table
            for (key, value) in table where key.contains("_") {
                let plain = key.filter { $0 != "_" }
                if table[plain] == nil { table[plain] = value }
            }
            return table
        }
        self.verbs = joined(verbs)
        self.objects = joined(objects)
        self.phrases = joined(phrases)
        self.instruments = instruments
        self.weapons = weapons
        self.impacts = impacts
        self.nouns = nouns
        self.adjectives = adjectives
        self.measures = measures
        self.spokespeople = spokespeople
        self.symmetric = symmetric
        self.bySector = bySector
        self.bySourceSector = bySourceSector
        self.whenDenied = whenDenied
        self.judging = judging
        self.judgements = judgements
    }

    /// The pattern of an event noun, or of the last part of a compound (`raketaanval` → `aanval`, `Kongo-bezoek` →
    /// `bezoek`).
    func noun(_ lemma: String) -> Pattern? { Self.lookup(lemma, in: nouns) }

    /// The judgement a word makes, read as `noun(_:)` reads a noun.
    func judgement(_ lemma: String) -> Pattern? { Self.lookup(lemma, in: judgements) }

    /// The pattern of a verb with an object noun, the object read as `noun(_:)` reads it (`migratiedeal` → `deal`).
    func object(_ verb: String, _ object: String) -> Pattern? {
        guard let patterns = objects[verb] else { return nil }
        return Self.lookup(object, in: patterns)
    }

    /// The pattern of a phrase with a preposition and a noun that makes any verb an act, the noun read as `noun(_:)`
    /// reads it (`met waterkanonnen`, lemma `waterkanon`).
    func instrument(_ preposition: String, _ noun: String) -> Pattern? {
        guard let patterns = instruments[preposition] else { return nil }
        return Self.lookup(noun, in: patterns)
    }

    /// The pattern of a weapon noun, read as `noun(_:)` reads a noun (`kruisraket` → `raket`).
    func weapon(_ lemma: String) -> Pattern? { Self.lookup(lemma, in: weapons) }

    /// The longest word, in UTF-8 bytes, whose final parts `lookup(_:in:)` tries.
    static let longestCompound = 80

    /// The entry of a word, else of its longest final part that is an entry after a hyphen, or, for an entry of four
    /// letters or more, after at least three letters of a first part (Dutch writes compounds as one word).
    static func lookup<Value>(_ word: String, in table: [String: Value]) -> Value? {
        if let value = table[word] { return value }
        // No compound in the tables is longer; a longer "word" (a run of letters without spaces) has no parts to try.
        guard word.utf8.count <= Self.longestCompound else { return nil }
        var index = word.startIndex
        var prefix = 0
        while index < word.endIndex {
            let character = word[index]
            index = word.index(after: index)
            prefix += 1
            let rest = word[index...]
            guard !rest.isEmpty else { break }
            if character == "-" || (prefix >= 3 && rest.count >= 4), let value = table[String(rest)] { return value }
        }
        return nil
    }
}
