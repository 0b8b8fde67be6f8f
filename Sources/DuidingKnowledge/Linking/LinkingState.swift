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
        mergeShortForms()
        recoverRepeats()
        for description in descriptions { resolve(description) }
        resolveTitleNouns()
        resolvePronounsAndGroups()
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
        if name.tokens.count >= 2, candidates(name.text).isEmpty, let parts = split(name) {
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
        attach(index, to: place(name.text, type: name.type, cue: cues[index]))
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
        if !placeKnown, let cluster = clusters.lastIndex(where: { $0.type == "PER" && Self.isShortForm(nameWords, of: $0.words) }) {
            clusterOfName[key] = cluster
            return cluster
        }
        // A person's first word alone, when it is no given name, is a family name written first (`Tsai` after `Tsai
        // Ing-wen`, `Lai` after `Lai Ching-te`) or the name an Ethiopian or Eritrean is called by (`Seyoum` after
        // `Seyoum Mesfin`): that person.
        if type == "PER", nameWords.count == 1, kb.firstNameSex[folded] == nil,
            let cluster = clusters.lastIndex(where: { $0.type == "PER" && (2...3).contains($0.words.count) && $0.words.first == folded })
        {
            clusterOfName[key] = cluster
            return cluster
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

    /// A name without candidates cut into parts that have some: the runs of capitalised words when the
    /// tagger took lowercase words in (`Milosevic van Sierra Leone`, `Camp David vertrok`), else two
    /// parts (`Veiligheidsraad Sjojgoe`). Each part is typed by its best candidate.
    func split(_ name: LinkingDocument.Name) -> [(tokens: Range<Int>, type: String)]? {
        var runs: [Range<Int>] = []
        var start: Int?
        let particles = kb.names.particles
        // A person's name that opens with a given name (`Georges Claes`, `Frank Stella`) or a capitalised surname particle
        // (`Van Diepenbeek`) is one name, whatever else its parts could name.
        let opening = document.tokens[name.tokens.lowerBound].text
        if name.type == "PER", kb.firstNameSex[Transliteration.fold(opening)] != nil || particles.contains(opening.lowercased()) {
            return nil
        }
        func isParticle(_ index: Int) -> Bool { name.tokens.contains(index) && particles.contains(document.tokens[index].text.lowercased()) }
        // A person's first name and surname with particles between them (`Sanne de Boer`, `Jan van Dijk`) is one name,
        // unless one `van` makes the last word a place or organisation of its own (`Milosevic van Servië`); two particles
        // or more make a surname (`J. van 't Hof`).
        let capitalised = name.tokens.filter { document.tokens[$0].text.first?.isUppercase ?? false }
        if name.type == "PER", capitalised == [name.tokens.lowerBound, name.tokens.upperBound - 1], name.tokens.count >= 3,
            name.tokens.dropFirst().dropLast().allSatisfy(isParticle),
            name.tokens.count >= 4
                || candidates(document.text((name.tokens.upperBound - 1)..<name.tokens.upperBound)).first.map({ kb.entities[$0.entity].kind.nerType == "PER" }) ?? true
        {
            return nil
        }
        var joined = false
        for index in name.tokens {
            // Particles stay inside a surname when they come in a row or after a capitalised particle
            // (`Van den Stockt`, `Jan van der Schans`); one `van` between names still divides them
            // (`Milosevic van Sierra Leone`).
            let lower = document.tokens[index].text.first?.isLowercase ?? false
            joined = start != nil && lower && isParticle(index) && index + 1 < name.tokens.upperBound
                && (isParticle(index + 1) || (isParticle(index - 1) && (joined || document.tokens[index - 1].text.first?.isUppercase == true)))
            let capital = joined || (document.tokens[index].text.first?.isUppercase ?? false)
            if capital, start == nil { start = index }
            if !capital, let open = start {
                runs.append(open..<index)
                start = nil
            }
        }
        if let open = start { runs.append(open..<name.tokens.upperBound) }
        if runs != [name.tokens] {
            let parts = runs.flatMap { run -> [(tokens: Range<Int>, type: String)] in
                if let best = candidates(document.text(run)).first { return [(run, kb.entities[best.entity].kind.nerType)] }
                return pieces(of: run)
            }
            return parts.isEmpty ? nil : parts
        }
        for cut in (name.tokens.lowerBound + 1)..<name.tokens.upperBound {
            let left = name.tokens.lowerBound..<cut, right = cut..<name.tokens.upperBound
            guard let leftBest = candidates(document.text(left)).first, let rightBest = candidates(document.text(right)).first,
                leftBest.match == .folded, rightBest.match >= .transliterated
            else { continue }
            return [(left, kb.entities[leftBest.entity].kind.nerType), (right, kb.entities[rightBest.entity].kind.nerType)]
        }
        // Words the tagger took in before or after the name (`KMO Jaak Gabriëls`, `Peruaan Alejandro Toledo`); not in a
        // name that opens with an article, a title whose last word may name something else (`De Financiële Morgen`).
        guard !kb.names.articles.contains(opening.lowercased()) else { return nil }
        for length in stride(from: name.tokens.count - 1, through: 1, by: -1) {
            // Words after it only from a lowercase word on (`Rozentuin van het Witte`): capitalised last words belong to
            // the name (`Fortis Bank`, `KBC Securities`).
            let head = name.tokens.lowerBound..<(name.tokens.lowerBound + length)
            let tailIsLowercase = document.tokens[head.upperBound].text.first?.isLowercase ?? false
            for range in [(name.tokens.upperBound - length)..<name.tokens.upperBound] + (tailIsLowercase ? [head] : []) {
                if let best = candidates(document.text(range)).first, best.match == .folded, length > 1 || name.type != "PER" {
                    return [(range, name.type)]
                }
            }
        }
        return nil
    }

    /// The names a run of capitalised words is made of, when the knowledge base knows each word as part of one, longest
    /// first, or as a country adjective (`Bulgarije Russische`, out of `Bulgarije Russische diplomaten uit` typed one
    /// organisation: a country and an adjective, type `ADJ`); none when a word is neither.
    func pieces(of run: Range<Int>) -> [(tokens: Range<Int>, type: String)] {
        var pieces: [(tokens: Range<Int>, type: String)] = []
        var start = run.lowerBound
        while start < run.upperBound {
            if let (end, best) = stride(from: run.upperBound, to: start, by: -1).lazy.compactMap({ end in
                self.candidates(self.document.text(start..<end)).first.flatMap { $0.match == .folded ? (end, $0) : nil }
            }).first {
                pieces.append((start..<end, kb.entities[best.entity].kind.nerType))
                start = end
            } else if linker.countryWords[language]?[Transliteration.fold(document.tokens[start].text)] != nil {
                pieces.append((start..<(start + 1), "ADJ"))
                start += 1
            } else {
                return []
            }
        }
        return pieces
    }

    /// Candidates for a written name; a possessive suffix (`China's`) is tried off when the whole finds none.
    func candidates(_ text: String) -> [(entity: Int, match: NameMatch)] {
        let found = kb.names.candidates(text)
        if !found.isEmpty { return found }
        for suffix in words.possessives where text.lowercased().hasSuffix(suffix) && text.count > suffix.count + 1 {
            return kb.names.candidates(String(text.dropLast(suffix.count)))
        }
        // A government named by its leader (`kabinet-Rutte`, `regering-Abdel-Mahdi`: cut at the first hyphen): the person.
        if let hyphen = text.firstIndex(of: "-"), words.leaderCompounds.contains(text[..<hyphen].lowercased()) {
            return kb.names.candidates(String(text[text.index(after: hyphen)...])).filter { kb.entities[$0.entity].kind.nerType == "PER" }
        }
        // A compound of a name and a noun (`Knesset-leden`, `VN-ambassadeur`, `NMBS-directie`): the name part.
        if let hyphen = text.lastIndex(of: "-"), hyphen != text.startIndex {
            let head = String(text[..<hyphen])
            let tail = text[text.index(after: hyphen)...]
            if tail.first?.isLowercase ?? false { return candidates(head) }
            // An organisation's site named by its place (`BASF-Antwerpen`, `Ford-Genk`): the organisation; not a pair of
            // parties (`EU-Turkije`, `NAVO-Rusland`).
            let organisation = candidates(head).filter { kb.entities[$0.entity].kind.nerType == "ORG" }
            if !organisation.isEmpty, linker.country(word: String(tail), language: language) == nil,
                kb.names.candidates(String(tail)).contains(where: { kb.entities[$0.entity].kind.nerType == "LOC" })
            {
                return organisation
            }
        }
        return []
    }

    /// A person first named by surname alone and left NIL joins the one later named in full
    /// (`Holbrooke` … `Richard Holbrooke`), when only one full name fits.
    mutating func mergeShortForms() {
        for (index, cluster) in clusters.enumerated() where cluster.type == "PER" && cluster.entity == nil && !cluster.mentions.isEmpty {
            let longer = clusters.indices.filter {
                $0 != index && clusters[$0].type == "PER" && !clusters[$0].mentions.isEmpty && Self.isShortForm(cluster.words, of: clusters[$0].words)
            }
            guard longer.count == 1, let target = longer.first else { continue }
            clusters[target].mentions += cluster.mentions
            clusters[target].cueRoles.formUnion(cluster.cueRoles)
            clusters[index].mentions = []
            for position in timeline.indices where timeline[position].cluster == index { timeline[position].cluster = target }
            for name in nameCluster.indices where nameCluster[name] == index { nameCluster[name] = target }
            for (key, value) in clusterOfName where value == index { clusterOfName[key] = target }
        }
    }

    /// Words the tagger left untagged that repeat a name of the article, or the surname of a person in it
    /// (`Arafat` tagged once, missed twice), become mentions of that entity.
    mutating func recoverRepeats() {
        var known: [String: Int] = [:]
        var longest = 1
        for (key, cluster) in clusterOfName where !clusters[cluster].mentions.isEmpty {
            known[key] = cluster
            longest = max(longest, key.split(separator: " ").count)
        }
        for (index, cluster) in clusters.enumerated() where cluster.type == "PER" && cluster.words.count > 1 && !cluster.mentions.isEmpty {
            if let last = cluster.words.last, last.count > 2, known[last] == nil { known[last] = index }
        }
        var tagged = IndexSet()
        for name in document.names { tagged.insert(integersIn: name.tokens) }
        tagged.formUnion(officeTokens)
        var index = 0
        while index < document.tokens.count {
            // A capitalised pronoun or function word (`Het`, `Men`) at a sentence's start repeats no name.
            guard !tagged.contains(index), document.tokens[index].text.first?.isUppercase ?? false,
                !Self.notRepeatStarts.contains(document.tokens[index].upos ?? "")
            else {
                index += 1
                continue
            }
            var matched = 0
            for length in stride(from: min(longest, document.tokens.count - index), through: 1, by: -1) {
                let range = index..<(index + length)
                guard !tagged.intersects(integersIn: range), document.sentenceOf[index] == document.sentenceOf[index + length - 1] else { continue }
                if let cluster = known[Transliteration.fold(document.text(range))] {
                    attach(range, kind: nil, to: cluster)
                    matched = length
                    break
                }
            }
            index += max(matched, 1)
        }
    }

    /// Universal parts of speech of words that start no repeated name: closed classes, and adjectives and verbs (a heading
    /// `Algemeen` is no second mention of `Algemeen Dagblad`).
    static let notRepeatStarts: Set<String> = ["PRON", "DET", "ADP", "ADV", "SCONJ", "CCONJ", "AUX", "PART", "INTJ", "ADJ", "VERB"]

    /// Whether `words` is the tail of a longer name (`blinken` of `antony blinken`).
    static func isShortForm(_ words: [String], of full: [String]) -> Bool {
        !words.isEmpty && words.count < full.count && Array(full.suffix(words.count)) == words
    }

    /// The cluster of a knowledge-base entity, made when the article first mentions it.
    mutating func cluster(for entity: Int, type: String) -> Int {
        if let known = clusterOfEntity[entity] { return known }
        let index = clusters.count
        let words = Transliteration.fold(kb.entities[entity].name(in: language)).split(separator: " ").map(String.init)
        // The knowledge base knows the kind better than the tagger (`Clinton` tagged LOC is a person).
        clusters.append(Linker.Cluster(entity: entity, type: kb.entities[entity].kind.nerType, words: words, mentions: []))
        clusterOfEntity[entity] = index
        return index
    }

    mutating func attach(_ name: Int, to cluster: Int) {
        let span = document.names[name]
        nameCluster[name] = cluster
        clusters[cluster].mentions.append(Mention(start: span.start, end: span.end, text: span.text))
        let words = Transliteration.fold(span.text).split(separator: " ").map(String.init)
        if words.count > clusters[cluster].words.count { clusters[cluster].words = words }
        if let cue = cues[name] { clusters[cluster].cueRoles.formUnion(cue.roles) }
        insert(span.tokens.lowerBound, cluster)
    }

    /// Adds a mention of tokens `range` to a cluster: a name (`kind` nil) or a description, group or pronoun.
    mutating func attach(_ range: Range<Int>, kind: String?, to cluster: Int) {
        let first = document.tokens[range.lowerBound], last = document.tokens[range.upperBound - 1]
        clusters[cluster].mentions.append(Mention(start: first.start, end: last.end, text: document.text(range), kind: kind))
        insert(range.lowerBound, cluster)
    }

    /// Records a mention at a token in the timeline, which stays in text order.
    mutating func insert(_ token: Int, _ cluster: Int) {
        let position = timeline.firstIndex { $0.token > token } ?? timeline.count
        timeline.insert((token, cluster), at: position)
    }

    // MARK: Output

    func entities() -> [Entity] {
        let ordered = clusters.filter { !$0.mentions.isEmpty }.map { cluster -> Linker.Cluster in
            var sorted = cluster
            sorted.mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
            return sorted
        }.sorted { ($0.mentions[0].start, $0.mentions[0].end) < ($1.mentions[0].start, $1.mentions[0].end) }
        return ordered.enumerated().map { number, cluster in
            let named = cluster.mentions.filter { $0.kind == nil }
            let written = named.max { $0.text.count < $1.text.count }?.text ?? cluster.mentions[0].text
            guard let index = cluster.entity else {
                return Entity(id: "e\(number + 1)", type: cluster.type, name: written, mentions: cluster.mentions)
            }
            let known = kb.entities[index]
            let name = known.name(in: language)
            return Entity(
                id: "e\(number + 1)", type: cluster.type, name: name, kb: known.qid, title: known.title,
                description: known.descriptions[language] ?? known.descriptions["en"],
                aliases: Array(known.allLabels.filter { $0 != name }.prefix(12)),
                government: kb.governmentOf[index], mentions: cluster.mentions)
        }
    }
}
