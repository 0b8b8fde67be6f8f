public import DuidingCore
public import DuidingResources
import DuidingStatements

/// Codes political events from the parse: an event word of the patterns (a verb, a verb with its object, a noun)
/// with its source and target among the linked entities or the groups of `agents.tsv` (`de oproerpolitie`), CAMEO code,
/// Goldstein value, PLOVER category, modality, negation and time; one event per (source, code, target, time) in an article, a
/// mention with no time after one with a time (or in the headline, of one in the body) counting as that act.
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
    /// Verbs of accusing whose object is the doer of their `te` complement (`beschuldigt Pakistan ervan de militanten te
    /// steunen`): that act is reported, by the object.
    let accusations: Set<String>
    /// Verbs of asking whose `te` complement is an act asked for, not done (`riep Israël op om Hamas niet aan te vallen`).
    let appeals: Set<String>
    /// Verbs whose object is an act halted or called off (`schort de gesprekken op`): that act makes no event of its own.
    let haltings: Set<String>
    let planned: Set<String>
    /// The planning words of `planned` that are one side's wish (`willen`, `van_plan`), not a schedule (`zullen`).
    let wishes: Set<String>
    /// Code prefixes of the acts whose wish (`willen samenwerken`) is an intent, coded by `intents` (`wish-intent`).
    let wishIntents: Set<String>
    /// Words of being ready to do an act (`bereid`): an act they govern is an intent to do it, coded by `intents`.
    let readiness: Set<String>
    /// The intent code of an act ready to be done, by the act's code prefix, longest first (`045` → `039`, `04` → `036`).
    let intents: [(act: String, intent: String)]
    /// Verbs that make an event with an event noun in their `in` phrase (`in gesprek gaan met`).
    let lightVerbs: Set<String>
    /// Verbs whose phrase with one of the prepositions names the subject's own act (`antwoordde met aanvallen op …`), by
    /// verb lemma.
    let means: [String: Set<String>]
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
    /// Auxiliaries that with a participle tell of the past, active or passive (`heeft ondertekend`, `is opgepakt`).
    let pastAuxiliaries: Set<String>
    let relatives: Set<String>
    let definites: Set<String>
    let plurals: Set<String>
    let pluralsIfTagged: Set<String>
    let owners: Set<String>
    let places: Set<String>
    /// Adjectives of a bloc or region that has no country code (`westers`): a group they describe has no country.
    let blocs: Set<String>
    /// The CAMEO region code of those that have one (`europees` → `EUR`, `westers` → `WST`).
    let blocRegions: [String: String]
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
    /// Prefixes of a past participle after a verb's particle (`ge` in `opgeroepen`), and the particles of the listed verbs.
    let participlePrefixes: Set<String>
    let particles: Set<String>
    /// CAMEO sectors whose groups do coercive acts that a passive leaves without a doer (`COP`).
    let enforcers: Set<String>
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
        var means: [String: Set<String>] = [:]
        var deverbals: [(noun: String, verb: String)] = []
        var intents: [(act: String, intent: String)] = []
        var blocRegions: [String: String] = [:]
        let single: Set<String> = [
            "negation", "refusal", "halting", "planned", "light", "condition", "agent", "recipient", "reciprocal", "thing", "passive", "perfect",
            "relative", "definite", "plural", "plural-if-tagged", "owner", "place", "mutual", "between", "complementizer",
            "infinitive", "purpose", "vowels", "bloc", "ready", "accusing", "appeal", "enforcer", "wish", "wish-intent", "participle", "past",
        ]
        let file = try bundle.file("\(language)/events/modality.tsv")
        for line in file.lines {
            let fields = line.fields
            switch fields.first {
            case "means":
                guard fields.count == 3 else { throw file.error(line, "expected means TAB verb TAB preposition (antwoorden TAB met)") }
                means[fields[1], default: []].insert(fields[2])
            case "companion":
                guard fields.count == 3 else { throw file.error(line, "expected companion TAB word TAB word (samen TAB met)") }
                companionWords.append((fields[1], fields[2]))
            case "deverbal":
                guard fields.count == 3 else { throw file.error(line, "expected deverbal TAB noun ending TAB verb ending (- for none)") }
                deverbals.append((fields[1] == "-" ? "" : fields[1], fields[2] == "-" ? "" : fields[2]))
            case "intent":
                guard fields.count == 3, fields[1].allSatisfy(\.isNumber), fields[2].allSatisfy(\.isNumber), fields[2].hasPrefix("03"),
                    codebook[fields[2]] != nil
                else { throw file.error(line, "expected intent TAB the code (prefix) of an act TAB a CAMEO intent code (04 TAB 036)") }
                intents.append((fields[1], fields[2]))
            case "bloc" where fields.count == 3:
                guard fields[2].count == 3, fields[2].allSatisfy(\.isUppercase) else {
                    throw file.error(line, "expected bloc TAB adjective, optionally TAB a CAMEO region code of three capitals (EUR)")
                }
                words["bloc", default: []].insert(fields[1])
                blocRegions[fields[1]] = fields[2]
            case let kind? where single.contains(kind) && fields.count == 2:
                words[kind, default: []].insert(fields[1])
            default:
                throw file.error(line, "expected \(single.sorted().joined(separator: "|")) TAB word, or companion|deverbal|intent|means TAB word TAB word")
            }
        }
        passiveAuxiliaries = words["passive"] ?? []
        perfectAuxiliaries = words["perfect"] ?? []
        pastAuxiliaries = words["past"] ?? []
        relatives = words["relative"] ?? []
        definites = words["definite"] ?? []
        plurals = words["plural"] ?? []
        pluralsIfTagged = words["plural-if-tagged"] ?? []
        owners = words["owner"] ?? []
        places = words["place"] ?? []
        blocs = words["bloc"] ?? []
        self.blocRegions = blocRegions
        mutuals = words["mutual"] ?? []
        betweens = words["between"] ?? []
        complementizers = words["complementizer"] ?? []
        infinitives = words["infinitive"] ?? []
        purposes = words["purpose"] ?? []
        self.companionWords = companionWords
        self.deverbals = deverbals
        vowels = Set((words["vowels"] ?? []).joined())
        participlePrefixes = words["participle"] ?? []
        let listed = Array(patterns.verbs.keys) + Array(words.values.joined())
        particles = Set(listed.compactMap { lemma in lemma.firstIndex(of: "_").map { String(lemma[..<$0]) } })
        negations = words["negation"] ?? []
        refusals = words["refusal"] ?? []
        accusations = words["accusing"] ?? []
        enforcers = words["enforcer"] ?? []
        appeals = words["appeal"] ?? []
        haltings = words["halting"] ?? []
        planned = words["planned"] ?? []
        readiness = words["ready"] ?? []
        wishes = words["wish"] ?? []
        wishIntents = words["wish-intent"] ?? []
        self.intents = intents.sorted { $0.act.count > $1.act.count }
        lightVerbs = words["light"] ?? []
        self.means = means
        conditions = words["condition"] ?? []
        agents = words["agent"] ?? []
        recipients = words["recipient"] ?? []
        reciprocals = words["reciprocal"] ?? []
        thingPronouns = words["thing"] ?? []
        var groups: [String: String] = [:]
        let agentFile = try bundle.file("\(language)/events/agents.tsv")
        for line in agentFile.lines {
            let fields = line.fields
            guard fields.count == 2, ["-", "="].contains(fields[1]) || (fields[1].count == 3 && fields[1].allSatisfy(\.isUppercase)) else {
                throw agentFile.error(line, "expected noun TAB a CAMEO sector code of three capitals (COP), - for no group or = for countries")
            }
            groups[fields[0]] = fields[1]
        }
        self.groups = groups
    }

    public func code(_ analysis: Analysis) -> [Event] {
        guard !analysis.tokens.isEmpty else { return [] }
        let parsed = ParsedText(analysis)
        let day = analysis.referenceTime.flatMap { CalendarDay(iso: String($0.prefix(10))) }
        let settings = self.settings(parsed: parsed, day: day)
        var events: [Event] = []
        var seen: Set<String> = []
        // The keys, without their time, of the events that have one.
        var dated: Set<String> = []
        // Reports of cooperation, which accuse only when the reporter and the doer are at odds in the article.
        var reportedCooperation: [Event] = []
        func add(accusation: Event) {
            let key = Self.key(accusation.source, accusation.code, accusation.target, time: nil)
            if !seen.contains(key) {
                seen.insert(key)
                events.append(accusation)
            }
        }
        for number in analysis.sentences.indices {
            let sentence = parsed.range(ofSentence: number)
            let sentenceTime = self.time(among: dates(inSentence: number, parsed: parsed), parsed: parsed)
            // A sentence with no date of its own that tells of the past goes on where the one before it in its
            // paragraph is (`Hij landde vrijdagavond in Melsbroek. In ruil liet België Assadi vrij.`).
            let carried = sentenceTime == nil ? timeCarried(into: number, parsed: parsed, day: day) : nil
            for token in sentence {
                guard !isAskedFor(token, parsed: parsed), let found = match(token, parsed: parsed) else { continue }
                let time = sentenceTime ?? (tellsOfThePast(token, parsed: parsed) ? carried : nil)
                let together = self.companions(of: token, parsed: parsed).filter { !found.sources.contains($0) && !found.targets.contains($0) }
                // In a passive clause they are done to with the subject (`werd samen met twee andere boeren aangehouden`),
                // unless the clause names its doer, whom they join (`werd door de politie samen met het leger afgezet`).
                let passive = parsed.upos(token) == "VERB" && isPassive(token, parsed: parsed) && doorPhrase(token, parsed: parsed) == nil
                let companions = passive ? [] : together
                let targets = found.targets + (passive && !found.targets.isEmpty ? together : [])
                let intent = self.intent(token, code: found.code, parsed: parsed)
                let denial = negated(token, parsed: parsed) || intent.map { negated($0.ready, parsed: parsed) } == true
                var modality = self.modality(token, parsed: parsed)
                // An intent is expressed now, whatever the act it is to (`willen samenwerken`: 031, asserted).
                if modality == "planned", let intent, wishes.contains(parsed.lemmas[intent.ready]) { modality = "asserted" }
                // A mutual act holds both ways unless one side only wants it or might do it (see below).
                let mutual = modality != "hypothetical" && !isWished(token, parsed: parsed)
                // Groups of one actor code that one act is done to are one target (`sancties tegen drie Turkse ministers en
                // het Turkse ministerie van Defensie`: TURGOV once), as event data count dyads.
                var groupsDoneTo: Set<String> = []
                for source in found.sources + companions {
                    for target in targets where target != source {
                        guard var code = codebook[intent?.code ?? found.code] else { continue }
                        let sourceActor = eventActor(source, parsed: parsed, day: day, settings: settings)
                        let targetActor = eventActor(target, parsed: parsed, day: day, settings: settings)
                        // An act that is another when done to a group of some sector (support for rebels is aid), and when
                        // done by one (a court's condemnation is a verdict).
                        code = recoded(code, patterns.bySector, targetActor)
                        code = recoded(code, patterns.bySourceSector, sourceActor)
                        var denied = denial
                        // An act whose denial is an act of its own (`erkent de rechtsmacht van het hof niet` → 120).
                        if denied, let other = patterns.whenDenied[code.code].flatMap({ codebook[$0] }) {
                            code = other
                            denied = false
                        }
                        // A country and its own government are one actor, not a dyad (`Trump … met de VS`).
                        func same(_ country: Side, _ countryActor: Event.Actor, _ other: Side, _ otherActor: Event.Actor) -> Bool {
                            guard isCountry(country, countryActor, sentence: number, parsed: parsed), let code = countryActor.actor else { return false }
                            return otherActor.actor?.hasPrefix(code + "GOV") == true || (otherActor.actor == code && isCountry(other, otherActor, sentence: number, parsed: parsed))
                        }
                        if same(source, sourceActor, target, targetActor) || same(target, targetActor, source, sourceActor) { continue }
                        if case .group = target, let actor = targetActor.actor {
                            let group = [sourceActor.text ?? sourceActor.entity ?? "", actor].joined(separator: "\u{1F}")
                            guard groupsDoneTo.insert(group).inserted else { continue }
                        }
                        // One event per (source, code, target, time).
                        func eventKey(_ source: Event.Actor?, _ target: Event.Actor?, time: String?) -> String {
                            Self.key(source, code.code, target, time: time)
                        }
                        let key = eventKey(sourceActor, targetActor, time: time?.value)
                        let event = Event(
                            code: code.code, label: code.english, plover: code.plover, goldstein: code.goldstein,
                            source: sourceActor, target: targetActor, time: time?.id,
                            negated: denied, modality: modality, sentence: number,
                            trigger: Span(start: analysis.tokens[token].start, end: analysis.tokens[token].end))
                        // Who reports an act the article told before may still be a new accuser (`Westerse regeringen
                        // zeggen dat China Rusland heeft geholpen`, then `De VS zeggen dat China de levering … heeft
                        // uitgebreid`).
                        if let (accusation, conflict) = accusation(of: event, parsed: parsed, day: day) {
                            if conflict { add(accusation: accusation) } else { reportedCooperation.append(accusation) }
                        }
                        guard !seen.contains(key) else { continue }
                        // A mention with no date of an act told before with one is that act (`Rusland en Kazachstan
                        // hebben zondag een akkoord ondertekend. Rusland ondertekende het akkoord …`).
                        let undated = eventKey(sourceActor, targetActor, time: nil)
                        if time?.value == nil, dated.contains(undated) { continue }
                        if time?.value != nil { dated.insert(undated) }
                        seen.insert(key)
                        events.append(event)
                        // An act that holds both ways is the target's too (`Iran onderhandelde met de VS`, `zal volgende week
                        // met de VS onderhandelen`); not one the source only wants or might do (`Von der Leyen wil
                        // overeenkomsten sluiten met Egypte`): the other side has not agreed to it.
                        if patterns.symmetric.contains(code.code), mutual {
                            let reverse = eventKey(targetActor, sourceActor, time: time?.value)
                            let reverseUndated = eventKey(targetActor, sourceActor, time: nil)
                            if !seen.contains(reverse), time?.value != nil || !dated.contains(reverseUndated) {
                                seen.insert(reverse)
                                if time?.value != nil { dated.insert(reverseUndated) }
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
        // A headline's act with no date is the body's telling of it (`EU sluit migratiedeal met Tunesië` over `De
        // Europese Unie en Tunesië hebben zondag … een overeenkomst ondertekend`), also where the two name a side
        // differently (`Washington erkent González` over `De Verenigde Staten hebben González erkend`); not an act the
        // body dates further back, which is an earlier one (`Poetin bezoekt China` over `Poetin ging in oktober naar
        // Peking`).
        let headlines = analysis.blocks.filter { $0.kind == .headline }.map { $0.start..<$0.end }
        func inHeadline(_ event: Event) -> Bool { headlines.contains { $0.contains(event.trigger.start) } }
        let values = Dictionary(analysis.times.compactMap { time in time.value.map { (time.id, $0) } }) { a, _ in a }
        func recent(_ event: Event) -> Bool {
            guard let value = event.time.flatMap({ values[$0] }) else { return true }
            guard let day else { return false }
            let window = day.adding(days: -Self.newsDays)...day.adding(days: 1)
            if let date = CalendarDay(iso: value) { return window.contains(date) }
            // A week (`deze week`): when it overlaps the window.
            if value.count == 8, value.dropFirst(4).hasPrefix("-W"), let year = Int(value.prefix(4)), let week = Int(value.suffix(2)) {
                let monday = CalendarDay.monday(ofWeek: week, year: year)
                return monday <= window.upperBound && monday.adding(days: 6) >= window.lowerBound
            }
            // A month or year: when it holds the article's day; anything else (`PRESENT_REF`) is news.
            return CalendarDay.isISODate(value) ? day.iso.hasPrefix(value) : true
        }
        let told = Set(events.filter { !inHeadline($0) && recent($0) }.map(dyadKey))
        return events.filter { !(inHeadline($0) && $0.time.flatMap({ values[$0] }) == nil && told.contains(dyadKey($0))) }
    }

    /// How many days before the article's date an act of its body may be the news its headline tells.
    static let newsDays = 7

    /// What makes two tellings of an act in one article the same act whatever their words and dates: its code and each
    /// side's country (`RUS` of `RUSGOV`), else the side's entity, else its words.
    func dyadKey(_ event: Event) -> String {
        func side(_ actor: Event.Actor?) -> String {
            actor?.actor.flatMap(codebook.country(ofActor:)) ?? actor?.entity ?? actor?.text ?? ""
        }
        return [side(event.source), event.code, side(event.target)].joined(separator: "\u{1F}")
    }

    /// The code an act becomes when one of its sides is a group of a sector (`sector` lines of `patterns.tsv`, read by
    /// the last three letters of the side's actor code), else the code itself.
    func recoded(_ code: EventCodebook.Code, _ bySector: [String: [String: String]], _ side: Event.Actor) -> EventCodebook.Code {
        guard let actor = side.actor, actor.count >= 3, let other = bySector[code.code]?[String(actor.suffix(3))] else { return code }
        return codebook[other] ?? code
    }

    /// What makes an event one (source, code, target, time) in an article: each actor by its words, else its entity.
    static func key(_ source: Event.Actor?, _ code: String, _ target: Event.Actor?, time: String?) -> String {
        [source?.text ?? source?.entity ?? "", code, target?.text ?? target?.entity ?? "", time ?? ""].joined(separator: "\u{1F}")
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
        // (An arrest or a detention that someone the knowledge base does not place reports is a report, not an accusation:
        // `Volgens minister Ali Yerlikaya zijn 1133 mensen aangehouden`.)
        guard speakerActor.actor != nil || !event.code.hasPrefix("17") else { return nil }
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
        /// A group of one of several coordinated owners (`de ambassades van Rwanda, Frankrijk …`): the group's head and
        /// the owner's entity.
        case owned(Int, by: Int)
    }
}
