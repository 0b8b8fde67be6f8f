public import DuidingCore
public import DuidingResources
import DuidingStatements

/// Codes political events from the parse: an event word of the patterns (a verb, a verb with its object, a noun)
/// with its source and target among the linked entities or the groups of `agents.tsv` (`de oproerpolitie`), CAMEO code,
/// Goldstein value, PLOVER category, modality, negation and time; one event per (source, code, target, time) in an article.
///
/// ```
/// Poetin ──nsubj── bezocht ──obj── China      verb bezoeken obj 042  →  042 RUSGOV → CHN
/// het bezoek ──nmod(van)── Poetin ──nmod(aan)── China   noun bezoek van>aan 042
/// ```
public struct EventCoder: Sendable {
    public let patterns: EventPatterns
    public let codebook: EventCodebook
    /// The CAMEO actor code of an entity on a day (`RUSGOV`), from the knowledge base.
    public let actor: @Sendable (Entity, CalendarDay?) -> String?
    let negations: Set<String>
    let refusals: Set<String>
    /// Verbs whose object is an act halted or called off (`schort de gesprekken op`): that act makes no event of its own.
    let haltings: Set<String>
    let planned: Set<String>
    let conditions: Set<String>
    let agents: Set<String>
    let recipients: Set<String>
    /// Reciprocal pronouns (`elkaar`): the sources act on each other.
    let reciprocals: Set<String>
    /// Pronouns that stand for a thing (`het`, `dit`): a passive's subject that may stand for an earlier event noun.
    let thingPronouns: Set<String>
    /// The grammar words the coder reads (`modality.tsv`): passive and perfect auxiliaries, relative pronouns,
    /// definite determiners, plural pronouns, the prepositions of owners, places, mutual acts and those between whom,
    /// the marks of `dat` clauses, infinitives and purpose clauses.
    let passiveAuxiliaries: Set<String>
    let perfectAuxiliaries: Set<String>
    let relatives: Set<String>
    let definites: Set<String>
    let plurals: Set<String>
    let pluralsIfTagged: Set<String>
    let owners: Set<String>
    let places: Set<String>
    let mutuals: Set<String>
    let betweens: Set<String>
    let complementizers: Set<String>
    let infinitives: Set<String>
    let purposes: Set<String>
    /// The two words before those who act with the subject (`samen met`).
    let companionWords: [(first: String, second: String)]
    /// How an action noun's ending becomes its verb's (`ing` → `en`; `-` for none; `+en` doubles a last consonant).
    let deverbals: [(noun: String, verb: String)]
    /// The letters that are no consonants, for `+` in `deverbals`.
    let vowels: Set<Character>
    /// Nouns for groups that act without a name (`de politie`, `Russische troepen`) → CAMEO sector code.
    let groups: [String: String]

    public init(
        patterns: EventPatterns, codebook: EventCodebook, language: String, bundle: ResourceBundle,
        actor: @escaping @Sendable (Entity, CalendarDay?) -> String?
    ) throws(ResourceError) {
        self.patterns = patterns
        self.codebook = codebook
        self.actor = actor
        var words: [String: Set<String>] = [:]
        var companionWords: [(first: String, second: String)] = []
        var deverbals: [(noun: String, verb: String)] = []
        let single: Set<String> = [
            "negation", "refusal", "halting", "planned", "condition", "agent", "recipient", "reciprocal", "thing", "passive", "perfect",
            "relative", "definite", "plural", "plural-if-tagged", "owner", "place", "mutual", "between", "complementizer",
            "infinitive", "purpose", "vowels",
        ]
        let file = try bundle.file("\(language)/events/modality.tsv")
        for line in file.lines {
            let fields = line.fields
            switch fields.first {
            case "companion":
                guard fields.count == 3 else { throw file.error(line, "expected companion TAB word TAB word (samen TAB met)") }
                companionWords.append((fields[1], fields[2]))
            case "deverbal":
                guard fields.count == 3 else { throw file.error(line, "expected deverbal TAB noun ending TAB verb ending (- for none)") }
                deverbals.append((fields[1] == "-" ? "" : fields[1], fields[2] == "-" ? "" : fields[2]))
            case let kind? where single.contains(kind) && fields.count == 2:
                words[kind, default: []].insert(fields[1])
            default:
                throw file.error(line, "expected \(single.sorted().joined(separator: "|")) TAB word, or companion|deverbal TAB word TAB word")
            }
        }
        passiveAuxiliaries = words["passive"] ?? []
        perfectAuxiliaries = words["perfect"] ?? []
        relatives = words["relative"] ?? []
        definites = words["definite"] ?? []
        plurals = words["plural"] ?? []
        pluralsIfTagged = words["plural-if-tagged"] ?? []
        owners = words["owner"] ?? []
        places = words["place"] ?? []
        mutuals = words["mutual"] ?? []
        betweens = words["between"] ?? []
        complementizers = words["complementizer"] ?? []
        infinitives = words["infinitive"] ?? []
        purposes = words["purpose"] ?? []
        self.companionWords = companionWords
        self.deverbals = deverbals
        vowels = Set((words["vowels"] ?? []).joined())
        negations = words["negation"] ?? []
        refusals = words["refusal"] ?? []
        haltings = words["halting"] ?? []
        planned = words["planned"] ?? []
        conditions = words["condition"] ?? []
        agents = words["agent"] ?? []
        recipients = words["recipient"] ?? []
        reciprocals = words["reciprocal"] ?? []
        thingPronouns = words["thing"] ?? []
        var groups: [String: String] = [:]
        let agentFile = try bundle.file("\(language)/events/agents.tsv")
        for line in agentFile.lines {
            let fields = line.fields
            guard fields.count == 2, fields[1] == "-" || (fields[1].count == 3 && fields[1].allSatisfy(\.isUppercase)) else {
                throw agentFile.error(line, "expected noun TAB a CAMEO sector code of three capitals (COP), or - for no group")
            }
            groups[fields[0]] = fields[1]
        }
        self.groups = groups
    }

    public func code(_ analysis: Analysis) -> [Event] {
        guard !analysis.tokens.isEmpty else { return [] }
        let parsed = ParsedText(analysis)
        let day = analysis.referenceTime.flatMap { CalendarDay(iso: String($0.prefix(10))) }
        var events: [Event] = []
        var seen: Set<String> = []
        // Reports of cooperation, which accuse only when the reporter and the doer are at odds in the article.
        var reportedCooperation: [Event] = []
        func add(accusation: Event) {
            let key = [accusation.source?.entity ?? "", accusation.code, accusation.target?.text ?? accusation.target?.entity ?? "", ""]
                .joined(separator: "\u{1F}")
            if !seen.contains(key) {
                seen.insert(key)
                events.append(accusation)
            }
        }
        for number in analysis.sentences.indices {
            let sentence = parsed.range(ofSentence: number)
            let time = parsed.time(inSentence: number, type: "DATE")
            for token in sentence {
                guard let found = match(token, parsed: parsed) else { continue }
                let companions = self.companions(of: token, parsed: parsed).filter { !found.sources.contains($0) && !found.targets.contains($0) }
                for source in found.sources + companions {
                    for target in found.targets where target != source {
                        guard let code = codebook[found.code] else { continue }
                        let sourceActor = eventActor(source, parsed: parsed, day: day)
                        let targetActor = eventActor(target, parsed: parsed, day: day)
                        // A country and its own government are one actor, not a dyad (`Trump … met de VS`).
                        func same(_ country: Side, _ countryActor: Event.Actor, _ other: Side, _ otherActor: Event.Actor) -> Bool {
                            guard isCountry(country, countryActor, parsed: parsed), let code = countryActor.actor else { return false }
                            return otherActor.actor?.hasPrefix(code + "GOV") == true || (otherActor.actor == code && isCountry(other, otherActor, parsed: parsed))
                        }
                        if same(source, sourceActor, target, targetActor) || same(target, targetActor, source, sourceActor) { continue }
                        // One event per (source, code, target, time).
                        func eventKey(_ source: Event.Actor?, _ target: Event.Actor?, time: String?) -> String {
                            [source?.text ?? source?.entity ?? "", code.code, target?.text ?? target?.entity ?? "", time ?? ""].joined(separator: "\u{1F}")
                        }
                        let key = eventKey(sourceActor, targetActor, time: time?.value)
                        let event = Event(
                            code: code.code, label: code.english, plover: code.plover, goldstein: code.goldstein,
                            source: sourceActor, target: targetActor, time: time?.id,
                            negated: negated(token, parsed: parsed), modality: modality(token, parsed: parsed), sentence: number,
                            trigger: Span(start: analysis.tokens[token].start, end: analysis.tokens[token].end))
                        // Who reports an act the article told before may still be a new accuser (`Westerse regeringen
                        // zeggen dat China Rusland heeft geholpen`, then `De VS zeggen dat China de levering … heeft
                        // uitgebreid`).
                        if let (accusation, conflict) = accusation(of: event, parsed: parsed, day: day) {
                            if conflict { add(accusation: accusation) } else { reportedCooperation.append(accusation) }
                        }
                        guard !seen.contains(key) else { continue }
                        seen.insert(key)
                        events.append(event)
                        // An act that holds both ways is the target's too (`Iran onderhandelde met de VS`).
                        if patterns.symmetric.contains(code.code) {
                            let reverse = eventKey(targetActor, sourceActor, time: time?.value)
                            if !seen.contains(reverse) {
                                seen.insert(reverse)
                                var mirrored = event
                                mirrored.source = targetActor
                                mirrored.target = sourceActor
                                events.append(mirrored)
                            }
                        }
                    }
                }
            }
        }
        // A report of help by one's adversary accuses the helper (`De VS zeggen dat China Rusland … technologie levert`,
        // in an article where the VS warn China): the reporter's and the doer's countries are at odds in a conflict event
        // of the article (CAMEO's quad classes 3 and 4, not negated), either way.
        func countries(_ event: Event) -> Set<Substring>? {
            guard let source = event.source?.actor?.prefix(3), let target = event.target?.actor?.prefix(3) else { return nil }
            return [source, target]
        }
        let adversaries = Set(events.compactMap { event -> Set<Substring>? in
            guard [3, 4].contains(codebook.quadClass(of: event.code)), !event.negated,
                let pair = countries(event), pair.count == 2, pair.allSatisfy({ $0.count == 3 })
            else { return nil }
            return pair
        })
        for accusation in reportedCooperation where countries(accusation).map(adversaries.contains) == true {
            add(accusation: accusation)
        }
        return events
    }

    /// The accusation a report of an act makes: the speaker of the indirect speech it stands in accuses its source,
    /// asserted, with the same trigger (`Oekraïne zegt dat Rusland Charkiv beschoot` → 112). With whether the act is
    /// material conflict (CAMEO's quad class 4: it accuses by itself) or cooperation (class 2: it accuses only an
    /// adversary); a reported verbal conflict (class 3: `X zegt dat Y Z bekritiseerde`) accuses no one.
    private func accusation(of event: Event, parsed: ParsedText, day: CalendarDay?) -> (Event, conflict: Bool)? {
        let quadClass = codebook.quadClass(of: event.code)
        guard event.modality == "reported", !event.negated, [2, 4].contains(quadClass),
            let accused = event.source, let accuse = codebook["112"],
            let quote = parsed.analysis.quotes.first(where: { $0.kind == "indirect" && $0.start <= event.trigger.start && event.trigger.start < $0.end }),
            let speakerID = quote.speaker, speakerID != accused.entity,
            let speaker = parsed.analysis.entities.first(where: { $0.id == speakerID })
        else { return nil }
        let speakerActor = Event.Actor(entity: speaker.id, actor: actor(speaker, day))
        guard speakerActor.actor == nil || speakerActor.actor?.prefix(3) != accused.actor?.prefix(3) else { return nil }
        let accusation = Event(
            code: accuse.code, label: accuse.english, plover: accuse.plover, goldstein: accuse.goldstein, source: speakerActor,
            target: accused, time: event.time, negated: false, modality: "asserted", sentence: event.sentence, trigger: event.trigger)
        return (accusation, quadClass == 4)
    }

    /// An event word with its code and its sources and targets.
    struct Match {
        var code: String
        var sources: [Side]
        var targets: [Side]
    }

    /// One actor of an event: an entity, or a group named by a noun of `agents.tsv` (the head of its phrase).
    enum Side: Hashable {
        case entity(Int)
        case group(Int)
    }

    /// The event's view of a side: the entity with its actor code on the day, or the group's words and code (the country
    /// of an adjective or a `van` phrase in its phrase and the noun's sector: `Russische troepen` → RUSMIL).
    private func eventActor(_ side: Side, parsed: ParsedText, day: CalendarDay?) -> Event.Actor {
        switch side {
        case .entity(let index):
            let entity = parsed.analysis.entities[index]
            return Event.Actor(entity: entity.id, actor: actor(entity, day))
        case .group(let head):
            let sector = group(head, parsed: parsed) ?? ""
            let sentence = parsed.range(ofSentence: parsed.sentenceOf[head])
            let country = parsed.children[head].lazy.compactMap { child -> (entity: Entity, code: String)? in
                let adjective = parsed.has(child, relation: "amod")
                let owner = parsed.has(child, relation: "nmod") && introduced(child, byAnyOf: owners, parsed: parsed)
                guard adjective || owner else { return nil }
                return parsed.mentions[child].lazy.compactMap { mention -> (entity: Entity, code: String)? in
                    let entity = parsed.analysis.entities[mention.entity]
                    guard adjective ? entity.mentions[mention.mention].kind == "adjective" : entity.type == "LOC" else { return nil }
                    return self.actor(entity, day).map { (entity, String($0.prefix(3))) }
                }.first
            }.first
                // A group named without its country acts where the sentence places it (`Zware gevechten in Soedan tussen
                // leger en RSF`): the country of an `in` phrase of the sentence, as event coders read a domestic actor.
                ?? sentence.lazy.compactMap { token -> (entity: Entity, code: String)? in
                    guard token > sentence.lowerBound, places.contains(parsed.lemmas[token - 1]), parsed.upos(token - 1) == "ADP",
                        let place = self.place(named: token, parsed: parsed, day: day), place.code.count == 3
                    else { return nil }
                    return place
                }.first
            // The group belongs to its country's entity (its events show on the country's page); its words name it.
            return Event.Actor(
                entity: country?.entity.id, actor: (country?.code ?? "") + sector,
                text: parsed.text(parsed.phrase(head, within: sentence, coordinated: false)))
        }
    }

    /// The place a word names (a LOC entity named there, not by its adjective) that has an actor code on the day: the
    /// country or government where something happens (`in Soedan`, `in Londen`).
    private func place(named token: Int, parsed: ParsedText, day: CalendarDay?) -> (entity: Entity, code: String)? {
        parsed.mentions[token].lazy.compactMap { mention -> (entity: Entity, code: String)? in
            let entity = parsed.analysis.entities[mention.entity]
            guard entity.type == "LOC", entity.mentions[mention.mention].kind == nil, let code = self.actor(entity, day) else { return nil }
            return (entity, code)
        }.first
    }

    /// Whether a word opens its phrase with one of the prepositions (its `case` child: `van` in `van Soedan`; the
    /// `owner` words of `modality.tsv`).
    private func introduced(_ node: Int, byAnyOf prepositions: Set<String>, parsed: ParsedText) -> Bool {
        parsed.children[node].contains { prepositions.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "case") }
    }

    /// The subjects the parse gave a verb, without a time it took for one (`Eerder deze maand wezen … uit`).
    /// A relative pronoun among them stands for the noun its clause modifies (`de politie, die vier mensen aanhield`).
    private func subjects(of verb: Int, parsed: ParsedText) -> [Int] {
        let object = objectTakenForPassiveSubject(verb, parsed: parsed)
        return parsed.children[verb].filter { parsed.has($0, relation: "nsubj") && !parsed.isTime($0) && $0 != object }.map { subject in
            guard parsed.upos(subject) == "PRON", relatives.contains(parsed.lemmas[subject]) else { return subject }
            if parsed.relation(verb) == "acl:relcl", let noun = parsed.heads[verb], noun < subject, ["NOUN", "PROPN"].contains(parsed.upos(noun)) {
                return noun
            }
            // A relative clause the parse hung elsewhere (`met de politie, die vier mensen aanhield`): the noun before the comma.
            let sentence = parsed.range(ofSentence: parsed.sentenceOf[subject])
            if subject - 2 >= sentence.lowerBound, parsed.words[subject - 1] == ",", ["NOUN", "PROPN"].contains(parsed.upos(subject - 2)) {
                // The head of the name or coordination it ends (`Rwanda, Frankrijk en de Verenigde Staten, die`).
                var noun = subject - 2
                while ["flat", "appos", "compound", "conj"].contains(where: { parsed.has(noun, relation: $0) }),
                    let head = parsed.heads[noun], head < noun, ["NOUN", "PROPN"].contains(parsed.upos(head))
                {
                    noun = head
                }
                return noun
            }
            return subject
        }
    }

    /// A name after the verb that the parse hung on it as a phrase without a preposition (`beschuldigde België ervan`,
    /// `Vorige week wees ook Polen … uit`): the verb's object, or its subject when the parse gave the subject to a time.
    private func bareName(after verb: Int, parsed: ParsedText) -> Int? {
        bareName(of: verb, parsed: parsed) { $0 > verb }
    }

    /// A name without a preposition that the parse hung on the verb as a phrase, on the side `where` allows.
    private func bareName(of verb: Int, parsed: ParsedText, where side: (Int) -> Bool) -> Int? {
        parsed.children[verb].first { child in
            side(child) && parsed.has(child, relation: "obl") && parsed.upos(child) == "PROPN" && !parsed.isTime(child)
                && !parsed.children[child].contains { parsed.has($0, relation: "case") }
        }
    }

    /// Whether the tagger made a verb a participle or an infinitive (a verb whose features it left empty counts as finite).
    private func isNonFinite(_ verb: Int, parsed: ParsedText) -> Bool {
        let feats = parsed.analysis.tokens[verb].feats ?? ""
        return feats.contains("VerbForm=Part") || feats.contains("VerbForm=Inf")
    }

    /// The door phrase of a passive (`door de politie`).
    private func doorPhrase(_ verb: Int, parsed: ParsedText) -> Int? {
        parsed.children[verb].first { child in
            (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod"))
                && parsed.children[child].contains { agents.contains(parsed.words[$0]) && parsed.has($0, relation: "case") }
        }
    }

    /// The object of an active verb that the parse gave two subjects, one of them passive: a verb with a plain subject, a
    /// passive subject and a perfect auxiliary but no passive one (`Peking had de ambassadeur ontboden`, `dat de troepen
    /// honderden migranten hebben opgepakt`). Dutch puts the subject first, so the later of the two is the object.
    private func objectTakenForPassiveSubject(_ verb: Int, parsed: ParsedText) -> Int? {
        let children = parsed.children[verb]
        guard let active = children.first(where: { parsed.relation($0) == "nsubj" }),
            let passive = children.first(where: { parsed.relation($0) == "nsubj:pass" }),
            children.contains(where: { parsed.relation($0) == "aux" && perfectAuxiliaries.contains(parsed.lemmas[$0]) }),
            !children.contains(where: { parsed.has($0, relation: "aux:pass") && passiveAuxiliaries.contains(parsed.lemmas[$0]) })
        else { return nil }
        return max(active, passive)
    }

    /// Whether a verb is passive: a passive auxiliary that is one (`worden`, `zijn`; not a word the parse mislabelled so,
    /// as `die` in `gesprekken hadden gevoerd die … waren geweest`), or a passive subject, unless a perfect auxiliary
    /// (`hebben`, which makes no passive) shows the verb active (`dat de troepen honderden migranten hebben opgepakt`).
    private func isPassive(_ verb: Int, parsed: ParsedText) -> Bool {
        let children = parsed.children[verb]
        if children.contains(where: { parsed.has($0, relation: "aux:pass") && passiveAuxiliaries.contains(parsed.lemmas[$0]) }) { return true }
        return children.contains { parsed.has($0, relation: "nsubj:pass") }
            && !children.contains { parsed.relation($0) == "aux" && perfectAuxiliaries.contains(parsed.lemmas[$0]) }
    }

    /// The country where a coercive act was done to someone, for a passive without a doer (`Pinochet werd in Londen
    /// gearresteerd`): the place of the verb's `in` phrase that has an actor code, as event coders read an arrest abroad.
    private func placeOfCoercion(_ verb: Int, code: String, parsed: ParsedText) -> [Side] {
        // Under the verb, or under its subject (`Pinochet in Londen werd gearresteerd`).
        let patients = parsed.children[verb].filter { parsed.has($0, relation: "nsubj:pass") || parsed.has($0, relation: "nsubj") }
        // A passive by its auxiliary (`werd`, `is … gearresteerd`), not a perfect the parse took for one (`hebben opgepakt`).
        let auxiliaries = parsed.children[verb].filter { parsed.has($0, relation: "aux") || parsed.has($0, relation: "aux:pass") }
        guard code.hasPrefix("17"), auxiliaries.contains(where: { passiveAuxiliaries.contains(parsed.lemmas[$0]) }),
            !auxiliaries.contains(where: { perfectAuxiliaries.contains(parsed.lemmas[$0]) }),
            let place = (parsed.children[verb] + patients.flatMap { parsed.children[$0] }).first(where: { child in
                (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod")) && introduced(child, byAnyOf: places, parsed: parsed)
                    && self.place(named: child, parsed: parsed, day: nil) != nil
            })
        else { return [] }
        return entities(of: place, parsed: parsed)
    }

    /// Those who do an act together with its subject (`Macron brengt een staatsbezoek aan China, samen met … Ursula von der
    /// Leyen`): the phrases with `samen met` under the trigger's verb (the trigger, or the verb a noun trigger is the
    /// object of).
    private func companions(of trigger: Int, parsed: ParsedText) -> [Side] {
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

    /// The group a plural personal pronoun stands for (`hen`, `hun`, `zij` tagged plural): the last plural noun of
    /// `agents.tsv` before it, in its sentence or the one before.
    private func pluralAntecedent(of pronoun: Int, parsed: ParsedText) -> Int? {
        guard parsed.upos(pronoun) == "PRON", parsed.mentions[pronoun].isEmpty else { return nil }
        let word = parsed.words[pronoun].lowercased()
        let plural = plurals.contains(word)
            || (pluralsIfTagged.contains(word) && (parsed.analysis.tokens[pronoun].feats ?? "").contains("Number=Plur"))
        guard plural else { return nil }
        let earliest = parsed.range(ofSentence: max(0, parsed.sentenceOf[pronoun] - 1)).lowerBound
        return stride(from: pronoun - 1, through: earliest, by: -1).first { token in
            parsed.upos(token) == "NOUN" && group(token, parsed: parsed) != nil
                && (parsed.analysis.tokens[token].feats ?? "").contains("Number=Plur")
        }
    }

    /// The nearest verb above `token` (itself included) that stands before `limit`, within a few steps.
    private func clauseVerb(above token: Int, before limit: Int, parsed: ParsedText) -> Int? {
        var current: Int? = token
        var steps = 0
        while let node = current, steps < 5 {
            if ["VERB", "AUX"].contains(parsed.upos(node)) { return node < limit ? node : nil }
            current = parsed.heads[node]
            steps += 1
        }
        return nil
    }

    /// Whether a word on the way up from `token` to `top` (`top` excluded) is joined to its head by coordination.
    private func coordinated(from token: Int, to top: Int, parsed: ParsedText) -> Bool {
        var current: Int? = token
        var steps = 0
        while let node = current, node != top, steps < 8 {
            if parsed.has(node, relation: "conj") { return true }
            current = parsed.heads[node]
            steps += 1
        }
        return false
    }

    /// Whether a mention over `token` comes right after a preposition (`van Zelensky`; not `Zaken Antony Blinken`).
    private func afterPreposition(_ token: Int, parsed: ParsedText) -> Bool {
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[token])
        return parsed.mentions[token].contains { over in
            let start = parsed.analysis.entities[over.entity].mentions[over.mention].start
            let first = ParsedText.firstToken(parsed.analysis.tokens, endingAfter: start)
            return first > sentence.lowerBound && parsed.upos(first - 1) == "ADP"
        }
    }

    /// A name right after a time phrase of the verb that the parse hung on the time (`zal volgende week Kyiv bezoeken`,
    /// `Kyiv` an apposition of `week`): the verb's object.
    private func nameOnTime(_ verb: Int, parsed: ParsedText) -> Int? {
        // Only a time in the middle field, after the finite verb or its auxiliary (not a fronted time, `Vorige week
        // bezocht Scholz ook Kyiv`, where a name on it may be the subject).
        let finite = ([verb] + parsed.children[verb].filter { parsed.has($0, relation: "aux") }).min() ?? verb
        for time in parsed.children[verb] where time > finite && parsed.isTime(time) && !parsed.has(time, relation: "nsubj") {
            if let name = parsed.children[time].first(where: { child in
                child > time && parsed.upos(child) == "PROPN" && !parsed.isTime(child)
                    && ["appos", "flat", "nmod"].contains(parsed.relation(child))
                    && !parsed.children[child].contains { parsed.has($0, relation: "case") }
            }) {
                return name
            }
        }
        return nil
    }

    /// The first and last of two or more people named in a phrase of names and titles (its `flat` and `appos` words).
    private func namesInOneRun(_ head: Int, parsed: ParsedText) -> (first: Side, last: Side)? {
        var run = [head]
        var stack = [head]
        while let node = stack.popLast() {
            for child in parsed.children[node] where ["flat", "appos"].contains(parsed.relation(child)) {
                run.append(child)
                stack.append(child)
            }
        }
        var people: [Int] = []
        for token in run.sorted() {
            for mention in parsed.mentions[token] {
                let entity = parsed.analysis.entities[mention.entity]
                if entity.type == "PER", entity.mentions[mention.mention].kind == nil, !people.contains(mention.entity) { people.append(mention.entity) }
            }
        }
        guard people.count >= 2, let first = people.first, let last = people.last else { return nil }
        return (.entity(first), .entity(last))
    }

    /// The entity of a name the parse joined to a phrase as its `flat` part although it names another entity than the
    /// phrase's head (`Rusland Charkiv`).
    private func namedAfter(_ head: Int, parsed: ParsedText) -> Side? {
        let own = Set(parsed.mentions[head].map(\.entity))
        guard !own.isEmpty else { return nil }
        for child in parsed.children[head] where parsed.relation(child) == "flat" && child > head {
            if let other = parsed.mentions[child].first(where: { !own.contains($0.entity) && parsed.analysis.entities[$0.entity].mentions[$0.mention].kind == nil }) {
                return .entity(other.entity)
            }
        }
        return nil
    }

    /// Whether a side is a place coded as a country (`de VS` → USA; not a person coded by nationality).
    private func isCountry(_ side: Side, _ actor: Event.Actor, parsed: ParsedText) -> Bool {
        guard case .entity(let index) = side, actor.actor?.count == 3 else { return false }
        return parsed.analysis.entities[index].type == "LOC"
    }

    /// The sector of a noun of `agents.tsv`, read as event nouns are (`oproerpolitie` → `politie`).
    private func group(_ token: Int, parsed: ParsedText) -> String? {
        guard parsed.upos(token) == "NOUN" else { return nil }
        // `-`: a compound that only looks like a group (`reisagent`).
        return EventPatterns.lookup(parsed.lemmas[token], in: groups).flatMap { $0 == "-" ? nil : $0 }
    }

    private func match(_ token: Int, parsed: ParsedText) -> Match? {
        let upos = parsed.upos(token)
        if upos == "VERB" {
            let lemma = verbLemma(token, parsed: parsed)
            var code: String?
            var frame: String?
            var object = parsed.children[token].first(where: { parsed.has($0, relation: "obj") })
            // A bare noun the parse hung on the subject in a clause that ends in its verb (`dat de twee leiders gesprekken
            // hadden gevoerd`): Dutch puts the object there, after the subject, so it is the verb's object.
            if object == nil, let subject = parsed.children[token].first(where: { parsed.has($0, relation: "nsubj") }), subject < token,
                let bare = parsed.children[subject].first(where: { child in
                    child > subject && child < token && parsed.relation(child) == "nmod" && parsed.upos(child) == "NOUN"
                        && !parsed.children[child].contains { parsed.has($0, relation: "case") || parsed.upos($0) == "PUNCT" }
                })
            {
                object = bare
            }
            // Two objects, the later one making the event with the verb (`hij bracht de Russische president een bezoek`):
            // that one is the object, the first the one it is for.
            var firstObject: Int?
            let objects = parsed.children[token].filter { parsed.has($0, relation: "obj") }
            if objects.count == 2, patterns.object(lemma, parsed.lemmas[objects[0]]) == nil,
                patterns.object(lemma, parsed.lemmas[objects[1]]) != nil
            {
                firstObject = objects[0]
                object = objects[1]
            }
            // A time the parse made the object, with the object hung on it (`sloten vorige maand een akkoord`).
            if let time = object, parsed.isTime(time),
                let inner = parsed.children[time].first(where: { child in
                    child > time && parsed.upos(child) == "NOUN" && !parsed.children[child].contains { parsed.has($0, relation: "case") }
                })
            {
                object = inner
            }
            // A relative pronoun stands for the noun its clause modifies (`een akkoord dat FARC en regering sloten`).
            if let pronoun = object, parsed.upos(pronoun) == "PRON", relatives.contains(parsed.lemmas[pronoun]),
                parsed.relation(token) == "acl:relcl", let noun = parsed.heads[token], parsed.upos(noun) == "NOUN"
            {
                object = noun
            }
            // `een reeks overeenkomsten`: the noun the measure governs.
            if let measure = object, patterns.measures.contains(parsed.lemmas[measure]),
                let counted = parsed.children[measure].first(where: { ["nmod", "appos"].contains(parsed.relation($0)) && parsed.upos($0) == "NOUN" })
            {
                object = counted
            }
            if let object, let pattern = patterns.object(lemma, parsed.lemmas[object]) {
                code = pattern.code
                frame = nil
            } else if patterns.judging.contains(lemma), let judged = judged(token, object: object, parsed: parsed),
                let judgement = judgement(token, object: judged, parsed: parsed)
            {
                let object = judged
                // `noemde het besluit van Den Haag "ongegrond"`: the judgement's code; the target is the object, or the
                // one whose act the object is (its van phrase).
                let sources = entities(of: subject(of: token, parsed: parsed), parsed: parsed)
                // An act named by an event noun is its doer's (`de aanval van Rusland`; `de arrestatie van Navalny` names
                // the one arrested, so its doer is in the `door` phrase); another noun's `van` phrase is its owner's (`het
                // besluit van Den Haag`).
                let doer = patterns.noun(parsed.lemmas[object])?.source.map { [$0] } ?? owners
                var targets = parsed.mentions[object].isEmpty && parsed.upos(object) == "NOUN" ? [] : entities(of: object, parsed: parsed)
                if targets.isEmpty, let owner = parsed.children[object].first(where: { child in
                    parsed.has(child, relation: "nmod") && introduced(child, byAnyOf: doer, parsed: parsed)
                }) {
                    targets = entities(of: owner, parsed: parsed)
                }
                if targets.isEmpty, parsed.upos(object) == "NOUN", patterns.noun(parsed.lemmas[object]) == nil {
                    targets = entities(of: object, parsed: parsed)
                }
                if targets.isEmpty { targets = doerOfAct(object, parsed: parsed) }
                guard !sources.isEmpty, !targets.isEmpty else { return nil }
                return Match(code: judgement, sources: sources, targets: targets)
            } else if let phrases = patterns.phrases[lemma],
                let pattern = parsed.children[token].lazy.filter({ parsed.has($0, relation: "obl") }).compactMap({ phrase in
                    parsed.children[phrase].lazy.filter { parsed.has($0, relation: "case") }.compactMap { phrases[parsed.lemmas[$0]] }.first
                }).first
            {
                code = pattern.code
                frame = pattern.target
            } else if let pattern = patterns.verbs[lemma] {
                code = pattern.code
                frame = pattern.target
            }
            guard let code else { return nil }
            // A participle coordinated with a passive verb shares its auxiliary (`werd gearresteerd en daarna uitgeleverd aan
            // Peru`); a finite verb there has a subject of its own (`werd ontvangen door Xi en bezocht daarna Pyongyang`).
            func doorPhrase(_ verb: Int) -> Int? { self.doorPhrase(verb, parsed: parsed) }
            func isPassive(_ verb: Int) -> Bool { self.isPassive(verb, parsed: parsed) }
            let sharedPassive = parsed.has(token, relation: "conj") && parsed.heads[token].map(isPassive) == true
                && (parsed.tokens[token].feats ?? "").contains("VerbForm=Part")
                && !parsed.children[token].contains { parsed.has($0, relation: "nsubj") || parsed.has($0, relation: "aux") }
            let ownPassive = isPassive(token)
            let passive = ownPassive || sharedPassive
            let agent = doorPhrase(token) ?? (sharedPassive ? parsed.heads[token].flatMap(doorPhrase) : nil)
            // The passive (`werd gearresteerd door de politie`): the subject is the target, the door phrase the source.
            let patient = !passive ? nil : parsed.children[token].first { parsed.has($0, relation: "nsubj:pass") }
                // A passive's subject the parse labelled active (`Hij werd … ontvangen door premier Mark Rutte`).
                ?? (ownPassive ? parsed.children[token].first { parsed.has($0, relation: "nsubj") } : nil)
                ?? (sharedPassive ? parsed.heads[token].flatMap { head in parsed.children[head].first { parsed.has($0, relation: "nsubj:pass") } } : nil)
            if frame == "obj", let patient {
                var sources = entities(of: agent, parsed: parsed)
                if sources.isEmpty, agent == nil { sources = placeOfCoercion(token, code: code, parsed: parsed) }
                let targets = entities(of: patient, parsed: parsed)
                // `Het werd snel verworpen door Oekraïne`, after `Peking stelde een vredesplan voor`: a pronoun for a
                // thing that makes an event with the verb (`verwerpen` + `vredesplan` → 127) stands for it; the
                // target is whoever put the thing forward.
                if targets.isEmpty, !sources.isEmpty, thingPronouns.contains(parsed.lemmas[patient]),
                    let (owners, pattern) = antecedent(of: patient, verb: lemma, parsed: parsed)
                {
                    return Match(code: pattern.code, sources: sources, targets: owners)
                }
                guard !sources.isEmpty, !targets.isEmpty else { return nil }
                return Match(code: code, sources: sources, targets: targets)
            }
            // Any other passive (`werd uitgeleverd aan Peru`): its subject underwent the act; the source is the door
            // phrase, and without one there is none.
            var sources = entities(of: passive ? agent : subject(of: token, parsed: parsed), parsed: parsed)
            if sources.isEmpty, passive, agent == nil { sources = placeOfCoercion(token, code: code, parsed: parsed) }
            var targets: [Side] = []
            if let frame {
                func introduced(_ node: Int) -> Bool {
                    parsed.children[node].contains { parsed.words[$0] == frame && parsed.has($0, relation: "case") }
                }
                // The phrase under the verb, else anywhere in its clause (`reisde voor het laatst naar Moskou`, where the
                // parse hung the phrase on another word).
                // The object, or a second subject after the verb where the parse took the object for one
                // (`Xi ontving Macron`: two subjects, the first before the verb).
                let subjects = self.subjects(of: token, parsed: parsed)
                let split = splitObjects(token, parsed: parsed)
                let object = parsed.children[token].first { parsed.has($0, relation: "obj") && !split.contains($0) }
                    // An active verb's object that the parse made a passive subject (`Peking had de ambassadeur ontboden`).
                    ?? objectTakenForPassiveSubject(token, parsed: parsed)
                    // (`Xi ontving Macron`, `In Den Haag ontmoette hij koning Willem-Alexander`: two subjects, the second after the verb).
                    ?? (subjects.count == 2 && subjects[1] > token ? subjects[1] : nil)
                    // Or the second of two subjects in the middle field before a participle (`heeft Rusland vannacht Charkiv
                    // gebombardeerd`): subject first, then object.
                    ?? (subjects.count == 2 && subjects[1] < token && parsed.children[token].contains { parsed.has($0, relation: "aux") }
                        && !parsed.children[token].contains { parsed.has($0, relation: "aux:pass") } ? subjects[1] : nil)
                // `dat`: the subject of the clause the verb governs (`eisten dat Rwanda zijn troepen terugtrekt`).
                let clause = parsed.children[token].first { child in
                    (parsed.has(child, relation: "ccomp") || parsed.has(child, relation: "advcl"))
                        && parsed.children[child].contains { complementizers.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "mark") }
                }
                let head: Int? = frame == "dat"
                    ? clause.flatMap { clause in parsed.children[clause].first { parsed.has($0, relation: "nsubj") } }
                    : frame == "obj"
                    ? object ?? preverbalObject(token, parsed: parsed) ?? middleObject(token, parsed: parsed)
                        ?? bareName(after: token, parsed: parsed) ?? nameOnTime(token, parsed: parsed)
                        ?? objectInPhrase(token, parsed: parsed)
                    : parsed.children[token].first { child in
                        (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod")) && introduced(child)
                    } ?? parsed.subtree(token).first { $0 != token && parsed.sentenceOf[$0] == parsed.sentenceOf[token] && introduced($0) }
                targets = entities(of: head, parsed: parsed)
                // An object that names no one stands for the one whose it is (`veroordeelde de provocaties van China`,
                // `bezocht de hoofdstad van Oekraïne`): its `van` phrase.
                if targets.isEmpty, frame == "obj", let head, parsed.upos(head) == "NOUN",
                    let owner = parsed.children[head].first(where: { parsed.has($0, relation: "nmod") && self.introduced($0, byAnyOf: owners, parsed: parsed) })
                {
                    targets = entities(of: owner, parsed: parsed)
                }
                if targets.isEmpty, frame != "dat" { targets = doerOfAct(head, parsed: parsed) }
                // `elkaar`: coordinated or grouped sources act on each other (`bestookten beide landen elkaar`); so do those
                // of a verb done with someone when no one else is named (`India en Pakistan onderhandelden`).
                if let head, reciprocals.contains(parsed.lemmas[head]), sources.count > 1 { targets = sources }
                if head == nil, mutuals.contains(frame), sources.count > 1, let subject = subject(of: token, parsed: parsed),
                    parsed.children[subject].contains(where: { parsed.has($0, relation: "conj") })
                {
                    targets = sources
                }
            } else {
                // A verb with its object: the one it is for (`heeft Moskou steun geboden`, `steun bieden aan`), else,
                // for coordinated sources (`de twee leiders ondertekenden een verklaring`), each other.
                func forSomeone(_ child: Int) -> Bool {
                    parsed.children[child].contains { recipients.contains(parsed.words[$0]) && parsed.has($0, relation: "case") }
                }
                let recipient = parsed.children[token].first { parsed.has($0, relation: "iobj") } ?? firstObject
                    ?? parsed.children[token].first { parsed.has($0, relation: "obl") && forSomeone($0) }
                    // Or in the object's phrase (`sluit een migratiedeal met Tunesië`).
                    ?? object.flatMap { object in parsed.children[object].first { parsed.has($0, relation: "nmod") && forSomeone($0) } }
                    // A second subject the parse hung on the verb or its auxiliary is the one it is for (`China heeft
                    // Moskou steun geboden`).
                    ?? misplacedRecipient(token, parsed: parsed)
                targets = entities(of: recipient, parsed: parsed)
                if targets.isEmpty, sources.count > 1 { targets = sources }
            }
            // A verb without a subject whose object holds two people's names in one run (`prees Poetin president Xi`,
            // the subject after the verb taken into its object): the first does it to the last.
            if sources.isEmpty, frame == "obj", let object, !parsed.children[token].contains(where: { parsed.has($0, relation: "nsubj") }),
                let pair = namesInOneRun(object, parsed: parsed)
            {
                return Match(code: code, sources: [pair.first], targets: [pair.last])
            }
            // A verb without an object whose subject runs on into another name (`dat Rusland Charkiv heeft gebombardeerd`:
            // two names side by side made one): the other name is the object.
            if targets.isEmpty, frame == "obj", !passive, object == nil, let subject = subject(of: token, parsed: parsed),
                parsed.heads[subject] == token || parsed.heads[subject].map({ parsed.heads[$0] == token }) == true,
                let named = namedAfter(subject, parsed: parsed), !sources.contains(named)
            {
                targets = [named]
            }
            guard !sources.isEmpty, !targets.isEmpty else { return nil }
            return Match(code: code, sources: sources, targets: targets)
        }
        // A predicate adjective (`hij was Xi dankbaar`, `China is kritisch over de sancties`).
        if upos == "ADJ", let pattern = patterns.adjectives[parsed.lemmas[token]],
            parsed.children[token].contains(where: { parsed.has($0, relation: "cop") })
        {
            let sources = entities(of: subject(of: token, parsed: parsed), parsed: parsed)
            let head: Int? = parsed.children[token].first { child in
                if pattern.target == "obj" {
                    // Any bare noun or name under it but its subject (the parse also makes it `advmod`: `hij Scholz dankbaar was`).
                    return ["obj", "iobj", "obl", "advmod", "nmod"].contains(where: { parsed.has(child, relation: $0) })
                        && ["NOUN", "PROPN", "PRON"].contains(parsed.upos(child))
                        && !parsed.children[child].contains { parsed.has($0, relation: "case") }
                }
                return (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod"))
                    && parsed.children[child].contains { parsed.words[$0] == pattern.target && parsed.has($0, relation: "case") }
            }
            let targets = entities(of: head, parsed: parsed)
            guard !sources.isEmpty, !targets.isEmpty else { return nil }
            return Match(code: pattern.code, sources: sources, targets: targets)
        }
        if upos == "NOUN", let pattern = patterns.noun(parsed.lemmas[token]) {
            // An act halted or called off (`schort het overleg op`, `de top werd afgeblazen`) does not happen.
            if let verb = parsed.heads[token], parsed.upos(verb) == "VERB", parsed.has(token, relation: "obj") || parsed.has(token, relation: "nsubj:pass"),
                haltings.contains(verbLemma(verb, parsed: parsed))
            {
                return nil
            }
            func phrase(_ preposition: String?) -> Int? {
                guard let preposition else { return nil }
                func introduced(_ node: Int) -> Bool {
                    parsed.children[node].contains { parsed.words[$0] == preposition && parsed.has($0, relation: "case") }
                }
                // Under the noun, else deeper in its phrase where the parse hung it on a word after the noun (`de ontvangst
                // van Poetin door Xi`: `door Xi` on `Poetin`).
                return parsed.children[token].first(where: introduced)
                    ?? parsed.subtree(token).first { $0 > token && parsed.isNominal($0) && introduced($0) }
            }
            // A `van` phrase inside the target's modifies the target (`een strafzaak tegen de aanklager van het ICC`); a
            // `door` phrase there is the doer still, hung deeper by the parse (`de ontvangst van Poetin door Xi`).
            var targetPhrase = phrase(pattern.target)
            // A doer named by a country adjective makes the `van` phrase the one it is done to (`de Russische invasie van
            // Oekraïne`, `de Israëlische bezetting van de Golan`).
            // A `door` phrase names the doer of any act (`na bemiddeling door Oman`, `de aanval door Rusland`).
            let ownedBySource = pattern.source.map(owners.contains) == true
            var sourcePhrase = phrase(pattern.source) ?? (ownedBySource ? agents.sorted().lazy.compactMap(phrase).first : nil)
            if ownedBySource, targetPhrase == nil, let van = sourcePhrase, parsed.heads[van] == token,
                parsed.children[token].contains(where: { child in
                    parsed.has(child, relation: "amod")
                        && parsed.mentions[child].contains { parsed.analysis.entities[$0.entity].mentions[$0.mention].kind == "adjective" }
                })
            {
                targetPhrase = van
                sourcePhrase = nil
            }
            var sources = entities(of: sourcePhrase.flatMap { source in
                ownedBySource && targetPhrase.map { parsed.dominates($0, source) } == true ? nil : source
            }, parsed: parsed)
            // `de Russische invasie`: the country of the noun's adjective.
            if sources.isEmpty { sources = entities(of: token, parsed: parsed) }
            // `Poetin bracht een bezoek aan China`: the subject of the verb the noun is the object of (not of a verb it is
            // a phrase of: `X protesteerde tegen de arrestatie van Y`).
            if sources.isEmpty, parsed.has(token, relation: "obj"), let verb = parsed.heads[token], parsed.upos(verb) == "VERB" {
                sources = entities(of: subject(of: verb, parsed: parsed), parsed: parsed)
            }
            var targets = entities(of: targetPhrase, parsed: parsed)
            if targets.isEmpty, let verb = parsed.heads[token], parsed.upos(verb) == "VERB", let preposition = pattern.target {
                let head = parsed.children[verb].first { child in
                    parsed.children[child].contains { parsed.words[$0] == preposition && parsed.has($0, relation: "case") }
                }
                targets = entities(of: head, parsed: parsed)
            }
            // `de gevechten tussen het leger en de rebellen`: each against the other.
            if targets.isEmpty, let source = pattern.source, betweens.contains(source), sources.count > 1 { targets = sources }
            guard !sources.isEmpty, !targets.isEmpty else { return nil }
            return Match(code: pattern.code, sources: sources, targets: targets)
        }
        return nil
    }

    /// A verb's lemma with its separated particle, as the patterns write particle verbs (`riep … op` → `op_roepen`).
    private func verbLemma(_ verb: Int, parsed: ParsedText) -> String {
        // The lemmatizer joins most of them itself (`wees … uit` → `uit_wijzen`).
        let lemma = parsed.lemmas[verb]
        if let particle = parsed.children[verb].first(where: { parsed.relation($0) == "compound:prt" }) {
            // The particle in the sentence wins over one the lemmatizer put in (`zette … uit` lemmatized `in_zetten`).
            let base = lemma.split(separator: "_").last.map(String.init) ?? lemma
            return "\(parsed.lemmas[particle])_\(base)"
        }
        guard let underscore = lemma.firstIndex(of: "_") else {
            return detachedParticle(verb, parsed: parsed).map { "\(parsed.lemmas[$0])_\(lemma)" } ?? lemma
        }
        // A particle the lemmatizer put in from another use of the form (`zette` → `in_zetten`, `levert` → `op_leveren`)
        // holds when the form itself carries it (`aankondigde`) or the clause has it after the verb; else the particle
        // in the clause makes the verb (`zette … uit`), or the verb is the bare one.
        let particle = String(lemma[..<underscore])
        let base = String(lemma[lemma.index(after: underscore)...])
        if parsed.words[verb].lowercased().hasPrefix(particle) { return lemma }
        if let detached = detachedParticle(verb, base: base, parsed: parsed) { return "\(parsed.lemmas[detached])_\(base)" }
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[verb])
        return (verb + 1..<sentence.upperBound).contains { parsed.lemmas[$0] == particle } ? lemma : base
    }

    /// The particle of an event verb that the parse took for a preposition (`riep beide landen op de gevechten te
    /// staken`: `op` hung on `gevechten`): a preposition or adverb after the verb, in its clause (before punctuation, a
    /// conjunction or another verb), that makes an event verb with it when the verb alone is none.
    private func detachedParticle(_ verb: Int, base: String? = nil, parsed: ParsedText) -> Int? {
        let lemma = base ?? parsed.lemmas[verb]
        guard patterns.verbs[lemma] == nil, patterns.objects[lemma] == nil else { return nil }
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[verb])
        var index = verb + 1
        while index < sentence.upperBound {
            if parsed.isPunctuation(index) || ["CCONJ", "SCONJ", "VERB", "AUX"].contains(parsed.upos(index)) { return nil }
            // (`vrij`, `vast`, `stop` in `liet … vrij`, `zette … vast`: adjectives and nouns the parse did not join.)
            if ["ADP", "ADV", "ADJ", "NOUN"].contains(parsed.upos(index)) {
                let joined = "\(parsed.lemmas[index])_\(lemma)"
                if patterns.verbs[joined] != nil || patterns.objects[joined] != nil { return index }
            }
            index += 1
        }
        return nil
    }

    /// What a calling verb judges: its object, or, where the parse made the judgement the object (`noemde Poetin een
    /// oorlogsmisdadiger`: `Poetin` a second subject), the second subject after the verb.
    private func judged(_ verb: Int, object: Int?, parsed: ParsedText) -> Int? {
        let subjects = self.subjects(of: verb, parsed: parsed)
        if let object, patterns.judgement(parsed.lemmas[object]) != nil, subjects.count == 2, subjects[1] > verb, subjects[1] < object {
            return subjects[1]
        }
        return object
    }

    /// The code of the judgement a calling verb makes of its object (`noemde X "onaanvaardbaar"`, `noemde X een
    /// terrorist`): the first judging word under the verb, after the object and outside its phrase.
    private func judgement(_ verb: Int, object: Int, parsed: ParsedText) -> String? {
        // The predicate, wherever the parse hung it in the verb's clause, but not inside a prepositional phrase (`een
        // partner in de strijd tegen terrorisme`) other than `als`, nor in a clause of its own (`zei dat …`), nor in the
        // object's phrase. A denied judgement (`geen vijand`) is none.
        let objectPhrase = Set(parsed.subtree(object))
        for node in parsed.subtree(verb) where node > object && !objectPhrase.contains(node)
            && ["ADJ", "NOUN"].contains(parsed.upos(node)) && parsed.sentenceOf[node] == parsed.sentenceOf[verb]
        {
            guard let pattern = patterns.judgement(parsed.lemmas[node]) else { continue }
            var current = node
            var free = true
            while current != verb, let up = parsed.heads[current] {
                let introduced = parsed.children[current].filter { parsed.has($0, relation: "case") || parsed.has($0, relation: "mark") }
                if introduced.contains(where: { parsed.lemmas[$0] != "als" }) || parsed.has(current, relation: "ccomp") {
                    free = false
                    break
                }
                current = up
            }
            guard free else { continue }
            if parsed.children[node].contains(where: { negations.contains(parsed.lemmas[$0]) }) { return nil }
            return pattern.code
        }
        return nil
    }

    /// The owners of the thing a pronoun stands for, with the event the verb makes of it: the last noun before it (in its
    /// sentence or the two before) that makes an event with the verb and whose owner the text names (`In dat plan` names
    /// none; `Peking stelde een vredesplan voor` does).
    private func antecedent(of pronoun: Int, verb: String, parsed: ParsedText) -> ([Side], EventPatterns.Pattern)? {
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
    private func doerOfAct(_ noun: Int?, parsed: ParsedText) -> [Side] {
        guard let noun, parsed.upos(noun) == "NOUN", parsed.mentions[noun].isEmpty,
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
                    parsed.mentions[child].first { parsed.analysis.entities[$0.entity].mentions[$0.mention].kind == "adjective" }
                }).first {
                    return [.entity(country.entity)]
                }
                if parsed.has(token, relation: "obj"), let verb = parsed.heads[token], parsed.upos(verb) == "VERB" {
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

    private func owner(of thing: Int, parsed: ParsedText) -> [Side] {
        if let owner = parsed.children[thing].first(where: { child in
            parsed.has(child, relation: "nmod") && introduced(child, byAnyOf: owners, parsed: parsed)
        }) {
            let found = entities(of: owner, parsed: parsed)
            if !found.isEmpty { return found }
        }
        guard parsed.has(thing, relation: "obj"), let verb = parsed.heads[thing], parsed.upos(verb) == "VERB" else { return [] }
        return entities(of: subject(of: verb, parsed: parsed), parsed: parsed)
    }

    /// An object the parse hung inside the prepositional phrase before it (`ontmoette in de marge van de top de Oekraïense
    /// president`, `bedankte in een verklaring de Verenigde Staten`): a noun or name after the verb, under one of its
    /// phrases, without a preposition of its own.
    private func objectInPhrase(_ verb: Int, parsed: ParsedText) -> Int? {
        for phrase in parsed.children[verb] where phrase > verb && parsed.has(phrase, relation: "obl") {
            for node in parsed.subtree(phrase) where node > phrase && parsed.relation(node) == "nmod"
                && ["NOUN", "PROPN"].contains(parsed.upos(node))
                && !parsed.children[node].contains(where: { parsed.has($0, relation: "case") || parsed.has($0, relation: "nmod:poss") })
            {
                return node
            }
        }
        return nil
    }

    /// The object of a verb whose particle stands apart (`riep beide generaals op …`, where the parse gave `generaals` to the
    /// infinitive): the first noun or name between the verb and its particle that no preposition introduces.
    private func middleObject(_ verb: Int, parsed: ParsedText) -> Int? {
        let lemma = parsed.lemmas[verb]
        let base = lemma.firstIndex(of: "_").map { String(lemma[lemma.index(after: $0)...]) }
        guard let particle = detachedParticle(verb, base: base, parsed: parsed) else { return nil }
        // Not the subject after the verb (`In zijn rede riep Lai Peking op …`).
        let subject = subject(of: verb, parsed: parsed)
        return (verb + 1..<particle).first { word in
            ["NOUN", "PROPN"].contains(parsed.upos(word)) && !parsed.children[word].contains { parsed.has($0, relation: "case") }
                && !["flat", "appos", "compound"].contains(parsed.relation(word)) && word != subject
        }
    }

    /// The subject of a verb, or of the verb it depends on (`weigert Rusland te veroordelen`, `en ondertekenden`).
    private func subject(of verb: Int, parsed: ParsedText) -> Int? {
        var current: Int? = verb
        var steps = 0
        // The last `om … te` clause passed on the way up (`om Wang Yi te waarschuwen en te vragen`).
        var purpose: Int?
        while let node = current, steps < 3 {
            // A time the parse made a subject (`Eerder deze maand wezen ook Polen en Bulgarije … uit`) is none; the subject
            // is then the name after the verb that it left without a preposition (`Vorige week wees ook Polen … uit`), or
            // else the one before it (`Ook Ierland kondigde dinsdag … aan`, with `dinsdag` the subject).
            var subjects = self.subjects(of: node, parsed: parsed)
            if subjects.isEmpty, parsed.children[node].contains(where: { parsed.has($0, relation: "nsubj") && parsed.isTime($0) }),
                let name = bareName(after: node, parsed: parsed) ?? bareName(of: node, parsed: parsed, where: { $0 < node })
            {
                subjects = [name]
            }
            if let subject = subjects.first {
                // A subject after a coordinated verb whose first verb has its subject before it is that verb's object
                // (`China pretendeert …, maar weigert Rusland te veroordelen`): the shared subject.
                if subject > node, let shared = sharedSubject(node, parsed: parsed) { return shared }
                // Two subjects before the verb, or a subject and an "object" between it and the verb, are one phrase the
                // parse split (`De Amerikaanse minister van Buitenlandse Zaken Antony Blinken bezocht`): the part with a
                // person's name in it names the actor.
                let parts = subjects.filter { $0 < node } + splitObjects(node, parsed: parsed).filter { $0 > subject }
                if parts.count > 1, subject < node,
                    let named = parts.first(where: { part in
                        parsed.subtree(part).contains { token in
                            parsed.mentions[token].contains { parsed.analysis.entities[$0.entity].type == "PER" }
                        }
                    })
                {
                    return named
                }
                return subject
            }
            // A subject the parse hung on the auxiliary (`China heeft … geboden`).
            for auxiliary in parsed.children[node] where parsed.has(auxiliary, relation: "aux") {
                if let subject = parsed.children[auxiliary].first(where: { parsed.has($0, relation: "nsubj") }) { return subject }
            }
            // A finite verb hung on the noun before it as a clause of its own without a relative pronoun or conjunction
            // (`De Amerikaanse minister … Antony Blinken bezocht Peking`, the noun made the root): Dutch has no such
            // clause, so the person named right before the verb, in the noun's own phrase, is its subject. Not a name
            // in a phrase with a preposition (`Dat voorstel van Zelensky verwierp Poetin`: a fronted object), nor one
            // in a coordination or under the verb.
            if parsed.relation(node) == "acl", let noun = parsed.heads[node], noun < node, parsed.isNominal(noun), !parsed.isTime(noun),
                parsed.upos(node) == "VERB", !isNonFinite(node, parsed: parsed),
                !parsed.children[node].contains(where: { child in
                    child < node && (parsed.has(child, relation: "mark") || parsed.upos(child) == "PRON" || parsed.upos(child) == "ADV")
                }),
                case let named = node - 1, named >= noun,
                parsed.mentions[named].contains(where: { parsed.analysis.entities[$0.entity].type == "PER" }),
                parsed.dominates(noun, named), !parsed.dominates(node, named), !afterPreposition(named, parsed: parsed),
                !coordinated(from: named, to: noun, parsed: parsed)
            {
                return named
            }
            // A finite verb hung on the sentence's root noun right before it (`De oppositie had kritiek op de regering`,
            // the noun made the root and the verb its modifier): the noun is its subject.
            if ["acl", "nmod"].contains(parsed.relation(node)), let noun = parsed.heads[node], noun < node, parsed.heads[noun] == nil,
                ["NOUN", "PROPN"].contains(parsed.upos(noun)), !parsed.isTime(noun), ["VERB", "AUX"].contains(parsed.upos(node)),
                !isNonFinite(node, parsed: parsed),
                (noun + 1..<node).allSatisfy({ between in
                    parsed.dominates(noun, between) && !parsed.isPunctuation(between)
                        && !["VERB", "AUX", "PRON", "SCONJ"].contains(parsed.upos(between))
                }),
                !parsed.children[node].contains(where: { $0 < node && (parsed.has($0, relation: "mark") || parsed.upos($0) == "PRON") })
            {
                return noun
            }
            // Up through `te` and `om … te` complements and coordination (`bezocht Peking om Wang Yi te waarschuwen`).
            if isPurposeClause(node, parsed: parsed) { purpose = node }
            guard ["xcomp", "conj", "advcl"].contains(where: { parsed.has(node, relation: $0) }) || isInfinitiveClause(node, parsed: parsed)
            else { return purpose.flatMap { purposeSubject($0, parsed: parsed) } }
            current = parsed.heads[node]
            // A second finite verb the parse coordinated with a noun of the first clause (`Zelensky sprak van een
            // besluit en bedankte Nederland`, `bevestigde het bestand en bedankte Washington`): the clause is the verb's.
            if parsed.has(node, relation: "conj"), let head = current, !["VERB", "AUX"].contains(parsed.upos(head)),
                parsed.upos(node) == "VERB", !isNonFinite(node, parsed: parsed),
                parsed.children[node].contains(where: { parsed.has($0, relation: "cc") })
            {
                current = clauseVerb(above: head, before: node, parsed: parsed)
            }
            steps += 1
        }
        return purpose.flatMap { purposeSubject($0, parsed: parsed) }
    }

    /// The subject of an `om … te` clause that the parse cut off from its main clause (`Blinken bezocht Peking, deels om
    /// Wang Yi te waarschuwen`: `deels` made a root of its own): the subject of the nearest verb before it in the sentence.
    private func purposeSubject(_ verb: Int, parsed: ParsedText) -> Int? {
        // Only a clause left hanging on no verb or noun (a root, or under `deels`); not one that belongs to a noun (`het
        // plan van de VS om Rusland te isoleren`) or a verb.
        guard isPurposeClause(verb, parsed: parsed) else { return nil }
        if let head = parsed.heads[verb], ["VERB", "AUX", "NOUN", "PROPN", "PRON"].contains(parsed.upos(head)) { return nil }
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[verb])
        for index in stride(from: verb - 1, through: sentence.lowerBound, by: -1)
        where parsed.upos(index) == "VERB" && !isPurposeClause(index, parsed: parsed) {
            if let subject = subject(of: index, parsed: parsed) { return subject }
        }
        return nil
    }

    private func isPurposeClause(_ verb: Int, parsed: ParsedText) -> Bool {
        let marks = parsed.children[verb].filter { parsed.has($0, relation: "mark") }.map { parsed.lemmas[$0] }
        return marks.contains(where: purposes.contains) && marks.contains(where: infinitives.contains)
    }

    /// For a verb coordinated with an earlier one, that verb's subject when it stands before it.
    private func sharedSubject(_ verb: Int, parsed: ParsedText) -> Int? {
        guard parsed.has(verb, relation: "conj"), let head = parsed.heads[verb], head < verb, parsed.upos(head) == "VERB" else { return nil }
        return parsed.children[head].first { parsed.has($0, relation: "nsubj") && $0 < head }
    }

    /// Objects the parse gave a main-clause verb before it although another object follows it, or although its subject
    /// stands before it too (`… Zaken Antony Blinken bezocht Peking`, `… onderminister van Buitenlandse Zaken Aleksandr
    /// Groesjko waarschuwde`: `Zaken` is part of the subject): in a main clause the finite verb comes second, after one
    /// phrase. A verb with an auxiliary is no finite verb (`Poetin heeft China bezocht`).
    private func splitObjects(_ verb: Int, parsed: ParsedText) -> [Int] {
        let objects = parsed.children[verb].filter { parsed.has($0, relation: "obj") }
        guard parsed.heads[verb] == nil else { return [] }
        let finite = !parsed.children[verb].contains { parsed.has($0, relation: "aux") }
        let subjectBefore = parsed.children[verb].contains { parsed.has($0, relation: "nsubj") && $0 < verb }
        guard objects.contains(where: { $0 > verb }) || (finite && subjectBefore) else { return [] }
        return objects.filter { $0 < verb }
    }

    /// A `te` infinitive the parse made a clausal complement (`weigert … te veroordelen`).
    private func isInfinitiveClause(_ verb: Int, parsed: ParsedText) -> Bool {
        parsed.has(verb, relation: "ccomp") && parsed.children[verb].contains { infinitives.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "mark") }
    }

    /// The object of a `te` infinitive that the parse left without one: Dutch puts it right before `te` (`weigert
    /// Rusland te veroordelen`): a noun or name there that no preposition introduces (the head of its name).
    private func preverbalObject(_ verb: Int, parsed: ParsedText) -> Int? {
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[verb])
        guard verb - 2 >= sentence.lowerBound, infinitives.contains(parsed.lemmas[verb - 1]), parsed.heads[verb - 1] == verb else { return nil }
        var word = verb - 2
        guard ["NOUN", "PROPN"].contains(parsed.upos(word)) else { return nil }
        while ["flat", "appos"].contains(parsed.relation(word)), let head = parsed.heads[word], head < word { word = head }
        guard !parsed.children[word].contains(where: { parsed.has($0, relation: "case") }),
            !(parsed.has(word, relation: "nsubj") && parsed.heads[word] == verb)
        else { return nil }
        return word
    }

    /// The recipient the parse misplaced: the later of two subjects it gave a verb and its auxiliaries, or an object it
    /// hung on an auxiliary (`China heeft Moskou steun geboden`: `Moskou` on `heeft`).
    private func misplacedRecipient(_ verb: Int, parsed: ParsedText) -> Int? {
        let auxiliaries = parsed.children[verb].filter { parsed.has($0, relation: "aux") }
        let holders = [verb] + auxiliaries
        let subjects = holders.flatMap { holder in parsed.children[holder].filter { parsed.has($0, relation: "nsubj") } }.sorted()
        if subjects.count >= 2 { return subjects.last }
        // Or an object the parse hung on the auxiliary (`China heeft Moskou … steun geboden`: `Moskou` on `heeft`).
        return auxiliaries.lazy.compactMap { auxiliary in parsed.children[auxiliary].first { parsed.has($0, relation: "obj") || parsed.has($0, relation: "iobj") } }.first
    }

    /// The entities a noun phrase names: its own and those of the phrases coordinated with it (`Oekraïne en het Westen`).
    private func entities(of head: Int?, parsed: ParsedText) -> [Side] {
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
            // A measure or count stands for what it counts (`tientallen activisten`, `een groep rebellen`).
            var node = counted
            if patterns.measures.contains(parsed.lemmas[counted]), parsed.mentions[counted].isEmpty,
                let inner = parsed.children[counted].first(where: { ["nmod", "appos"].contains(parsed.relation($0)) && parsed.upos($0) == "NOUN" })
            {
                node = inner
            }
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
                parsed.mentions[member].contains { parsed.analysis.entities[$0.entity].type == "PER" && parsed.analysis.entities[$0.entity].mentions[$0.mention].kind == nil }
            }
            if let over = candidates.first(where: { !parsed.mentions[$0].isEmpty }) {
                for mention in parsed.mentions[over] where !found.contains(.entity(mention.entity)) { found.append(.entity(mention.entity)) }
            } else if let named, let person = parsed.mentions[named].first, !found.contains(.entity(person.entity)) {
                // A person named in the phrase (`De Amerikaanse minister van Buitenlandse Zaken Antony Blinken`).
                found.append(.entity(person.entity))
            } else if group(node, parsed: parsed) != nil {
                // A group without a name (`de oproerpolitie`, `Russische troepen`).
                found.append(.group(node))
            } else if let antecedent = pluralAntecedent(of: node, parsed: parsed) {
                // `Het kabinet beschuldigt hen ervan …`, after `zeventien Russische diplomaten`: the group named last.
                if !found.contains(.group(antecedent)) { found.append(.group(antecedent)) }
            } else if let adjective = parsed.children[node].lazy.compactMap({ child in
                parsed.mentions[child].first { parsed.analysis.entities[$0.entity].mentions[$0.mention].kind == "adjective" }
            }).first, !found.contains(.entity(adjective.entity)) {
                // A group by its country (`de Russische invasie`): the country.
                found.append(.entity(adjective.entity))
            }
        }
        return found
    }

    private func negated(_ token: Int, parsed: ParsedText) -> Bool {
        if parsed.children[token].contains(where: { negations.contains(parsed.lemmas[$0]) }) { return true }
        if let head = parsed.heads[token], parsed.has(token, relation: "xcomp"), refusals.contains(parsed.lemmas[head]) { return true }
        // A `te` infinitive right after a refusal in its clause, however the parse hung them (`weigert Rusland te
        // veroordelen`): back from `te` over at most six words, stopping at punctuation or a conjunction.
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[token])
        guard token - 1 > sentence.lowerBound, infinitives.contains(parsed.lemmas[token - 1]) else { return false }
        var index = token - 2
        while index >= max(sentence.lowerBound, token - 7) {
            if parsed.isPunctuation(index) || ["CCONJ", "SCONJ"].contains(parsed.upos(index)) { break }
            if parsed.upos(index) == "VERB", refusals.contains(parsed.lemmas[index]) { return true }
            index -= 1
        }
        return false
    }

    private func modality(_ token: Int, parsed: ParsedText) -> String {
        let start = parsed.tokens[token].start
        // What someone says happened: inside indirect speech or a quotation (terms in quotation marks are no quotes).
        if parsed.analysis.quotes.contains(where: { $0.start <= start && start < $0.end }) { return "reported" }
        if parsed.children[token].contains(where: { conditions.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "mark") }) {
            return "hypothetical"
        }
        // `zal bezoeken`, `wil ontmoeten`: an auxiliary of the event's verb or of a verb above it in its clause.
        var node: Int? = token
        var steps = 0
        while let current = node, steps < 3 {
            if parsed.children[current].contains(where: { planned.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "aux") }) { return "planned" }
            if current != token, planned.contains(parsed.lemmas[current]) { return "planned" }
            guard ["xcomp", "conj"].contains(where: { parsed.has(current, relation: $0) }) else { break }
            node = parsed.heads[current]
            steps += 1
        }
        return "asserted"
    }
}
