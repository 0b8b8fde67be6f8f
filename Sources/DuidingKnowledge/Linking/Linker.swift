public import DuidingCore

/// Links the entity tagger's names to the knowledge base and gathers every mention of an entity —
/// names, short forms, office descriptions, groups and pronouns — into one entity per article.
///
/// ```
/// names ─► apposition cues (`de Russische president` Poetin) ─► candidates (NameIndex) ─► scores ─► clusters
/// descriptions (`de Russische president` alone) ─► holders of the office on the reference day ────┤
/// groups (`de twee leiders`), pronouns (`hij`) ─► nearest compatible clusters before them ─────────┘
/// ```
/// A name with no candidate scoring above ``threshold`` is NIL: it still becomes one entity of the
/// article (its short forms join it), with no `kb` id.
public struct Linker: Sendable {
    public let kb: KnowledgeBase
    /// Reference words per language.
    public let words: [String: ReferenceWords]
    /// The least score a candidate needs; below it a name is NIL.
    public var threshold: Double
    /// Folded country adjectives, demonyms and names → country code, per language (names in all).
    let countryWords: [String: [String: String]]
    /// Folded demonyms (`Argentijn`, `Rus`) → country code, per language.
    let demonyms: [String: [String: String]]
    /// Folded names, in any language, of the places that stand for a sovereign country's government (`Peking`,
    /// `Washington`, `Kremlin`), but for those that are also given names (`Sofia`, `Victoria`).
    let governmentPlaceWords: Set<String>
    /// The entities of the countries.
    let countryEntities: Set<Int>

    public init(kb: KnowledgeBase, words: [String: ReferenceWords], threshold: Double = 2.0) {
        self.kb = kb
        self.words = words
        self.threshold = threshold
        var countryWords: [String: [String: String]] = [:]
        var demonyms: [String: [String: String]] = [:]
        // In the order of `countries.tsv`: a word two countries share (`Congolese`) means the one listed first.
        func keepFirst(_ words: inout [String: [String: String]], _ language: String, _ word: String, _ code: String) {
            let key = Transliteration.fold(word)
            if words[language]?[key] == nil { words[language, default: [:]][key] = code }
        }
        for (code, country) in kb.countries.sorted(by: { $0.value.entity < $1.value.entity }) {
            for (language, forms) in country.demonyms {
                for form in forms { keepFirst(&demonyms, language, form, code) }
            }
            for (language, forms) in country.adjectives.merging(country.demonyms, uniquingKeysWith: +) {
                for form in forms { keepFirst(&countryWords, language, form, code) }
            }
            for label in kb.entities[country.entity].allLabels { keepFirst(&countryWords, "*", label, code) }
        }
        self.countryWords = countryWords
        self.demonyms = demonyms
        countryEntities = Set(kb.countries.values.map(\.entity))
        governmentPlaceWords = Set(
            kb.governmentOf.filter { _, code in kb.countries[code].map { kb.entities[$0.entity].category == "country" } ?? false }.keys
                .flatMap { kb.entities[$0].allLabels.map(Transliteration.fold) }
                .filter { kb.firstNameSex[$0] == nil })
    }

    /// One entity of the article being built.
    struct Cluster {
        var entity: Int?
        var type: String
        /// Folded words of the longest name, for short forms.
        var words: [String]
        var mentions: [Mention]
        /// Roles named in apposition to it (`president` Xi).
        var cueRoles: Set<String> = []
    }

    /// Replaces `analysis.entities` with linked entities built from the tokens' `ner` tags.
    ///
    /// - Complexity: O(tokens × longest office phrase + names × candidates).
    public func link(_ analysis: inout Analysis) {
        let day = LinkingDocument.day(of: analysis) ?? CalendarDay(year: 2000, month: 1, day: 1)
        var document = LinkingDocument(analysis, day: day)
        let language = words[analysis.language] ?? ReferenceWords()
        document.dropOpeners(language.openers, particles: kb.names.particles) { !kb.names.candidates($0).isEmpty }
        document.joinNames(kb.names, kb: kb)
        document.dropTitleAcronyms(language.isTitleAcronym)
        let isGivenName = { (word: String) in kb.firstNameSex[Transliteration.fold(word)] != nil }
        let dropTitleNouns = { (document: inout LinkingDocument) in
            document.dropTitleNouns(
                personEndings: language.personEndings, organisationHeads: language.organisationHeads, linkers: language.linkers,
                particles: kb.names.particles, isGivenName: isGivenName
            ) { !kb.names.candidates($0).isEmpty }
        }
        dropTitleNouns(&document)
        document.extendSurnames(particles: kb.names.particles) { word in
            isGivenName(word) || demonyms[analysis.language]?[Transliteration.fold(word)] != nil
        }
        document.completeParticleSurnames(particles: kb.names.particles) { !kb.names.candidates($0).isEmpty }
        document.findAgedGivenNames(articles: language.determiners.union(language.indefinites)) { word in
            isGivenName(word) || demonyms[analysis.language]?[Transliteration.fold(word)] != nil
        }
        document.retypeMiscellaneousPeople(particles: kb.names.particles, isAgeWord: language.isAgeWord, isGivenName: isGivenName) { name in
            kb.names.candidates(name).contains { $0.match == .folded && kb.entities[$0.entity].kind.nerType != "PER" }
        }
        document.findUntaggedPeople(particles: kb.names.particles, isGivenName: isGivenName) { word in
            kb.names.candidates(word).contains { $0.match == .folded && ["LOC", "ORG"].contains(kb.entities[$0.entity].kind.nerType) }
        }
        document.joinParticleSurnames(
            particles: kb.names.particles, isGivenName: isGivenName,
            isPlaceOrOrganisation: { word in kb.names.candidates(word).contains { ["LOC", "ORG"].contains(kb.entities[$0.entity].kind.nerType) } },
            isCountryOrOrganisation: { word in
                kb.names.candidates(word).contains { kb.entities[$0.entity].kind.nerType == "ORG" || countryEntities.contains($0.entity) }
            })
        document.joinGivenNames(isGivenName: isGivenName) { word in
            kb.names.candidates(word).contains { $0.match == .folded && ["LOC", "ORG"].contains(kb.entities[$0.entity].kind.nerType) }
        }
        // (Again, for a title the joins brought to the front of a name: `Staatssecretaris Aukje` and `de Vries`.)
        dropTitleNouns(&document)
        document.dropTrailingLowercase()
        document.expandAcronyms()
        let isPerson = { (name: String) in kb.names.candidates(name).contains { kb.entities[$0.entity].kind.nerType == "PER" } }
        let isPlaceOrOrganisation = { (word: String) in
            kb.names.candidates(word).contains { $0.match == .folded && ["LOC", "ORG"].contains(kb.entities[$0.entity].kind.nerType) }
        }
        document.joinHyphenedSurnames(particles: kb.names.particles, isPerson: isPerson, isPlaceOrOrganisation: isPlaceOrOrganisation)
        document.joinLeaderCompounds(language.leaderCompounds, isPerson: isPerson)
        let personDescriptions = document.takePersonDescriptions(
            determiners: language.determiners, indefinites: language.indefinites, ageEndings: language.ageEndings, isGivenName: isGivenName,
            isPersonNoun: { word in language.nounSex[word] != nil || language.hasPersonEnding(word) }, isFunctionNoun: language.isTitleNoun, isTitleAcronym: language.isTitleAcronym,
            isAgeWord: language.isAgeWord
        ) { word in
            demonyms[analysis.language]?[Transliteration.fold(word)]
        }
        var state = LinkingState(document: document, words: language, linker: self, language: analysis.language)
        state.personDescriptions = personDescriptions
        state.run()
        analysis.entities = state.entities()
    }

    /// The country a word points at: a name in any language, or an adjective or demonym of `language`.
    func country(word: String, language: String) -> String? {
        let key = Transliteration.fold(word)
        return countryWords[language]?[key] ?? countryWords["*"]?[key]
    }
}
