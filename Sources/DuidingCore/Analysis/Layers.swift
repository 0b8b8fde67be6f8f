/// A character span with the text it covers.
public struct Mention: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    /// How the entity is referred to: `nil` for its name, else `description` (`de Russische president`),
    /// `group` (`de twee leiders`, one of several entities) or `pronoun` (`hij`).
    public var kind: String?

    public init(start: Int, end: Int, text: String, kind: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
    }
}

/// A real-world entity mentioned in the article (PER, LOC, ORG, MISC), linked to the knowledge base where known.
public struct Entity: Sendable, Equatable, Codable {
    public var id: String
    public var type: String
    public var name: String
    /// Wikidata id (`Q7747`) where the knowledge base knows one.
    public var kb: String?
    /// The English Wikipedia title of the linked entity.
    public var title: String?
    /// The knowledge base's short description, in the article's language where it has one.
    public var description: String?
    /// Other names of the linked entity, in both languages (`Putin`, `Poetin`, `Vladimir Poetin`).
    public var aliases: [String]?
    /// ISO 3166-1 code of the country whose government this place or building stands for in news
    /// (`Peking`, `het Kremlin`): the metonymy flag event coding reads.
    public var government: String?
    public var mentions: [Mention]

    public init(
        id: String, type: String, name: String, kb: String? = nil, title: String? = nil, description: String? = nil,
        aliases: [String]? = nil, government: String? = nil, mentions: [Mention] = []
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.kb = kb
        self.title = title
        self.description = description
        self.aliases = aliases
        self.government = government
        self.mentions = mentions
    }
}

/// A time expression with its TIMEX3 type and value.
public struct TimeExpression: Sendable, Equatable, Codable {
    public var id: String
    public var start: Int
    public var end: Int
    public var text: String
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    public var type: String
    /// TIMEX3 value (`2024-05-16`, `2024-W19`, `P2D`, `PRESENT_REF`).
    public var value: String?
    /// TIMEX3 modifier (`END`, `MORE_THAN`, …).
    public var mod: String?
    /// TIMEX3 frequency of a SET (`2X` in `twee keer per jaar`).
    public var freq: String?

    public init(
        id: String, start: Int, end: Int, text: String, type: String, value: String? = nil, mod: String? = nil,
        freq: String? = nil
    ) {
        self.id = id
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.freq = freq
    }
}

/// A quotation with its speaker and addressee (entity ids).
public struct Quote: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var speaker: String?
    public var speakerText: String?
    public var addressee: String?
    /// The words that name the addressee (`Chinese functionarissen`), also when no entity is linked.
    public var addresseeText: String?
    /// `direct`, `partial` or `indirect`.
    public var kind: String
    /// The lemma of the speech verb that reports it (`zeggen`, `waarschuwen`), when one does.
    public var verb: String?
    /// How the speaker was found, when there is one: in the quote's own sentence (`speech-verb`, `colon`, `aldus`,
    /// `next-sentence`, `clause`, `according`) or from its context (`previous-speaker`, `sentence-before`,
    /// `sentence-after`, `paragraph-before`, `protagonist`, `next-quote`, `repeat`, `headline`, `interview`, and
    /// `main-voice` in a text whose sentences lost their order). A reader who needs only what the text states outright
    /// keeps the first kind.
    public var attribution: String?

    public init(
        start: Int, end: Int, text: String, speaker: String? = nil, speakerText: String? = nil,
        addressee: String? = nil, addresseeText: String? = nil, kind: String, verb: String? = nil, attribution: String? = nil
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.speaker = speaker
        self.speakerText = speakerText
        self.addressee = addressee
        self.addresseeText = addresseeText
        self.kind = kind
        self.verb = verb
        self.attribution = attribution
    }

    enum CodingKeys: String, CodingKey {
        case start, end, text, speaker, addressee, kind, verb, attribution
        case speakerText = "speaker_text"
        case addresseeText = "addressee_text"
    }
}

/// A claim that asserts a number, with what it is about and who asserts it.
public struct Claim: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var text: String
    public var value: Double?
    /// The upper bound of a range (`tussen 10.000 en 12.000`).
    public var high: Double?
    /// How the value is qualified, in TIMEX3's words: `APPROX` (`ongeveer`), `MORE_THAN` (`meer dan`),
    /// `LESS_THAN` (`bijna`), `EQUAL_OR_MORE` (`minstens`), `EQUAL_OR_LESS` (`hoogstens`).
    public var modifier: String?
    /// `percent`, a currency (`euro`), a measure (`km`), `times` (`keer`) or `count` (a counted noun).
    public var unit: String?
    public var about: String?
    /// Entity id of the source.
    public var source: String?
    /// The words that name the source (`Amerikaanse schattingen`), also when no entity is linked.
    public var sourceText: String?
    /// Time expression id.
    public var time: String?

    public init(
        start: Int, end: Int, text: String, value: Double? = nil, high: Double? = nil, modifier: String? = nil,
        unit: String? = nil, about: String? = nil, source: String? = nil, sourceText: String? = nil, time: String? = nil
    ) {
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.high = high
        self.modifier = modifier
        self.unit = unit
        self.about = about
        self.source = source
        self.sourceText = sourceText
        self.time = time
    }

    enum CodingKeys: String, CodingKey {
        case start, end, text, value, high, modifier, unit, about, source, time
        case sourceText = "source_text"
    }
}

/// A political event coded in CAMEO and PLOVER, with actors, place and time.
public struct Event: Sendable, Equatable, Codable {
    public var code: String
    public var label: String
    public var plover: String?
    public var goldstein: Double?
    public var source: Actor?
    public var target: Actor?
    /// Entity id of the location.
    public var location: String?
    /// Time expression id.
    public var time: String?
    public var negated: Bool
    /// `asserted`, `reported`, `planned` or `hypothetical`.
    public var modality: String
    /// Index of the sentence the event was found in.
    public var sentence: Int
    public var trigger: Span

    public init(
        code: String, label: String, plover: String? = nil, goldstein: Double? = nil, source: Actor? = nil,
        target: Actor? = nil, location: String? = nil, time: String? = nil, negated: Bool = false,
        modality: String = "asserted", sentence: Int, trigger: Span
    ) {
        self.code = code
        self.label = label
        self.plover = plover
        self.goldstein = goldstein
        self.source = source
        self.target = target
        self.location = location
        self.time = time
        self.negated = negated
        self.modality = modality
        self.sentence = sentence
        self.trigger = trigger
    }

    /// One side of an event: the entity and its actor code (`RUSGOV`), or, for a group no entity names, its words
    /// (`de oproerpolitie`) and code (`COP`).
    public struct Actor: Sendable, Equatable, Codable {
        public var entity: String?
        public var actor: String?
        /// The words naming the actor when no entity does.
        public var text: String?

        public init(entity: String? = nil, actor: String? = nil, text: String? = nil) {
            self.entity = entity
            self.actor = actor
            self.text = text
        }
    }
}

/// A bare character span.
public struct Span: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
