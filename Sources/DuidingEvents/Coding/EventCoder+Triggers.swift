import DuidingCore
import DuidingStatements

/// The event words: a verb (with its particle and object), a judging verb, a noun or a predicate adjective that a
/// pattern of `patterns.tsv` codes, with its sources and targets.
extension EventCoder {
    /// A verb whose pattern lists alternative frames (`eisen`: `dat|van`) is tried with each in turn, until one finds
    /// a target (`eisten dat Rwanda …`, else `eisen van de staat …`).
    func match(_ token: Int, parsed: ParsedText) -> Match? {
        guard parsed.upos(token) == "VERB", let frames = patterns.verbs[verbLemma(token, parsed: parsed)]?.target,
            frames.contains("|")
        else { return match(token, parsed: parsed, frame: nil) }
        return frames.split(separator: "|").lazy.compactMap { self.match(token, parsed: parsed, frame: String($0)) }.first
    }

    /// The event at `token`; `frameInstead`, when given, replaces the verb pattern's frame.
    private func match(_ token: Int, parsed: ParsedText, frame frameInstead: String?) -> Match? {
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
            // A bare noun that makes the event with the verb, hung inside one of the verb's phrases (`hebben in het Witte
            // Huis akkoorden ondertekend`, `akkoorden` under `Huis`): the object.
            if object == nil,
                let bare = bareModifiers(inPhrasesOf: token, parsed: parsed).first(where: { found in
                    parsed.upos(found.node) == "NOUN" && patterns.object(lemma, parsed.lemmas[found.node]) != nil
                })
            {
                object = bare.node
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
            object = objectBehindTime(object, parsed: parsed)
            // A relative pronoun stands for the noun its clause modifies (`een akkoord dat FARC en regering sloten`).
            if let pronoun = object, parsed.upos(pronoun) == "PRON", relatives.contains(parsed.lemmas[pronoun]),
                parsed.relation(token) == "acl:relcl", let noun = parsed.heads[token], parsed.upos(noun) == "NOUN"
            {
                object = noun
            }
            // `een reeks overeenkomsten`, `honderden raketten`: the noun the measure or count governs.
            if let measure = object, let counted = countedNoun(measure, parsed: parsed) { object = counted }
            // (By the word itself too, where the lemmatizer took a word it does not know for a plural: `traangas` → `traanga`.)
            if let object, let pattern = patterns.object(lemma, parsed.lemmas[object]) ?? patterns.object(lemma, parsed.words[object]) {
                // `-`: with this object the verb is no event (`bood zijn ontslag aan`).
                guard pattern.code != "-" else { return nil }
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
                // An act by a country's adjective is that country's (`noemde de Russische aanval "terrorisme"`).
                // (Not where the adjective names the one it is done to: `de Palestijnse erkenning`, a `door>van` noun.)
                if targets.isEmpty, parsed.upos(object) == "NOUN", let act = patterns.noun(parsed.lemmas[object]),
                    act.source.map(owners.contains) == true,
                    let country = parsed.children[object].lazy.filter({ parsed.has($0, relation: "amod") }).compactMap({ child in
                        parsed.mentions[child].first(where: parsed.isAdjective)
                    }).first
                {
                    targets = [.entity(country.entity)]
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
                frame = frameInstead ?? pattern.target
            } else if let object, !(parsed.upos(object) == "PRON" && thingPronouns.contains(parsed.lemmas[object])),
                let pattern = instrument(of: token, object: object, parsed: parsed)
            {
                // `hield de betogers met traangas en waterkanonnen tegen`: the instrument makes the act of a verb that
                // makes none of its own (`bedreigde de journalist met pepperspray` stays a threat).
                code = pattern.code
                frame = pattern.target
            } else if patterns.impacts.contains(lemma), object != nil || objectOnSubject(token, parsed: parsed) != nil,
                let subject = parsed.children[token].first(where: { parsed.has($0, relation: "nsubj") }),
                parsed.upos(subject) == "NOUN", let pattern = patterns.weapon(parsed.lemmas[subject])
            {
                // `een Russische raket trof het centrum van Tsjernihiv`: a weapon that hits something is an attack on it.
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
            // A participle before the noun it describes, with its doer in a door phrase (`de door Rusland bezette stad`,
            // `de door Iran gesteunde Houthi's`): a passive whose subject is that noun.
            let door = doorPhrase(token)
            let attributive = ["acl", "amod"].contains(parsed.relation(token)) && (parsed.tokens[token].feats ?? "").contains("VerbForm=Part")
                && parsed.heads[token].map { token < $0 && ["NOUN", "PROPN"].contains(parsed.upos($0)) } == true && door != nil
            // The participle of a coercive act with `zijn` is its passive, however the parse labelled the auxiliary or the
            // subject (`Sinds woensdag zijn 1133 betogers aangehouden`, `zijn … 1133 mensen aangehouden` with `mensen` an
            // object): no coercive verb makes its perfect with `zijn`.
            // (An auxiliary over it makes it a participle, whatever the tagger read: `aangehouden` is also a past plural.)
            let coerced = code.hasPrefix("17")
                && parsed.children[token].contains { parsed.has($0, relation: "aux") && passiveAuxiliaries.contains(parsed.lemmas[$0]) }
                && !hasPerfectAuxiliary(token, parsed: parsed)
            let ownPassive = isPassive(token) || attributive || coerced
            let passive = ownPassive || sharedPassive
            let agent = door ?? (sharedPassive ? parsed.heads[token].flatMap(doorPhrase) : nil)
            // The passive (`werd gearresteerd door de politie`): the subject is the target, the door phrase the source.
            let patient = (!passive ? nil : attributive ? parsed.heads[token] : parsed.children[token].first { parsed.has($0, relation: "nsubj:pass") }
                // A passive's subject the parse labelled active (`Hij werd … ontvangen door premier Mark Rutte`).
                ?? (ownPassive ? parsed.children[token].first { parsed.has($0, relation: "nsubj") } : nil)
                // Or its object (`werden minstens twintig betogers opgepakt`, `betogers` taken for the object).
                ?? (ownPassive && door == nil ? parsed.children[token].first { parsed.has($0, relation: "obj") } : nil)
                // Or the subject the parse hung on the passive's auxiliary (`Er zijn tientallen mensen opgepakt`).
                ?? (ownPassive ? subjectOfAuxiliary(token, parsed: parsed) : nil)
                ?? (sharedPassive ? parsed.heads[token].flatMap { head in parsed.children[head].first { parsed.has($0, relation: "nsubj:pass") } } : nil))
                // A relative pronoun stands for its noun (`de stad, die door Rusland werd gebombardeerd`).
                .map { standIn(for: $0, clause: token, parsed: parsed) }
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
                // (A time the parse made the object stands for the noun it hung on it: `deze maand honderden migranten hebben
                // opgepakt`.)
                let object = objectBehindTime(parsed.children[token].first { parsed.has($0, relation: "obj") && !split.contains($0) }, parsed: parsed)
                    // An active verb's object that the parse made a passive subject (`Peking had de ambassadeur ontboden`).
                    ?? objectTakenForPassiveSubject(token, parsed: parsed)
                    // (`Xi ontving Macron`, `In Den Haag ontmoette hij koning Willem-Alexander`: two subjects, the second after the verb).
                    ?? (subjects.count == 2 && subjects[1] > token ? subjects[1] : nil)
                    // Or the only subject, after the verb, where the clause's subject is a person before it that the parse
                    // left out (`NAVO-secretaris-generaal Mark Rutte prees Trump`).
                    ?? (subjects.count == 1 && subjects[0] > token && personBefore(hungOn: token, parsed: parsed) != nil ? subjects[0] : nil)
                    // Or the second of two subjects in the middle field before a participle (`heeft Rusland vannacht Charkiv
                    // gebombardeerd`): subject first, then object.
                    ?? (subjects.count == 2 && subjects[1] < token && parsed.children[token].contains { parsed.has($0, relation: "aux") }
                        && !parsed.children[token].contains { parsed.has($0, relation: "aux:pass") } ? subjects[1] : nil)
                // `dat`: the subject of the clause the verb governs (`eisten dat Rwanda zijn troepen terugtrekt`).
                let clause = parsed.children[token].first { child in
                    (parsed.has(child, relation: "ccomp") || parsed.has(child, relation: "advcl"))
                        && parsed.children[child].contains { complementizers.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "mark") }
                }
                // A phrase with the frame's preposition anywhere under the verb, but not inside the subject (`De Moeders
                // van de Plaza de Mayo eisen …`) or the dat clause (`eist dat de minister van Defensie aftreedt`): those
                // phrases belong to them.
                func phraseUnderVerb() -> Int? {
                    let foreign = Set(
                        (parsed.children[token].filter { parsed.has($0, relation: "nsubj") } + (clause.map { [$0] } ?? []))
                            .flatMap { parsed.subtree($0) })
                    return parsed.subtree(token).first { node in
                        node != token && parsed.sentenceOf[node] == parsed.sentenceOf[token] && introduced(node)
                            && !foreign.contains(node)
                    }
                }
                let head: Int? = frame == "dat"
                    ? clause.flatMap { clause in parsed.children[clause].first { parsed.has($0, relation: "nsubj") } }
                    : frame == "obj"
                    ? object ?? preverbalObject(token, parsed: parsed) ?? middleObject(token, parsed: parsed)
                        ?? bareName(after: token, parsed: parsed) ?? nameTakenForLaterSubject(after: token, parsed: parsed)
                        ?? nameOnTime(token, parsed: parsed)
                        ?? objectInPhrase(token, parsed: parsed) ?? objectOnSubject(token, parsed: parsed)
                    : parsed.children[token].first { child in
                        (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod")) && introduced(child)
                    } ?? phraseUnderVerb()
                targets = entities(of: head, parsed: parsed)
                // An object that names no one, with a second subject after the verb that does (`zette de Argentijnse
                // diplomaten het land uit`, the parse taking the first object for a subject): that one is the target.
                if targets.isEmpty, frame == "obj", let head, parsed.has(head, relation: "obj"), subjects.count == 2, subjects[1] > token {
                    targets = entities(of: subjects[1], parsed: parsed)
                }
                // Or, for a particle verb (`het land uitzetten`), a bare noun phrase before that object, which the parse
                // hung on the verb as an indirect object or a phrase without a preposition (`heeft vier Russische agenten
                // het land uitgezet`).
                if targets.isEmpty, frame == "obj", let head, parsed.has(head, relation: "obj"), lemma.contains("_"),
                    let bare = parsed.children[token].first(where: { child in
                        child < head && (parsed.has(child, relation: "iobj") || parsed.has(child, relation: "obl"))
                            && ["NOUN", "PROPN"].contains(parsed.upos(child)) && !parsed.isTime(child)
                            && !parsed.children[child].contains { parsed.has($0, relation: "case") }
                    })
                {
                    targets = entities(of: bare, parsed: parsed)
                }
                // The one something goes to, named without `aan` (`levert Oekraïne luchtafweer`): an indirect object, or the
                // first of two objects, or a name the parse hung on the verb as a phrase without a preposition (`bood
                // Israël … garanties aan`).
                if targets.isEmpty, frame == "aan" {
                    let objects = parsed.children[token].filter { parsed.has($0, relation: "obj") }
                    targets = entities(of: parsed.children[token].first { parsed.has($0, relation: "iobj") } ?? (objects.count == 2 ? objects[0] : nil), parsed: parsed)
                    if targets.isEmpty { targets = entities(of: bareRecipient(token, object: objects.first, parsed: parsed), parsed: parsed) }
                }
                // An object that names no one stands for the one whose it is (`veroordeelde de provocaties van China`,
                // `bezocht de hoofdstad van Oekraïne`): its `van` phrase.
                if targets.isEmpty, frame == "obj", let head, parsed.upos(head) == "NOUN",
                    let owner = parsed.children[head].first(where: { parsed.has($0, relation: "nmod") && self.introduced($0, byAnyOf: owners, parsed: parsed) })
                {
                    targets = entities(of: owner, parsed: parsed)
                }
                if targets.isEmpty, frame != "dat" { targets = doerOfAct(head, parsed: parsed) }
                // An object that names no one, in a place that has a government (`bombardeerde doelen in Libanon`, `viel
                // stellingen in Oekraïne aan`): the act is done to that country, as event coders read a target by its place.
                // So is an attack's phrase (`vuurde raketten af op doelen in Pakistan`).
                if targets.isEmpty, frame == "obj" || isAssault(code) { targets = placeOfTarget(head, parsed: parsed) }
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
                    // Or a name hung on the verb as a phrase without a preposition (`bood Israël … garanties aan`).
                    ?? bareRecipient(token, object: object, parsed: parsed)
                targets = entities(of: recipient, parsed: parsed)
                // Else the object of its purpose clause (`zette traangas in om de menigte uiteen te drijven`).
                // (Its `om`, where the parse split the clause: `om de menigte uiteen te drijven`, `uiteen` a verb of its own.)
                if targets.isEmpty, let purpose = parsed.children[token].first(where: { clause in
                    parsed.has(clause, relation: "advcl") && isPurposeClause(clause, parsed: parsed, needsInfinitive: false)
                }) {
                    targets = entities(of: parsed.children[purpose].first { parsed.has($0, relation: "obj") }, parsed: parsed)
                }
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
            let subject = subject(of: token, parsed: parsed)
            let sources = entities(of: subject, parsed: parsed)
            let head: Int? = parsed.children[token].first { child in
                if pattern.target == "obj" {
                    // Any bare noun or name under it and before it (where Dutch puts the object: `hij was Xi dankbaar`) but
                    // its subject or a time, whatever the parse called it (`advmod` in `hij Scholz dankbaar was`,
                    // `parataxis` in `dat hij Xi "dankbaar was …"`); not a speaker after it (`"…", aldus Poetin`).
                    return child < token && child != subject
                        && !["nsubj", "expl", "csubj", "conj", "vocative", "dislocated"].contains(where: { parsed.has(child, relation: $0) })
                        && ["NOUN", "PROPN", "PRON"].contains(parsed.upos(child)) && !parsed.isTime(child)
                        && !parsed.children[child].contains { parsed.has($0, relation: "case") }
                }
                return (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod"))
                    && parsed.children[child].contains { parsed.words[$0] == pattern.target && parsed.has($0, relation: "case") }
            }
            // A time before it with the object hung on it (`Poetin was vorige maand Xi dankbaar`), as for a verb.
            let handedOn = head != nil || pattern.target != "obj" ? nil
                : parsed.children[token].lazy.filter { $0 < token && parsed.isTime($0) }.compactMap { time in
                    parsed.children[time].first { child in
                        child > time && child < token && ["NOUN", "PROPN"].contains(parsed.upos(child))
                            && !parsed.children[child].contains { parsed.has($0, relation: "case") }
                    }
                }.first
            let targets = entities(of: head ?? handedOn, parsed: parsed)
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
            // (A frame's alternatives, `op|tegen`, are tried in turn.)
            func phrase(_ frame: String?) -> Int? {
                guard let frame else { return nil }
                for option in frame.split(separator: "|").map(String.init) {
                    // Under the noun, else deeper in its phrase where the parse hung it on a word after the noun (`de
                    // ontvangst van Poetin door Xi`: `door Xi` on `Poetin`; `luchtaanvallen en een grondoffensief tegen
                    // de YPG`: on the last of coordinated nouns).
                    if let found = parsed.children[token].first(where: { introduced($0, byAnyOf: [option], parsed: parsed) })
                        ?? parsed.subtree(token).first(where: { $0 > token && parsed.isNominal($0) && introduced($0, byAnyOf: [option], parsed: parsed) })
                    {
                        return found
                    }
                }
                return nil
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
                        && parsed.mentions[child].contains(where: parsed.isAdjective)
                })
            {
                targetPhrase = van
                sourcePhrase = nil
            }
            var sources = entities(of: sourcePhrase.flatMap { source in
                ownedBySource && targetPhrase.map { parsed.dominates($0, source) } == true ? nil : source
            }, parsed: parsed)
            // `de Russische invasie`: the country of the noun's adjective, or a name in the noun itself or before it as its
            // owner (`Kabila's bezoek`); not a person named in the noun's phrases (`een ontmoeting met Xi`).
            // (A possessive names the doer, whoever it stands for: `zijn tweede bezoek aan Kinshasa` is not the visit of
            // the subject of `Vele Kongolezen zullen … interpreteren`.)
            let possessor = parsed.children[token].first { parsed.has($0, relation: "nmod:poss") }
            // `zijn eerste Kongo-bezoek`: a visit named by the country it goes to (the name tagged over the whole word).
            let destination = pattern.code.hasPrefix("042") ? country(namedIn: token, parsed: parsed) : nil
            if sources.isEmpty {
                sources = parsed.mentions[token].compactMap { $0.entity == destination ? nil : .entity($0.entity) }
                if sources.isEmpty, let possessor {
                    sources = entities(of: possessor, parsed: parsed)
                }
                if sources.isEmpty, let adjective = parsed.children[token].lazy.compactMap({ child in
                    parsed.has(child, relation: "amod")
                        ? parsed.mentions[child].first(where: parsed.isAdjective) : nil
                }).first {
                    sources = [.entity(adjective.entity)]
                }
            }
            // `Poetin bracht een bezoek aan China`: the subject of the verb the noun is the object of (not of a verb it is
            // a phrase of: `X protesteerde tegen de arrestatie van Y`).
            // (Also where the parse made the object a passive subject of an active verb: `dat Iran de levering … heeft
            // uitgebreid`.)
            // Not a verb that is an act on the event by itself (`Guterres veroordeelde de aanval op Kyiv`). Also a noun in
            // an `in` phrase of a light verb (`ging in gesprek met Xi`, `trad in onderhandeling met`; not `raakten gewond
            // in de aanval op Charkiv`), and the phrase of a verb that tells what its subject did (`modality.tsv`'s
            // `means`: `het leger antwoordde met aanvallen op …`; not `werd geconfronteerd met aanvallen`).
            if sources.isEmpty, possessor == nil, let verb = parsed.heads[token], parsed.upos(verb) == "VERB",
                case let lemma = verbLemma(verb, parsed: parsed),
                ((parsed.has(token, relation: "obj") || objectTakenForPassiveSubject(verb, parsed: parsed) == token)
                    && patterns.verbs[lemma] == nil && !patterns.judging.contains(lemma))
                    || (lightVerbs.contains(lemma) && parsed.has(token, relation: "obl") && introduced(token, byAnyOf: places, parsed: parsed))
                    || (parsed.has(token, relation: "obl") && means[lemma].map { introduced(token, byAnyOf: $0, parsed: parsed) } == true
                        && !isPassive(verb, parsed: parsed))
            {
                sources = entities(of: subject(of: verb, parsed: parsed), parsed: parsed)
            }
            // A noun the parse hung on the name right before it (`dat China de levering … heeft uitgebreid`, `de levering`
            // made an apposition of `China`): a name followed by a noun phrase with no comma or preposition between them
            // is a clause's subject before its object, so the name does the act.
            if sources.isEmpty, let name = nameBefore(token, parsed: parsed) {
                sources = entities(of: name, parsed: parsed)
            }
            var targets = entities(of: targetPhrase, parsed: parsed)
            if targets.isEmpty, let verb = parsed.heads[token], parsed.upos(verb) == "VERB", let frame = pattern.target {
                let head = frame.split(separator: "|").lazy.compactMap { option in
                    parsed.children[verb].first { child in self.introduced(child, byAnyOf: [String(option)], parsed: parsed) }
                }.first
                targets = entities(of: head, parsed: parsed)
                // `voerde raketaanvallen uit op doelen in Pakistan`: an attack on a place's targets is one on the place.
                if targets.isEmpty, isAssault(pattern.code) { targets = placeOfTarget(head, parsed: parsed) }
            }
            if targets.isEmpty, isAssault(pattern.code) { targets = placeOfTarget(targetPhrase, parsed: parsed) }
            if targets.isEmpty, let destination { targets = [.entity(destination)] }
            // `de gevechten tussen het leger en de rebellen`: each against the other.
            if targets.isEmpty, let source = pattern.source, betweens.contains(source), sources.count > 1 { targets = sources }
            guard !sources.isEmpty, !targets.isEmpty else { return nil }
            return Match(code: pattern.code, sources: sources, targets: targets)
        }
        return nil
    }

    /// An object the parse hung on the verb's noun subject, which as a noun can have none (`trof [een raket het
    /// centrum]`).
    func objectOnSubject(_ verb: Int, parsed: ParsedText) -> Int? {
        guard let subject = parsed.children[verb].first(where: { parsed.has($0, relation: "nsubj") }), parsed.upos(subject) == "NOUN" else {
            return nil
        }
        return parsed.children[subject].first { parsed.has($0, relation: "obj") }
    }

    /// The pattern of an instrument phrase on a verb (`met traangas`, `met wapenstokken`): an `obl` whose preposition and
    /// noun (by lemma, or by the word where the lemmatizer took it for a plural) `patterns.tsv` lists as `instrument`; the
    /// first noun of a coordination (`met traangas en waterkanonnen`) or any of its conjuncts. The parse often hangs the
    /// phrase on the object (`verdreef [de betogers met traangas]`); an instrument is the verb's there too.
    func instrument(of verb: Int, object: Int, parsed: ParsedText) -> EventPatterns.Pattern? {
        // (Not a force described by its equipment: `filmden agenten met wapenstokken`, `bevoorraadde de politie met traangas`.)
        let armed = group(object, parsed: parsed).map { enforcers.contains($0) || $0 == "MIL" } ?? false
        let phrases = parsed.children[verb].filter { parsed.has($0, relation: "obl") }
            + (armed ? [] : parsed.children[object].filter { parsed.has($0, relation: "nmod") })
        for phrase in phrases where parsed.upos(phrase) == "NOUN" {
            guard let preposition = parsed.children[phrase].first(where: { parsed.has($0, relation: "case") }) else { continue }
            let nouns = [phrase] + parsed.children[phrase].filter { parsed.has($0, relation: "conj") && parsed.upos($0) == "NOUN" }
            if let pattern = nouns.lazy.compactMap({ self.instrument(preposition, noun: $0, parsed: parsed) }).first { return pattern }
        }
        return nil
    }

    /// The instrument pattern of a noun after a preposition (`met` … `waterkanonnen`): by its lemma, or by its word where
    /// the lemmatizer took it for a plural (`traangas` → `traanga`).
    func instrument(_ preposition: Int, noun: Int, parsed: ParsedText) -> EventPatterns.Pattern? {
        patterns.instrument(parsed.lemmas[preposition], parsed.lemmas[noun])
            ?? patterns.instrument(parsed.lemmas[preposition], parsed.words[noun].lowercased())
    }

    /// The one something goes to where the parse hung their name on the verb as a phrase with no preposition, before
    /// the object (`bood Israël voorheen ondenkbare veiligheidsgaranties aan`: `Israël` an `obl`).
    func bareRecipient(_ verb: Int, object: Int?, parsed: ParsedText) -> Int? {
        guard let object else { return nil }
        return parsed.children[verb].first { child in
            child < object && parsed.has(child, relation: "obl") && parsed.upos(child) == "PROPN"
                && !parsed.children[child].contains { parsed.has($0, relation: "case") }
        }
    }

    /// Whether a CAMEO code is of force used on someone (18 assault, 19 fight, 20 mass violence), whose target a place
    /// can stand for.
    func isAssault(_ code: String) -> Bool { ["18", "19", "20"].contains(String(code.prefix(2))) }

    /// The name a noun hangs on, as an apposition or modifier of it, when the name stands right before the noun's
    /// phrase in the subject's place: nothing between them but the rest of the name and the noun's own determiners and
    /// adjectives, no preposition on either, and before the name the clause's start (a conjunction such as `dat`, a
    /// finite verb, or the sentence's first word): `dat China de levering`, `heeft China de levering`. Not `China, de
    /// grootste handelspartner`, `de hulp van China`, nor a second name after the subject (`dat Macron Scholz de steun …
    /// heeft toegezegd`, where `Scholz` is the one it is for).
    func nameBefore(_ noun: Int, parsed: ParsedText) -> Int? {
        guard let name = parsed.heads[noun], name < noun, parsed.upos(name) == "PROPN",
            ["appos", "nmod", "parataxis"].contains(where: { parsed.has(noun, relation: $0) }),
            !parsed.children[noun].contains(where: { parsed.has($0, relation: "case") }),
            !parsed.children[name].contains(where: { parsed.has($0, relation: "case") })
        else { return nil }
        // Where the name's phrase starts (its determiners and title words before it), and the word before that.
        let start = parsed.children[name].filter { $0 < name }.min() ?? name
        let sentenceStart = parsed.range(ofSentence: parsed.sentenceOf[name]).lowerBound
        if start > sentenceStart {
            let before = start - 1
            guard ["SCONJ", "AUX", "VERB"].contains(parsed.upos(before)) else { return nil }
        }
        let between = (name + 1)..<noun
        let fits = between.allSatisfy { index in
            parsed.heads[index] == noun && ["DET", "ADJ", "NUM"].contains(parsed.upos(index))
                || parsed.heads[index] == name && ["flat", "compound"].contains(where: { parsed.has(index, relation: $0) })
        }
        return fits ? name : nil
    }

    /// A verb's lemma with its separated particle, as the patterns write particle verbs (`riep … op` → `op_roepen`).
    func verbLemma(_ verb: Int, parsed: ParsedText) -> String {
        // The lemmatizer joins most of them itself (`wees … uit` → `uit_wijzen`).
        let lemma = parsed.lemmas[verb]
        if let particle = parsed.children[verb].first(where: { parsed.relation($0) == "compound:prt" }) {
            // The particle in the sentence wins over one the lemmatizer put in (`zette … uit` lemmatized `in_zetten`).
            let base = lemma.split(separator: "_").last.map(String.init) ?? lemma
            return "\(parsed.lemmas[particle])_\(base)"
        }
        guard let (particle, base) = Self.particleAndBase(lemma) else {
            // A participle the lemmatizer wrote without its joiner (`opgeroepen` → `oproepen`): the particle before the
            // participle's prefix.
            let form = parsed.words[verb]
            // (The shortest particle that fits: particles are a few letters, and only a form other than its lemma that
            // starts as it does can be one.)
            if form != lemma, form.first == lemma.first {
                for length in 2...8 where length + 3 <= form.count {
                    let particle = String(form.prefix(length))
                    guard particles.contains(particle), lemma.hasPrefix(particle), lemma.count > length + 2 else { continue }
                    let rest = form.dropFirst(length)
                    if participlePrefixes.contains(where: { rest.hasPrefix($0) }) { return particle + "_" + lemma.dropFirst(length) }
                }
            }
            return detachedParticle(verb, parsed: parsed).map { "\(particleText($0, parsed: parsed))_\(lemma)" } ?? lemma
        }
        // A particle the lemmatizer put in from another use of the form (`zette` → `in_zetten`, `levert` → `op_leveren`,
        // kept by the particle-verb step where the word stands elsewhere in the sentence) holds when the form itself
        // carries it (`aankondigde`) or the clause has it after the verb; else the particle in the clause makes the verb
        // (`zette … uit`), or the verb is the bare one.
        if parsed.words[verb].lowercased().hasPrefix(particle) { return lemma }
        if let detached = detachedParticle(verb, base: base, parsed: parsed) { return "\(particleText(detached, parsed: parsed))_\(base)" }
        return (verb + 1..<clauseEnd(after: verb, parsed: parsed)).contains { parsed.lemmas[$0] == particle } ? lemma : base
    }

    /// A particle verb's lemma cut at its first joiner (`op_schorten` → `op`, `schorten`); nil for a verb without one.
    static func particleAndBase(_ lemma: String) -> (particle: String, base: String)? {
        guard let underscore = lemma.firstIndex(of: "_") else { return nil }
        return (String(lemma[..<underscore]), String(lemma[lemma.index(after: underscore)...]))
    }

    /// Where the clause of a verb ends after it: the first punctuation, conjunction or other verb, else its sentence's end.
    func clauseEnd(after verb: Int, parsed: ParsedText) -> Int {
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[verb])
        return (verb + 1..<sentence.upperBound).first { index in
            parsed.isPunctuation(index) || ["CCONJ", "SCONJ", "VERB", "AUX"].contains(parsed.upos(index))
        } ?? sentence.upperBound
    }

    /// The particle of an event verb that the parse took for a preposition (`riep beide landen op de gevechten te
    /// staken`: `op` hung on `gevechten`): a preposition or adverb after the verb in its clause (before punctuation, a
    /// conjunction or another verb), or an adjective, noun or verb closing the clause (`liet … vrij`, `zette … stop`), that
    /// makes an event verb with it when the verb alone is none. With `base`, the verb the lemmatizer joined to a particle
    /// of its own (`zette` → `in_zetten`), which is looked for whatever the bare verb makes.
    func detachedParticle(_ verb: Int, base: String? = nil, parsed: ParsedText) -> Int? {
        let lemma = base ?? parsed.lemmas[verb]
        let end = clauseEnd(after: verb, parsed: parsed)
        // A word closing the clause that the tagger read as a verb (`zet klimaatoverleg met VS stop`, `stop` the verb
        // `stoppen`), whatever the bare verb makes.
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[verb])
        if end < sentence.upperBound, parsed.upos(end) == "VERB", end + 1 == sentence.upperBound || parsed.isPunctuation(end + 1),
            isParticle(end, of: lemma, closing: true, parsed: parsed)
        {
            return end
        }
        if base == nil, patterns.verbs[lemma] != nil || patterns.objects[lemma] != nil { return nil }
        return (verb + 1..<end).first { index in
            isParticle(index, of: lemma, closing: index + 1 == end, parsed: parsed)
        }
    }

    /// Whether a word is a particle of a verb's lemma, the two making a verb of the patterns: an adposition or adverb, or
    /// a word that closes the clause, which the tagger may have read as an adjective, noun or verb (`zet het overleg
    /// stop`, `stop` read as the verb `stoppen`: its own form is the particle).
    func isParticle(_ index: Int, of lemma: String, closing: Bool, parsed: ParsedText) -> Bool {
        let upos = parsed.upos(index)
        guard ["ADP", "ADV"].contains(upos) || (closing && ["ADJ", "NOUN", "VERB"].contains(upos)) else { return false }
        let joined = "\(particleText(index, parsed: parsed))_\(lemma)"
        return patterns.verbs[joined] != nil || patterns.objects[joined] != nil
    }

    /// A detached particle as it joins its verb: its lemma, or its own form where the tagger read it as a verb.
    func particleText(_ index: Int, parsed: ParsedText) -> String {
        parsed.upos(index) == "VERB" ? parsed.words[index] : parsed.lemmas[index]
    }

    /// What a calling verb judges: its object, or, where the parse made the judgement the object (`noemde Poetin een
    /// oorlogsmisdadiger`: `Poetin` a second subject), the second subject after the verb.
    func judged(_ verb: Int, object: Int?, parsed: ParsedText) -> Int? {
        let subjects = self.subjects(of: verb, parsed: parsed)
        if let object, patterns.judgement(parsed.lemmas[object]) != nil, subjects.count == 2, subjects[1] > verb, subjects[1] < object {
            return subjects[1]
        }
        return object
    }

    /// The code of the judgement a calling verb makes of its object (`noemde X "onaanvaardbaar"`, `noemde X een
    /// terrorist`): the first judging word under the verb, after the object and outside its phrase.
    func judgement(_ verb: Int, object: Int, parsed: ParsedText) -> String? {
        // The predicate, wherever the parse hung it in the verb's clause, but not inside a prepositional phrase (`een
        // partner in de strijd tegen terrorisme`) other than `als`, nor in a clause of its own (`zei dat …`), nor in the
        // object's phrase. A denied judgement (`geen vijand`) is none.
        // (A bare noun phrase after the object that the parse hung on it, with no preposition, is the predicate:
        // `noemde de aanval "Russisch terrorisme"`.)
        let predicates = parsed.children[object].filter { child in
            child > object && parsed.has(child, relation: "nmod") && ["ADJ", "NOUN"].contains(parsed.upos(child))
                && !parsed.children[child].contains { parsed.has($0, relation: "case") }
        }
        let objectPhrase = Set(parsed.subtree(object)).subtracting(predicates.flatMap { parsed.subtree($0) })
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
}
