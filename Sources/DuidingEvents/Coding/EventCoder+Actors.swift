import DuidingCore
import DuidingStatements

/// The actors of events: the entities and groups a phrase names, their CAMEO actor codes, and where an act without
/// a named doer or target finds one (its owner, the doer of the same act told before, companions, an antecedent).
extension EventCoder {
    /// The event's view of a side: the entity with its actor code on the day, or the group's words and code (the country
    /// of an adjective or a `van` phrase in its phrase and the noun's sector: `Russische troepen` → RUSMIL).
    func eventActor(_ side: Side, parsed: ParsedText, day: CalendarDay?, settings: Settings) -> Event.Actor {
        switch side {
        case .entity(let index):
            let entity = parsed.analysis.entities[index]
            // A description that gives the country (`de Belgische minister Hadja Lahbib` → BELGOV) is the role the text
            // codes, whatever the knowledge base holds for the day; a sector alone (`agent Jan Smit`) only where it knows
            // none.
            if let described = settings.described[index], codebook.country(ofActor: described) != nil {
                return Event.Actor(entity: entity.id, actor: described)
            }
            return Event.Actor(entity: entity.id, actor: actor(entity, day) ?? settings.described[index])
        case .owned(let head, let owner):
            // One of the coordinated owners of a group (`Frankrijk` in `de ambassades van Rwanda, Frankrijk en de VS`).
            let entity = parsed.analysis.entities[owner]
            let sector = group(head, parsed: parsed) ?? ""
            let country = actor(entity, day).map { String($0.prefix(3)) }
            let sentence = parsed.range(ofSentence: parsed.sentenceOf[head])
            // Its words: the group's up to the owners' preposition, then the owner's name (`de ambassades van Frankrijk`).
            let phrase = parsed.phrase(head, within: sentence, coordinated: false)
            let preposition = parsed.children[head].first { parsed.has($0, relation: "nmod") && introduced($0, byAnyOf: owners, parsed: parsed) }
                .flatMap { owner in parsed.children[owner].first { parsed.has($0, relation: "case") } }
            let text = preposition.map { parsed.text(phrase.lowerBound...$0) + " " + entity.name } ?? parsed.text(phrase)
            return Event.Actor(entity: entity.id, actor: country.map { $0 + sector } ?? (sector.isEmpty ? nil : sector), text: text)
        case .group(let head):
            let sector = group(head, parsed: parsed) ?? ""
            let number = parsed.sentenceOf[head]
            let sentence = parsed.range(ofSentence: number)
            // A group named by the organisation it belongs to (`M23-rebellen`, `Hamas-strijders`), when the article names that
            // organisation: the organisation, with its code and the group's sector (`COD` and `rebellen`: `CODREB`).
            if let named = organisation(namedIn: head, parsed: parsed) {
                let code = actor(named, day)
                return Event.Actor(
                    // (An organisation of a country coded with its own kind's sector takes the group's: `Fatah-strijders`
                    // are PSEREB, not the party's PSEPTY.)
                    entity: named.id,
                    actor: code.map { code in
                        code.count == 3 ? code + sector
                            : !sector.isEmpty && codebook.country(ofActor: code) != nil ? String(code.prefix(3)) + sector : code
                    } ?? (sector.isEmpty ? nil : sector),
                    text: groupText(head, within: sentence, parsed: parsed))
            }
            let country = parsed.children[head].lazy.compactMap { child -> (entity: Entity, code: String)? in
                let adjective = parsed.has(child, relation: "amod")
                let owner = parsed.has(child, relation: "nmod") && introduced(child, byAnyOf: owners, parsed: parsed)
                guard adjective || owner else { return nil }
                return parsed.mentions[child].lazy.compactMap { mention -> (entity: Entity, code: String)? in
                    let entity = parsed.analysis.entities[mention.entity]
                    guard adjective ? entity.mentions[mention.mention].kind == "adjective" : entity.type == "LOC" else { return nil }
                    return self.actor(entity, day).map { (entity, String($0.prefix(3))) }
                }.first
                    // An owner that is itself a group of a country (`agenten van de Russische inlichtingendienst`).
                    // (Not those held or harmed by it: `de gevangenen van de Russische troepen` are not Russians.)
                    ?? (owner && parsed.mentions[child].isEmpty && group(child, parsed: parsed) != nil
                        && !["CVL", "REF", "CRM"].contains(sector)
                        ? adjectiveCountry(of: child, parsed: parsed, day: day) : nil)
            }.first
                // A group in a country's body (`de oppositiepartijen in de Tweede Kamer`): that country.
                ?? parsed.children[head].lazy.filter { child in
                    parsed.has(child, relation: "nmod") && introduced(child, byAnyOf: places, parsed: parsed)
                }.compactMap { child in
                    parsed.mentions[child].lazy.compactMap { mention -> (entity: Entity, code: String)? in
                        let entity = parsed.analysis.entities[mention.entity]
                        guard entity.type == "ORG", let code = self.actor(entity, day), code.count > 3,
                            !["IGO", "NGO"].contains(code.prefix(3))
                        else { return nil }
                        return (entity, String(code.prefix(3)))
                    }.first
                }.first
            // A group of a region or bloc with a code of its own and no country named (`westerse diplomaten` → WSTGOV, `de
            // Europese landen` → EUR), wherever the text is set.
            if country == nil, let region = region(of: head, parsed: parsed) {
                return Event.Actor(entity: nil, actor: region + sector, text: groupText(head, within: sentence, parsed: parsed))
            }
            let placed = country
                // A group named without its country acts where the sentence places it (`Zware gevechten in Soedan tussen
                // leger en RSF`): the country of an `in` phrase of the sentence, as event coders read a domestic actor.
                ?? settings.own[number]
                // Else where its paragraph last placed something before it, else in the country the article is about,
                // for a group that names nothing else in its phrase (not `westerse ngo's`, `de aanklager van het ICC`).
                ?? (namesSomethingElse(head, within: sentence, parsed: parsed) ? nil : settings.before[number])
            // The group belongs to the entity of its country, or of the place that gave it (its events show on that
            // page); its words name it.
            return Event.Actor(
                entity: placed?.entity.id, actor: (placed?.code ?? "") + sector,
                text: groupText(head, within: sentence, parsed: parsed))
        }
    }

    /// A group's words: its phrase, up to an instrument the parse hung on it (`de betogers` of `verdreef de betogers met
    /// traangas`).
    func groupText(_ head: Int, within sentence: Range<Int>, parsed: ParsedText) -> String {
        var phrase = parsed.phrase(head, within: sentence, coordinated: false)
        for child in parsed.children[head] where child > head && parsed.has(child, relation: "nmod") {
            guard let preposition = parsed.children[child].first(where: { parsed.has($0, relation: "case") }),
                instrument(preposition, noun: child, parsed: parsed) != nil,
                let first = parsed.subtree(child).min(), first > head
            else { continue }
            phrase = phrase.lowerBound...max(head, min(phrase.upperBound, first - 1))
        }
        return parsed.text(phrase)
    }

    /// The actor codes of the persons the article describes by a group noun before their name, with that noun's country
    /// adjective (`de Iraanse diplomaat Assadollah Assadi` → IRNGOV; `agent Jan Smit` → COP; `de Belgische minister van
    /// Buitenlandse Zaken Hadja Lahbib` → BELGOV), by entity index: the first such description of each.
    func described(parsed: ParsedText, day: CalendarDay?) -> [Int: String] {
        var found: [Int: String] = [:]
        for token in parsed.tokens.indices.dropFirst() {
            // The first word of a name of a person (not a pronoun: `veroordeelde een Iraanse rechtbank hem`), right after a
            // noun of a group that the parse joins to it (not `veroordeelde een Iraanse rechtbank Olivier Vandecasteele`,
            // subject and object), or after the field of its office (`minister van Buitenlandse Zaken`), which the
            // parse rarely joins.
            let noun: Int
            guard !parsed.mentions[token].isEmpty else { continue }
            if group(token - 1, parsed: parsed) != nil, parsed.heads[token] == token - 1 || parsed.heads[token - 1] == token {
                noun = token - 1
            } else if let office = officeNoun(beforeName: token, parsed: parsed) {
                noun = office
            } else {
                continue
            }
            guard let sector = group(noun, parsed: parsed) else { continue }
            for mention in parsed.mentions[token] where found[mention.entity] == nil {
                let entity = parsed.analysis.entities[mention.entity]
                guard entity.type == "PER", entity.mentions[mention.mention].kind == nil,
                    !parsed.mentions[noun].contains(where: { $0.entity == mention.entity })
                else { continue }
                let country = adjectiveCountry(of: noun, parsed: parsed, day: day)?.code
                found[mention.entity] = (country ?? "") + sector
            }
        }
        return found
    }

    /// The noun of an office whose field stands between it and a name (`minister` in `minister van Buitenlandse Zaken
    /// Hadja Lahbib`): an owner's preposition (`modality.tsv`'s `owner`), then at most ``longestOfficeField``
    /// capitalised words and adjectives, up to the name's first word.
    func officeNoun(beforeName token: Int, parsed: ParsedText) -> Int? {
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[token])
        var index = token - 1
        var field = 0
        while index > sentence.lowerBound, field < Self.longestOfficeField, !owners.contains(parsed.words[index]) {
            guard parsed.tokens[index].text.first?.isUppercase == true || parsed.upos(index) == "ADJ" else { return nil }
            field += 1
            index -= 1
        }
        guard field > 0, owners.contains(parsed.words[index]), index > sentence.lowerBound, parsed.upos(index - 1) == "NOUN" else {
            return nil
        }
        return index - 1
    }

    /// The most words an office's field runs to before a name (`Buitenlandse Zaken`, `Justitie en Veiligheid`).
    static let longestOfficeField = 4

    /// The country a noun's adjective names (`Russische` in `de Russische inlichtingendienst`), with its entity: that of
    /// its first modifier whose country adjective has an actor code on the day.
    func adjectiveCountry(of noun: Int, parsed: ParsedText, day: CalendarDay?) -> (entity: Entity, code: String)? {
        parsed.children[noun].lazy.filter { parsed.has($0, relation: "amod") }.compactMap { modifier in
            parsed.mentions[modifier].first(where: parsed.isAdjective).flatMap { mention -> (entity: Entity, code: String)? in
                let entity = parsed.analysis.entities[mention.entity]
                return self.actor(entity, day).map { (entity, String($0.prefix(3))) }
            }
        }.first
    }

    /// Where an article's groups act when their words name no country, by sentence; made once per article.
    struct Settings {
        /// The country of the first place a sentence puts something in (`in Soedan`, `in Den Haag`).
        let own: [(entity: Entity, code: String)?]
        /// The country of the last place the sentences before it in its paragraph put something in (`In Den Haag
        /// demonstreerden …` before `De politie hield … aan`), else the country the article is about.
        let before: [(entity: Entity, code: String)?]
        /// The actor codes of persons by the group noun the article names them with (see ``described(parsed:day:)``).
        let described: [Int: String]
    }

    /// The settings of an article's sentences, in one pass over them.
    func settings(parsed: ParsedText, day: CalendarDay?) -> Settings {
        let main = mainCountry(parsed: parsed, day: day)
        var own: [(entity: Entity, code: String)?] = []
        var before: [(entity: Entity, code: String)?] = []
        var block = -1
        var last: (entity: Entity, code: String)?
        for number in parsed.analysis.sentences.indices {
            let sentence = parsed.range(ofSentence: number)
            // A new paragraph forgets the places of the one before.
            if let first = sentence.first, parsed.blockOf[first] != block {
                if block >= 0 { last = nil }
                block = parsed.blockOf[first]
            }
            let countries = placed(in: sentence, parsed: parsed, day: day).compactMap { place -> (entity: Entity, code: String)? in
                ["IGO", "NGO"].contains(place.code.prefix(3)) ? nil : (place.entity, String(place.code.prefix(3)))
            }
            own.append(countries.first)
            before.append(last ?? main)
            if let latest = countries.last { last = latest }
        }
        return Settings(own: own, before: before, described: described(parsed: parsed, day: day))
    }

    /// Whether a group's phrase names something besides the group and where it is: an adjective of a bloc or region
    /// with no country (`modality.tsv`'s `bloc`: `westerse ngo's`) or an organisation or person (`de aanklager van het
    /// ICC`).
    func namesSomethingElse(_ head: Int, within sentence: Range<Int>, parsed: ParsedText) -> Bool {
        parsed.children[head].contains { parsed.has($0, relation: "amod") && blocs.contains(parsed.lemmas[$0]) }
            || parsed.phrase(head, within: sentence, coordinated: false).contains { token in
                parsed.mentions[token].contains { parsed.analysis.entities[$0.entity].type != "LOC" }
            }
    }

    /// The CAMEO region code of a bloc adjective on a noun (`modality.tsv`'s `bloc` with a code: `Europese` → EUR).
    func region(of head: Int, parsed: ParsedText) -> String? {
        parsed.children[head].lazy.compactMap { child in
            parsed.has(child, relation: "amod") ? self.blocRegions[parsed.lemmas[child]] : nil
        }.first
    }

    /// The places a stretch of text puts things in: the places named after a place preposition (`in Soedan`), in order,
    /// each with its actor code.
    func placed(in tokens: Range<Int>, parsed: ParsedText, day: CalendarDay?) -> [(entity: Entity, code: String)] {
        tokens.compactMap { token in
            guard token > tokens.lowerBound, places.contains(parsed.lemmas[token - 1]), parsed.upos(token - 1) == "ADP" else { return nil }
            return place(named: token, parsed: parsed, day: day)
        }
    }

    /// The country the article is about: the one its places (countries, their capitals and cities, by name or
    /// adjective) belong to most often, when it leads the next by at least two mentions; or, of two or more named most
    /// often (twice or more, within one mention of each other), the one that the first two sentences (the headline and
    /// lead, or the lead) name and the others not, as they say what the story is about.
    func mainCountry(parsed: ParsedText, day: CalendarDay?) -> (entity: Entity, code: String)? {
        var counts: [Substring: Int] = [:]
        var inLead: Set<Substring> = []
        // The place named most often in each country, for the group's entity.
        var mostNamed: [Substring: Entity] = [:]
        let sentences = parsed.analysis.sentences
        let leadEnd = sentences.isEmpty ? 0 : sentences[min(1, sentences.count - 1)].end
        for entity in parsed.analysis.entities where entity.type == "LOC" {
            guard let code = actor(entity, day), code.count >= 3, !["IGO", "NGO"].contains(code.prefix(3)) else { continue }
            counts[code.prefix(3), default: 0] += entity.mentions.count
            if entity.mentions.contains(where: { $0.start < leadEnd }) { inLead.insert(code.prefix(3)) }
            if mostNamed[code.prefix(3)].map({ $0.mentions.count < entity.mentions.count }) ?? true { mostNamed[code.prefix(3)] = entity }
        }
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let first = ranked.first else { return nil }
        if first.value >= 2 + (ranked.count > 1 ? ranked[1].value : 0), let place = mostNamed[first.key] { return (place, String(first.key)) }
        // (Those named as often or once less: a lead of one mention is no lead, and must not do worse than a tie.)
        let top = ranked.filter { $0.value >= max(2, first.value - 1) }
        let named = top.filter { inLead.contains($0.key) }
        guard first.value >= 2, top.count >= 2, named.count == 1, let lead = named.first, let place = mostNamed[lead.key] else { return nil }
        return (place, String(lead.key))
    }

    /// The place a word names (a LOC entity named there, not by its adjective) that has an actor code on the day: the
    /// country or government where something happens (`in Soedan`, `in Londen`).
    func place(named token: Int, parsed: ParsedText, day: CalendarDay?) -> (entity: Entity, code: String)? {
        placeEntity(named: token, parsed: parsed, day: day).map { (parsed.analysis.entities[$0.index], $0.code) }
    }

    /// The same place as the index of its entity in the analysis, for an event's side.
    func placeEntity(named token: Int, parsed: ParsedText, day: CalendarDay?) -> (index: Int, code: String)? {
        parsed.mentions[token].lazy.compactMap { mention -> (index: Int, code: String)? in
            let entity = parsed.analysis.entities[mention.entity]
            guard entity.type == "LOC", entity.mentions[mention.mention].kind == nil, let code = self.actor(entity, day) else { return nil }
            return (mention.entity, code)
        }.first
    }

    /// The country of a place a noun that names no one is in (`doelen in Libanon`) or is part of (`het centrum van de
    /// stad Tsjernihiv`): its `in` or `van` phrase's place, if that has an actor code. (A word with a preposition of its
    /// own, or the object, is a noun whatever its tag: `op doelen`, `bombardeerde doelen`, `doelen` read as the verb.)
    func placeOfTarget(_ noun: Int?, parsed: ParsedText) -> [Side] {
        guard let noun,
            parsed.upos(noun) == "NOUN" || parsed.has(noun, relation: "obj")
                || parsed.children[noun].contains(where: { parsed.has($0, relation: "case") }),
            let place = parsed.children[noun].lazy
                .filter({ self.introduced($0, byAnyOf: self.places.union(self.owners), parsed: parsed) })
                .compactMap({ child in
                    // (Also the name beside a noun for a place: `van de stad Tsjernihiv`.)
                    self.placeEntity(named: child, parsed: parsed, day: nil)
                        ?? parsed.children[child].lazy.filter { parsed.has($0, relation: "appos") || parsed.has($0, relation: "flat") }
                            .compactMap { self.placeEntity(named: $0, parsed: parsed, day: nil) }.first
                }).first
        else { return [] }
        return [.entity(place.index)]
    }

    /// The noun a measure or count governs (`een reeks overeenkomsten`, `tientallen activisten`, `honderden raketten`):
    /// its first noun hung on it as a modifier or apposition (or as an object, which a noun cannot have: the parse's
    /// reading of `zetten tientallen Russische diplomaten uit`).
    func countedNoun(_ token: Int, parsed: ParsedText) -> Int? {
        guard patterns.measures.contains(parsed.lemmas[token]) || parsed.upos(token) == "NUM" else { return nil }
        return parsed.children[token].first { ["nmod", "appos", "obj"].contains(parsed.relation($0)) && parsed.upos($0) == "NOUN" }
    }

    /// Whether a word opens its phrase with one of the prepositions (its `case` child: `van` in `van Soedan`; the
    /// `owner` words of `modality.tsv`).
    func introduced(_ node: Int, byAnyOf prepositions: Set<String>, parsed: ParsedText) -> Bool {
        parsed.children[node].contains { prepositions.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "case") }
    }

    /// The doer of a coercive act a passive names none for: the country where it was done (`Pinochet werd in Londen
    /// gearresteerd`: the place of the verb's `in` phrase that has an actor code, as event coders read an arrest abroad),
    /// else the police the paragraph named just before (``enforcer(before:parsed:)``), else a place deeper in the verb's
    /// clause (`Voorafgaand aan de oefenwedstrijd in Sint-Niklaas werden twee hooligans opgepakt`).
    func placeOfCoercion(_ verb: Int, code: String, parsed: ParsedText) -> [Side] {
        // Under the verb, or under its subject (`Pinochet in Londen werd gearresteerd`).
        // (Or its object, where the parse took the passive's subject for one: `werden twintig betogers opgepakt`.)
        let patients = parsed.children[verb].filter { child in
            ["nsubj:pass", "nsubj", "obj"].contains { parsed.has(child, relation: $0) }
        } + (subjectOfAuxiliary(verb, parsed: parsed).map { [$0] } ?? [])
        // A passive by its auxiliary (`werd`, `is … gearresteerd`), not a perfect the parse took for one (`hebben opgepakt`).
        let auxiliaries = parsed.children[verb].filter { parsed.has($0, relation: "aux") || parsed.has($0, relation: "aux:pass") }
        guard code.hasPrefix("17"), auxiliaries.contains(where: { passiveAuxiliaries.contains(parsed.lemmas[$0]) }),
            !auxiliaries.contains(where: { perfectAuxiliaries.contains(parsed.lemmas[$0]) })
        else { return [] }
        guard let place = (parsed.children[verb] + patients.flatMap { parsed.children[$0] }).first(where: { child in
            (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod")) && introduced(child, byAnyOf: places, parsed: parsed)
                && self.place(named: child, parsed: parsed, day: nil) != nil
        })
        else {
            guard !patients.isEmpty else { return [] }
            let enforcer = enforcer(before: verb, parsed: parsed)
            guard enforcer.isEmpty else { return enforcer }
            // (Not inside the phrase of those it was done to, `verdachten van de aanslagen in Parijs`, nor in another
            // clause.)
            let clauses: Set<String> = ["conj", "ccomp", "parataxis", "acl:relcl", "xcomp"]
            var stack = parsed.children[verb].filter { !patients.contains($0) && !clauses.contains(parsed.relation($0)) }
            var deeper: [Int] = []
            while let node = stack.popLast() {
                if parsed.has(node, relation: "nmod"), introduced(node, byAnyOf: places, parsed: parsed),
                    self.place(named: node, parsed: parsed, day: nil) != nil
                {
                    deeper.append(node)
                }
                stack += parsed.children[node].filter { !clauses.contains(parsed.relation($0)) }
            }
            return deeper.min().map { entities(of: $0, parsed: parsed) } ?? []
        }
        return entities(of: place, parsed: parsed)
    }

    /// The force that did a coercive act with no doer named (`Volgens het ministerie werden minstens twintig betogers
    /// opgepakt`): the group of an enforcing sector (`modality.tsv`'s `enforcer`: the police) that the same paragraph
    /// names last before it, in its sentence or the two before (`De oproerpolitie zette traangas in …`).
    func enforcer(before verb: Int, parsed: ParsedText) -> [Side] {
        let sentence = parsed.sentenceOf[verb]
        let floor = parsed.range(ofSentence: max(0, sentence - 2)).lowerBound
        for index in stride(from: verb - 1, through: floor, by: -1) where parsed.sameBlock(index, verb) {
            if let sector = group(index, parsed: parsed), enforcers.contains(sector) { return [.group(index)] }
        }
        return []
    }

    /// Those who do an act together with its subject (`Macron brengt een staatsbezoek aan China, samen met … Ursula von der
    /// Leyen`): the phrases with `samen met` under the trigger's verb (the trigger, or the verb a noun trigger is the
    /// object of).
    func companions(of trigger: Int, parsed: ParsedText) -> [Side] {
        let verb = parsed.upos(trigger) == "VERB" ? trigger : parsed.heads[trigger].flatMap { parsed.upos($0) == "VERB" ? $0 : nil }
        guard let verb else { return [] }
        // The phrase under the verb, or under the `samen` the parse made its head (`, samen met …`).
        let firsts = Set(companionWords.map(\.first))
        let holders = [verb] + parsed.children[verb].filter { firsts.contains(parsed.lemmas[$0]) && parsed.upos($0) == "ADV" }
        return holders.flatMap { parsed.children[$0] }.filter { child in
            (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod")) && parsed.isNominal(child)
                && parsed.children[child].contains { preposition in
                    parsed.has(preposition, relation: "case") && preposition > 0
                        && companionWords.contains { $0.first == parsed.lemmas[preposition - 1] && $0.second == parsed.lemmas[preposition] }
                }
        }.flatMap { entities(of: $0, parsed: parsed) }
    }

    /// The group a plural personal pronoun stands for (`hen`, `hun`, `zij` tagged plural): a plural noun of `agents.tsv`
    /// before it, in its sentence or the one before; the nearest that is a subject, else the nearest. An object pronoun is
    /// never its own clause's subject (`De soldaten arresteerden betogers en sloegen hen`).
    func pluralAntecedent(of pronoun: Int, parsed: ParsedText) -> Int? {
        guard parsed.upos(pronoun) == "PRON", parsed.mentions[pronoun].isEmpty else { return nil }
        let word = parsed.words[pronoun].lowercased()
        // `zij` and `ze` are plural when tagged so, or as the subject of a plural verb (`Zij eisten`, not `Zij eiste`).
        func taggedPlural(_ token: Int) -> Bool { (parsed.analysis.tokens[token].feats ?? "").contains("Number=Plur") }
        let verbIsPlural = parsed.has(pronoun, relation: "nsubj") && parsed.heads[pronoun].map { verb in
            taggedPlural(verb) || parsed.children[verb].contains { parsed.has($0, relation: "aux") && taggedPlural($0) }
        } == true
        let plural = plurals.contains(word) || (pluralsIfTagged.contains(word) && (taggedPlural(pronoun) || verbIsPlural))
        guard plural else { return nil }
        let earliest = parsed.range(ofSentence: max(0, parsed.sentenceOf[pronoun] - 1)).lowerBound
        let own = ["obj", "iobj"].contains(where: { parsed.has(pronoun, relation: $0) })
            ? parsed.heads[pronoun].flatMap { subject(of: $0, parsed: parsed) } : nil
        let groups = stride(from: pronoun - 1, through: earliest, by: -1).filter { token in
            token != own && parsed.upos(token) == "NOUN" && group(token, parsed: parsed) != nil
                && (parsed.analysis.tokens[token].feats ?? "").contains("Number=Plur")
        }
        // The nearest that is a subject, as the antecedent of a pronoun mostly is (`bestormden demonstranten de
        // ambassades …, die zij verwijten …`; `De politie zette traangas in om hen uiteen te drijven`), else the nearest.
        return groups.first { parsed.has($0, relation: "nsubj") } ?? groups.first
    }

    /// Whether a side is a place coded as a country and referred to as one in the sentence (`de VS` → USA, `het land`;
    /// not a person coded by nationality, nor people named by the country's adjective or demonym, who act on their own
    /// government: `Palestijnse onderhandelaars`, `Israëli's`). A sentence with both is read as the people's
    /// (`Israëli's demonstreerden in Israël tegen Netanyahu`).
    func isCountry(_ side: Side, _ actor: Event.Actor, sentence: Int, parsed: ParsedText) -> Bool {
        guard case .entity(let index) = side, actor.actor?.count == 3 else { return false }
        guard parsed.analysis.entities[index].type == "LOC" else { return false }
        let here = parsed.range(ofSentence: sentence).flatMap { parsed.mentions[$0] }.filter { $0.entity == index }
        return here.contains { !parsed.isAdjective($0) } && !here.contains(where: parsed.isAdjective)
    }

    /// The organisation (an ORG entity of the article) whose name is the first part of a hyphenated group noun
    /// (`M23-rebellen` when the article names `M23`).
    func organisation(namedIn head: Int, parsed: ParsedText) -> Entity? {
        guard let name = Self.firstPart(of: parsed.tokens[head].text) else { return nil }
        return parsed.analysis.entities.first { $0.type == "ORG" && Self.isNamed($0, name) }
    }

    /// The place with an actor code (a LOC entity of the article) whose name is the first part of a hyphenated noun
    /// (`Kongo-bezoek` when the article names `Kongo`, or when the tagger took the whole word for its name), by entity
    /// index.
    func country(namedIn head: Int, parsed: ParsedText) -> Int? {
        let word = parsed.tokens[head].text
        guard let name = Self.firstPart(of: word) else { return nil }
        if let own = parsed.mentions[head].first(where: { mention in
            let entity = parsed.analysis.entities[mention.entity]
            return entity.type == "LOC" && entity.mentions[mention.mention].text == word && actor(entity, nil) != nil
        }) {
            return own.entity
        }
        return parsed.analysis.entities.indices.first { index in
            let entity = parsed.analysis.entities[index]
            return entity.type == "LOC" && Self.isNamed(entity, name) && actor(entity, nil) != nil
        }
    }

    /// Whether the article calls an entity by `name`: its name, or a mention of it by name.
    static func isNamed(_ entity: Entity, _ name: String) -> Bool {
        entity.name == name || entity.mentions.contains { $0.kind == nil && $0.text == name }
    }

    /// What a hyphenated word names before its last hyphen (`M23` in `M23-rebellen`, `Noord-Korea` in
    /// `Noord-Korea-bezoek`); nil for a word without one.
    static func firstPart(of word: String) -> String? {
        guard let hyphen = word.lastIndex(of: "-"), hyphen > word.startIndex else { return nil }
        return String(word[..<hyphen])
    }

    /// The sector of a noun of `agents.tsv`, read as event nouns are (`oproerpolitie` → `politie`).
    /// (Also an adjective used as a noun that the tagger left an adjective, by its lemma or its form: `militairen`,
    /// lemmatized `militair`; `vier jongeren`, lemmatized `jong`, is `jongere`s.)
    func group(_ token: Int, parsed: ParsedText) -> String? {
        // `-`: a compound that only looks like a group (`reisagent`). `=`: countries themselves, a group only with the
        // adjective of a region that has a code (`de Europese landen` → EUR; not `andere landen`), with no sector.
        func sector(_ lemma: String) -> String? {
            switch EventPatterns.lookup(lemma, in: groups) {
            case "-"?: nil
            case "="?: region(of: token, parsed: parsed) != nil ? "" : nil
            case let code: code
            }
        }
        if parsed.upos(token) == "ADJ", ["nsubj", "obj", "nsubj:pass", "conj"].contains(parsed.relation(token)) {
            let form = parsed.words[token].lowercased()
            return sector(parsed.lemmas[token]) ?? (form.hasSuffix("en") && form.count > 4 ? sector(String(form.dropLast())) : nil)
        }
        return parsed.upos(token) == "NOUN" ? sector(parsed.lemmas[token]) : nil
    }

    /// The owners of the thing a pronoun stands for, with the event the verb makes of it: the last noun before it (in its
    /// sentence or the two before) that makes an event with the verb and whose owner the text names (`In dat plan` names
    /// none; `Peking stelde een vredesplan voor` does).
    func antecedent(of pronoun: Int, verb: String, parsed: ParsedText) -> ([Side], EventPatterns.Pattern)? {
        let sentence = parsed.sentenceOf[pronoun]
        let floor = parsed.range(ofSentence: max(0, sentence - 2)).lowerBound
        for index in stride(from: pronoun - 1, through: floor, by: -1) where parsed.upos(index) == "NOUN" {
            guard let pattern = patterns.object(verb, parsed.lemmas[index]) else { continue }
            let owners = owner(of: index, parsed: parsed)
            if !owners.isEmpty { return (owners, pattern) }
        }
        return nil
    }

    /// Whoever put a thing forward: the subject of the verb it is the object of (`Peking stelde een vredesplan voor`),
    /// else its `van` phrase (`het vredesplan van Peking`).
    /// Who did an act that a definite noun names without saying whose it is (`Taiwan veroordeelde de oefeningen`, after
    /// `houdt het Chinese leger … oefeningen`): the doer of the same noun earlier in the article (its `van` phrase, or
    /// `door` for a noun done to someone, its country adjective, or the subject of the verb it is the object of), or the
    /// subject of the verb the noun is made from (`noemde de afkondiging …`, after `Yoon kondigde de staat van beleg af`;
    /// a passive's `door` phrase), the nearest first, at most ten sentences back.
    func doerOfAct(_ noun: Int?, parsed: ParsedText) -> [Side] {
        // (Not a time: `deze maand` is no act told before.)
        guard let noun, parsed.upos(noun) == "NOUN", parsed.mentions[noun].isEmpty, !parsed.isTime(noun),
            parsed.children[noun].contains(where: { parsed.has($0, relation: "det") && definites.contains(parsed.lemmas[$0]) })
        else { return [] }
        let lemma = parsed.lemmas[noun]
        let verbs = self.verbs(madeInto: lemma.filter { $0 != "_" })
        let doerPrepositions = patterns.noun(lemma)?.source.map { [$0] } ?? owners
        let earliest = parsed.range(ofSentence: max(0, parsed.sentenceOf[noun] - 10)).lowerBound
        for token in stride(from: noun - 1, through: earliest, by: -1) {
            if parsed.upos(token) == "NOUN", parsed.lemmas[token] == lemma {
                if let owner = parsed.children[token].first(where: { child in
                    parsed.has(child, relation: "nmod") && introduced(child, byAnyOf: doerPrepositions, parsed: parsed)
                }) {
                    let found = entities(of: owner, parsed: parsed)
                    if !found.isEmpty { return found }
                }
                if let country = parsed.children[token].lazy.compactMap({ child in
                    parsed.mentions[child].first(where: parsed.isAdjective)
                }).first {
                    return [.entity(country.entity)]
                }
                // (Not a verb that reacts to the act, whose subject did not do it: `Een Qatarese diplomaat noemde de
                // beschuldigingen "ongegrond"`.)
                if parsed.has(token, relation: "obj"), let verb = parsed.heads[token], parsed.upos(verb) == "VERB", !reacts(verb, parsed: parsed) {
                    let found = entities(of: subject(of: verb, parsed: parsed), parsed: parsed)
                    if !found.isEmpty { return found }
                }
            } else if parsed.upos(token) == "VERB", verbs.contains(verbLemma(token, parsed: parsed).filter { $0 != "_" }) {
                let agent = isPassive(token, parsed: parsed) ? doorPhrase(token, parsed: parsed) : subject(of: token, parsed: parsed)
                let found = entities(of: agent, parsed: parsed)
                if !found.isEmpty { return found }
            }
        }
        return []
    }

    /// Whether a verb reacts to what its object names rather than doing it: one that calls it something (`noemen`) or
    /// whose own event is a comment (CAMEO 01, not 015, claiming responsibility), praise or verbal defence (051, 052),
    /// disapproval or rejection (11, 12: `veroordelen`, `verwerpen`); not recognising or signing (054, 057), whose
    /// subject does the act.
    func reacts(_ verb: Int, parsed: ParsedText) -> Bool {
        let lemma = verbLemma(verb, parsed: parsed)
        if patterns.judging.contains(lemma) { return true }
        guard let code = patterns.verbs[lemma]?.code else { return false }
        if code.hasPrefix("01") { return !code.hasPrefix("015") }
        return ["051", "052"].contains(where: code.hasPrefix) || ["11", "12"].contains(String(code.prefix(2)))
    }

    /// The verbs (lemmas without `_`) an action noun is made from, by the `deverbal` lines of `modality.tsv`: a noun
    /// ending replaced (`afkondiging` ← `afkondigen`, `goedkeuring` ← `goedkeuren`) or, when no ending fits, the bare
    /// stem (`ruil` ← `ruilen`, `aanval` ← `aanvallen` with the last consonant doubled).
    func verbs(madeInto noun: String) -> Set<String> {
        guard noun.count >= 3 else { return [] }
        let endings = deverbals.filter { !$0.noun.isEmpty && noun.hasSuffix($0.noun) }
        var forms: Set<String> = []
        for rule in endings.isEmpty ? deverbals.filter(\.noun.isEmpty) : endings {
            let stem = noun.dropLast(rule.noun.count)
            guard stem.count >= 2 else { continue }
            if rule.verb.hasPrefix("+") {
                guard let last = stem.last, !vowels.contains(last) else { continue }
                forms.insert(stem + String(last) + rule.verb.dropFirst())
            } else {
                forms.insert(stem + rule.verb)
            }
        }
        return forms
    }

    func owner(of thing: Int, parsed: ParsedText) -> [Side] {
        if let owner = parsed.children[thing].first(where: { child in
            parsed.has(child, relation: "nmod") && introduced(child, byAnyOf: owners, parsed: parsed)
        }) {
            let found = entities(of: owner, parsed: parsed)
            if !found.isEmpty { return found }
        }
        guard parsed.has(thing, relation: "obj"), let verb = parsed.heads[thing], parsed.upos(verb) == "VERB" else { return [] }
        return entities(of: subject(of: verb, parsed: parsed), parsed: parsed)
    }

    /// A person named after a comma that the parse coordinated with a word of a group's phrase, in a coordination with
    /// no conjunction (`de aanklager van het ICC, Karim Khan`, `Karim` a `conj` of `ICC`): the phrase's apposition.
    func apposedPerson(_ node: Int, parsed: ParsedText) -> Int? {
        guard group(node, parsed: parsed) != nil else { return nil }
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[node])
        for member in parsed.phrase(node, within: sentence, coordinated: false) {
            let members = parsed.children[member].filter { parsed.has($0, relation: "conj") }
            guard members.count == 1, let person = members.first, parsed.dominates(node, member), person - 1 > member,
                parsed.words[person - 1] == ",",
                !members.contains(where: { conj in parsed.children[conj].contains { parsed.has($0, relation: "cc") } }),
                parsed.mentions[person].contains(where: parsed.isPersonName)
            else { continue }
            return person
        }
        return nil
    }

    /// The entities a noun phrase names: its own and those of the phrases coordinated with it (`Oekraïne en het Westen`).
    func entities(of head: Int?, parsed: ParsedText) -> [Side] {
        guard let head else { return [] }
        var found: [Side] = []
        // A name the parse coordinated with the verb instead of with the phrase before it (`bedankte Nederland en
        // Denemarken`, `Denemarken` on `bedankte`) is one more member of that phrase.
        let strays = parsed.heads[head].map { verb in
            parsed.upos(verb) == "VERB" && ["obj", "nsubj"].contains(parsed.relation(head))
                ? parsed.children[verb].filter { member in
                    member > head && (member < verb) == (head < verb) && parsed.has(member, relation: "conj")
                        && ["NOUN", "PROPN"].contains(parsed.upos(member))
                        && parsed.children[member].contains { parsed.has($0, relation: "cc") }
                        && parsed.phrase(member, within: parsed.range(ofSentence: parsed.sentenceOf[member]), coordinated: false).contains {
                            parsed.mentions[$0].contains { parsed.analysis.entities[$0.entity].mentions[$0.mention].kind == nil }
                        }
                }
                : []
        } ?? []
        for counted in [head] + parsed.children[head].filter({ parsed.has($0, relation: "conj") }) + strays {
            // A measure or count stands for what it counts (`tientallen activisten`, `een groep rebellen`, `duizenden mensen`).
            var node = counted
            if parsed.mentions[counted].isEmpty, let inner = countedNoun(counted, parsed: parsed) { node = inner }
            // A spokesperson speaks for the one in their `van` phrase (`Een woordvoerder van het Chinese ministerie van
            // Buitenlandse Zaken beschuldigde haar …`), unless named themselves.
            if patterns.spokespeople.contains(parsed.lemmas[node]),
                !parsed.children[node].contains(where: { child in
                    ["flat", "appos"].contains(parsed.relation(child)) && !parsed.mentions[child].isEmpty
                }),
                let owner = parsed.children[node].first(where: { parsed.has($0, relation: "nmod") && introduced($0, byAnyOf: owners, parsed: parsed) })
            {
                for side in entities(of: owner, parsed: parsed) where !found.contains(side) { found.append(side) }
                continue
            }
            // The mention over the head, else over a word of its name (`president Xi`).
            let candidates = [node] + parsed.children[node].filter { ["flat", "appos", "compound"].contains(parsed.relation($0)) }
            // Every entity a mention over it stands for: a group (`de twee leiders`) is each of its members.
            let sentence = parsed.range(ofSentence: parsed.sentenceOf[node])
            let named = parsed.phrase(node, within: sentence, coordinated: false).first { member in
                parsed.mentions[member].contains(where: parsed.isPersonName)
            }
            let isGroup = group(node, parsed: parsed) != nil
            // (Not a group noun the tagger took for a name of something, which no knowledge names: `neonazi's`.)
            let misnamed = isGroup && parsed.tokens[node].text.first?.isLowercase == true
                && !parsed.mentions[node].isEmpty && parsed.mentions[node].allSatisfy { mention in
                    let entity = parsed.analysis.entities[mention.entity]
                    return entity.type == "MISC" && entity.kb == nil && entity.title == nil
                }
            if !misnamed, let over = candidates.first(where: { !parsed.mentions[$0].isEmpty }) {
                for mention in parsed.mentions[over] where !found.contains(.entity(mention.entity)) { found.append(.entity(mention.entity)) }
            } else if let named = named ?? apposedPerson(node, parsed: parsed), let person = parsed.mentions[named].first,
                !found.contains(.entity(person.entity))
            {
                // A person named in the phrase (`De Amerikaanse minister van Buitenlandse Zaken Antony Blinken`).
                found.append(.entity(person.entity))
            } else if isGroup {
                // A group without a name (`de oproerpolitie`, `Russische troepen`).
                found.append(.group(node))
                // Owned by several countries, it stands for each (`de ambassades van Rwanda, Frankrijk en de VS`): the
                // group of the first, and the same group of each of the others coordinated with it.
                for owner in parsed.children[node] where parsed.has(owner, relation: "nmod") && introduced(owner, byAnyOf: owners, parsed: parsed) {
                    for member in parsed.children[owner] where parsed.has(member, relation: "conj") {
                        for mention in parsed.mentions[member] where parsed.analysis.entities[mention.entity].type == "LOC" {
                            if !found.contains(.owned(node, by: mention.entity)) { found.append(.owned(node, by: mention.entity)) }
                        }
                    }
                }
            } else if let antecedent = pluralAntecedent(of: node, parsed: parsed) {
                // `Het kabinet beschuldigt hen ervan …`, after `zeventien Russische diplomaten`: the group named last.
                if !found.contains(.group(antecedent)) { found.append(.group(antecedent)) }
            } else if let adjective = parsed.children[node].lazy.compactMap({ child in
                parsed.mentions[child].first(where: parsed.isAdjective)
            }).first, !found.contains(.entity(adjective.entity)) {
                // A group by its country (`de Russische invasie`): the country.
                found.append(.entity(adjective.entity))
            }
        }
        return found
    }
}
