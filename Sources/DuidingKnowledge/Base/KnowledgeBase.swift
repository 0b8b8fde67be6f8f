public import DuidingCore

/// The kind of thing an entity is: a person, an organisation, a place with a government (GPE), a place
/// without one (LOC), or something else with a name (MISC).
public enum EntityKind: String, Sendable, CaseIterable {
    case person = "PER", organisation = "ORG", gpe = "GPE", location = "LOC", misc = "MISC"

    /// The CoNLL type the entity tagger uses for it (a GPE is a LOC there).
    public var nerType: String {
        switch self {
        case .person: "PER"
        case .organisation: "ORG"
        case .gpe, .location: "LOC"
        case .misc: "MISC"
        }
    }
}

/// One entity of the knowledge base.
public struct KnownEntity: Sendable, Equatable {
    /// Wikidata id when known.
    public var qid: String?
    public var kind: EntityKind
    /// ISO 3166-1 alpha-2 code of the country it belongs to.
    public var country: String?
    /// Popularity from 1 (obscure) to 5 (world-famous).
    public var prior: Int
    /// Language code → names, the preferred one first. `labels["en"]?.first` is the English Wikipedia title.
    public var labels: [String: [String]]
    public var descriptions: [String: String]
    /// Finer kind: `politician`, `city`, `news-agency` …
    public var category: String

    public init(
        qid: String?, kind: EntityKind, country: String?, prior: Int, labels: [String: [String]],
        descriptions: [String: String], category: String
    ) {
        self.qid = qid
        self.kind = kind
        self.country = country
        self.prior = prior
        self.labels = labels
        self.descriptions = descriptions
        self.category = category
    }

    /// The English Wikipedia title, the entity's key where it has no Wikidata id.
    public var title: String { labels["en"]?.first ?? labels.values.first?.first ?? "" }

    /// The name to show in a language, falling back to English.
    public func name(in language: String) -> String { labels[language]?.first ?? title }

    /// Every label in every language, without repeats, in file order.
    public var allLabels: [String] {
        var seen = Set<String>()
        return labels.keys.sorted().flatMap { labels[$0] ?? [] }.filter { seen.insert($0).inserted }
    }
}

/// An office held for a span of days: `Andrei Belousov`, defence-minister of `RU`, from 2024-05-14.
public struct Role: Sendable, Equatable {
    /// Index of the person in ``KnowledgeBase/entities``.
    public var person: Int
    /// `head-of-state`, `foreign-minister` …
    public var role: String
    /// Country code, or the English title of an organisation.
    public var of: String
    /// First and last day in office; `nil` when not known or still in office.
    public var start: CalendarDay?
    public var end: CalendarDay?
    /// The office as written per language (`minister van Defensie`).
    public var titles: [String: String]

    public init(person: Int, role: String, of: String, start: CalendarDay?, end: CalendarDay?, titles: [String: String]) {
        self.person = person
        self.role = role
        self.of = of
        self.start = start
        self.end = end
        self.titles = titles
    }

    /// Whether the office was held on `day` (an open start counts as long before, an open end as ongoing).
    public func held(on day: CalendarDay) -> Bool {
        (start.map { $0 <= day } ?? true) && (end.map { day <= $0 } ?? true)
    }
}

/// A country with the words that point at it and the places that stand for its government.
public struct Country: Sendable, Equatable {
    public var code: String
    /// Index of the country in ``KnowledgeBase/entities``.
    public var entity: Int
    /// Language → adjective forms (`Russisch`, `Russische`).
    public var adjectives: [String: [String]]
    /// Language → demonyms (`Rus`, `Russen`).
    public var demonyms: [String: [String]]
    /// Entities (capital, seat, buildings) that stand for the government in news: `Moskou`, `het Kremlin`.
    public var governmentPlaces: [Int]
}

/// Entities, their roles over time and countries, with indexes by name for linking.
///
/// ```
/// knowledge/entities/*.tsv ─┐
/// knowledge/roles/*.tsv ────┼─► KnowledgeBase ─► NameIndex (folded and transliterated names → entities)
/// knowledge/countries.tsv ──┘                 └─► roles by person, by office
/// ```
/// Loaded once, immutable and `Sendable`.
public struct KnowledgeBase: Sendable {
    public internal(set) var entities: [KnownEntity] = []
    public internal(set) var roles: [Role] = []
    public internal(set) var countries: [String: Country] = [:]
    /// Role indexes per person.
    public internal(set) var rolesByPerson: [Int: [Int]] = [:]
    /// Role indexes per `role TAB of`.
    public internal(set) var rolesByOffice: [String: [Int]] = [:]
    /// Entity index per Wikidata id and per English title.
    public internal(set) var byQID: [String: Int] = [:]
    public internal(set) var byTitle: [String: Int] = [:]
    /// Government place entity → country code.
    public internal(set) var governmentOf: [Int: String] = [:]
    public internal(set) var names: NameIndex
    /// Folded given name → the sex it nearly always indicates (`m`, `f`), or `u` for a name given to both (`Kim`), from
    /// `first-names.tsv`.
    public internal(set) var firstNameSex: [String: Character] = [:]

    public init(transliteration: Transliteration = Transliteration(rules: [])) {
        names = NameIndex(transliteration: transliteration)
    }

    /// The entity's identity as written in output: its Wikidata id, else `wiki:<English title>`.
    public func identifier(_ index: Int) -> String {
        entities[index].qid ?? "wiki:" + entities[index].title
    }

    /// The roles a person held on a day.
    public func roles(of person: Int, on day: CalendarDay) -> [Role] {
        (rolesByPerson[person] ?? []).map { roles[$0] }.filter { $0.held(on: day) }
    }

    /// The sex a person's name shows by its first word (`Ursula von der Leyen` → `f`), when the word is a given name
    /// that nearly always shows one.
    public func sex(ofName words: [String]) -> Character? {
        guard words.count >= 2 else { return nil }
        // A hyphenated given name folds to two words (`Jean-Luc` → `jean luc`).
        let hyphenated = words.count >= 3 ? firstNameSex[Transliteration.fold(words[0] + " " + words[1])] : nil
        // (`u`: a name given to both shows no sex.)
        return (hyphenated ?? firstNameSex[Transliteration.fold(words[0])]).flatMap { $0 == "u" ? nil : $0 }
    }

    /// The people who held `role` of `of` on a day.
    public func holders(of role: String, of: String, on day: CalendarDay) -> [Int] {
        (rolesByOffice[role + "\t" + of] ?? []).map { roles[$0] }.filter { $0.held(on: day) }.map(\.person)
    }
}
