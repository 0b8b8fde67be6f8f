import DuidingCore

/// Pronouns (`hij`, `zij`) and groups (`de twee leiders`, `beide landen`) resolved to the nearest
/// compatible entities before them, in text order, so a pronoun can follow a pronoun.
extension LinkingState {
    mutating func resolvePronounsAndGroups() {
        guard !words.pronouns.isEmpty || !words.groupNumbers.isEmpty else { return }
        let lower = document.lower
        let organisations = organisationHeads(compoundEnds: words.organisationHeads)
        // The country adjectives' mentions (most outside the timeline), by their first token.
        let firstToken = Dictionary(document.tokens.indices.map { (document.tokens[$0].start, $0) }) { a, _ in a }
        let countryAdjectives = clusters.indices.flatMap { cluster in
            clusters[cluster].mentions.compactMap { mention in
                mention.kind == "adjective" ? firstToken[mention.start].map { (token: $0, cluster: cluster) } : nil
            }
        }
        let adjectiveTokens = Set(countryAdjectives.map(\.token))
        var index = 0
        while index < lower.count {
            defer { index += 1 }
            if document.tokens[index].ner.map({ $0 != "O" }) ?? false { continue }
            if let pronoun = words.pronouns[lower[index]] {
                if hasPluralVerb(index) { continue }
                let possessiveOnly = pronoun.requires == ["bez"]
                // (A possessive-only pronoun with no tag is no one's: `zijn` untagged may be the verb.)
                if possessiveOnly, document.tokens[index].xpos == nil { continue }
                if !pronoun.requires.isEmpty, let xpos = document.tokens[index].xpos {
                    let parts = Set(xpos.split(separator: "|").map(String.init))
                    // A possessive tag on a word with no noun after it is the tagger's error for the personal
                    // pronoun (`volgens haar al`): `haar Amerikaanse klanten` is possessive, `volgens haar` is not.
                    // (Past adverbs: `haar zeer goede vriend` is possessive.)
                    var next = index + 1
                    while next < document.tokens.count, document.sentenceOf[next] == document.sentenceOf[index], document.tokens[next].upos == "ADV" {
                        next += 1
                    }
                    let beforeNoun = next < document.tokens.count && document.sentenceOf[next] == document.sentenceOf[index]
                        && ["NOUN", "ADJ", "NUM", "PROPN"].contains(document.tokens[next].upos ?? "")
                    // A pronoun that is only ever possessive (`zijn`, whose other uses are the verb): before a noun
                    // only; whose it is, ``possessor(of:type:sex:)`` says (`Blinken zei dat Rusland moeite zou hebben
                    // om zijn aanval …`: Russia's).
                    if possessiveOnly {
                        guard parts.contains("bez"), beforeNoun else { continue }
                        if let cluster = possessor(of: index, type: pronoun.type, sex: words.pronounSex[lower[index]]) {
                            attach(index..<(index + 1), kind: "pronoun", to: cluster)
                        }
                        continue
                    }
                    let personal = parts.contains("bez") && !beforeNoun
                    if !personal, !pronoun.requires.allSatisfy(parts.contains) {
                        // A pronoun of a sex that the tagger tagged otherwise than the list asks (`ze` tagged plural: `Van
                        // der Plas zei dat ze klaar is`; a possessive `haar`, whose owner she is), right after a person of
                        // that sex with no plural subject noun between: that person.
                        if let sex = words.pronounSex[lower[index]],
                            let cluster = nearbyPerson(before: index, sex: sex)
                        {
                            attach(index..<(index + 1), kind: "pronoun", to: cluster)
                        }
                        continue
                    }
                }
                // A person of the pronoun's sex or of no sex the name shows; never one whose given name shows the
                // other (`zegt ze` after `Kevin De Wolf` is someone else, described or unnamed).
                let sex = words.pronounSex[lower[index]]
                let subject = clauseSubject(ofObject: index)
                if let cluster = salient(before: index, type: pronoun.type, sex: sex, excluding: subject, besides: excludedBy(subject: index)) {
                    attach(index..<(index + 1), kind: "pronoun", to: cluster)
                }
                continue
            }
            let start = index
            var next = index
            if words.determiners.contains(lower[next]) { next += 1 }
            if next > index, next < lower.count, let noun = words.nouns[lower[next]] ?? compoundNoun(lower[next]) {
                // A noun right before a name that the parse hangs on it is that name's title (`de stad Goma`, `het bedrijf
                // Shell`), no reference back; not a name the parse gives to the verb (`dat het land Rusland steunt`).
                if next + 1 < lower.count, document.nameStarting[next + 1] != nil, document.sentenceOf[next + 1] == document.sentenceOf[next],
                    document.head(of: next + 1) == next || document.head(of: next) == next + 1
                {
                    index = next
                    continue
                }
                // `het bedrijf`: an entity of that type and category, chosen as a pronoun's antecedent is (the subject
                // of the nearest sentence with one: `De WHO meldde dat in het kamp Zamzam … Volgens de organisatie`),
                // else the nearest.
                let kb = self.kb
                let fits = { (cluster: Linker.Cluster) -> Bool in
                    guard cluster.type == noun.type else { return false }
                    guard let entity = cluster.entity else { return true }
                    return noun.categories.isEmpty || noun.categories.contains(kb.entities[entity].category)
                }
                let target = salient(before: index, type: noun.type, where: fits) ?? nearest(before: index, fits)
                if let target { attach(index..<(next + 1), kind: "description", to: target) }
                index = next
                continue
            }
            // `het hof`, `de commissie`: a definite noun that ends the name of an organisation named before (`het
            // Internationaal Strafhof`, `de Europese Commissie`) refers back to it, as coreference resolvers match heads;
            // not one that opens a phrase of its own (`het hof van beroep`) or names what follows it.
            if next > index, next < lower.count, document.tokens[next].upos == "NOUN", document.tokens[next].ner.map({ $0 == "O" }) ?? true,
                case let noun = Transliteration.fold(lower[next]), noun.count >= 3, !words.headMatchExceptions.contains(lower[next]),
                !(next + 1 < lower.count && document.sentenceOf[next + 1] == document.sentenceOf[next]
                    && (words.linkers.contains(lower[next + 1]) || document.nameStarting[next + 1] != nil)),
                let target = organisations.nearest(ending: noun, before: index)
            {
                attach(index..<(next + 1), kind: "description", to: target)
                index = next
                continue
            }
            guard next < lower.count, let size = words.groupNumbers[lower[next]] else { continue }
            next += 1
            var type = "PER"
            if next < lower.count, let nounType = words.groupNouns[lower[next]] {
                type = nounType
                next += 1
            } else if next < lower.count, let upos = document.tokens[next].upos, upos == "NOUN" || upos == "ADJ" {
                continue  // `de twee partijen`: a group of something else
            }
            var members: [Int] = []
            // Countries: also those a country adjective of an earlier sentence names (`De Congolese president … op de
            // Rwandese agressie. … riep beide landen op`); not one of the group's own sentence, which mostly describes
            // its other actors (`De Keniaanse president … riep beide landen op`).
            var entries = timeline.filter { $0.token < start }
            if type == "LOC" {
                let listed = Set(entries.map(\.token))
                entries += countryAdjectives.filter { $0.token < start && !listed.contains($0.token) }
                entries.removeAll { adjectiveTokens.contains($0.token) && document.sentenceOf[$0.token] == document.sentenceOf[start] }
                entries.sort { $0.token < $1.token }
            }
            for entry in entries.reversed() where members.count < size {
                var member = entry.cluster
                let cluster = clusters[member]
                var fits = cluster.type == type
                if type == "LOC" {
                    // Countries: a capital that stands for its government counts as its country (`Islamabad` … `beide
                    // landen`), another place with a government not at all; a place the knowledge base lacks may be one.
                    if let entity = cluster.entity, let code = kb.governmentOf[entity], let country = kb.countries[code] {
                        member = clusterOfEntity[country.entity] ?? member
                        fits = clusterOfEntity[country.entity] != nil
                    } else {
                        // (A country's entity carries its own code.)
                        fits = cluster.entity.map { entity in kb.countries[kb.entities[entity].country ?? ""]?.entity == entity } ?? (cluster.type == "LOC")
                    }
                }
                if fits, !members.contains(member) { members.append(member) }
            }
            guard members.count == size else { continue }
            for member in members { attach(start..<next, kind: "group", to: member) }
            index = next - 1
        }
    }
}

extension LinkingState {
    /// A compound whose last part is a listed noun of six letters or more (`brancheorganisatie` → `organisatie`,
    /// `regeringspartij` → `partij`): that noun's entry; shorter ones end too many other words (`doelgroep`).
    func compoundNoun(_ word: String) -> (type: String, categories: Set<String>)? {
        let letters = Array(word)
        guard letters.count >= 9 else { return nil }
        for start in 3...(letters.count - 6) {
            if let noun = words.nouns[String(letters[start...])] { return noun }
        }
        return nil
    }

    /// The antecedent of a pronoun: in the nearest sentence (this one first) with a mention of the type, the
    /// subject among those mentions (`Blinken zei dat hij`), else the first that no preposition introduces (`Het
    /// doorspelen van documenten aan Rosenfeld beschouwde Van den Stockt als normaal. … verweet hij`), else the first.
    /// A person whose given name shows the other sex than the pronoun's is passed over.
    /// An object pronoun is never its own clause's subject (`Xi ontving hem`: Dutch says `zich` for that): `excluding`;
    /// nor is a subject pronoun one its clause goes without (``excludedBy(subject:)``): the clusters `besides`;
    /// a description noun takes only the entities it `accept`s.
    func salient(
        before token: Int, type: String, sex: Character? = nil, excluding: Int? = nil, besides excluded: Set<Int> = [],
        where accept: ((Linker.Cluster) -> Bool)? = nil
    ) -> Int? {
        let sentence = document.sentenceOf[token]
        var found: [(token: Int, cluster: Int)] = []
        let quoted = quotedSpan(before: token)
        for entry in timeline[..<timelineIndex(after: token, inclusive: true)].reversed()
        where clusters[entry.cluster].type == type && entry.cluster != excluding {
            if excluded.contains(entry.cluster) { continue }
            if let accept, !accept(clusters[entry.cluster]) { continue }
            // Not someone named inside the quotation that the pronoun's clause attributes (`„Wat Sifan hier heeft
            // gedaan …”, zei hij`).
            if quoted.contains(entry.token) { continue }
            let current = document.sentenceOf[entry.token]
            if let first = found.first, current < document.sentenceOf[first.token] { break }
            if sentence - current > 3 { break }
            if let sex, let other = self.sex(of: entry.cluster), other != sex { continue }
            found.insert((entry.token, entry.cluster), at: 0)
        }
        let roles = found.map { role(ofMentionAt: $0.token, cluster: $0.cluster) }
        // The subject of the main clause before one of a clause inside it (`Terwijl Capriati haar tweede titel won,
        // bracht Davenport de uren door in het ziekenhuis. Het gaf haar de tijd …`: Davenport).
        if let subject = found.indices.first(where: { roles[$0].subject && isMainClause(headOfMention(at: found[$0].token, cluster: found[$0].cluster)) }) {
            return found[subject].cluster
        }
        if let subject = found.indices.first(where: { roles[$0].subject }) { return found[subject].cluster }
        if let bare = found.indices.first(where: { !roles[$0].prepositional }) { return found[bare].cluster }
        return found.first?.cluster
    }

    /// The clusters of the mentions before the pronoun in its clause that a preposition of `exclusive` introduces, when the
    /// pronoun is that clause's subject (`Want zonder Tops, minus Dubbeldam … hield hij de vlam brandende`: not Tops, not
    /// Dubbeldam): those it cannot stand for, wherever else they are named.
    func excludedBy(subject pronoun: Int) -> Set<Int> {
        guard !words.exclusives.isEmpty, document.tokens[pronoun].deprel?.hasPrefix("nsubj") == true, let verb = document.head(of: pronoun)
        else { return [] }
        let sentence = document.tokens(inSentence: document.sentenceOf[pronoun])
        var excluded: Set<Int> = []
        for entry in timeline where sentence.contains(entry.token) && entry.token < pronoun {
            // The preposition over the mention, else over the phrase it is coordinated with (`zonder Tops, minus
            // Dubbeldam en …`; `minus` may be read as an adverb).
            var head = headToken(ofMentionAt: entry.token, cluster: entry.cluster)
            var exclusive = false
            for _ in 0..<8 {
                let markers = sentence.filter { document.head(of: $0) == head && $0 < head && ["ADP", "ADV"].contains(document.tokens[$0].upos ?? "") }
                if markers.contains(where: { words.exclusives.contains(document.lower[$0]) }) {
                    exclusive = true
                    break
                }
                // A preposition of its own that is another (`en met Angelique Hoorn`).
                if markers.contains(where: { document.tokens[$0].deprel == "case" }) { break }
                guard document.tokens[head].deprel == "conj", let up = document.head(of: head) else { break }
                head = up
            }
            guard exclusive else { continue }
            // In the pronoun's clause: the phrase hangs on its verb, through nouns and coordinations only.
            var current = head
            var steps = 0
            while let up = document.head(of: current), up != verb, steps < 8 {
                guard ["nmod", "conj", "obl"].contains(document.tokens[current].deprel?.split(separator: ":").first.map(String.init) ?? ""),
                    document.tokens[up].upos != "VERB"
                else { break }
                current = up
                steps += 1
            }
            if document.head(of: current) == verb { excluded.insert(entry.cluster) }
        }
        return excluded
    }

    /// The owner a possessive pronoun stands for: a place or organisation that is the nearest subject before it in its
    /// sentence (`Rusland zette zijn aanval voort`); else the person a personal pronoun there would mean, in its sentence
    /// or the one before, when no place or organisation is a subject after that person's last mention (`met Télé
    /// Bruxelles in zijn kielzog` is still the minister's) and no other person is named there at all (`zei Poetin dat
    /// hij Xi dankbaar was voor zijn pogingen` could be either's: none).
    func possessor(of pronoun: Int, type: String, sex: Character?) -> Int? {
        // A place or organisation that is the nearest subject before it in its sentence owns it (`Rusland zette zijn
        // aanval voort`).
        let sentence = document.sentenceOf[pronoun]
        if let subject = timeline.last(where: { entry in
            entry.token < pronoun && document.sentenceOf[entry.token] == sentence && role(ofMentionAt: entry.token, cluster: entry.cluster).subject
        }), ["LOC", "ORG"].contains(clusters[subject.cluster].type) {
            return subject.cluster
        }
        guard let cluster = salient(before: pronoun, type: type, sex: sex),
            let last = timeline.last(where: { $0.token < pronoun && $0.cluster == cluster }),
            document.sentenceOf[pronoun] - document.sentenceOf[last.token] <= 1
        else { return nil }
        let others = timeline.contains { entry in
            guard entry.token > last.token, entry.token < pronoun, entry.cluster != cluster else { return false }
            if clusters[entry.cluster].type == type { return true }
            return ["LOC", "ORG"].contains(clusters[entry.cluster].type) && role(ofMentionAt: entry.token, cluster: entry.cluster).subject
        }
        return others ? nil : cluster
    }

    /// Whether a verb heads its sentence's main clause: the root, or a clause coordinated with it.
    func isMainClause(_ verb: Int?) -> Bool {
        guard var current = verb else { return false }
        for _ in 0..<3 {
            guard let up = document.head(of: current) else { return true }
            guard document.tokens[current].deprel == "conj" else { return false }
            current = up
        }
        return false
    }

    /// The tokens of the token's sentence that stand between quotation marks before it: from its first mark to the
    /// last mark before the token, when there are at least two (`„Wat Sifan hier heeft gedaan”, zei hij`); empty
    /// otherwise. A pronoun after a quotation speaks of someone outside it.
    func quotedSpan(before token: Int) -> Range<Int> {
        let sentence = document.sentenceOf[token]
        var first: Int?
        var last: Int?
        var marks = 0
        var index = token - 1
        while index >= 0, document.sentenceOf[index] == sentence {
            if words.quotationMarks.contains(document.tokens[index].text) {
                marks += 1
                first = index
                if last == nil { last = index }
            }
            index -= 1
        }
        guard marks >= 2, let first, let last else { return 0..<0 }
        return first..<last
    }

    /// Whether a subject pronoun's verb is plural (`Ze besloten`, `ze zijn gebleven`): its own verb, or that verb's
    /// auxiliary or copula; then it stands for no one person, whatever its tag.
    /// A pronoun coordinated with another subject (`Hij en Rutte besloten`) is left alone.
    func hasPluralVerb(_ pronoun: Int) -> Bool {
        guard document.tokens[pronoun].deprel?.hasPrefix("nsubj") == true, let verb = document.head(of: pronoun) else { return false }
        let words = document.tokens(inSentence: document.sentenceOf[pronoun])
        if words.contains(where: { document.head(of: $0) == pronoun && document.tokens[$0].deprel == "conj" }) { return false }
        let finite = [verb] + words.filter { index in
            document.head(of: index) == verb && ["aux", "aux:pass", "cop"].contains(document.tokens[index].deprel ?? "")
        }
        return finite.contains { (document.tokens[$0].feats ?? "").contains("Number=Plur") }
    }

    /// The person mentioned last before `token`, in its sentence or the one before, when their given name shows `sex`
    /// and no plural noun stands as a subject between them and the token.
    func nearbyPerson(before token: Int, sex: Character) -> Int? {
        guard let last = timeline.last(where: { $0.token < token && clusters[$0.cluster].type == "PER" }),
            document.sentenceOf[token] - document.sentenceOf[last.token] <= 1, self.sex(of: last.cluster) == sex
        else { return nil }
        let between = (last.token + 1)..<token
        guard !between.contains(where: { index in
            let token = document.tokens[index]
            return token.upos == "NOUN" && (token.feats ?? "").contains("Number=Plur") && token.deprel?.hasPrefix("nsubj") == true
        })
        else { return nil }
        return last.cluster
    }

    /// The cluster of the subject of the clause whose object (direct or indirect) a pronoun is, if it was mentioned.
    func clauseSubject(ofObject pronoun: Int) -> Int? {
        guard let relation = document.tokens[pronoun].deprel, ["obj", "iobj"].contains(relation), let verb = document.head(of: pronoun)
        else { return nil }
        let sentence = document.sentenceOf[pronoun]
        for entry in timeline.reversed() where entry.token < pronoun && document.sentenceOf[entry.token] == sentence {
            // Not a possessor the parse made the subject (`Chávez' aanhang noemt hem …`).
            let after = lastToken(ofMentionAt: entry.token, cluster: entry.cluster) + 1
            let genitive = after < document.tokens.count && ["'", "’", "'s", "’s"].contains(document.tokens[after].text)
            if !genitive, role(ofMentionAt: entry.token, cluster: entry.cluster).subject, headOfMention(at: entry.token, cluster: entry.cluster) == verb {
                return entry.cluster
            }
        }
        return nil
    }

    /// The last token of the mention starting at token `first`.
    func lastToken(ofMentionAt first: Int, cluster: Int) -> Int {
        let start = document.tokens[first].start
        let end = clusters[cluster].mentions.first { $0.start == start }?.end ?? document.tokens[first].end
        var last = first
        while last + 1 < document.tokens.count, document.tokens[last + 1].end <= end, document.sentenceOf[last + 1] == document.sentenceOf[first] {
            last += 1
        }
        return last
    }

    /// The head word of the mention starting at token `first`: its first token that depends on a word outside it.
    func headToken(ofMentionAt first: Int, cluster: Int) -> Int {
        let span = first...lastToken(ofMentionAt: first, cluster: cluster)
        return span.first { index in document.head(of: index).map { !span.contains($0) } ?? true } ?? first
    }

    /// The token a mention's phrase depends on.
    func headOfMention(at first: Int, cluster: Int) -> Int? {
        document.head(of: headToken(ofMentionAt: first, cluster: cluster))
    }

    /// The sex a person cluster's name shows by its given name (the knowledge base's name for a linked entity).
    func sex(of cluster: Int) -> Character? {
        guard clusters[cluster].type == "PER" else { return nil }
        if let entity = clusters[cluster].entity {
            return kb.sex(ofName: Transliteration.fold(kb.entities[entity].title).split(separator: " ").map(String.init))
        }
        return kb.sex(ofName: clusters[cluster].words)
    }

    /// Whether the mention starting at token `first` is a clause's subject, and whether a preposition introduces it.
    func role(ofMentionAt first: Int, cluster: Int) -> (subject: Bool, prepositional: Bool) {
        let head = headToken(ofMentionAt: first, cluster: cluster)
        let subject = document.tokens[head].deprel?.hasPrefix("nsubj") ?? false
        let prepositional = document.tokens(inSentence: document.sentenceOf[first]).contains {
            document.head(of: $0) == head && document.tokens[$0].deprel == "case"
        }
        return (subject, prepositional)
    }
}
