import DuidingCore

/// The speakers and addressees of speech verbs, the persons and organisations their words resolve to, and the
/// headline quotations attributed from the body (by the words they share, else the body's main voice).
extension Reading {
    /// The speaker of a speech verb: its subject (the owner of a speech noun: `luidde het argument van Monti`), else
    /// the `bij` phrase when the subject is expletive (`zo klonk het bij X`); where the parse found no subject, the
    /// noun it hung the verb on, a person named right before the verb, or the first noun after it in `region` that no
    /// preposition introduces (`zei Xi`).
    func speaker(ofVerb verb: Int, region: Range<Int>) -> Int? {
        let free = { (index: Int) in self.quotationOf[index] == nil }
        // A passive clause: its doer (`werd voorgelezen door minister De Vries`), not its subject.
        if let doer = doer(of: verb), free(doer) { return doer }
        // A time the parse took for the subject (`zei woensdag tegen Het Parool`) is none, nor a pronoun for a thing
        // (`of ze niet wat anders …, zei Wijngaards`), nor a pronoun in the object case (`Zoals Giammetti me vertelt`), nor
        // a punctuation mark (`"…", zei de minister`, the parse making the comma the subject and the minister the object).
        let subjects = parsed.children[verb].filter { child in
            parsed.has(child, relation: "nsubj") && free(child) && !parsed.isTime(child) && !parsed.isPunctuation(child)
                && !(parsed.upos(child) == "PRON" && (parsed.tokens[child].feats ?? "").contains("Case=Acc"))
                && !words.complementizers.contains(parsed.words[child]) && !words.things.contains(parsed.words[child])
        }
        // Of two the parse gave the verb, the one that names someone (`Vraag het haar rechtstreeks, en ze geeft toe dat …`,
        // the imperative `Vraag` taken for a noun subject).
        let subject = subjects.count > 1 ? subjects.first { namesSomeone($0) } ?? subjects.first : subjects.first
        // `luidde het argument van Monti`, `was zijn reactie`: the one whose words they are (the parse may take the
        // noun for the object of `luiden`).
        let noun = [subject, parsed.children[verb].first { parsed.has($0, relation: "obj") && free($0) }].compactMap { $0 }
            .first { words.speechNouns.contains(parsed.lemmas[$0]) }
        if let noun, let owner = parsed.children[noun].first(where: { parsed.has($0, relation: "nmod") && free($0) }) {
            return owner
        }
        if let subject, !words.expletives.contains(parsed.words[subject]) {
            // A relative pronoun stands for the noun its clause modifies (`Harbers, die in het voorjaar nog waarschuwde
            // dat …`, `Vicepremier Wopke Hoekstra, die had gezegd dat …`).
            if parsed.upos(subject) == "PRON", words.relatives.contains(parsed.words[subject]), parsed.has(verb, relation: "acl"),
                let head = parsed.heads[verb], head < subject, free(head), ["NOUN", "PROPN"].contains(parsed.upos(head))
            {
                return antecedent(from: head, before: subject)
            }
            // A thing the parse took for a subject after the verb, where a person is named in the main clause's first
            // place (`Het parlementslid Amineh Kakabaveh, van Koerdische afkomst, noemde het akkoord „…”`): in a
            // verb-second clause that person is the one speaking, the thing its object.
            if subject > verb, let fronted = frontedPerson(before: verb, region: region), !isSomeoneNamed(subject, region: region) {
                return fronted
            }
            return subject
        }
        for child in parsed.children[verb] where free(child) {
            if parsed.children[child].contains(where: { words.speakerBy.contains(parsed.words[$0]) && parsed.has($0, relation: "case") }) {
                return child
            }
        }
        // A relative pronoun right after the comma that follows a name, which the parse took for the object of a verb
        // with no subject (`middenvelder Thomas Brands, die via Instagram liet weten …`, `liet` joined to the main clause):
        // the subject, so the name before the comma.
        if subject == nil, let relative = parsed.children[verb].first(where: { child in
            child < verb && child >= 2 && free(child) && parsed.upos(child) == "PRON" && words.relatives.contains(parsed.words[child])
                && parsed.tokens[child - 1].text == "," && ["PROPN", "NOUN"].contains(parsed.upos(child - 2))
        }), free(relative - 2), !parsed.children[verb].contains(where: { $0 != relative && parsed.has($0, relation: "obj") }) {
            return antecedent(from: relative - 2, before: relative)
        }
        if subject == nil, parsed.has(verb, relation: "conj") || parsed.has(verb, relation: "xcomp"), let head = parsed.heads[verb],
            let shared = parsed.children[head].first(where: { parsed.has($0, relation: "nsubj") && free($0) }),
            !words.expletives.contains(parsed.words[shared])
        {
            return shared
        }
        if subject != nil, let by = region.first(where: { $0 > verb && words.speakerBy.contains(parsed.words[$0]) }) {
            return region.first { $0 > by && free($0) && parsed.isNominal($0) }
        }
        guard subject == nil else { return nil }
        // An infinitive that modifies a noun has no speaker of its own (`het is niet mijn taak om te zeggen hoe …`).
        if parsed.has(verb, relation: "acl"), (parsed.tokens[verb].feats ?? "").contains("VerbForm=Inf"),
            parsed.children[verb].contains(where: { parsed.has($0, relation: "mark") && parsed.upos($0) == "ADP" })
        {
            return nil
        }
        // The noun the parse hung the verb on, before it (`Stadsdeelvoorzitter Jeroen Oudshoorn (D66) zei …`, the
        // verb taken for a clause inside the noun phrase).
        // (When it names someone: not `afkomst` in `Mette Holm, van Groenlandse afkomst, noemde …`, where the person
        // named first in the clause speaks.)
        if let head = parsed.heads[verb], head < verb, free(head), ["NOUN", "PROPN"].contains(parsed.upos(head)) {
            if namesSomeone(head) { return head }
            if let fronted = frontedPerson(before: verb, region: region) { return fronted }
            return head
        }
        // A person named right before the verb in its clause, in whatever place the parse put the name (`Van Dijk zei
        // dat …`, the name's particle taken for a preposition).
        let clauseStart = region.lowerBound
        if let named = stride(from: verb - 1, through: clauseStart, by: -1).first(where: { index in
            free(index) && parsed.mentions[index].contains { parsed.analysis.entities[$0.entity].type == "PER" }
        }), !(named + 1..<verb).contains(where: { ["VERB", "AUX"].contains(parsed.upos($0)) || parsed.isPunctuation($0) }) {
            return named
        }
        // Else the first noun after the verb that no preposition introduces (`zei Xi`; not `zei tegen VRT NWS`), a
        // possessive being no noun (`laat zijn agent weten`: the agent).
        return region.first { index in
            index > verb && free(index) && ["PROPN", "NOUN", "PRON"].contains(parsed.upos(index)) && !parsed.isTime(index)
                && !(parsed.tokens[index].feats ?? "").contains("Poss=Yes")
                && !parsed.children[index].contains { parsed.has($0, relation: "case") }
        }
    }

    /// The head of the phrase a relative pronoun at `relative` stands for, from a word of it: up from a name's last word,
    /// and past a phrase with a preposition (`De advocaat van Jansen, die …` is the lawyer).
    func antecedent(from word: Int, before relative: Int) -> Int {
        var antecedent = word
        for _ in 0..<4 {
            guard let up = parsed.heads[antecedent], up < relative,
                ["flat", "appos"].contains(parsed.relation(antecedent))
                    || parsed.children[antecedent].contains(where: { parsed.has($0, relation: "case") })
            else { break }
            antecedent = up
        }
        return antecedent
    }

    /// The doer of a passive clause headed by `verb`: the phrase under it that the agent preposition introduces
    /// (`door juichende aanhangers`), when the clause is passive (a passive auxiliary or subject under the verb).
    func doer(of verb: Int) -> Int? {
        let children = parsed.children[verb]
        guard children.contains(where: { parsed.relation($0) == "aux:pass" || parsed.relation($0) == "nsubj:pass" }) else { return nil }
        return children.first { child in
            parsed.has(child, relation: "obl")
                && parsed.children[child].contains { parsed.has($0, relation: "case") && words.agents.contains(parsed.words[$0]) }
        }
    }

    /// The person named in the first place of a main clause whose finite verb is `verb` (verb second): the first
    /// word of the clause (of `region`) starts the name or the noun phrase it stands in, no verb comes between, and no
    /// preposition introduces it (`Volgens Xi noemde …` names no subject). Nil for a subordinate clause.
    func frontedPerson(before verb: Int, region: Range<Int>) -> Int? {
        guard !parsed.children[verb].contains(where: { parsed.has($0, relation: "mark") }) else { return nil }
        let start = region.lowerBound
        guard start < verb else { return nil }
        let between = start..<verb
        guard !between.contains(where: { ["VERB", "AUX", "SCONJ"].contains(parsed.upos($0)) || quotationOf[$0] != nil }) else { return nil }
        guard let named = between.first(where: { index in
            parsed.mentions[index].contains { parsed.analysis.entities[$0.entity].type == "PER" }
        }) else { return nil }
        // The name stands in the phrase that opens the clause: everything before it belongs to that phrase (`Het
        // onafhankelijke parlementslid`), none of it a preposition.
        guard !(start..<named).contains(where: { parsed.upos($0) == "ADP" || parsed.isPunctuation($0) }) else { return nil }
        var head = named
        while let up = parsed.heads[head], between.contains(up) { head = up }
        // (The `Van` of a name that the parse took for a preposition is part of it: `Van Hecke verwijt de directie …`.)
        guard !parsed.children[head].contains(where: { parsed.has($0, relation: "case") && !parsed.shareEntity($0, named) }),
            between.contains(where: { $0 >= named && parsed.shareEntity($0, named) && parsed.upos($0) == "PROPN" })
        else { return nil }
        return named
    }

    /// Whether the phrase at `token` names a person or organisation the entity tagger found, or is a pronoun.
    func isSomeoneNamed(_ token: Int, region: Range<Int>) -> Bool {
        if parsed.upos(token) == "PRON" || parsed.upos(token) == "PROPN" { return true }
        if isPartitive(token), partitiveMember(token, region: region) != nil { return true }
        return parsed.phrase(token, within: region, coordinated: false).contains { member in
            parsed.mentions[member].contains { ["PER", "ORG"].contains(parsed.analysis.entities[$0.entity].type) }
        }
    }

    /// Whether a word names one or some of a group (`een van de vier`): a `partitive` word of `speech.tsv` with a phrase
    /// of its group's preposition.
    func isPartitive(_ token: Int) -> Bool {
        guard let group = words.partitives[parsed.words[token].lowercased()], ["DET", "NUM", "PRON"].contains(parsed.upos(token)) else { return false }
        return parsed.children[token].contains { child in
            parsed.children[child].contains { parsed.has($0, relation: "case") && parsed.words[$0].lowercased() == group }
        }
    }

    /// The person named under a partitive word (`een van de vier, een zekere Johannes van Iersel`), anywhere under it in
    /// `region`: the parse may hang the apposition past the phrase's comma.
    func partitiveMember(_ token: Int, region: Range<Int>) -> (entity: Int, mention: Int)? {
        parsed.subtree(token).sorted().lazy.filter { region.contains($0) }.compactMap { index in
            self.parsed.mentions[index].first { self.parsed.analysis.entities[$0.entity].type == "PER" && !self.parsed.isAdjective($0) }
        }.first
    }

    /// Whom a speech verb addresses: its `tegen`/`aan` phrase, else the noun after `tegen` or `aan` that follows
    /// the verb in `region` (where the parse put the phrase elsewhere: `zei Xi tegen Poetin`).
    func addressee(ofVerb verb: Int, region: Range<Int>) -> Int? {
        // Its indirect object (`verweet hij De Gucht`, `vertelde hij de krant`).
        if let object = parsed.children[verb].first(where: { quotationOf[$0] == nil && parsed.has($0, relation: "iobj") }) { return object }
        // Under the verb, before it too (`dat hij tegen Chinese functionarissen had gezegd`).
        for child in parsed.children[verb] where quotationOf[child] == nil && parsed.has(child, relation: "obl") {
            if parsed.children[child].contains(where: { words.addressee.contains(parsed.words[$0]) && parsed.has($0, relation: "case") }) {
                return child
            }
        }
        // (Not in a clause of its own, such as one that describes the speaker: `zegt een vrouw die aan de halte wacht`.)
        func inOtherClause(_ node: Int) -> Bool {
            // (The clause may hang on the verb itself: `zegt X, die aan het plein woont`, `woont` under `zegt`. A phrase
            // with no verb, subject or copula is none, whatever its label: `vroeg X als voorzitter aan minister Y`.)
            var current = node
            while current != verb {
                if ["acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj"].contains(parsed.relation(current)),
                    ["VERB", "AUX"].contains(parsed.upos(current))
                        || parsed.children[current].contains(where: { parsed.has($0, relation: "cop") || parsed.has($0, relation: "nsubj") })
                {
                    return true
                }
                guard let up = parsed.heads[current] else { return false }
                current = up
            }
            return false
        }
        for index in region where index > verb && quotationOf[index] == nil && words.addressee.contains(parsed.words[index]) {
            guard parsed.has(index, relation: "case"), let noun = parsed.heads[index], noun > index, quotationOf[noun] == nil,
                !inOtherClause(noun)
            else { continue }
            return noun
        }
        // Else a person as the object of a verb that reports speech (`verweet hij commissielid De Gucht`, `vroeg hij de
        // minister`): the one spoken to, as the words said are in the quotation.
        // (A noun the parse took for a predicate, `xcomp`, is that object too.)
        if reach(verb) == .speech,
            let object = parsed.children[verb].first(where: { child in
                quotationOf[child] == nil
                    && (parsed.has(child, relation: "obj") || parsed.has(child, relation: "xcomp") && ["NOUN", "PROPN"].contains(parsed.upos(child)))
            }),
            parsed.phrase(object, within: region.isEmpty ? parsed.range(ofSentence: parsed.sentenceOf[verb]) : region).contains(where: { member in
                parsed.mentions[member].contains { parsed.analysis.entities[$0.entity].type == "PER" }
            })
        {
            return object
        }
        return nil
    }

    /// The entity and the words for the person or organisation at `token`, marked when they are a personal pronoun of the
    /// third person (`hij`, `ze`).
    func resolve(_ token: Int, region: Range<Int>, fallback: QuoteFinder.Speaker?) -> QuoteFinder.Speaker {
        var speaker = resolveWords(token, region: region, fallback: fallback)
        speaker.byPronoun = isPersonalPronoun(token)
        return speaker
    }

    private func resolveWords(_ token: Int, region: Range<Int>, fallback: QuoteFinder.Speaker?) -> QuoteFinder.Speaker {
        let sentence = parsed.sentenceOf[token]
        var head = token
        // From a first name or title up to the head of the name (`Antony` in `Antony Blinken`).
        while let up = parsed.heads[head], region.contains(up), ["flat", "compound", "fixed"].contains(parsed.relation(head)) { head = up }
        let span = parsed.phrase(head, within: region)
        // A person's name in apposition to a noun (`Domo-woordvoerder Erik Coplo`, `FNV-bestuurder Marloes de Wit`,
        // `de Turkse minister van Justitie, Bekir Bozdag,`): the person, not the organisation the noun names.
        // (Not a name in a clause on the noun: `een 52-jarige lasser, die sinds 1974 bij Van Stralen werkt`.)
        func apposed() -> (entity: Int, mention: Int)? {
            func inClause(_ member: Int) -> Bool {
                var current = member
                while let up = parsed.heads[current], current != head {
                    if ["acl", "advcl", "ccomp", "xcomp"].contains(where: { parsed.has(current, relation: $0) }) { return true }
                    if up == head { return false }
                    current = up
                }
                return false
            }
            for member in parsed.subtree(head) where member != head && region.contains(member) && !inClause(member) {
                guard ["flat", "appos", "compound"].contains(parsed.relation(member))
                    || parsed.heads[member] == head && parsed.upos(member) == "PROPN"
                else { continue }
                if let found = parsed.mentions[member].first(where: { parsed.analysis.entities[$0.entity].type == "PER" }) { return found }
            }
            return nil
        }
        // One of a group (`een van de vier, een zekere Johannes van Iersel`): the person named in the phrase, else the
        // phrase (`een van hen`), not the word `een`.
        if isPartitive(head) {
            if let named = partitiveMember(head, region: region) {
                let mention = parsed.analysis.entities[named.entity].mentions[named.mention]
                return QuoteFinder.Speaker(entity: named.entity, text: mention.text, sentence: sentence)
            }
            return QuoteFinder.Speaker(entity: nil, text: parsed.text(span), sentence: sentence)
        }
        // A person by nationality with no name beside it (`een Argentijn`, `de Argentijn`) whom the article names with
        // that word (`de Argentijn Guillermo Canas`): that person, whoever the coreference took the word for.
        if parsed.mentions[head].contains(where: parsed.isAdjective), apposed() == nil, let named = person(namedAs: head) {
            let mention = parsed.analysis.entities[named.entity].mentions[named.mention]
            return QuoteFinder.Speaker(entity: named.entity, text: mention.text, sentence: sentence)
        }
        // (A country's adjective after a definite article, `de Turkse`, is a person of that nationality, not the country.)
        let covering = parsed.mentions[head].first { !parsed.isAdjective($0) } ?? parsed.mentions[token].first { !parsed.isAdjective($0) }
            ?? (isNationality(head) ? nil : parsed.mentions[head].first ?? parsed.mentions[token].first)
        let coveringPerson = covering.map { parsed.analysis.entities[$0.entity].type == "PER" } ?? false
        // A name of a thing joined to a noun for people (`de vier 4FM-oprichters`, tagged as a miscellaneous name): those
        // people, by the words.
        if let covering, parsed.analysis.entities[covering.entity].type == "MISC", parsed.upos(head) == "NOUN",
            let last = parsed.lemmas[head].split(separator: "-").last, parsed.lemmas[head].contains("-"),
            words.isPersonNoun(String(last))
        {
            return QuoteFinder.Speaker(entity: nil, text: parsed.text(span), sentence: sentence)
        }
        // A person's name joined to a noun (`Lumumba-biograaf Benoît Verhaeghen`) names someone else: the name beside it.
        // (One word after the hyphen: not a double surname `Dijkstra-de Jong`.)
        if coveringPerson, let covering, let apposed = apposed(), apposed.entity != covering.entity,
            let noun = parsed.analysis.entities[covering.entity].mentions[covering.mention].text.split(separator: "-").last,
            noun.first?.isLowercase == true, !noun.contains(" ")
        {
            let mention = parsed.analysis.entities[apposed.entity].mentions[apposed.mention]
            return QuoteFinder.Speaker(entity: apposed.entity, text: mention.text, sentence: sentence)
        }
        // A study or report speaks for its author, named right after it (`Volgens het onderzoek uitgevoerd door Abbey
        // National`, `volgens een rapport van Amnesty International`), wherever the parse hung the name.
        if let author = author(ofDocument: head, region: region) {
            return QuoteFinder.Speaker(entity: author.entity, text: author.text, sentence: sentence)
        }
        // A noun right before a name the parse hung elsewhere (`Volgens onderzoeksbureau Integriteit Overheid werden …`,
        // `Integriteit Overheid` made an object): the name, with the noun before it.
        if covering == nil, parsed.upos(head) == "NOUN", apposed() == nil, let last = span.last, last + 1 < region.upperBound,
            quotationOf[last + 1] == nil,
            let next = parsed.mentions[last + 1].first(where: { mention in
                ["PER", "ORG"].contains(parsed.analysis.entities[mention.entity].type)
                    && parsed.analysis.entities[mention.entity].mentions[mention.mention].start == parsed.tokens[last + 1].start
            })
        {
            let mention = parsed.analysis.entities[next.entity].mentions[next.mention]
            let end = ParsedText.firstToken(parsed.tokens, endingAfter: mention.end - 1)
            return QuoteFinder.Speaker(entity: next.entity, text: parsed.text(span.lowerBound...min(region.upperBound - 1, end)), sentence: sentence)
        }
        // A subject pronoun right after someone else's reported speech in the sentence before (`Kok kreeg tegengas van Thomas
        // Brands, die liet weten dat hij ,,niet blij'' was. ,,…'', schreef hij.`): the one who spoke, where the
        // coreference took the subject of that sentence (not one it chose over that subject, as by sex: `zei Smit tegen
        // De Haan. "…", kaatste zij terug`).
        if coveringPerson, let covering, parsed.upos(head) == "PRON", parsed.has(head, relation: "nsubj"), let fallback,
            let speaker = fallback.entity, speaker != covering.entity, fallback.verb != nil,
            parsed.analysis.entities[speaker].type == "PER", sentence - fallback.sentence == 1,
            sameBlock(parsed.range(ofSentence: fallback.sentence).lowerBound, head),
            mainSubjects(in: parsed.range(ofSentence: fallback.sentence)).contains(where: { subject in
                parsed.mentions[subject].contains { $0.entity == covering.entity }
            })
        {
            return QuoteFinder.Speaker(entity: speaker, text: parsed.text(span), sentence: sentence)
        }
        // A pronoun the coreference gave to someone named paragraphs back, right after a sentence whose subject describes
        // a person without a name (`Een buurman zag de vlammen. "…", vertelde hij`): the one described; else one so
        // described who spoke last in the paragraph (`„…”, zegt een woordvoerder. Of …? „…”, zegt hij`).
        if coveringPerson, let covering, isPersonalPronoun(head),
            !parsed.analysis.entities[covering.entity].mentions.contains(where: { mention in
                let token = ParsedText.firstToken(parsed.tokens, endingAfter: mention.start)
                return token < head && sameBlock(token, head)
            })
        {
            if let described = describedPerson(before: head) { return QuoteFinder.Speaker(entity: nil, text: described, sentence: sentence) }
            if let fallback, fallback.entity == nil, spokeJustBefore(fallback, head, in: sentence) {
                return QuoteFinder.Speaker(entity: nil, text: fallback.text, sentence: sentence)
            }
        }
        if let found = coveringPerson ? covering : apposed() ?? covering {
            let mention = parsed.analysis.entities[found.entity].mentions[found.mention]
            return QuoteFinder.Speaker(entity: found.entity, text: mention.text, sentence: sentence)
        }
        // A country by its adjective (`Amerikaanse schattingen`, `Chinese functionarissen`) when the head is no person.
        if parsed.upos(head) == "NOUN",
            let adjective = span.lazy.compactMap({ member in
                parsed.mentions[member].first(where: parsed.isAdjective)
            }).first
        {
            return QuoteFinder.Speaker(entity: adjective.entity, text: parsed.text(span), sentence: sentence)
        }
        let text = parsed.text(span)
        // An unresolved third-person pronoun (not `het`) is the one who spoke last, else the last person named before it.
        if isPersonalPronoun(head) {
            // Someone the sentence before describes without a name, as its subject (`De dochter van de 81-jarige vrouw
            // … "…", zegt ze`): the linker found no named person of the pronoun's sex near it.
            if let described = describedPerson(before: head) {
                return QuoteFinder.Speaker(entity: nil, text: described, sentence: sentence)
            }
            // (A place is no one a pronoun stands for: `de stad … zegt ze`.)
            if let fallback, let entity = fallback.entity, parsed.analysis.entities[entity].type != "LOC" {
                return QuoteFinder.Speaker(entity: fallback.entity, text: text, sentence: sentence)
            }
            // One the article describes without a name, who spoke just before in the same paragraph (`zegt een
            // procesoperator. "…", vertelt hij`; also past a question between: `Of het opzet was? „…”, zegt hij`).
            if let fallback, spokeJustBefore(fallback, head, in: sentence) {
                return QuoteFinder.Speaker(entity: nil, text: fallback.text, sentence: sentence)
            }
            let floor = parsed.range(ofSentence: max(0, sentence - 8)).lowerBound
            for index in stride(from: head - 1, through: floor, by: -1) {
                if let found = parsed.mentions[index].first(where: { parsed.analysis.entities[$0.entity].type == "PER" }) {
                    // A person named sentences back, in an article about someone else who stands out: that one (`zegt
                    // hij` in a profile speaks for its subject, not for someone it mentioned in passing).
                    if let protagonist, protagonist != found.entity, sentence - parsed.sentenceOf[index] > 1,
                        parsed.analysis.entities[protagonist].mentions.contains(where: { $0.end <= parsed.tokens[head].start })
                    {
                        return QuoteFinder.Speaker(entity: protagonist, text: text, sentence: sentence)
                    }
                    return QuoteFinder.Speaker(entity: found.entity, text: text, sentence: sentence)
                }
            }
            // No person named before it (a text whose sentences came shuffled, or one that opens with `hij`): the
            // person the article is about, when one stands out.
            if let protagonist { return QuoteFinder.Speaker(entity: protagonist, text: text, sentence: sentence) }
        }
        return QuoteFinder.Speaker(entity: nil, text: text, sentence: sentence)
    }

    /// The person or organisation named right after a noun for a study or report (`speech.tsv`: `document`, also as the
    /// end of a compound: `marktonderzoek`): after a preposition of `author`, within a few words (`het onderzoek
    /// uitgevoerd door Abbey National`, `een nieuw onderzoek van de Britse bank Abbey National`), or a body named by a
    /// noun there (`een bevraging van de Vlaamse brandweer`).
    func author(ofDocument noun: Int, region: Range<Int>) -> (entity: Int?, text: String)? {
        guard region.contains(noun), parsed.upos(noun) == "NOUN", words.isDocument(parsed.lemmas[noun]) else { return nil }
        func named(_ token: Int) -> (entity: Int?, text: String)? {
            guard region.contains(token),
                let mention = parsed.mentions[token].first(where: { ["PER", "ORG"].contains(parsed.analysis.entities[$0.entity].type) })
            else { return nil }
            return (mention.entity, parsed.analysis.entities[mention.entity].mentions[mention.mention].text)
        }
        let reach = min(region.upperBound, noun + 1 + Self.authorReach)
        guard noun + 1 < reach, let by = (noun + 1..<reach).first(where: { words.authors.contains(parsed.words[$0]) }) else { return nil }
        // (Up to the author's name: nothing but its article, adjectives and the noun it is named by.)
        for token in (by + 1)..<min(region.upperBound, by + 1 + Self.authorReach) {
            if let author = named(token) { return author }
            guard ["DET", "ADJ", "NOUN"].contains(parsed.upos(token)) else { return nil }
            if parsed.upos(token) == "NOUN" {
                // The name after the noun (`van de Britse bank Abbey National`), else the body the noun names.
                if let author = named(token + 1) { return author }
                let head = parsed.lemmas[token]
                return words.isPersonNoun(head) || words.isBody(head) ? (nil, parsed.text((by + 1)...token)) : nil
            }
        }
        return nil
    }

    /// How many words after a study its author's preposition, and after that the author's name, may stand.
    static let authorReach = 4

    /// The person the article names right after the same word as `word` (`de Argentijn Guillermo Canas` for `een
    /// Argentijn`), when it is one person.
    func person(namedAs word: Int) -> (entity: Int, mention: Int)? {
        var found: [(entity: Int, mention: Int)] = []
        // (The name right after the word, in its sentence.)
        for token in parsed.lemmas.indices
        where token != word && parsed.lemmas[token] == parsed.lemmas[word] && token + 1 < parsed.tokens.count
            && parsed.sentenceOf[token + 1] == parsed.sentenceOf[token]
        {
            for mention in parsed.mentions[token + 1] where parsed.analysis.entities[mention.entity].type == "PER"
                && parsed.analysis.entities[mention.entity].mentions[mention.mention].start == parsed.tokens[token + 1].start
                && !found.contains(where: { $0.entity == mention.entity })
            {
                found.append(mention)
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// The words of the subject of the main clause nearest before `pronoun` (earlier in its sentence, or in the
    /// sentence before in the same paragraph; a name there passed over for the subject before it), when that subject is
    /// a person described by a noun, with no name the entity tagger found, of the pronoun's number and of no other sex
    /// (`De dochter van de 81-jarige vrouw` for `ze`).
    func describedPerson(before pronoun: Int) -> String? {
        let sentence = parsed.sentenceOf[pronoun]
        // Its number by its verb where it is a subject (the tagger often calls `ze` plural: `zegt ze`), else its own.
        var number = parsed.tokens[pronoun].feats ?? ""
        if parsed.has(pronoun, relation: "nsubj"), let verb = parsed.heads[pronoun], let feats = parsed.tokens[verb].feats, feats.contains("Number=") {
            number = feats
        }
        let plural = number.contains("Number=Plur")
        let sex = plural ? nil : words.pronounSex[parsed.words[pronoun]]
        for candidate in [sentence, sentence - 1] where candidate >= 0 {
            let range = parsed.range(ofSentence: candidate)
            guard sameBlock(range.lowerBound, pronoun) else { return nil }
            // A name that the parse made a later subject is passed over: the linker, which resolves pronouns to names,
            // found none for this one (`De dochter … wil niet met naam in de krant, maar is De Wolf eeuwig dankbaar.
            // "…", zegt ze`, `De Wolf` the object).
            let subjects = mainSubjects(in: range).filter { $0 < pronoun }
            guard let last = subjects.last else { continue }
            let subject = subjects.last { parsed.upos($0) != "PROPN" } ?? last
            let phrase = parsed.phrase(subject, within: range)
            // (A name in it makes it no description: `Minister Jansen`, `de zoon van Jansen`.)
            guard parsed.upos(subject) == "NOUN", !phrase.contains(where: { !parsed.mentions[$0].isEmpty }) else { return nil }
            let described = words.person(noun: parsed.lemmas[subject])
            guard described.isPerson, sex == nil || described.sex == nil || described.sex == sex else { return nil }
            let nounFeats = parsed.tokens[subject].feats ?? ""
            guard nounFeats.contains("Number=Plur") == plural else { return nil }
            return parsed.text(phrase)
        }
        return nil
    }

    /// The lemmas of the nouns, adjectives and verbs in a range of tokens.
    func contentWords(_ range: Range<Int>) -> Set<String> {
        Set(range.filter { ["NOUN", "ADJ", "VERB", "PROPN"].contains(parsed.upos($0)) }.map { parsed.lemmas[$0] })
    }

    /// A headline's quote without a speaker, or one set apart as a paragraph of its own (a pull quote), takes the
    /// speaker of the body quote whose words it repeats (at least two, and half of the shorter): `'Warme en
    /// kameraadschappelijke gesprekken'` … `die "warm en kameraadschappelijk" waren`, zei de Russische president;
    /// else the body's main voice. A headline's quote that the subject of a clause before its colon was given (no speech
    /// verb) takes the speaker of the body quote that repeats its very words in a sentence that attributes them: the
    /// headline sums up who acted, the body says who spoke (`Stadsdeel stemt in met blowverbod: 'Eindelijk wordt er
    /// geluisterd'` and `'Eindelijk wordt er geluisterd', zegt een buurtbewoner`; not `Rutte: 'Het werk is af'`).
    func attributeHeadlines(_ found: inout [(quote: Quote, sentence: Int)], words: [Set<String>], attributed: [Bool]) {
        // (Also one an organisation's verb gives, whose words the body gives a person: `OM eist acht jaar cel: '…'` and the
        // prosecutor saying them; and one a verb gives to a description, whose words the body gives someone named: `„Ik heb
        // nooit iemand willen benadelen”: zorgondernemer ontkent fraude`.)
        for index in found.indices where found[index].quote.kind == "direct" && found[index].quote.speakerText != nil && inHeadline(found[index].quote) {
            let headline = found[index].quote
            let byOrganisation = headline.verb != nil && speakerType(headline.speaker) == "ORG"
            let byDescription = headline.verb != nil && headline.speaker == nil
            guard headline.verb == nil || byOrganisation || byDescription else { continue }
            // After a colon: the last word before the quotation (its marks are its own) is the colon; a description's
            // quotation may open the headline instead.
            let first = ParsedText.firstToken(parsed.tokens, endingAfter: headline.start)
            let block = parsed.analysis.blocks[parsed.blockOf[first]]
            let opening = ParsedText.firstToken(parsed.tokens, endingAfter: block.start)
            let before = (opening..<first).filter { quotationOf[$0] == nil }
            guard before.last.map({ parsed.tokens[$0].text == ":" }) == true || byDescription && before.isEmpty else { continue }
            // (Words before the colon with no verb are the speaker when they name a person or organisation (`Rutte: '…'`,
            // `Greenpeace: '…'`, whoever the body gives the words to), not a place or a description: `Valkenburg: '…'`,
            // `Medivaro-topvrouw na terugroepactie: '…'`.)
            if !before.contains(where: { ["VERB", "AUX"].contains(parsed.upos($0)) }), let type = speakerType(found[index].quote.speaker), type != "LOC" {
                continue
            }
            // The very words, or four words or more within a longer body quote (`'Zele is niet meer rendabel te krijgen'`
            // closing the CEO's quotation, `'Hij had alle tijd om na te denken'` in the judge's), attributed in its own
            // sentence or carried on from the one before.
            let text = " " + Self.folded(found[index].quote.text) + " "
            let long = text.split(separator: " ").count >= 4
            guard let body = found.indices.first(where: { other in
                let quote = found[other].quote
                guard other != index, quote.kind == "direct", !inHeadline(quote),
                    attributed[other] || quote.attribution == QuoteFinder.Attribution.previousSpeaker.rawValue
                else { return false }
                let bodyText = " " + Self.folded(quote.text) + " "
                return (bodyText == text || long && bodyText.contains(text)) && (!byOrganisation || speakerType(quote.speaker) == "PER")
                    && (!byDescription || quote.speaker != nil)
            }) else { continue }
            found[index].quote.speaker = found[body].quote.speaker
            found[index].quote.speakerText = found[body].quote.speakerText
            found[index].quote.addressee = found[body].quote.addressee
            found[index].quote.addresseeText = found[body].quote.addresseeText
            found[index].quote.attribution = QuoteFinder.Attribution.headline.rawValue
        }
        for index in found.indices where found[index].quote.speaker == nil && found[index].quote.speakerText == nil {
            let quote = found[index].quote
            // A headline's quotation, or one that is all of its paragraph (a pull quote, a quotation set apart).
            let alone = parsed.analysis.blocks.contains { block in
                block.start <= quote.start && quote.end <= block.end
                    && ScalarText.string(parsed.scalars, block.start..<quote.start).allSatisfy { !$0.isLetter && !$0.isNumber }
                    && ScalarText.string(parsed.scalars, quote.end..<block.end).allSatisfy { !$0.isLetter && !$0.isNumber }
            }
            guard alone || inHeadline(quote) else { continue }
            let text = Self.folded(quote.text)
            let echoed = found.indices.first { other in
                guard other != index, found[other].quote.speakerText != nil, !inHeadline(found[other].quote) else { return false }
                // The same words, however few (`,,Niemand vertelt ons iets''`), or enough of the same content words.
                return Self.folded(found[other].quote.text).contains(text)
                    || words[index].count >= 2
                        && words[other].intersection(words[index]).count >= max(2, (min(words[index].count, words[other].count) + 1) / 2)
            }
            if let echoed {
                found[index].quote.speaker = found[echoed].quote.speaker
                found[index].quote.speakerText = found[echoed].quote.speakerText
                found[index].quote.attribution = QuoteFinder.Attribution.headline.rawValue
            } else if let main = mainSpeaker(of: found) {
                // Else the one the body quotes directly most: a headline quotes the article's main voice.
                found[index].quote.speaker = main.speaker
                found[index].quote.speakerText = main.text
                found[index].quote.attribution = QuoteFinder.Attribution.headline.rawValue
            }
        }
    }

    /// A direct quote that only its context attributes, whose words another direct quote of the article repeats (at
    /// least five whole words, the one within the other) and attributes in its own sentence, is that speaker's (`Manager
    /// Wijnants: 'Wij zijn misschien een kleine club …'` above, `"Wij zijn misschien een kleine club …` in the body).
    /// Returns the places in `found` of the quotes it attributed.
    func attributeRepeats(_ found: inout [(quote: Quote, sentence: Int)], attributed: [Bool]) -> Set<Int> {
        var given: Set<Int> = []
        // Padded with spaces, so that words match whole (not `en het is goed` in `zien het is goed`).
        let texts = found.map { " " + Self.folded($0.quote.text) + " " }
        let long = found.indices.map { found[$0].quote.kind == "direct" && texts[$0].split(separator: " ").count >= 5 }
        // (Not a quotation given to the subject of a clause before its colon whose verb reports no speech, as headlines
        // have: `Flexipak schrapt 380 banen: 'Zele is niet meer rendabel te krijgen'` sums up who acted, not who spoke. A
        // copula's clause still gives its speaker: `Een renner is bitsiger: '…'`.)
        func givenByClause(_ quote: Quote) -> Bool {
            let first = ParsedText.firstToken(parsed.tokens, endingAfter: quote.start)
            guard first > 0, let colon = stride(from: first - 1, through: 0, by: -1).first(where: { quotationOf[$0] == nil }),
                parsed.tokens[colon].text == ":", sameBlock(colon, first)
            else { return false }
            let verbs = parsed.range(ofSentence: parsed.sentenceOf[colon]).filter { $0 < colon && parsed.upos($0) == "VERB" }
            return !verbs.isEmpty && !verbs.contains { reach($0) != nil }
        }
        let byClause = found.map { givenByClause($0.quote) }
        for index in found.indices where !attributed[index] && long[index] {
            // (A headline may name the organisation that acted where the body says who spoke: a body quote its context
            // attributes keeps that speaker over a headline organisation's, `OM eist acht jaar: '…'` above the
            // prosecutor's words; not over a person the headline names, `Trainer Jansen: '…'`.)
            let carried = found[index].quote.speakerText != nil && !inHeadline(found[index].quote)
            let source = found.indices.first { other in
                other != index && attributed[other] && long[other] && !byClause[other]
                    && !(carried && inHeadline(found[other].quote) && speakerType(found[other].quote.speaker) != "PER")
                    && (texts[other].contains(texts[index]) || texts[index].contains(texts[other]))
            }
            if let source {
                found[index].quote.speaker = found[source].quote.speaker
                found[index].quote.speakerText = found[source].quote.speakerText
                found[index].quote.attribution = QuoteFinder.Attribution.repeated.rawValue
                given.insert(index)
            }
        }
        return given
    }

    /// A direct quote in the body that nothing attributes, in an interview whose attributed direct quotes are all one
    /// person's (`Bert Anciaux: "…"`, then his answers in marks between the questions): that person's. An interview
    /// asks at least two questions of the second person, each a paragraph of its own outside quotation marks (`Hoe
    /// ziet u zo'n fonds?`; not the `je` of an explainer's `Hoe weet je of je recht hebt op toeslag?` in a paragraph).
    func attributeToSoleVoice(_ found: inout [(quote: Quote, sentence: Int)], attributed: [Bool]) {
        let questions = parsed.analysis.sentences.indices.filter { number in
            let sentence = parsed.range(ofSentence: number)
            guard let first = sentence.first, let last = sentence.last, parsed.tokens[last].text == "?" else { return false }
            let alone = (first == 0 || !parsed.sameBlock(first - 1, first)) && (last + 1 == parsed.tokens.count || !parsed.sameBlock(last, last + 1))
            return alone && sentence.contains { quotationOf[$0] == nil && parsed.upos($0) == "PRON" && (parsed.tokens[$0].feats ?? "").contains("Person=2") }
        }
        guard questions.count >= 2 else { return }
        // Voices by entity, else by their words (`een woordvoerder` is a voice too).
        let voices = Set(found.indices.filter { attributed[$0] && found[$0].quote.kind == "direct" }.map { found[$0].quote.speaker ?? "text:" + (found[$0].quote.speakerText ?? "") })
        // (A voice known by its words only has no entity to give.)
        guard voices.count == 1, let voice = voices.first, let named = found.first(where: { $0.quote.speaker == voice })?.quote.speakerText else { return }
        for index in found.indices where found[index].quote.kind == "direct" && found[index].quote.speaker == nil && found[index].quote.speakerText == nil {
            guard !inHeadline(found[index].quote) else { continue }
            found[index].quote.speaker = voice
            found[index].quote.speakerText = named
            found[index].quote.attribution = QuoteFinder.Attribution.interview.rawValue
        }
    }

    /// The entity type of a quote's speaker by its id, when it has one.
    func speakerType(_ id: String?) -> String? { entityIndex(id).map { parsed.analysis.entities[$0].type } }

    /// Whether a speaker known by words spoke just before a pronoun at `head` in `sentence`: in its paragraph, at most
    /// two sentences back (past a question between: `„…”, zegt een woordvoerder. Of het opzet was? „…”, zegt hij`).
    func spokeJustBefore(_ speaker: QuoteFinder.Speaker, _ head: Int, in sentence: Int) -> Bool {
        !speaker.text.isEmpty && sentence - speaker.sentence <= 2 && sameBlock(parsed.range(ofSentence: speaker.sentence).lowerBound, head)
    }

    /// Whether a token is a personal pronoun of the third person that may stand for someone (`hij`, `ze`; not `het`).
    func isPersonalPronoun(_ token: Int) -> Bool {
        let feats = parsed.tokens[token].feats ?? ""
        return parsed.upos(token) == "PRON" && feats.contains("Person=3") && feats.contains("PronType=Prs") && !words.expletives.contains(parsed.words[token])
    }

    /// Whether a quote stands in the article's headline: its first token does, and it ends there.
    func inHeadline(_ quote: Quote) -> Bool {
        let token = ParsedText.firstToken(parsed.tokens, endingAfter: quote.start)
        guard token < parsed.tokens.count, parsed.inHeadline(token) else { return false }
        return quote.end <= parsed.analysis.blocks[parsed.blockOf[token]].end
    }

    /// The entity the body's direct quotes are attributed to most, when at least twice and at least twice as often as
    /// anyone else: a voice that clearly leads (of three people quoted three, two and two times, none does).
    func mainSpeaker(of found: [(quote: Quote, sentence: Int)]) -> (speaker: String, text: String)? {
        var counts: [String: (count: Int, text: String)] = [:]
        for item in found where item.quote.kind == "direct" {
            guard let speaker = item.quote.speaker, let text = item.quote.speakerText, !inHeadline(item.quote) else { continue }
            counts[speaker, default: (0, text)].count += 1
        }
        let ranked = counts.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        let second = ranked.dropFirst().first?.value.count ?? 0
        guard let first = ranked.first, first.value.count >= 2, first.value.count >= 2 * second else { return nil }
        return (first.key, first.value.text)
    }

    /// Whether two speakers are the same one: the same entity, else the same words.
    static func same(_ a: QuoteFinder.Speaker, _ b: QuoteFinder.Speaker) -> Bool {
        if let one = a.entity, let other = b.entity { return one == other }
        return a.entity == nil && b.entity == nil && a.text.lowercased() == b.text.lowercased()
    }

    /// Lowercase letters and digits with single spaces, to compare quotations.
    static func folded(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
