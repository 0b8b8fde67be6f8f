import DuidingCore
import DuidingStatements

/// The parse read as clauses: subjects, objects and passives, with the repairs for the parse's recurring errors around
/// them (two subjects, an object taken for a subject, a particle taken for a preposition).
extension EventCoder {
    /// The subjects the parse gave a verb, without a time it took for one (`Eerder deze maand wezen … uit`).
    /// A relative pronoun among them stands for the noun its clause modifies (`de politie, die vier mensen aanhield`).
    func subjects(of verb: Int, parsed: ParsedText) -> [Int] {
        let object = objectTakenForPassiveSubject(verb, parsed: parsed)
        return parsed.children[verb].filter { parsed.has($0, relation: "nsubj") && !parsed.isTime($0) && $0 != object }.map { subject in
            standIn(for: subject, clause: verb, parsed: parsed)
        }
    }

    /// The noun a relative pronoun stands for, the word itself when it is none: the noun its clause modifies (`de
    /// politie, die vier mensen aanhield`; `de stad, die door Rusland werd gebombardeerd`).
    func standIn(for subject: Int, clause verb: Int, parsed: ParsedText) -> Int {
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

    /// A name after the verb that the parse hung on it as a phrase without a preposition (`beschuldigde België ervan`,
    /// `Vorige week wees ook Polen … uit`): the verb's object, or its subject when the parse gave the subject to a time.
    func bareName(after verb: Int, parsed: ParsedText) -> Int? {
        bareName(of: verb, parsed: parsed) { $0 > verb }
    }

    /// A name right after the verb that the parse made the subject of a later clause with a subject of its own (`Xi
    /// ontving Macron vanochtend …, waarna de Franse president …`), after the verb's own subject: no clause has two
    /// subjects, so it is the verb's object.
    func nameTakenForLaterSubject(after verb: Int, parsed: ParsedText) -> Int? {
        let name = verb + 1
        // (The verb has its subject before it: in `Gisteren ontving Xi Macron` the name after the verb is the subject.)
        guard parsed.children[verb].contains(where: { $0 < verb && parsed.has($0, relation: "nsubj") }),
            name < parsed.tokens.count, parsed.sentenceOf[name] == parsed.sentenceOf[verb], parsed.upos(name) == "PROPN",
            parsed.has(name, relation: "nsubj"), let clause = parsed.heads[name], clause > name,
            parsed.children[clause].contains(where: { $0 != name && parsed.has($0, relation: "nsubj") })
        else { return nil }
        return name
    }

    /// A name without a preposition that the parse hung on the verb as a phrase, or as an apposition (which only a
    /// noun can have: `bezocht Peking eind vorige maand`), on the side `where` allows.
    func bareName(of verb: Int, parsed: ParsedText, where side: (Int) -> Bool) -> Int? {
        parsed.children[verb].first { child in
            side(child) && (parsed.has(child, relation: "obl") || parsed.has(child, relation: "appos")) && parsed.upos(child) == "PROPN"
                && !parsed.isTime(child)
                && !parsed.children[child].contains { parsed.has($0, relation: "case") }
        }
    }

    /// Whether the tagger made a verb a participle or an infinitive (a verb whose features it left empty counts as finite).
    func isNonFinite(_ verb: Int, parsed: ParsedText) -> Bool {
        let feats = parsed.analysis.tokens[verb].feats ?? ""
        return feats.contains("VerbForm=Part") || feats.contains("VerbForm=Inf")
    }

    /// The door phrase of a passive (`door de politie`).
    func doorPhrase(_ verb: Int, parsed: ParsedText) -> Int? {
        parsed.children[verb].first { child in
            (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod"))
                && parsed.children[child].contains { agents.contains(parsed.words[$0]) && parsed.has($0, relation: "case") }
        }
    }

    /// The object of an active verb that the parse gave two subjects, one of them passive: a verb with a plain subject, a
    /// passive subject and a perfect auxiliary but no passive one (`Peking had de ambassadeur ontboden`, `dat de troepen
    /// honderden migranten hebben opgepakt`). Dutch puts the subject first, so the later of the two is the object.
    func objectTakenForPassiveSubject(_ verb: Int, parsed: ParsedText) -> Int? {
        let children = parsed.children[verb]
        guard let active = children.first(where: { parsed.relation($0) == "nsubj" }),
            let passive = children.first(where: { parsed.relation($0) == "nsubj:pass" }),
            hasPerfectAuxiliary(verb, parsed: parsed), !hasPassiveAuxiliary(verb, parsed: parsed)
        else { return nil }
        return max(active, passive)
    }

    /// Whether a verb is passive: a passive auxiliary that is one (`worden`, `zijn`; not a word the parse mislabelled so,
    /// as `die` in `gesprekken hadden gevoerd die … waren geweest`), or a passive subject, unless a perfect auxiliary
    /// (`hebben`, which makes no passive) shows the verb active (`dat de troepen honderden migranten hebben opgepakt`).
    func isPassive(_ verb: Int, parsed: ParsedText) -> Bool {
        hasPassiveAuxiliary(verb, parsed: parsed)
            || (parsed.children[verb].contains { parsed.has($0, relation: "nsubj:pass") } && !hasPerfectAuxiliary(verb, parsed: parsed))
    }

    /// The subject the parse hung on one of a verb's auxiliaries rather than on the verb (`Er zijn tientallen mensen
    /// opgepakt`: `tientallen` under `zijn`).
    func subjectOfAuxiliary(_ verb: Int, parsed: ParsedText) -> Int? {
        parsed.children[verb].lazy.filter { parsed.has($0, relation: "aux") || parsed.has($0, relation: "aux:pass") }
            .compactMap { auxiliary in parsed.children[auxiliary].first { parsed.has($0, relation: "nsubj") || parsed.has($0, relation: "nsubj:pass") } }
            .first
    }

    /// Whether a verb has a passive auxiliary that is one (`worden`, `zijn` labelled `aux:pass`).
    func hasPassiveAuxiliary(_ verb: Int, parsed: ParsedText) -> Bool {
        parsed.children[verb].contains { parsed.has($0, relation: "aux:pass") && passiveAuxiliaries.contains(parsed.lemmas[$0]) }
    }

    /// Whether a verb has an auxiliary of the perfect only (`hebben`), which makes no passive.
    func hasPerfectAuxiliary(_ verb: Int, parsed: ParsedText) -> Bool {
        parsed.children[verb].contains { parsed.relation($0) == "aux" && perfectAuxiliaries.contains(parsed.lemmas[$0]) }
    }

    /// The nearest verb above `token` (itself included) that stands before `limit`, within a few steps.
    func clauseVerb(above token: Int, before limit: Int, parsed: ParsedText) -> Int? {
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
    func coordinated(from token: Int, to top: Int, parsed: ParsedText) -> Bool {
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
    func afterPreposition(_ token: Int, parsed: ParsedText) -> Bool {
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[token])
        return parsed.mentions[token].contains { over in
            let start = parsed.analysis.entities[over.entity].mentions[over.mention].start
            let first = ParsedText.firstToken(parsed.analysis.tokens, endingAfter: start)
            return first > sentence.lowerBound && parsed.upos(first - 1) == "ADP"
        }
    }

    /// A name right after a time phrase of the verb that the parse hung on the time (`zal volgende week Kyiv bezoeken`,
    /// `Kyiv` an apposition of `week`): the verb's object.
    func nameOnTime(_ verb: Int, parsed: ParsedText) -> Int? {
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
    func namesInOneRun(_ head: Int, parsed: ParsedText) -> (first: Side, last: Side)? {
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
    func namedAfter(_ head: Int, parsed: ParsedText) -> Side? {
        let own = Set(parsed.mentions[head].map(\.entity))
        guard !own.isEmpty else { return nil }
        for child in parsed.children[head] where parsed.relation(child) == "flat" && child > head {
            if let other = parsed.mentions[child].first(where: { !own.contains($0.entity) && parsed.analysis.entities[$0.entity].mentions[$0.mention].kind == nil }) {
                return .entity(other.entity)
            }
        }
        return nil
    }

    /// An object the parse hung inside the prepositional phrase before it (`ontmoette in de marge van de top de Oekraïense
    /// president`, `bedankte in een verklaring de Verenigde Staten`): a noun or name after the verb, under one of its
    /// phrases, without a preposition of its own.
    func objectInPhrase(_ verb: Int, parsed: ParsedText) -> Int? {
        bareModifiers(inPhrasesOf: verb, parsed: parsed).first { found in
            found.phrase > verb && found.node > found.phrase && ["NOUN", "PROPN"].contains(parsed.upos(found.node))
        }?.node
    }

    /// The words the parse hung inside a verb's phrases (`obl`) as modifiers without a preposition or possessive of their
    /// own, where it puts an object it misplaced (`in de marge van de top de Oekraïense president`, `in het Witte Huis
    /// akkoorden`), each with its phrase, phrase by phrase.
    func bareModifiers(inPhrasesOf verb: Int, parsed: ParsedText) -> some Sequence<(phrase: Int, node: Int)> {
        parsed.children[verb].lazy.filter { parsed.has($0, relation: "obl") }.flatMap { phrase in
            parsed.subtree(phrase).lazy.filter { node in
                parsed.relation(node) == "nmod"
                    && !parsed.children[node].contains(where: { parsed.has($0, relation: "case") || parsed.has($0, relation: "nmod:poss") })
            }.map { (phrase: phrase, node: $0) }
        }
    }

    /// The object of a verb whose particle stands apart (`riep beide generaals op …`, where the parse gave `generaals` to the
    /// infinitive): the first noun or name between the verb and its particle that no preposition introduces.
    func middleObject(_ verb: Int, parsed: ParsedText) -> Int? {
        guard let particle = detachedParticle(verb, base: Self.particleAndBase(parsed.lemmas[verb])?.base, parsed: parsed) else { return nil }
        // Not the subject after the verb (`In zijn rede riep Lai Peking op …`).
        let subject = subject(of: verb, parsed: parsed)
        return (verb + 1..<particle).first { word in
            ["NOUN", "PROPN"].contains(parsed.upos(word)) && !parsed.children[word].contains { parsed.has($0, relation: "case") }
                && !["flat", "appos", "compound"].contains(parsed.relation(word)) && word != subject
        }
    }

    /// The subject of a verb, or of the verb it depends on (`weigert Rusland te veroordelen`, `en ondertekenden`).
    func subject(of verb: Int, parsed: ParsedText) -> Int? {
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
                // A verb the parse hung on the noun before it, whose only subject stands after it (`NAVO-secretaris-generaal
                // Mark Rutte prees Trump`, the title made the root and `Trump` the subject): the person before it.
                if subject > node, subjects.allSatisfy({ $0 > node }), let named = personBefore(hungOn: node, parsed: parsed) { return named }
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
            // A finite verb hung on the noun before it as a clause of its own without a relative pronoun or conjunction,
            // or as its apposition (`De Amerikaanse minister … Antony Blinken bezocht Peking`, the noun made the root).
            if let named = personBefore(hungOn: node, parsed: parsed) { return named }
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
            // The one an accusation says did the act (`beschuldigt Pakistan ervan de militanten te steunen`); not for a
            // finite verb the parse coordinated with the complement (`… te willen geven en eist dat …`).
            if isNonFinite(verb, parsed: parsed), let accused = accused(doing: node, parsed: parsed) { return accused }
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

    /// The object, or, for a time the parse made the object with the object hung on it (`sloten vorige maand een
    /// akkoord`), the noun on the time.
    func objectBehindTime(_ object: Int?, parsed: ParsedText) -> Int? {
        guard let time = object, parsed.isTime(time) else { return object }
        return parsed.children[time].first { child in
            child > time && parsed.upos(child) == "NOUN" && !parsed.children[child].contains { parsed.has($0, relation: "case") }
        } ?? time
    }

    /// The person named right before a finite verb that the parse hung on the noun before it, as a clause of its own
    /// without a relative pronoun or conjunction, as its apposition or as a parataxis: Dutch has none of these, so that
    /// person, in the noun's own phrase, is the verb's subject. Not a name in a phrase with a preposition (`Dat voorstel
    /// van Zelensky verwierp Poetin`: a fronted object), nor one in a coordination or under the verb.
    func personBefore(hungOn verb: Int, parsed: ParsedText) -> Int? {
        guard ["acl", "appos", "parataxis"].contains(parsed.relation(verb)), let noun = parsed.heads[verb], noun < verb, parsed.isNominal(noun),
            !parsed.isTime(noun), parsed.upos(verb) == "VERB", !isNonFinite(verb, parsed: parsed),
            !parsed.children[verb].contains(where: { child in
                child < verb && (parsed.has(child, relation: "mark") || parsed.upos(child) == "PRON" || parsed.upos(child) == "ADV")
            }),
            case let named = verb - 1, named >= noun,
            parsed.mentions[named].contains(where: { parsed.analysis.entities[$0.entity].type == "PER" }),
            parsed.dominates(noun, named), !parsed.dominates(verb, named), !afterPreposition(named, parsed: parsed),
            !coordinated(from: named, to: noun, parsed: parsed)
        else { return nil }
        return named
    }

    /// The subject of an `om … te` clause that the parse cut off from its main clause (`Blinken bezocht Peking, deels om
    /// Wang Yi te waarschuwen`: `deels` made a root of its own): the subject of the nearest verb before it in the sentence.
    func purposeSubject(_ verb: Int, parsed: ParsedText) -> Int? {
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

    /// Whether a verb opens an `om … te` clause; without `needsInfinitive`, its `om` alone (where the parse split the
    /// clause: `om de menigte uiteen te drijven`, `uiteen` a verb of its own).
    func isPurposeClause(_ verb: Int, parsed: ParsedText, needsInfinitive: Bool = true) -> Bool {
        let marks = parsed.children[verb].filter { parsed.has($0, relation: "mark") }.map { parsed.lemmas[$0] }
        return marks.contains(where: purposes.contains) && (!needsInfinitive || marks.contains(where: infinitives.contains))
    }

    /// The date of an event among its sentence's dates: the first that dates no thing of its own (`erkend als winnaar
    /// van de verkiezingen van zondag 28 juli` dates the elections, a noun's `van` phrase, not the recognition). (Which
    /// word the parse hangs a date on is no better guide: it often hangs `vorige maand` on the noun before it.)
    func time(among dates: [TimeExpression], parsed: ParsedText) -> TimeExpression? {
        dates.first { date in
            guard let head = parsed.head(of: date), let owner = parsed.heads[head] else { return true }
            return !(["NOUN", "PROPN"].contains(parsed.upos(owner)) && !parsed.isTime(owner)
                && parsed.children[head].contains { parsed.has($0, relation: "case") && owners.contains(parsed.lemmas[$0]) })
        }
    }

    /// The date of the sentence before, in the same paragraph, for a sentence that has none of its own: a day of the
    /// last week before the article's (`Hij landde vrijdagavond in Melsbroek. In ruil liet België Assadi vrij.`). An
    /// older date tells of an earlier act (`Zelensky bracht in februari al een bezoek aan Brussel … In Den Haag
    /// ontmoette hij koning Willem-Alexander.`), not of what the article reports next.
    func timeCarried(into sentence: Int, parsed: ParsedText, day: CalendarDay?) -> TimeExpression? {
        guard sentence > 0, let day, let first = parsed.range(ofSentence: sentence).first, let last = parsed.range(ofSentence: sentence - 1).last,
            parsed.sameBlock(last, first), !parsed.inHeadline(last),
            let time = time(among: dates(inSentence: sentence - 1, parsed: parsed), parsed: parsed),
            let value = time.value, let date = CalendarDay(iso: String(value.prefix(10))), String(value.prefix(10)).count == 10,
            date.number <= day.number, day.number - date.number <= Self.carriedDays
        else { return nil }
        return time
    }

    /// How many days before the article's a date may be for the sentence after it to take it.
    static let carriedDays = 7

    /// The dates in a sentence: its `DATE` expressions, and `TIME` ones on a day (`vrijdagavond`: `2023-05-26TEV`).
    func dates(inSentence sentence: Int, parsed: ParsedText) -> [TimeExpression] {
        parsed.times(inSentence: sentence).filter { time in
            time.type == "DATE" || time.type == "TIME" && time.value.map { CalendarDay(iso: String($0.prefix(10))) != nil } == true
        }
    }

    /// Whether a verb tells of the past: in the past tense (`liet`, `werd … vrijgelaten`) or the perfect (`heeft
    /// … ondertekend`).
    func tellsOfThePast(_ verb: Int, parsed: ParsedText) -> Bool {
        guard parsed.upos(verb) == "VERB" else { return false }
        if (parsed.tokens[verb].feats ?? "").contains("Tense=Past") { return true }
        return parsed.children[verb].contains { child in
            (parsed.has(child, relation: "aux") || parsed.has(child, relation: "aux:pass"))
                && ((parsed.tokens[child].feats ?? "").contains("Tense=Past") || pastAuxiliaries.contains(parsed.lemmas[child]))
        }
    }

    /// For a verb coordinated with an earlier one, that verb's subject when it stands before it.
    func sharedSubject(_ verb: Int, parsed: ParsedText) -> Int? {
        guard parsed.has(verb, relation: "conj"), let head = parsed.heads[verb], head < verb, parsed.upos(head) == "VERB" else { return nil }
        return parsed.children[head].first { parsed.has($0, relation: "nsubj") && $0 < head }
    }

    /// Objects the parse gave a main-clause verb before it although another object follows it, or although its subject
    /// stands before it too (`… Zaken Antony Blinken bezocht Peking`, `… onderminister van Buitenlandse Zaken Aleksandr
    /// Groesjko waarschuwde`: `Zaken` is part of the subject): in a main clause the finite verb comes second, after one
    /// phrase. A verb with an auxiliary is no finite verb (`Poetin heeft China bezocht`).
    func splitObjects(_ verb: Int, parsed: ParsedText) -> [Int] {
        let objects = parsed.children[verb].filter { parsed.has($0, relation: "obj") }
        guard parsed.heads[verb] == nil else { return [] }
        let finite = !parsed.children[verb].contains { parsed.has($0, relation: "aux") }
        let subjectBefore = parsed.children[verb].contains { parsed.has($0, relation: "nsubj") && $0 < verb }
        guard objects.contains(where: { $0 > verb }) || (finite && subjectBefore) else { return [] }
        return objects.filter { $0 < verb }
    }

    /// A `te` infinitive the parse made a clausal complement (`weigert … te veroordelen`).
    func isInfinitiveClause(_ verb: Int, parsed: ParsedText) -> Bool {
        parsed.has(verb, relation: "ccomp") && parsed.children[verb].contains { infinitives.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "mark") }
    }

    /// The object of a `te` infinitive that the parse left without one: Dutch puts it right before `te` (`weigert
    /// Rusland te veroordelen`): a noun or name there that no preposition introduces (the head of its name).
    func preverbalObject(_ verb: Int, parsed: ParsedText) -> Int? {
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
    func misplacedRecipient(_ verb: Int, parsed: ParsedText) -> Int? {
        let auxiliaries = parsed.children[verb].filter { parsed.has($0, relation: "aux") }
        let holders = [verb] + auxiliaries
        let subjects = holders.flatMap { holder in parsed.children[holder].filter { parsed.has($0, relation: "nsubj") } }.sorted()
        if subjects.count >= 2 { return subjects.last }
        // Or an object the parse hung on the auxiliary (`China heeft Moskou … steun geboden`: `Moskou` on `heeft`).
        return auxiliaries.lazy.compactMap { auxiliary in parsed.children[auxiliary].first { parsed.has($0, relation: "obj") || parsed.has($0, relation: "iobj") } }.first
    }
}
