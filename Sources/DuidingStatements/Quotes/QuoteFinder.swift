public import DuidingCore

/// Finds quotes and reported speech and attributes them to a speaker and an addressee.
///
/// ```
/// marks ─► quotations ─► direct   (a sentence or more of its own: "…", zei X / X: "…" / "…", aldus X)
///                     ├► partial  (inside a clause that a speech verb governs: zei dat het "warm" was)
///                     └► term     (anything else: het 'onbegrensd partnerschap'; not reported)
/// speech verb + dat/of clause, volgens X, ", zegt X" ─► indirect
/// ```
/// The speaker is the subject of the speech verb (read from the dependency parse), the noun after `aldus`
/// or `volgens`, or the one before a colon; it becomes the entity whose mention covers it, so that
/// `hij` and `de Russische president` count as the person the linker resolved them to. A quote with no
/// speaker in its sentence takes the speaker of the report just before it.
public struct QuoteFinder: Sendable {
    public let marks: QuoteMarks
    public let words: SpeechWords

    public init(marks: QuoteMarks, words: SpeechWords) {
        self.marks = marks
        self.words = words
    }

    /// Who said something, as found in the text.
    struct Speaker {
        var entity: Int?
        var text: String
        var sentence: Int
        /// The speech verb that gave this speaker, when one did.
        var verb: Int?
        /// How it was found (``Quote/attribution``).
        var basis: Attribution?
        /// Whether the words that give it are a personal pronoun (`zegt hij`), which the coreference resolved.
        var byPronoun = false

        /// This speaker, found in the way given.
        func by(_ basis: Attribution) -> Speaker {
            var copy = self
            copy.basis = basis
            return copy
        }
    }

    /// How a quote's speaker was found: by the words of its own sentence, or by its context.
    enum Attribution: String {
        /// `"…", zei X`, `X zei: "…"`.
        case speechVerb = "speech-verb"
        /// `X: "…"`, `Volgens hem …: "…"`.
        case colon
        /// `"…", aldus X`.
        case aldus
        /// `"…" Dat zei X.`
        case nextSentence = "next-sentence"
        /// A partial quote in a clause a speech verb governs; an indirect one's verb.
        case clause
        /// `volgens X …`.
        case according
        /// The speaker of the report or quote just before.
        case previousSpeaker = "previous-speaker"
        /// The person the sentence before is about.
        case sentenceBefore = "sentence-before"
        /// The person the sentence after is about.
        case sentenceAfter = "sentence-after"
        /// The person the paragraph before is about.
        case paragraphBefore = "paragraph-before"
        /// The person the article is about, for a quotation in the first person.
        case protagonist
        /// The attribution of the quotation that continues it in the next paragraph.
        case nextQuote = "next-quote"
        /// The speaker of the quote whose words it repeats.
        case repeated = "repeat"
        /// A headline's or pull quote's: the body quote it echoes, or the body's main voice.
        case headline
        /// The one voice an interview quotes.
        case interview
        /// The body's main voice, for a quotation whose context is lost with the order of the text's sentences.
        case mainVoice = "main-voice"
    }

    public func find(in analysis: Analysis) -> [Quote] {
        guard !analysis.tokens.isEmpty else { return [] }
        let parsed = ParsedText(analysis)
        let blocks = analysis.blocks.isEmpty ? [0..<parsed.scalars.count] : analysis.blocks.map { $0.start..<$0.end }
        let quotations = marks.quotations(in: parsed.scalars, blocks: blocks)
        let orderLost = marks.orderBreaks(in: parsed.scalars, blocks: blocks) > 0
        let reading = Reading(parsed: parsed, words: words, quotations: quotations, orderLost: orderLost)
        return reading.quotes()
    }
}

/// One pass over one analysis.
struct Reading {
    let parsed: ParsedText
    let words: SpeechWords
    let quotations: [Quotation]
    /// For each token, the quotation whose marks enclose it.
    let quotationOf: [Int?]
    /// Token ranges of each quotation (marks included) and of its content.
    let outerTokens: [Range<Int>]
    let contentTokens: [Range<Int>]
    /// The person the article is about, when one stands out (see ``protagonist(of:quotationOf:)``).
    let protagonist: Int?
    /// Whether the text's sentences have lost their order (shuffled, as in sentence corpora): its quotation marks do not
    /// pair up across them (``QuoteMarks/orderBreaks(in:blocks:)``).
    let orderLost: Bool

    init(parsed: ParsedText, words: SpeechWords, quotations: [Quotation], orderLost: Bool = false) {
        self.parsed = parsed
        self.words = words
        self.orderLost = orderLost
        var quotationOf = [Int?](repeating: nil, count: parsed.tokens.count)
        var outer: [Range<Int>] = []
        var content: [Range<Int>] = []
        for (number, quotation) in quotations.enumerated() {
            let first = ParsedText.firstToken(parsed.tokens, endingAfter: quotation.outer.lowerBound)
            var last = first
            while last < parsed.tokens.count, parsed.tokens[last].start < quotation.outer.upperBound {
                quotationOf[last] = number
                last += 1
            }
            outer.append(first..<last)
            let inner = (first..<last).filter {
                parsed.tokens[$0].start >= quotation.content.lowerBound && parsed.tokens[$0].end <= quotation.content.upperBound
            }
            content.append((inner.first ?? first)..<((inner.last ?? first - 1) + 1))
        }
        self.quotations = quotations
        self.quotationOf = quotationOf
        outerTokens = outer
        contentTokens = content
        protagonist = Self.protagonist(of: parsed, quotationOf: quotationOf)
    }

    /// The person named or referred to most often outside quotation marks, when that is at least three times and
    /// half again as often as anyone else: the one a profile or interview is about, whose voice a first-person
    /// quotation with no speaker given is.
    static func protagonist(of parsed: ParsedText, quotationOf: [Int?]) -> Int? {
        var counts: [Int: Int] = [:]
        for (entityIndex, entity) in parsed.analysis.entities.enumerated() where entity.type == "PER" {
            counts[entityIndex] = entity.mentions.count { mention in
                let token = ParsedText.firstToken(parsed.tokens, endingAfter: mention.start)
                return token < quotationOf.count && quotationOf[token] == nil
            }
        }
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let first = ranked.first, first.value >= 3 else { return nil }
        let second = ranked.dropFirst().first?.value ?? 0
        return first.value * 2 >= second * 3 ? first.key : nil
    }

    // MARK: Speech verbs

    /// What the token can report as a verb, if it is a speech verb.
    func reach(_ index: Int) -> SpeechWords.Reach? {
        let upos = parsed.upos(index)
        guard upos == "VERB" || upos == "AUX" || upos.isEmpty else { return nil }
        let lemma = parsed.lemmas[index]
        if let reach = words.verbs[lemma] { return reach }
        if let corrected = words.forms[parsed.words[index]], let reach = words.verbs[corrected] { return reach }
        if let pairs = words.verbPairs[lemma] {
            for child in parsed.children[index] {
                if let pair = pairs.first(where: { $0.dependent == parsed.lemmas[child] }) { return pair.reach }
            }
        }
        // The pair the other way round, as the parse often builds it: `weten` with `laat` as its auxiliary.
        for child in parsed.children[index] where parsed.has(child, relation: "aux") {
            if let pair = words.verbPairs[parsed.lemmas[child]]?.first(where: { $0.dependent == lemma }) { return pair.reach }
        }
        return nil
    }

    /// Whether a quote's own words name the entity (see ``names(_:in:)``).
    func names(_ entity: Int, inQuote quote: Quote) -> Bool {
        let first = ParsedText.firstToken(parsed.tokens, endingAfter: quote.start)
        let last = ParsedText.firstToken(parsed.tokens, endingAfter: quote.end)
        return names(entity, in: first..<max(first, last))
    }

    /// The place in the analysis's entities of the one with this id.
    func entityIndex(_ id: String?) -> Int? { id.flatMap { id in parsed.analysis.entities.firstIndex { $0.id == id } } }

    /// Whether tokens name the entity by a name of theirs, also by one word of a name the article writes for it where
    /// the linker gave that word to no one else (`Herman` for Herman De Prins): a quotation that does so is not that
    /// speaker's words, for no one speaks of themselves by name (`"Het is zo dat vader Pichon over een pas beschikt …"`).
    /// A name called out is someone spoken to, oneself too (`Maar mijn hoofd zei: nog één keer, Sifan.`), and is
    /// passed over.
    func names(_ entity: Int, in range: Range<Int>) -> Bool {
        let record = parsed.analysis.entities[entity]
        let written = [record.name] + record.mentions.filter { $0.kind == nil }.map(\.text)
        let words = Set(written.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.count >= 3 && $0.first?.isUppercase == true })
        return range.contains { token in
            guard parsed.upos(token) == "PROPN" else { return false }
            // (A word the linker gave to someone with a longer name is theirs: `Jan` of Jan Janssens is no Jan Peeters.)
            let named = parsed.mentions[token].contains { $0.entity == entity }
                || words.contains(parsed.tokens[token].text)
                    && parsed.mentions[token].allSatisfy { !parsed.analysis.entities[$0.entity].name.contains(" ") }
            return named && !isCalledOut(token)
        }
    }

    /// Whether a one-word name stands alone, with punctuation or an end of its sentence on either side: someone
    /// addressed (`'Tim, ik weet het niet.'`, `nog één keer, Sifan.`, `"Bedankt, Marleen"`), not someone spoken of.
    func isCalledOut(_ token: Int) -> Bool {
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[token])
        let opens = token == sentence.lowerBound || parsed.isPunctuation(token - 1)
        let closes = token + 1 == sentence.upperBound || parsed.isPunctuation(token + 1) && parsed.tokens[token + 1].text != "("
        return opens && closes
    }

    func isSpeechVerb(_ index: Int) -> Bool { reach(index) == .speech }

    /// The lemma a speech verb is listed under (`zeggen` for `zeiden`, `laten` for `liet weten`).
    func verbLemma(_ index: Int) -> String {
        let lemma = parsed.lemmas[index]
        if words.verbs[lemma] != nil || words.verbPairs[lemma] != nil { return lemma }
        return words.forms[parsed.words[index]] ?? lemma
    }

    // MARK: Whole text

    func quotes() -> [Quote] {
        // Reports are read sentence by sentence as the quotations are, so that both hand on one speaker.
        var reports: [Report] = []
        var readSentences = 0
        var found: [(quote: Quote, sentence: Int)] = []
        // The content words of each quote in marks, to find the body quote a headline repeats.
        var words: [Set<String>] = []
        // Whether each one's own sentence attributes it (`zegt X`, `X: "…"`), not its context.
        var attributed: [Bool] = []
        // Whether each one's own sentence gives its speaker by a pronoun (`zegt hij`).
        var byPronoun: [Bool] = []
        // The place in `found` of each quotation that is speech.
        var foundOf: [Int: Int] = [:]
        var last: QuoteFinder.Speaker?
        var spokenTo: (speaker: QuoteFinder.Speaker, addressee: QuoteFinder.Speaker)?
        var reportIndex = 0
        // Reports before token `start` hand on their speaker, read up to the sentence of that token.
        func handOn(before start: Int) {
            let through = start < parsed.tokens.count ? parsed.sentenceOf[start] : parsed.analysis.sentences.count - 1
            repeat {
                while reportIndex < reports.count, reports[reportIndex].start < start {
                    if let speaker = reports[reportIndex].speaker, reports[reportIndex].handsOn {
                        last = speaker
                        spokenTo = reports[reportIndex].addressee.map { (speaker, $0) }
                    }
                    reportIndex += 1
                }
                guard readSentences <= through else { break }
                reports += self.reports(inSentence: readSentences, last: last)
                readSentences += 1
            } while true
        }
        for number in quotations.indices {
            let content = contentTokens[number]
            guard !content.isEmpty else { continue }
            let start = outerTokens[number].lowerBound
            handOn(before: start)
            guard let (kind, classified, given, own) = classify(number, last: last) else { continue }
            // A name of a thing, event or work (MISC: `Grand Slam`, `Tour de France`) speaks no words.
            var speaker = classified.flatMap { speaker in speaker.entity.map { parsed.analysis.entities[$0].type == "MISC" } == true ? nil : speaker }
            // The context gives no one the words that name them (`… Mickael Pichon …` ¶ `"Het is zo dat vader Pichon …`).
            if !own, let entity = speaker?.entity, names(entity, in: contentTokens[number]) { speaker = nil }
            // Whom the same speaker just addressed, in this paragraph, is addressed still (`zei tegen de NOS dat …. "…"`).
            var addressee = given
            if addressee == nil, let speaker, let (previous, to) = spokenTo, Self.same(previous, speaker),
                parsed.sentenceOf[start] - previous.sentence <= 1, sameBlock(parsed.range(ofSentence: previous.sentence).lowerBound, start)
            {
                addressee = to
            }
            // No one is spoken to by themselves (`zei de minister`, the speaker the parse also took for the object).
            if let to = addressee, let speaker, Self.same(to, speaker) { addressee = nil }
            // The one who spoke last did so where this quotation ends.
            if var speaker, speaker.entity != nil || !speaker.text.isEmpty {
                speaker.sentence = max(speaker.sentence, parsed.sentenceOf[content.upperBound - 1])
                last = speaker
                spokenTo = addressee.map { (speaker, $0) }
            }
            let quotation = quotations[number]
            foundOf[number] = found.count
            let text = quotation.pieces.map { ScalarText.string(parsed.scalars, $0) }.joined(separator: " ")
            found.append(
                (
                    Quote(
                        start: quotation.content.lowerBound, end: quotation.content.upperBound, text: text,
                        speaker: speaker?.entity.map { parsed.analysis.entities[$0].id }, speakerText: speaker?.text,
                        addressee: addressee?.entity.map { parsed.analysis.entities[$0].id }, addresseeText: addressee?.text, kind: kind,
                        verb: speaker?.verb.map(verbLemma), attribution: speaker?.basis?.rawValue),
                    parsed.sentenceOf[start]
                ))
            words.append(contentWords(content))
            attributed.append(own && speaker != nil)
            byPronoun.append(own && speaker?.byPronoun == true)
        }
        // A quotation that ended with its paragraph because the next one closes before its own attribution takes that
        // attribution when it has none of its own (`"A.` ¶ `"B", zei ze.`).
        for number in quotations.indices where quotations[number].endedByNext {
            guard let this = foundOf[number], let next = foundOf[number + 1], !attributed[this], attributed[next] else { continue }
            found[this].quote.speaker = found[next].quote.speaker
            found[this].quote.speakerText = found[next].quote.speakerText
            found[this].quote.attribution = QuoteFinder.Attribution.nextQuote.rawValue
            attributed[this] = true
        }
        handOn(before: parsed.tokens.count)
        let repeats = attributeRepeats(&found, attributed: attributed)
        attributeHeadlines(&found, words: words, attributed: attributed)
        attributeToSoleVoice(&found, attributed: attributed)
        if orderLost { attributeToMainVoice(&found, attributed: attributed, byPronoun: byPronoun, repeats: repeats) }
        // Nor does any pass give a quotation to one it names (see `names`); a repeat keeps its original's speaker.
        for index in attributed.indices where !attributed[index] && !repeats.contains(index) {
            guard let entity = entityIndex(found[index].quote.speaker) else { continue }
            if names(entity, inQuote: found[index].quote) { found[index].quote.dropSpeaker() }
        }
        for report in reports {
            let range = parsed.tokens[report.content.lowerBound].start..<parsed.tokens[report.content.upperBound].end
            let addressee = report.addressee.flatMap { to in report.speaker.map { Self.same(to, $0) } == true ? nil : to }
            // A clause that is all one quotation is reported as that (partial) quote.
            if quotations.contains(where: { $0.outer.lowerBound <= range.lowerBound && $0.outer.upperBound >= range.upperBound }) { continue }
            if quotations.contains(where: { $0.content.lowerBound <= range.lowerBound + 1 && $0.content.upperBound + 1 >= range.upperBound }) {
                continue
            }
            found.append(
                (
                    Quote(
                        start: range.lowerBound, end: range.upperBound, text: ScalarText.string(parsed.scalars, range),
                        speaker: report.speaker?.entity.map { parsed.analysis.entities[$0].id }, speakerText: report.speaker?.text,
                        addressee: addressee?.entity.map { parsed.analysis.entities[$0].id }, addresseeText: addressee?.text,
                        kind: "indirect", verb: report.verb.map(verbLemma), attribution: report.speaker?.basis?.rawValue),
                    parsed.sentenceOf[report.start]
                ))
        }
        return found.sorted { ($0.quote.start, $0.quote.end) < ($1.quote.start, $1.quote.end) }.map(\.quote)
    }
}

extension Quote {
    /// Takes away the speaker, the addressee and how the speaker was found.
    mutating func dropSpeaker() {
        speaker = nil
        speakerText = nil
        addressee = nil
        addresseeText = nil
        attribution = nil
    }
}
