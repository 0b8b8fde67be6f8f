import DuidingCore
import Foundation

/// One article's linking in progress: names linked in text order, then descriptions, then pronouns
/// and groups, each against the clusters found before it.
struct LinkingState {
    var document: LinkingDocument
    let words: ReferenceWords
    let linker: Linker
    let language: String
    var kb: KnowledgeBase { linker.kb }

    var clusters: [Linker.Cluster] = []
    var clusterOfEntity: [Int: Int] = [:]
    /// Folded name → cluster, so a name repeated gets the same decision.
    var clusterOfName: [String: Int] = [:]
    /// The cluster of each name of ``LinkingDocument/names``.
    var nameCluster: [Int?]
    /// Every resolved mention by its first token, for the nearest-antecedent searches.
    var timeline: [(token: Int, cluster: Int)] = []
    /// How often the article points at each country (names, adjectives, demonyms).
    var countries: [String: Int] = [:]
    /// Office descriptions standing in apposition to a name, by name index.
    var cues: [Int: Description] = [:]
    /// Definite office descriptions standing alone (`de Russische president zei`).
    var descriptions: [Description] = []
    /// Descriptions of a person by nationality or age (`de Amerikaan`, `de 77-jarige Democraat`), determiner to noun:
    /// resolved as a pronoun is (``LinkingDocument/takePersonDescriptions(determiners:indefinites:ageEndings:isGivenName:isPersonNoun:isFunctionNoun:isTitleAcronym:isAgeWord:demonym:)``), with the
    /// country of a demonym.
    var personDescriptions: [(tokens: Range<Int>, country: String?)] = []
    /// An office phrase: the roles it can name, its length in tokens, the country or organisation it names.
    typealias Office = (roles: [String], length: Int, owner: String?)
    /// Office phrases by their first token.
    var offices: [Int: Office] = [:]
    /// Tokens of office phrases: a portfolio the tagger marked in them (`Defensie`) is no entity.
    var officeTokens = IndexSet()

    init(document: LinkingDocument, words: ReferenceWords, linker: Linker, language: String) {
        self.document = document
        self.words = words
        self.linker = linker
        self.language = language
        nameCluster = [Int?](repeating: nil, count: document.names.count)
    }

    mutating func run() {
        countCountries()
        findOffices()
        findMissedPeople()
        findMissedCountries()
        findDescriptions()
        // Full names of people first, so a surname before its full name (`Holbrooke` … `Richard Holbrooke`)
        // already finds the person.
        let people = document.names.indices.filter { document.names[$0].type == "PER" && document.names[$0].tokens.count > 1 }
        for index in people { linkName(index) }
        // (Once each: a name that a repair splits into mentions of other entities keeps no cluster of its own.)
        let linked = Set(people)
        for index in document.names.indices where nameCluster[index] == nil && !linked.contains(index) { linkName(index) }
        mergeAliases()
        mergeAcronyms()
        mergeShortForms()
        recoverRepeats()
        for description in descriptions { resolve(description) }
        resolveTitleNouns()
        let ages = statedAges()
        // (A description an office or a title already resolved keeps its person.)
        let resolved = Set(clusters.flatMap { $0.mentions.map(\.start) })
        for description in personDescriptions {
            let last = description.tokens.upperBound - 1
            if officeTokens.contains(last) || resolved.contains(document.tokens[description.tokens.lowerBound].start) { continue }
            let sex = words.nounSex[document.lower[last]]
            // (Not someone the article gives another age: `Ronald V. (54)` is not `de 38-jarige`.)
            let age = description.tokens.map { document.lower[$0] }.compactMap(age(in:)).first
            let otherAged = age.map { age in Set(ages.filter { !$0.value.contains(age) }.keys) } ?? []
            if let target = salient(before: description.tokens.lowerBound, type: "PER", sex: sex, besides: otherAged) {
                attach(description.tokens, kind: "description", to: target)
            }
            // A demonym is still a mention of its country, of its own kind, as a country's adjective is (outside the
            // timeline: no antecedent).
            if let country = description.country.flatMap({ kb.countries[$0] }) {
                let cluster = self.cluster(for: country.entity, type: "LOC")
                let token = document.tokens[description.tokens.upperBound - 1]
                clusters[cluster].mentions.append(Mention(start: token.start, end: token.end, text: token.text, kind: "adjective"))
            }
        }
        resolvePronounsAndGroups()
    }

    /// The age a word states (`54-jarige` → 54), by the language's age endings.
    func age(in word: String) -> Int? {
        guard words.isAgeWord(word) else { return nil }
        return Int(word.prefix { $0.isASCII && $0.isNumber })
    }

    /// The ages the article states for the people it names, by cluster: after a name (`Ronald V. (54)`) or before it
    /// (`de 54-jarige Ronald V.`).
    func statedAges() -> [Int: Set<Int>] {
        var ages: [Int: Set<Int>] = [:]
        let tokens = document.tokens
        for (number, name) in document.names.enumerated() {
            guard let cluster = nameCluster[number], clusters[cluster].type == "PER" else { continue }
            let (first, last) = (name.tokens.lowerBound, name.tokens.upperBound - 1)
            if last + 3 < tokens.count, tokens[last + 1].text == "(", tokens[last + 3].text == ")", let age = Int(tokens[last + 2].text),
                (1...120).contains(age)
            {
                ages[cluster, default: []].insert(age)
            }
            if first > 0, document.sentenceOf[first - 1] == document.sentenceOf[first], let age = age(in: document.lower[first - 1]) {
                ages[cluster, default: []].insert(age)
            }
        }
        return ages
    }

    mutating func countCountries() {
        for token in document.tokens {
            if let code = linker.country(word: token.text, language: language) { countries[code, default: 0] += 1 }
        }
        for name in document.names where name.tokens.count > 1 {
            if let code = linker.country(word: name.text, language: language) { countries[code, default: 0] += 1 }
        }
        // A place named in the article (`Antwerpen`, `Genk`) counts once for its country when no other place bears its
        // name (once: `Brussel` written ten times for the EU does not make a text Belgian).
        var places: Set<Int> = []
        for name in document.names where name.type == "LOC" && linker.country(word: name.text, language: language) == nil {
            let found = kb.names.candidates(name.text).filter { $0.match == .folded && kb.entities[$0.entity].kind.nerType == "LOC" }
            guard found.count == 1, places.insert(found[0].entity).inserted, let code = kb.entities[found[0].entity].country else { continue }
            countries[code, default: 0] += 1
        }
    }

    // MARK: Names

    mutating func linkName(_ index: Int) {
        let name = document.names[index]
        if officeTokens.contains(integersIn: name.tokens) { return }
        // A country adjective the tagger took for a person (`Albanese rebellen`, tagged ADJ but named PER) is one too.
        let adjective = name.type == "MISC" || document.tokens[name.tokens.lowerBound].upos == "ADJ"
        if adjective, name.tokens.count == 1, let code = linker.countryWords[language]?[Transliteration.fold(name.text)],
            let country = kb.countries[code]
        {
            // `Russische olie`: the tagger's MISC adjective is a mention of the country, of its own kind.
            let cluster = self.cluster(for: country.entity, type: "LOC")
            nameCluster[index] = cluster
            clusters[cluster].mentions.append(Mention(start: name.start, end: name.end, text: name.text, kind: "adjective"))
            return
        }
        // A determiner and a country adjective taken for a name (`Veel Chinese bedrijven`, sentence-initial `Veel`
        // capitalised): the adjective is the country's; the determiner is no name.
        if name.tokens.count == 2, document.tokens[name.tokens.lowerBound].upos == "DET",
            document.tokens[name.tokens.lowerBound + 1].upos == "ADJ", candidates(name.text).isEmpty,
            let code = linker.countryWords[language]?[Transliteration.fold(document.tokens[name.tokens.lowerBound + 1].text)],
            let country = kb.countries[code]
        {
            attach((name.tokens.lowerBound + 1)..<name.tokens.upperBound, kind: "adjective", to: self.cluster(for: country.entity, type: "LOC"))
            return
        }
        if let (person, code) = personAfterDemonym(name) {
            // `Argentijn Guillermo Canas`, `Rus Kafelnikov` taken as one name: the demonym points at the country, the
            // name after it is a person.
            if let country = kb.countries[code] {
                attach(name.tokens.lowerBound..<person.lowerBound, kind: "adjective", to: self.cluster(for: country.entity, type: "LOC"))
            }
            attach(person, kind: nil, to: place(document.text(person), type: "PER", cue: cues[index]))
            return
        }
        if name.tokens.count >= 2, case let first = name.tokens.lowerBound,
            let code = linker.countryWords[language]?[Transliteration.fold(document.tokens[first].text)],
            document.tokens[first + 1].text.first?.isLowercase == true, candidates(name.text).isEmpty
        {
            // A country adjective the tagger ran into the common nouns after it (`Chinese leger grote` typed an
            // organisation): the adjective is the country's; the rest is no name.
            if let country = kb.countries[code] {
                attach(first..<(first + 1), kind: "adjective", to: self.cluster(for: country.entity, type: "LOC"))
            }
            return
        }
        // (Not a name its acronym in brackets spells out: `Vereniging voor … borstvoeding (VBBB)` is one name.)
        if name.tokens.count >= 2, candidates(name.text).isEmpty, !document.isSpelledOut(name), let parts = split(name) {
            // `Veiligheidsraad Sjojgoe`: two names the tagger ran together.
            for part in parts {
                if part.type == "ADJ" {
                    // A country adjective among them (`Russische`) is a mention of the country, of its own kind.
                    if let code = linker.countryWords[language]?[Transliteration.fold(document.text(part.tokens))], let country = kb.countries[code] {
                        attach(part.tokens, kind: "adjective", to: self.cluster(for: country.entity, type: "LOC"))
                    }
                    continue
                }
                attach(part.tokens, kind: nil, to: place(document.text(part.tokens), type: part.type, cue: nil))
            }
            return
        }
        let cluster = place(name.text, type: name.type, cue: cues[index])
        attach(index, to: cluster)
        // An event the knowledge base knows by a name that holds countries (`Russische invasie van Oekraïne`): each is
        // mentioned in it too, an adjective as one (`Russische`), so that the act the name tells is between them.
        if let entity = clusters[cluster].entity, kb.entities[entity].category == "event" {
            for token in name.tokens {
                guard let code = linker.country(word: document.tokens[token].text, language: language), let country = kb.countries[code] else { continue }
                let kind = document.tokens[token].upos == "ADJ" ? "adjective" : nil
                attach(token..<(token + 1), kind: kind, to: self.cluster(for: country.entity, type: "LOC"))
            }
        }
    }

    /// The name after a demonym that the tagger ran into one name with it (`Argentijn Guillermo Canas`, typed a
    /// person, place or miscellaneous name): one to four words after the demonym, the first capitalised, none a
    /// country word, that the knowledge base knows as a person or that open with a given name (`first-names.tsv`).
    /// Not a demonym that is a given name itself, nor an organisation's name (`Franse Nationale Vergadering`). With the
    /// demonym's country code.
    func personAfterDemonym(_ name: LinkingDocument.Name) -> (person: Range<Int>, country: String)? {
        guard name.type != "ORG", name.tokens.count >= 2, name.tokens.count <= 5, candidates(name.text).isEmpty else { return nil }
        let demonym = Transliteration.fold(document.tokens[name.tokens.lowerBound].text)
        guard let code = linker.demonyms[language]?[demonym], kb.firstNameSex[demonym] == nil else { return nil }
        let rest = (name.tokens.lowerBound + 1)..<name.tokens.upperBound
        guard let first = document.tokens[rest.lowerBound].text.first, first.isUppercase,
            !rest.contains(where: { linker.country(word: document.tokens[$0].text, language: language) != nil })
        else { return nil }
        let found = candidates(document.text(rest))
        let person = found.isEmpty
            ? rest.count >= 2 && kb.firstNameSex[Transliteration.fold(document.tokens[rest.lowerBound].text)] != nil
            : found.allSatisfy { kb.entities[$0.entity].kind.nerType == "PER" }
        return person ? (rest, code) : nil
    }

    /// The cluster a name belongs to: the one an identical name or a longer name of the person already
    /// has, else the best-scoring knowledge-base entity's, else a new NIL cluster.
    mutating func place(_ text: String, type: String, cue: Description?) -> Int {
        let folded = Transliteration.fold(text)
        let nameWords = folded.split(separator: " ").map(String.init)
        // One sense per article: a name written again is the same entity, whatever type the tagger gave it.
        let key = folded
        if let cluster = clusterOfName[key] { return cluster }
        // The surname of a person named in full before is that person, also where the tagger took it for an
        // organisation or a miscellaneous name (`Volgens De Wit` after `Marloes de Wit`); a place the knowledge base
        // knows keeps its type (`Washington` after `George Washington` may be the city).
        // A name the tagger took for a place joins the person too when the knowledge base knows no place by it
        // (`Canas` after `Guillermo Canas`).
        let placeKnown = type == "LOC" && candidates(text).contains { ["LOC"].contains(kb.entities[$0.entity].kind.nerType) }
        // (A surname of two words or more is the person's even where a place bears it: `tegen De Haan` after `Mirjam de
        // Haan`, not the coastal town.)
        if !placeKnown || nameWords.count >= 2, let cluster = clusters.lastIndex(where: { $0.type == "PER" && Self.isShortForm(nameWords, of: $0.words) }) {
            clusterOfName[key] = cluster
            return cluster
        }
        // A person's first word alone is that person. When it is no given name, it is a family name written first (`Tsai`
        // after `Tsai Ing-wen`, `Lai` after `Lai Ching-te`) or the name an Ethiopian or Eritrean is called by (`Seyoum`
        // after `Seyoum Mesfin`): the last person so named. When it is a given name, as features and interviews call
        // people (`Maria` after `Maria Vandenberghe`): the one person of the article named in full with it (not when two
        // share it), also where the tagger took it for a place or something else that the knowledge base knows no place
        // or organisation by, but not with an office written beside it (`koning Filip` after `Filip Dewinter` is the king).
        if nameWords.count == 1 {
            func opened(_ lengths: ClosedRange<Int>) -> [Int] {
                clusters.indices.filter { clusters[$0].type == "PER" && lengths.contains(clusters[$0].words.count) && clusters[$0].words.first == folded }
            }
            var person: Int?
            if kb.firstNameSex[folded] == nil {
                if type == "PER" { person = opened(2...3).last }
            } else if cue == nil,
                type == "PER" || !candidates(text).contains(where: { ["LOC", "ORG"].contains(kb.entities[$0.entity].kind.nerType) })
            {
                let named = opened(2...4)
                if named.count == 1 { person = named.first }
            }
            if let person {
                clusterOfName[key] = person
                return person
            }
        }
        var best: (entity: Int, score: Double)?
        for (entity, match) in candidates(text) {
            let score = self.score(entity, match: match, type: type, cue: cue)
            if score > (best?.score ?? -.infinity) { best = (entity, score) }
        }
        let cluster: Int
        if let best, best.score >= linker.threshold {
            cluster = self.cluster(for: best.entity, type: type)
        } else {
            cluster = clusters.count
            clusters.append(Linker.Cluster(entity: nil, type: type, words: nameWords, mentions: []))
        }
        clusterOfName[key] = cluster
        return cluster
    }
}
