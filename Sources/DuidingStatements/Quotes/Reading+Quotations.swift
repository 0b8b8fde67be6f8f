import DuidingCore

extension Reading {
    /// The words of a sentence that stand outside quotation `number`: from the previous quotation (or the
    /// sentence start) to its opening mark, and from its closing mark to the next quotation (or the sentence end).
    func prefix(of number: Int) -> Range<Int> {
        let first = outerTokens[number].lowerBound
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[first])
        var start = sentence.lowerBound
        if number > 0, outerTokens[number - 1].upperBound > sentence.lowerBound, outerTokens[number - 1].upperBound <= first {
            start = outerTokens[number - 1].upperBound
        }
        return start..<first
    }

    func suffix(of number: Int) -> Range<Int> {
        let last = outerTokens[number].upperBound
        guard last > 0 else { return last..<last }
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[last - 1])
        var end = sentence.upperBound
        if number + 1 < quotations.count, outerTokens[number + 1].lowerBound < end, outerTokens[number + 1].lowerBound >= last {
            end = outerTokens[number + 1].lowerBound
        }
        return min(last, end)..<end
    }

    private func words(in range: Range<Int>) -> [Int] { range.filter { !parsed.isPunctuation($0) } }

    private func isClauseEnd(_ text: String) -> Bool {
        [".", ",", "?", "!", ";", "…", "...", ")"].contains(text)
    }

    /// Whether the quotation stands as a sentence or more of its own, or as the object of a colon.
    func isStandalone(_ number: Int, prefix: Range<Int>, suffix: Range<Int>) -> Bool {
        let before = words(in: prefix)
        let lastBefore = prefix.last.map { parsed.tokens[$0].text }
        let opensOwn =
            before.isEmpty || lastBefore == ":" || lastBefore == "-" || lastBefore == "–"
            || (number > 0 && prefix.lowerBound == outerTokens[number - 1].upperBound && lastBefore == ","
                && before.contains { isSpeechVerb($0) || words.afterQuote.contains(parsed.words[$0]) })
        guard opensOwn else { return false }
        let content = contentTokens[number]
        let endsInside = content.last.map { isClauseEnd(parsed.tokens[$0].text) } ?? false
        let after = suffix.first.map { parsed.tokens[$0].text }
        // (Also one that opens a headline before a colon, as headlines put a quotation before what it is about: `'Slaap
        // is de schoonmaakdienst van het brein': slechte slapers …`.)
        return suffix.isEmpty || endsInside || after.map(isClauseEnd) == true || words(in: suffix).isEmpty
            || before.isEmpty && after == ":" && inHeadline(outerTokens[number].lowerBound)
    }

    /// Whether quotation marks inside a sentence enclose a name or title rather than words said: capitalised from
    /// its first word, which is no adjective (`Russische agressie` may be quoted speech), and without a verb
    /// (`'Teensville'`, `"De ochtend" op Radio 1`, `de actiegroep 'Water voor de Boer'`).
    func isTitle(_ number: Int) -> Bool {
        let content = contentTokens[number].filter { !parsed.isPunctuation($0) }
        guard let first = content.first else { return false }
        return parsed.tokens[first].text.first?.isUppercase == true && ["PROPN", "NOUN", "DET", "X", "NUM"].contains(parsed.upos(first))
            && !content.contains { ["VERB", "AUX"].contains(parsed.upos($0)) }
    }

    /// The first speech verb above the quotation's words, outside it.
    func governingVerb(_ number: Int) -> Int? {
        let content = contentTokens[number]
        var seen: Set<Int> = []
        for token in content {
            var current = parsed.heads[token]
            var steps = 0
            while let node = current, steps < 32, !seen.contains(node) {
                seen.insert(node)
                if quotationOf[node] != number, let reach = reach(node), reach != .closing { return node }
                current = parsed.heads[node]
                steps += 1
            }
        }
        return nil
    }

    /// Kind, speaker and addressee of quotation `number`, and whether its own sentence (or the one after) attributes it
    /// rather than its context; `nil` when its marks are not speech.
    func classify(_ number: Int, last: QuoteFinder.Speaker?) -> (kind: String, speaker: QuoteFinder.Speaker?, addressee: QuoteFinder.Speaker?, attributed: Bool)? {
        let prefix = prefix(of: number)
        let suffix = suffix(of: number)
        let first = outerTokens[number].lowerBound
        if isStandalone(number, prefix: prefix, suffix: suffix) {
            let (speaker, addressee) = attribution(number, prefix: prefix, suffix: suffix, last: last)
            let before = subjectBefore(first, last: last)
            var context = before ?? carried(last, to: first)?.by(.previousSpeaker) ?? subjectAfter(number, last: last)?.by(.sentenceAfter)
            // A quotation in the first person that the sentence before gives to someone else, in a paragraph that speaks
            // of the person the article is about, is that person's voice (`Ze was maandenlang geblesseerd. Haar beste
            // vriendin, Corina Morariu, werd ziek. ,,Die eerste weken had ik …''`, in a profile of Davenport).
            // (Not one the sentence before only describes, nor the speaker of a report there: `Haar coach was minder
            // tevreden. ,,Ik had meer verwacht.''`.)
            // (Only where that sentence or the one before it names the person, as `Ze was maandenlang geblesseerd` does: not
            // `Wie Verbeek opvolgt, is onduidelijk. In Deventer … Hendriks wilde daar niet op ingaan. ,,We praten …''`, the
            // article about Verbeek.)
            if let before, before.entity != nil, before.sentence != last?.sentence, let voice = voice(number), before.entity != voice.entity,
                mentioned(voice.entity, inParagraphBefore: first, from: parsed.range(ofSentence: max(0, before.sentence - 1)).lowerBound)
            {
                context = voice
            }
            // A quotation in the first person that opens its paragraph and that only the paragraph before attributes is
            // the voice of the person the article is about, rather than of someone that paragraph merely mentions as a
            // subject (`… Kafelnikov …` ¶ `,,Vorig jaar ben ik …''`).
            if context == nil {
                let before = subjectOfParagraphBefore(number, last: last)?.by(.paragraphBefore)
                if let voice = voice(number), before.map({ $0.entity != voice.entity }) ?? true {
                    context = voice
                } else {
                    context = before
                }
            }
            let own = speaker.flatMap(someone)
            return (
                "direct", own ?? context.map { QuoteFinder.Speaker(entity: $0.entity, text: $0.text, sentence: $0.sentence, basis: $0.basis) }, addressee,
                own != nil
            )
        }
        if let previous = prefix.last(where: { !parsed.isPunctuation($0) }), words.termMarkers.contains(parsed.lemmas[previous]) {
            return nil
        }
        if isTitle(number) { return nil }
        guard let inner = governingVerb(number) else { return nil }
        var verb = inner
        // A verb inside the clause another speech verb reports gives way to that one: the words in marks are its
        // speaker's (`zei De Vries dat het kabinet „de pijn van gedupeerden” erkent`: hers, not the cabinet's). Whom the
        // inner verb addresses is still the one addressed.
        // (The clause opens with its complementizer; the parse may hang it on a word of the reporting clause: `zei dinsdag
        // dat …`, the clause on `dinsdag`.)
        // (Not where the inner verb reports the speech of a person of its own: `Rutte zei dat Hoekstra had gezegd dat "…"`
        // gives Hoekstra's words.)
        let clause = parsed.range(ofSentence: parsed.sentenceOf[inner])
        let innerSpeaker = speaker(ofVerb: inner, region: clause).map { resolve($0, region: clause, fallback: last) }
        let innerPerson = isSpeechVerb(inner) && innerSpeaker?.entity.map { parsed.analysis.entities[$0].type == "PER" } == true
        if !innerPerson,
            parsed.children[verb].contains(where: { parsed.has($0, relation: "mark") && words.complementizers.contains(parsed.words[$0]) }),
            let outer = sequence(first: verb, next: { self.parsed.heads[$0] }).dropFirst().prefix(3).first(where: isSpeechVerb),
            quotationOf[outer] == nil
        {
            verb = outer
        }
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[verb])
        var speaker = verb == inner ? innerSpeaker : speaker(ofVerb: verb, region: sentence).map { resolve($0, region: sentence, fallback: last) }
        speaker?.verb = verb
        speaker?.basis = .clause
        let addressee = (addressee(ofVerb: inner, region: sentence) ?? addressee(ofVerb: verb, region: sentence)).map {
            resolve($0, region: sentence, fallback: nil)
        }
        let context = carried(last, to: first).map {
            QuoteFinder.Speaker(entity: $0.entity, text: $0.text, sentence: $0.sentence, basis: .previousSpeaker)
        }
        return ("partial", speaker.flatMap(someone) ?? context, addressee, speaker.flatMap(someone) != nil)
    }

    /// The person the paragraph is about where a quotation opens its sentence (`Romp bleef positief. "Met een
    /// vierde plaats …"`, `De toekomst is vaag, Koerts kijkt al verder. "…"`): see ``lastPersonSubject(from:block:last:)``.
    func subjectBefore(_ token: Int, last: QuoteFinder.Speaker?) -> QuoteFinder.Speaker? {
        let sentence = parsed.sentenceOf[token]
        let prefix = prefix(of: quotationOf[token] ?? 0)
        // Or after a lead-in with no verb that names no one (`Met een knipoog naar het gravel: ,,…''`).
        let leadIn = prefix.last.map { parsed.tokens[$0].text == ":" } == true
            && !prefix.contains { ["VERB", "AUX"].contains(parsed.upos($0)) || !parsed.mentions[$0].isEmpty }
        guard parsed.range(ofSentence: sentence).lowerBound == token || prefix.allSatisfy(parsed.isPunctuation) || leadIn else { return nil }
        return lastPersonSubject(from: sentence - 1, block: token, last: last, orOnlyPerson: true)
    }

    /// The person the paragraph before is about, for a quotation that opens its paragraph and that nothing nearer
    /// attributes (`De 24-jarige Canas kent een succesvol jaar.` ¶ `,,Vorig jaar ben ik …''`).
    func subjectOfParagraphBefore(_ number: Int, last: QuoteFinder.Speaker?) -> QuoteFinder.Speaker? {
        let start = outerTokens[number].lowerBound
        guard start > 0, !sameBlock(start - 1, start) else { return nil }
        return lastPersonSubject(from: parsed.sentenceOf[start - 1], block: start - 1, last: last)
    }

    /// Going back from `sentence` through the sentences in the same block (paragraph) as token `block`, the last
    /// person who is the subject of a main clause. A sentence with a quotation of its own ends the search: the
    /// speaker of that quotation is the one carried on. With `orOnlyPerson` (a quotation inside the paragraph), a
    /// sentence with no such subject may also give the one person it names otherwise (`Voor Canas betekende de zege …`).
    private func lastPersonSubject(from sentence: Int, block: Int, last: QuoteFinder.Speaker?, orOnlyPerson: Bool = false) -> QuoteFinder.Speaker? {
        var previous = sentence
        while previous >= 0 {
            let before = parsed.range(ofSentence: previous)
            guard sameBlock(before.lowerBound, block), !before.contains(where: { quotationOf[$0] != nil }) else { return nil }
            // A sentence that reports speech hands on its speaker (`Mooier kon niet, vond Van Moorsel. ,,…''`).
            if let last, last.sentence == previous { return last.by(.previousSpeaker) }
            for subject in mainSubjects(in: before).reversed() {
                if let found = person(subject, region: before, last: last) { return found.by(.sentenceBefore) }
                // Someone described without a name who speaks there (`Een EU-diplomaat reageerde geïrriteerd. "…"`): that
                // description.
                if parsed.upos(subject) == "NOUN", namesSomeone(subject), let verb = parsed.heads[subject], reach(verb) != nil {
                    return QuoteFinder.Speaker(entity: nil, text: parsed.text(parsed.phrase(subject, within: before)), sentence: previous, basis: .sentenceBefore)
                }
            }
            // A sentence about one person who is not its subject (`Voor Annie Bolt in Loppersum verandert er weinig. "Ze
            // moeten eerst mijn huis …"`): that person.
            // (Not where someone reported speech in the sentence before: `Volgens Wansink verlengden … niet. Tegen Heracles
            // zaten er 7.200 toeschouwers … ,,Mensen haken af.''` is still Wansink's.)
            if orOnlyPerson, let only = onlyPerson(in: before) {
                if let last, last.sentence == previous - 1, last.entity != nil, sameBlock(parsed.range(ofSentence: last.sentence).lowerBound, block) {
                    return last.by(.previousSpeaker)
                }
                return QuoteFinder.Speaker(entity: only, text: parsed.analysis.entities[only].name, sentence: previous, basis: .sentenceBefore)
            }
            previous -= 1
        }
        return nil
    }

    /// Whether the entity is mentioned, outside quotation marks, earlier in the paragraph of token `first` (from token
    /// `from` on).
    func mentioned(_ entity: Int?, inParagraphBefore first: Int, from: Int = 0) -> Bool {
        guard let entity else { return false }
        return parsed.analysis.entities[entity].mentions.contains { mention in
            let token = ParsedText.firstToken(parsed.tokens, endingAfter: mention.start)
            return token >= from && token < first && quotationOf[token] == nil && sameBlock(token, first)
        }
    }

    /// The one person the entity tagger and linker found in a range of tokens, outside quotations; `nil` when none or
    /// several are named there.
    func onlyPerson(in range: Range<Int>) -> Int? {
        var found: Int?
        for index in range where quotationOf[index] == nil {
            for mention in parsed.mentions[index] where parsed.analysis.entities[mention.entity].type == "PER" {
                if let found, found != mention.entity { return nil }
                found = mention.entity
            }
        }
        return found
    }

    /// The article's protagonist, for a quotation in the first person (`,,Ik ben pas 25 jaar …''`) that nothing
    /// else attributes.
    func voice(_ number: Int) -> QuoteFinder.Speaker? {
        let start = parsed.tokens[outerTokens[number].lowerBound].start
        guard let protagonist, !inHeadline(outerTokens[number].lowerBound) else { return nil }
        // Only once the article has named them.
        guard parsed.analysis.entities[protagonist].mentions.contains(where: { $0.end <= start }) else { return nil }
        let firstPerson = contentTokens[number].contains { index in
            let feats = parsed.tokens[index].feats ?? ""
            return parsed.upos(index) == "PRON" && feats.contains("Person=1")
        }
        guard firstPerson else { return nil }
        let name = parsed.analysis.entities[protagonist].name
        return QuoteFinder.Speaker(entity: protagonist, text: name, sentence: parsed.sentenceOf[outerTokens[number].lowerBound], basis: .protagonist)
    }

    /// The person the sentence after a quotation that opens its paragraph is about (`"…" De Rooij stond …`).
    func subjectAfter(_ number: Int, last: QuoteFinder.Speaker?) -> QuoteFinder.Speaker? {
        let first = outerTokens[number].lowerBound
        let end = outerTokens[number].upperBound
        guard end < parsed.tokens.count, prefix(of: number).allSatisfy(parsed.isPunctuation), suffix(of: number).allSatisfy(parsed.isPunctuation),
            !parsed.tokens.indices.contains(first - 1) || !sameBlock(first - 1, first)
        else { return nil }
        let next = parsed.range(ofSentence: parsed.sentenceOf[end])
        guard next.lowerBound >= end, sameBlock(next.lowerBound, first), !next.contains(where: { quotationOf[$0] != nil }) else { return nil }
        return person(mainSubjects(in: next).first, region: next, last: last)
    }

    /// The subjects of a sentence's main clauses, in order: the root's, one on its copula or auxiliary
    /// (`Davenport is van plan te genieten`), and those of clauses joined to the root (`…, Koerts kijkt al verder`).
    func mainSubjects(in sentence: Range<Int>) -> [Int] {
        guard let root = sentence.first(where: { parsed.heads[$0] == nil && !parsed.isPunctuation($0) }) else { return [] }
        // The root, or a clause joined to it, directly or through another (`Mooier kon niet, vond Van Moorsel`).
        let isMain = { (head: Int) in
            var current = head
            for _ in 0..<3 {
                if current == root { return true }
                guard ["conj", "parataxis"].contains(parsed.relation(current)), let up = parsed.heads[current] else { return false }
                current = up
            }
            return current == root
        }
        return sentence.filter { index in
            guard parsed.has(index, relation: "nsubj"), quotationOf[index] == nil, let head = parsed.heads[index] else { return false }
            return isMain(head) || (parsed.heads[head].map(isMain) == true && ["cop", "aux"].contains(parsed.relation(head)))
        }
    }

    /// The speaker at `token` when it is a person the entity tagger found.
    private func person(_ token: Int?, region: Range<Int>, last: QuoteFinder.Speaker?) -> QuoteFinder.Speaker? {
        guard let token else { return nil }
        let speaker = resolve(token, region: region, fallback: last)
        guard let entity = speaker.entity else {
            // A name of two or more words the entity tagger missed (`Theo de Rooij stond …`).
            let words = speaker.text.split(separator: " ")
            let isName = parsed.upos(token) == "PROPN" && words.count >= 2 && words.count <= 4 && words.last?.first?.isUppercase == true
            return isName ? speaker : nil
        }
        return parsed.analysis.entities[entity].type == "PER" ? speaker : nil
    }

    /// Whether a speaker found by position alone (before a colon, after a comma) looks like someone: a name or
    /// pronoun the linker resolved, or a short naming phrase (`haar coach`, `de rechters`), not a clause's worth
    /// of words (`Zorgen in Nijmegen om Nexperia`, `een knipoog naar het gravel`).
    func isSomeone(_ speaker: QuoteFinder.Speaker) -> Bool {
        if speaker.entity != nil { return true }
        return speaker.text.split(separator: " ").count <= 3
    }

    /// The speaker, unless it is only the first or second person (`zegt u dat …`, `Ik zei:` in an interview's
    /// questions): no one the article names, so the quotation's context must tell who speaks.
    func someone(_ speaker: QuoteFinder.Speaker) -> QuoteFinder.Speaker? {
        guard speaker.entity == nil else { return speaker }
        // (Also with a word the parse joined to it: `u dat`.)
        let words = speaker.text.lowercased().split(separator: " ")
        return words.count <= 2 && words.first.map({ self.words.interlocutors.contains(String($0)) }) == true ? nil : speaker
    }

    /// Whether the word at the head of a phrase found by position names someone: a person or organisation the entity
    /// tagger found in it, a name, a personal pronoun of the third person, a noun for a person (`de premier`, `een
    /// arbeider`, `haar coach`) or for a body that speaks (`de politie`, `de vakbond`); not a thing, a manner or a
    /// mood (`Weer het lachje:`, `Tragische toon:`, `Dan, nog steeds onder de indruk:`), nor a group named by a
    /// country's adjective only (`Nederlandse miljonairs-op-noppen`); but a country's adjective or demonym that is
    /// itself the head, after a definite article, is a person of that nationality (`zegt de Turkse`; `een Argentijn`
    /// may be anyone).
    func namesSomeone(_ head: Int) -> Bool {
        if parsed.mentions[head].contains(where: { ["PER", "ORG"].contains(parsed.analysis.entities[$0.entity].type) && !parsed.isAdjective($0) }) {
            return true
        }
        if isNationality(head) { return true }
        switch parsed.upos(head) {
        case "PROPN", "X": return true
        case "PRON":
            let feats = parsed.tokens[head].feats ?? ""
            return feats.contains("Person=3") && feats.contains("PronType=Prs") && !words.expletives.contains(parsed.words[head])
        case "NOUN":
            if !parsed.mentions[head].isEmpty && parsed.mentions[head].allSatisfy({ !parsed.isAdjective($0) }) {
                return true
            }
            let lemma = parsed.lemmas[head]
            return words.isPersonNoun(lemma)
                || words.isBody(lemma)
        default: return false
        }
    }

    /// Whether a word is a country's adjective or demonym after a definite article, so a person of that nationality
    /// (`zegt de Turkse`, `aldus de Amerikaan`).
    func isNationality(_ head: Int) -> Bool {
        parsed.mentions[head].contains(where: parsed.isAdjective)
            && parsed.children[head].contains { parsed.has($0, relation: "det") && words.definiteArticles.contains(parsed.lemmas[$0]) }
    }

    /// Whether the token stands in the article's headline.
    func inHeadline(_ token: Int) -> Bool { parsed.inHeadline(token) }

    /// Whether two tokens stand in the same block (paragraph, headline …) of the article.
    func sameBlock(_ a: Int, _ b: Int) -> Bool { parsed.sameBlock(a, b) }

    /// The speaker of the report before, when it is near: in this sentence or the two before. (Farther back, the
    /// paragraph before, the article's protagonist or the body quote a quotation repeats tell better than holding the
    /// floor for up to twelve sentences where no other person was named since, which lost one on the tuning parts.)
    func carried(_ last: QuoteFinder.Speaker?, to token: Int) -> QuoteFinder.Speaker? {
        guard let last, parsed.sentenceOf[token] - last.sentence <= 2 else { return nil }
        return last
    }

    /// Speaker and addressee of a direct quote from the words around it: after it (`, zei X`, `, aldus X`),
    /// before it (`X zei:`, `X:`), or at the start of the next sentence (`Dat zei X`).
    func attribution(_ number: Int, prefix: Range<Int>, suffix: Range<Int>, last: QuoteFinder.Speaker?)
        -> (QuoteFinder.Speaker?, QuoteFinder.Speaker?)
    {
        let after = words(in: suffix)
        // The comma that ends the quoted clause, after the closing mark or before it (`"…," glimlacht Sögütlü`).
        let commaEnds = suffix.first.map({ parsed.tokens[$0].text == "," }) == true
            || contentTokens[number].last.map({ parsed.tokens[$0].text == "," }) == true && suffix.first.map({ !parsed.isPunctuation($0) }) == true
        // `"…", aldus X`: the person named after it (`aldus Eritrees presidentieel adviseur Yemane Gebremeskel`, not the
        // country of the adjective), else its first noun.
        // (A name the tagger took for another word is a name still: `aldus Vermeersch` tagged as an adjective.)
        if let word = after.first, words.afterQuote.contains(parsed.words[word]),
            let noun = suffix.first(where: { $0 > word && (["PROPN", "NOUN", "PRON"].contains(parsed.upos($0)) || !parsed.mentions[$0].isEmpty) })
        {
            let clause = suffix.prefix { $0 <= word || !parsed.isPunctuation($0) }
            let named = clause.first { $0 > word && parsed.mentions[$0].contains { parsed.analysis.entities[$0.entity].type == "PER" } }
            return (resolve(named ?? noun, region: suffix, fallback: last).by(.aldus), nil)
        }
        // `"…", zei X (tegen Y)` and `"…", zo klonk het bij X`: a speech verb among the first words after it, of
        // whatever reach (`"…", besluit Tibau`, `"…", meent Jansen`, `"…", zo omschrijft X zijn collega`).
        if let verb = after.prefix(3).first(where: { reach($0) != nil }) {
            return verbAttribution(verb, region: suffix, last: last)
        }
        // `"…", zucht een buurtbewoner`: right after the comma stands the finite verb, whatever the tagger made of a word
        // that is also a noun, when it is a listed form of a speech verb.
        if let word = after.first, commaEnds,
            let lemma = words.forms[parsed.words[word]], words.verbs[lemma] == .speech || words.verbs[lemma] == .closing
        {
            return verbAttribution(word, region: suffix, last: last)
        }
        // `"…", toonde Rossi zich tevreden`: any verb right after the comma with its subject after it, when that
        // subject is someone (a person or organisation the tagger found, or a pronoun).
        if let verb = after.first, commaEnds, ["VERB", "AUX"].contains(parsed.upos(verb)),
            parsed.children[verb].contains(where: { $0 > verb && parsed.has($0, relation: "nsubj") && quotationOf[$0] == nil })
        {
            let (speaker, addressee) = verbAttribution(verb, region: suffix, last: last)
            if let speaker, isSomeone(speaker) { return (speaker, addressee) }
        }
        // `X zei: "…"`, `"…", zei hij, "…"` and `X: "…"`.
        if !prefix.isEmpty {
            if let verb = prefix.reversed().first(where: isSpeechVerb) {
                return verbAttribution(verb, region: prefix, last: last)
            }
            if prefix.last.map({ parsed.tokens[$0].text == ":" }) == true {
                let before = words(in: prefix)
                let headline = inHeadline(outerTokens[number].lowerBound)
                // `Volgens hem worden niet alleen de eigen werknemers getroffen: "…"`: the one the clause is according to,
                // when a name or pronoun (not `Volgens de planning …:`).
                if let word = before.first(where: { words.according.contains(parsed.words[$0]) }),
                    let noun = before.first(where: { $0 > word && ["PROPN", "NOUN", "PRON"].contains(parsed.upos($0)) })
                {
                    let speaker = resolve(noun, region: prefix, fallback: last).by(.colon)
                    if speaker.entity != nil || parsed.upos(noun) == "PRON" { return (speaker, nil) }
                }
                // The head of the words before the colon, a name, or the subject of their verb, when it is someone
                // (`Durant: '…'`, `De premier: "…"`; not `Zorgen in Nijmegen: '…'`).
                // The words the parse hung outside the prefix, the first of them its head.
                let tops = before.filter { parsed.heads[$0].map { !prefix.contains($0) } ?? true }
                if let root = tops.first {
                    var head: Int?
                    // (A phrase after a preposition is a place, time or circumstance, not the speaker: `Op Times Square
                    // werden voorbijgangers door juichende aanhangers toegeroepen:`, the parse making the place its head.)
                    // (Not the `Van` of a name the parse read as a preposition: `Van Ranst:`.)
                    let adjunct = parsed.children[root].contains { word in
                        word < root && parsed.has(word, relation: "case") && !parsed.shareEntity(word, root)
                    }
                    // (A noun that is the predicate of a copula is no speaker; its clause's subject is: `Een renner van een
                    // concurrerende ploeg is bitsiger:`, the comparative tagged a noun.)
                    let predicate = parsed.children[root].contains { parsed.has($0, relation: "cop") }
                    if !adjunct, !predicate, ["PROPN", "NOUN", "PRON"].contains(parsed.upos(root)) || !parsed.mentions[root].isEmpty {
                        head = root
                    } else {
                        // A clause before the colon: its subject. In a headline only a person named as the subject
                        // (`Freeland verlaat Namen: «…»`): there the clause sums up the story and the quotation is
                        // someone's in it (`Waterschap verbiedt boeren te beregenen: 'We hebben geen keus'`); the body
                        // quote it repeats gives the speaker.
                        // The parse may hang the clause's predicate on the quotation (`En ja, hij was teleurgesteld,
                        // maar toch ook tevreden: ,,…''`, `En` the first word above): then the subject of another word
                        // of the prefix that the parse hung outside it.
                        // (In a passive clause its doer: `De verklaring werd voorgelezen door minister De Vries:`.)
                        let subject = tops.lazy.compactMap { top in
                            self.doer(of: top).flatMap { prefix.contains($0) ? $0 : nil }
                                ?? parsed.children[top].first { parsed.has($0, relation: "nsubj") && prefix.contains($0) }
                        }.first
                        // A subject that is no one, where a pronoun that can only be a subject stands in the clause
                        // (`De titel kan hij zich niet herinneren:`, the object put first): that pronoun.
                        let nominative = before.first { index in
                            let feats = parsed.tokens[index].feats ?? ""
                            return parsed.upos(index) == "PRON" && feats.contains("Case=Nom") && feats.contains("Person=3")
                        }
                        // No subject, where the clause opens with a person's name that the parse broke up (`Van Overmeire
                        // komt weer tussen:`, `Van` taken for a preposition): that person.
                        let opening = before.first.flatMap { first in
                            first < root && parsed.mentions[first].contains { mention in
                                parsed.analysis.entities[mention.entity].type == "PER"
                                    && parsed.analysis.entities[mention.entity].mentions[mention.mention].start == parsed.tokens[first].start
                            } ? first : nil
                        }
                        // No verb, only adverbs around a person's name (`Weer Van Overmeire:`, `En dan Jansen:`): that person.
                        let named = before.lazy.compactMap { index in
                            self.parsed.mentions[index].first { self.parsed.analysis.entities[$0.entity].type == "PER" }.map { (index, $0.entity) }
                        }.first
                        let adverbial = named.flatMap { (first, person) in
                            before.allSatisfy { index in
                                parsed.mentions[index].contains { $0.entity == person } || ["ADV", "CCONJ"].contains(parsed.upos(index))
                            } ? first : nil
                        }
                        if !headline {
                            head = subject.map { namesSomeone($0) ? $0 : nominative ?? $0 } ?? nominative ?? opening ?? adverbial
                        } else if let subject, parsed.mentions[subject].contains(where: { parsed.analysis.entities[$0.entity].type == "PER" }) {
                            return (resolve(subject, region: prefix, fallback: last).by(.colon), nil)
                        }
                    }
                    if let head {
                        let speaker = resolve(head, region: prefix, fallback: last).by(.colon)
                        // All the words before the colon one noun phrase (`Een arbeider met 26 jaar dienst:`) name the
                        // speaker, however long, but for a headline only when it looks like someone; a phrase with more
                        // words around it must look like someone, and in a headline cannot (`Buurt boos over kap van 86
                        // bomen:` sums up the story).
                        let phrase = parsed.phrase(head, within: prefix)
                        let whole = before.allSatisfy { phrase.contains($0) }
                        // (A noun for a person looks like someone however long its phrase: `Een jongeman naast haar is minder
                        // begripvol:`.)
                        let person = parsed.upos(head) == "NOUN" && words.isPersonNoun(parsed.lemmas[head])
                        if namesSomeone(head), headline ? whole && isSomeone(speaker) : whole || isSomeone(speaker) || person { return (speaker, nil) }
                    }
                }
            }
        }
        // `"…" Dat zei X gisteren.`: the next sentence opens with a speech verb.
        let end = outerTokens[number].upperBound
        if suffix.upperBound == end || after.isEmpty, end < parsed.tokens.count {
            let next = parsed.range(ofSentence: parsed.sentenceOf[end])
            // (The anaphor before the verb, as a pronoun: not the `dat` that opens the clause after `Hendriks erkende dat …`.)
            if next.lowerBound >= end, let verb = next.prefix(3).first(where: isSpeechVerb),
                next.prefix(3).contains(where: { $0 < verb && words.anaphors.contains(parsed.words[$0]) && parsed.upos($0) != "SCONJ" })
            {
                let (speaker, addressee) = verbAttribution(verb, region: next, last: last)
                return (speaker?.by(.nextSentence), addressee)
            }
        }
        return (nil, nil)
    }

    private func verbAttribution(_ verb: Int, region: Range<Int>, last: QuoteFinder.Speaker?) -> (QuoteFinder.Speaker?, QuoteFinder.Speaker?) {
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[verb])
        let word = speaker(ofVerb: verb, region: region.isEmpty ? sentence : region)
        var speaker = word.map { resolve($0, region: sentence, fallback: last) }
        // A word the parse made the verb's subject or object that names no one and resolves to no one (`zegt Van Hove,
        // die …` giving `die`): no speaker rather than a wrong one. Not `iemand` or `iedereen`, who may speak.
        // (The parse may make a word before the noun the head: `de kersverse VRT-radiobaas`, `kersverse` the head.)
        if let word, speaker?.entity == nil, !parsed.subtree(word).contains(where: { sentence.contains($0) && namesSomeone($0) }),
            !(parsed.upos(word) == "PRON" && (parsed.tokens[word].feats ?? "").contains("PronType=Ind"))
        {
            speaker = nil
        }
        if isSpeechVerb(verb) { speaker?.verb = verb }
        let addressee = addressee(ofVerb: verb, region: region).map { resolve($0, region: sentence, fallback: nil) }
        return (speaker?.by(.speechVerb), addressee)
    }
}
