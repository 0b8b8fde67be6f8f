/// An event as one row of event data: its actors by name and CAMEO code, its day, its trigger and the sentence
/// that reports it. What the store keeps, the API returns and `duiding export events` writes.
///
/// ```
/// 042 Make a visit   Vladimir Poetin (RUSGOV) → China (CHN)   2024-05-16   "bezoek"   "Poetin is … voor een bezoek aan China."
/// ```
public struct EventRecord: Sendable, Equatable, Codable {
    public var code: String
    public var label: String
    public var plover: String?
    public var goldstein: Double?
    public var source: Side?
    public var target: Side?
    /// The event's own time (a TIMEX3 value: `2023-10`, `2024-05-16`), else the day the article was published.
    public var date: String?
    /// The first day that date covers (`2023-10-01`), for ordering and ranges.
    public var day: String?
    public var modality: String
    public var negated: Bool
    /// The words that name the event (`bezocht`, `bezoek`).
    public var trigger: String
    /// Where the trigger stands in the article text, in Unicode scalars.
    public var triggerStart: Int
    public var triggerEnd: Int
    /// The sentence that reports the event, and its position in the article (0 for the first).
    public var evidence: String
    public var sentence: Int
    /// The place where it happened, by name.
    public var location: String?

    /// One side of an event: the actor's name, its CAMEO code, and (in a store) its stored entity.
    public struct Side: Sendable, Equatable, Codable {
        public var name: String?
        public var actor: String?
        public var entityID: Int64?

        public init(name: String? = nil, actor: String? = nil, entityID: Int64? = nil) {
            self.name = name
            self.actor = actor
            self.entityID = entityID
        }
    }

    /// The two-digit CAMEO root (`04` of `042`).
    public var root: String { String(code.prefix(2)) }

    public init(
        code: String, label: String, plover: String? = nil, goldstein: Double? = nil, source: Side? = nil, target: Side? = nil,
        date: String? = nil, day: String? = nil, modality: String = "asserted", negated: Bool = false, trigger: String,
        triggerStart: Int = 0, triggerEnd: Int = 0, evidence: String, sentence: Int = 0, location: String? = nil
    ) {
        self.code = code
        self.label = label
        self.plover = plover
        self.goldstein = goldstein
        self.source = source
        self.target = target
        self.date = date
        self.day = day
        self.modality = modality
        self.negated = negated
        self.trigger = trigger
        self.triggerStart = triggerStart
        self.triggerEnd = triggerEnd
        self.evidence = evidence
        self.sentence = sentence
        self.location = location
    }
}

/// One event as a store keeps it: the event as its first report gives it, and every article that reports it.
public struct StoredEvent: Sendable, Equatable, Codable {
    /// A stable number for the event (the store's row of its first report).
    public var id: Int64
    public var event: EventRecord
    public var reports: [EventReport]

    public init(id: Int64, event: EventRecord, reports: [EventReport]) {
        self.id = id
        self.event = event
        self.reports = reports
    }
}

/// An article that reports an event, with the sentence that does.
public struct EventReport: Sendable, Equatable, Codable {
    public var articleID: Int64
    public var headline: String?
    public var published: String?
    /// The outlet (`NOS`) and the article's address, when known.
    public var outlet: String?
    public var url: String?
    public var trigger: String
    public var evidence: String

    public init(
        articleID: Int64, headline: String? = nil, published: String? = nil, outlet: String? = nil, url: String? = nil, trigger: String,
        evidence: String
    ) {
        self.articleID = articleID
        self.headline = headline
        self.published = published
        self.outlet = outlet
        self.url = url
        self.trigger = trigger
        self.evidence = evidence
    }
}

extension Analysis {
    /// The article's events as rows: actors by the names of their entities, each event dated by its own time
    /// expression, else by the day the article was published (or its reference time).
    public func eventRecords() -> [EventRecord] {
        guard !events.isEmpty else { return [] }
        let scalars = Array(self.text.unicodeScalars)
        let entityNames = Dictionary(entities.map { ($0.id, $0.name) }) { first, _ in first }
        let timeValues = Dictionary(times.compactMap { time in time.value.map { (time.id, $0) } }) { first, _ in first }
        let published = (metadata.published ?? referenceTime).map { String($0.prefix(10)) }
        func text(_ start: Int, _ end: Int) -> String {
            let start = max(0, min(start, scalars.count))
            return ScalarText.string(scalars, start..<max(start, min(end, scalars.count)))
        }
        func side(_ actor: Event.Actor?) -> EventRecord.Side? {
            guard let actor else { return nil }
            // A group's own words (`de Russische regering`) before the entity it belongs to (`Rusland`).
            return EventRecord.Side(name: actor.text ?? actor.entity.flatMap { entityNames[$0] }, actor: actor.actor)
        }
        return events.map { event in
            // A time expression with a calendar value dates the event; one without (`PRESENT_REF`, a duration) does not.
            // (Of a time of day, the day: events are dated by the day, `2023-05-26` for `vrijdagavond`, `2023-05-26TEV`.)
            let own = event.time.flatMap { timeValues[$0] }.flatMap { value in
                TimexInterval.days(of: value) != nil ? String(value.split(separator: "T", maxSplits: 1).first ?? Substring(value)) : nil
            }
            let date = own ?? published.flatMap { TimexInterval.days(of: $0) != nil ? $0 : nil }
            let evidence = sentences.indices.contains(event.sentence)
                ? text(sentences[event.sentence].start, sentences[event.sentence].end) : ""
            return EventRecord(
                code: event.code, label: event.label, plover: event.plover, goldstein: event.goldstein, source: side(event.source),
                target: side(event.target), date: date, day: date.flatMap { TimexInterval.days(of: $0)?.first },
                modality: event.modality, negated: event.negated, trigger: text(event.trigger.start, event.trigger.end),
                triggerStart: event.trigger.start, triggerEnd: event.trigger.end, evidence: evidence,
                sentence: event.sentence, location: event.location.flatMap { entityNames[$0] })
        }
    }
}
