public import DuidingCore
public import DuidingResources
import DuidingStatements

/// Codes political events from the parse: an event word of the patterns (a verb, a verb with its object, a noun)
/// with its source and target among the linked entities, CAMEO code, Goldstein value, PLOVER category, modality,
/// negation and time; one event per (source, code, target, time) in an article.
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
    let planned: Set<String>
    let conditions: Set<String>
    let agents: Set<String>
    let recipients: Set<String>

    public init(
        patterns: EventPatterns, codebook: EventCodebook, language: String, bundle: ResourceBundle,
        actor: @escaping @Sendable (Entity, CalendarDay?) -> String?
    ) throws(ResourceError) {
        self.patterns = patterns
        self.codebook = codebook
        self.actor = actor
        var words: [String: Set<String>] = [:]
        let file = try bundle.file("\(language)/events/modality.tsv")
        for line in file.lines {
            let fields = line.fields
            guard fields.count == 2, ["negation", "refusal", "planned", "condition", "agent", "recipient"].contains(fields[0]) else {
                throw file.error(line, "expected negation|refusal|planned|condition|agent|recipient TAB word")
            }
            words[fields[0], default: []].insert(fields[1])
        }
        negations = words["negation"] ?? []
        refusals = words["refusal"] ?? []
        planned = words["planned"] ?? []
        conditions = words["condition"] ?? []
        agents = words["agent"] ?? []
        recipients = words["recipient"] ?? []
    }

    public func code(_ analysis: Analysis) -> [Event] {
        guard !analysis.tokens.isEmpty else { return [] }
        let parsed = ParsedText(analysis)
        let day = analysis.referenceTime.flatMap { CalendarDay(iso: String($0.prefix(10))) }
        var events: [Event] = []
        var seen: Set<String> = []
        for number in analysis.sentences.indices {
            let sentence = parsed.range(ofSentence: number)
            let time = parsed.time(inSentence: number, type: "DATE")
            for token in sentence {
                guard let found = match(token, parsed: parsed) else { continue }
                for source in found.sources {
                    for target in found.targets where target != source {
                        guard let code = codebook[found.code] else { continue }
                        let key = "\(source) \(code.code) \(target) \(time?.value ?? "")"
                        guard !seen.contains(key) else { continue }
                        seen.insert(key)
                        let sourceEntity = analysis.entities[source]
                        let targetEntity = analysis.entities[target]
                        events.append(
                            Event(
                                code: code.code, label: code.english, plover: code.plover, goldstein: code.goldstein,
                                source: Event.Actor(entity: sourceEntity.id, actor: actor(sourceEntity, day)),
                                target: Event.Actor(entity: targetEntity.id, actor: actor(targetEntity, day)), time: time?.id,
                                negated: negated(token, parsed: parsed), modality: modality(token, parsed: parsed), sentence: number,
                                trigger: Span(start: analysis.tokens[token].start, end: analysis.tokens[token].end)))
                    }
                }
            }
        }
        return events
    }

    /// An event word with its code and the entities of its source and target.
    struct Match {
        var code: String
        var sources: [Int]
        var targets: [Int]
    }

    private func match(_ token: Int, parsed: ParsedText) -> Match? {
        let lemma = parsed.lemmas[token]
        let upos = parsed.upos(token)
        if upos == "VERB" {
            var code: String?
            var frame: String?
            if let objects = patterns.objects[lemma],
                let object = parsed.children[token].first(where: { parsed.has($0, relation: "obj") }),
                let pattern = objects[parsed.lemmas[object]]
            {
                code = pattern.code
                frame = nil
            } else if let pattern = patterns.verbs[lemma] {
                code = pattern.code
                frame = pattern.target
            }
            guard let code else { return nil }
            // The door phrase of a passive (`door de politie`).
            let agent = parsed.children[token].first { child in
                parsed.has(child, relation: "obl") && parsed.children[child].contains { agents.contains(parsed.words[$0]) && parsed.has($0, relation: "case") }
            }
            // The passive (`werd gearresteerd door de politie`): the subject is the target, the door phrase the source.
            if frame == "obj", let patient = parsed.children[token].first(where: { parsed.has($0, relation: "nsubj:pass") }) {
                let sources = entities(of: agent, parsed: parsed)
                let targets = entities(of: patient, parsed: parsed)
                guard !sources.isEmpty, !targets.isEmpty else { return nil }
                return Match(code: code, sources: sources, targets: targets)
            }
            // Any other passive (`werd uitgeleverd aan Peru`): its subject underwent the act; the source is the door
            // phrase, and without one there is none.
            let passive = parsed.children[token].contains { parsed.has($0, relation: "nsubj:pass") || parsed.has($0, relation: "aux:pass") }
            let sources = entities(of: passive ? agent : subject(of: token, parsed: parsed), parsed: parsed)
            var targets: [Int] = []
            if let frame {
                func introduced(_ node: Int) -> Bool {
                    parsed.children[node].contains { parsed.words[$0] == frame && parsed.has($0, relation: "case") }
                }
                // The phrase under the verb, else anywhere in its clause (`reisde voor het laatst naar Moskou`, where the
                // parse hung the phrase on another word).
                // The object, or a second subject after the verb where the parse took the object for one
                // (`Xi ontving Macron`: two subjects, the first before the verb).
                let subjects = parsed.children[token].filter { parsed.has($0, relation: "nsubj") }
                let split = splitObjects(token, parsed: parsed)
                let object = parsed.children[token].first { parsed.has($0, relation: "obj") && !split.contains($0) }
                    ?? (subjects.count == 2 && subjects[0] < token && subjects[1] > token ? subjects[1] : nil)
                // `dat`: the subject of the clause the verb governs (`eisten dat Rwanda zijn troepen terugtrekt`).
                let clause = parsed.children[token].first { child in
                    (parsed.has(child, relation: "ccomp") || parsed.has(child, relation: "advcl"))
                        && parsed.children[child].contains { parsed.lemmas[$0] == "dat" && parsed.has($0, relation: "mark") }
                }
                let head: Int? = frame == "dat"
                    ? clause.flatMap { clause in parsed.children[clause].first { parsed.has($0, relation: "nsubj") } }
                    : frame == "obj"
                    ? object ?? preverbalObject(token, parsed: parsed)
                    : parsed.children[token].first { child in
                        (parsed.has(child, relation: "obl") || parsed.has(child, relation: "nmod")) && introduced(child)
                    } ?? parsed.subtree(token).first { $0 != token && parsed.sentenceOf[$0] == parsed.sentenceOf[token] && introduced($0) }
                targets = entities(of: head, parsed: parsed)
            } else {
                // A verb with its object: the one it is for (`heeft Moskou steun geboden`, `steun bieden aan`), else,
                // for coordinated sources (`de twee leiders ondertekenden een verklaring`), each other.
                let recipient = parsed.children[token].first { parsed.has($0, relation: "iobj") }
                    ?? parsed.children[token].first { child in
                        parsed.has(child, relation: "obl")
                            && parsed.children[child].contains { recipients.contains(parsed.words[$0]) && parsed.has($0, relation: "case") }
                    }
                    // A second subject the parse hung on the verb or its auxiliary is the one it is for (`China heeft
                    // Moskou steun geboden`).
                    ?? misplacedRecipient(token, parsed: parsed)
                targets = entities(of: recipient, parsed: parsed)
                if targets.isEmpty, sources.count > 1 { targets = sources }
            }
            guard !sources.isEmpty, !targets.isEmpty else { return nil }
            return Match(code: code, sources: sources, targets: targets)
        }
        if upos == "NOUN", let pattern = patterns.nouns[lemma] {
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
            var sources = entities(of: phrase(pattern.source), parsed: parsed)
            // `de Russische invasie`: the country of the noun's adjective.
            if sources.isEmpty { sources = entities(of: token, parsed: parsed) }
            // `Poetin bracht een bezoek aan China`: the subject of the verb the noun is the object of.
            if sources.isEmpty, let verb = parsed.heads[token], parsed.upos(verb) == "VERB" {
                sources = entities(of: subject(of: verb, parsed: parsed), parsed: parsed)
            }
            var targets = entities(of: phrase(pattern.target), parsed: parsed)
            if targets.isEmpty, let verb = parsed.heads[token], parsed.upos(verb) == "VERB", let preposition = pattern.target {
                let head = parsed.children[verb].first { child in
                    parsed.children[child].contains { parsed.words[$0] == preposition && parsed.has($0, relation: "case") }
                }
                targets = entities(of: head, parsed: parsed)
            }
            guard !sources.isEmpty, !targets.isEmpty else { return nil }
            return Match(code: pattern.code, sources: sources, targets: targets)
        }
        return nil
    }

    /// The subject of a verb, or of the verb it depends on (`weigert Rusland te veroordelen`, `en ondertekenden`).
    private func subject(of verb: Int, parsed: ParsedText) -> Int? {
        var current: Int? = verb
        var steps = 0
        while let node = current, steps < 3 {
            let subjects = parsed.children[node].filter { parsed.has($0, relation: "nsubj") }
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
            // Up through `te` and `om … te` complements and coordination (`bezocht Peking om Wang Yi te waarschuwen`).
            guard ["xcomp", "conj", "advcl"].contains(where: { parsed.has(node, relation: $0) }) || isInfinitiveClause(node, parsed: parsed)
            else { return nil }
            current = parsed.heads[node]
            steps += 1
        }
        return nil
    }

    /// For a verb coordinated with an earlier one, that verb's subject when it stands before it.
    private func sharedSubject(_ verb: Int, parsed: ParsedText) -> Int? {
        guard parsed.has(verb, relation: "conj"), let head = parsed.heads[verb], head < verb, parsed.upos(head) == "VERB" else { return nil }
        return parsed.children[head].first { parsed.has($0, relation: "nsubj") && $0 < head }
    }

    /// Objects the parse gave a main-clause verb before it although another object follows it (`… Zaken Antony Blinken
    /// bezocht Peking`: `Zaken` is part of the subject): in a main clause with the verb second, the object stands after it.
    private func splitObjects(_ verb: Int, parsed: ParsedText) -> [Int] {
        let objects = parsed.children[verb].filter { parsed.has($0, relation: "obj") }
        guard parsed.heads[verb] == nil, objects.contains(where: { $0 > verb }) else { return [] }
        return objects.filter { $0 < verb }
    }

    /// A `te` infinitive the parse made a clausal complement (`weigert … te veroordelen`).
    private func isInfinitiveClause(_ verb: Int, parsed: ParsedText) -> Bool {
        parsed.has(verb, relation: "ccomp") && parsed.children[verb].contains { parsed.lemmas[$0] == "te" && parsed.has($0, relation: "mark") }
    }

    /// The object of a `te` infinitive that the parse left without one: Dutch puts it right before `te` (`weigert
    /// Rusland te veroordelen`): a noun or name there that no preposition introduces (the head of its name).
    private func preverbalObject(_ verb: Int, parsed: ParsedText) -> Int? {
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[verb])
        guard verb - 2 >= sentence.lowerBound, parsed.lemmas[verb - 1] == "te", parsed.heads[verb - 1] == verb else { return nil }
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
    private func entities(of head: Int?, parsed: ParsedText) -> [Int] {
        guard let head else { return [] }
        var found: [Int] = []
        for node in [head] + parsed.children[head].filter({ parsed.has($0, relation: "conj") }) {
            // The mention over the head, else over a word of its name (`president Xi`).
            let candidates = [node] + parsed.children[node].filter { ["flat", "appos", "compound"].contains(parsed.relation($0)) }
            // Every entity a mention over it stands for: a group (`de twee leiders`) is each of its members.
            let sentence = parsed.range(ofSentence: parsed.sentenceOf[node])
            let named = parsed.phrase(node, within: sentence).first { member in
                parsed.mentions[member].contains { parsed.analysis.entities[$0.entity].type == "PER" && parsed.analysis.entities[$0.entity].mentions[$0.mention].kind == nil }
            }
            if let over = candidates.first(where: { !parsed.mentions[$0].isEmpty }) {
                for mention in parsed.mentions[over] where !found.contains(mention.entity) { found.append(mention.entity) }
            } else if let named, let person = parsed.mentions[named].first, !found.contains(person.entity) {
                // A person named in the phrase (`De Amerikaanse minister van Buitenlandse Zaken Antony Blinken`).
                found.append(person.entity)
            } else if let adjective = parsed.children[node].lazy.compactMap({ child in
                parsed.mentions[child].first { parsed.analysis.entities[$0.entity].mentions[$0.mention].kind == "adjective" }
            }).first, !found.contains(adjective.entity) {
                // A group by its country (`Russische diplomaten`, `de Russische invasie`): the country.
                found.append(adjective.entity)
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
        guard token - 1 > sentence.lowerBound, parsed.lemmas[token - 1] == "te" else { return false }
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
        if parsed.analysis.quotes.contains(where: { $0.kind == "indirect" && $0.start <= start && start < $0.end }) { return "reported" }
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
