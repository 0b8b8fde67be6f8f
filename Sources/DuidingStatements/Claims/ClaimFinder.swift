public import DuidingCore

/// Finds the quantities an article asserts (`ongeveer 90 procent`, `meer dan 40 keer`, `twaalf punten`,
/// `tussen 10.000 en 12.000 demonstranten`, `de helft`) with their value, unit, what they are about, their
/// source and their time.
///
/// ```
/// [modifier] [sign] number [scale] [range word number] [unit | counted noun]   ─► claim
/// ```
/// Numbers that are no claims are passed over: those inside time expressions and names (`G7`), years, numbers
/// that refer back (`de twee leiders`, `hun drie kinderen`), bare numbers without a unit, noun or modifier.
/// The source is the speaker of the quote or report the claim stands in, else what a clause of evidence names
/// (`uit onderzoek van X blijkt dat …` → X), else the `volgens` phrase of its sentence (`volgens Amerikaanse
/// schattingen` → the United States).
public struct ClaimFinder: Sendable {
    public let quantities: Quantities
    /// Prepositions that name a source (`volgens`), from the quote words.
    public let according: Set<String>
    /// The quote words, for the sources that verbs of evidence name (`uit onderzoek blijkt dat …`).
    let speech: SpeechWords?

    public init(quantities: Quantities, speech: SpeechWords?) {
        self.quantities = quantities
        self.speech = speech
        according = speech?.according ?? []
    }

    /// A quantity read from the tokens.
    struct Reading {
        var first: Int
        var last: Int
        var value: Double
        var high: Double?
        var modifier: String?
        var unit: String?
        var about: String?
    }

    public func find(in analysis: Analysis) -> [Claim] {
        guard !analysis.tokens.isEmpty else { return [] }
        let parsed = ParsedText(analysis)
        // Tokens inside time expressions and names are not quantities.
        var blocked = [Cover](repeating: .free, count: analysis.tokens.count)
        for (index, mentions) in parsed.mentions.enumerated()
        where mentions.contains(where: { analysis.entities[$0.entity].mentions[$0.mention].kind == nil }) {
            blocked[index] = .name
        }
        for time in analysis.times {
            var index = ParsedText.firstToken(analysis.tokens, endingAfter: time.start)
            let first = index
            while index < analysis.tokens.count, analysis.tokens[index].start < time.end {
                blocked[index] = .time
                index += 1
            }
            if index == first + 1, time.text.count == 4, time.text.allSatisfy(\.isNumber) { blocked[first] = .year }
        }
        var claims: [Claim] = []
        let evidence = speech.map { DuidingStatements.Reading(parsed: parsed, words: $0, quotations: []).evidenceReports() } ?? []
        for number in analysis.sentences.indices {
            let sentence = parsed.range(ofSentence: number)
            let time = parsed.time(inSentence: number)
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                // A bare year may still open a range of counts (`tussen 2000 en 3000 demonstranten`).
                let free = blocked[index] == .free || (blocked[index] == .year && opensRange(at: index, in: sentence, parsed: parsed))
                guard free, let found = read(at: index, in: sentence, parsed: parsed, blocked: blocked) else {
                    index += 1
                    continue
                }
                index = found.last + 1
                let start = analysis.tokens[found.first].start
                let end = analysis.tokens[found.last].end
                let (source, sourceText) = self.source(of: start..<end, first: found.first, sentence: sentence, parsed: parsed, evidence: evidence)
                claims.append(
                    Claim(
                        start: start, end: end, text: ScalarText.string(parsed.scalars, start..<end), value: found.value, high: found.high,
                        modifier: found.modifier, unit: found.unit, about: found.about, source: source, sourceText: sourceText, time: time?.id))
            }
        }
        return claims
    }

    /// What covers a token that is not a quantity of its own.
    enum Cover: Equatable {
        case free, name, time
        /// A time expression that is only a four-digit number (`2000`), which may be a count after all.
        case year
    }

    /// Whether a range word and a number follow the number at `index`.
    private func opensRange(at index: Int, in sentence: Range<Int>, parsed: ParsedText) -> Bool {
        index + 2 < sentence.upperBound && quantities.ranges[parsed.words[index + 1]] != nil
            && quantities.value(of: parsed.tokens[index + 2].text) != nil
    }

    /// The number (with its scale words) at `index`: value and last token.
    private func number(at index: Int, in sentence: Range<Int>, parsed: ParsedText) -> (value: Double, last: Int)? {
        let word = parsed.words[index]
        guard let written = quantities.value(of: parsed.tokens[index].text) else { return nil }
        let (factor, last) = scale(after: index, in: sentence, parsed: parsed)
        let value = written * factor
        // `een` is the article unless a scale, fraction, unit or ratio follows.
        if quantities.articles.contains(word), last == index {
            let next = index + 1 < sentence.upperBound ? parsed.words[index + 1] : ""
            guard quantities.fractions[next] != nil || quantities.units[next] != nil || ratio(after: index, in: sentence, parsed: parsed) != nil
            else { return nil }
        }
        return (value, last)
    }

    /// The scale words after the number at `index` (`2,5 miljard`, `tien duizend`): their product and the last token.
    private func scale(after index: Int, in sentence: Range<Int>, parsed: ParsedText) -> (factor: Double, last: Int) {
        var factor = 1.0
        var last = index
        while last + 1 < sentence.upperBound, let scale = quantities.scales[parsed.words[last + 1]] {
            factor *= scale
            last += 1
        }
        return (factor, last)
    }

    /// Whether a number written as `written` reads as a year (`2023`), not a quantity.
    private static func isYear(_ value: Double, written: String) -> Bool {
        value >= 1800 && value <= 2100 && value == value.rounded() && written.count == 4
    }

    /// The ratio words after `index` and the number after them (`een [op de vijf]`): the denominator and its last token.
    private func ratio(after index: Int, in sentence: Range<Int>, parsed: ParsedText) -> (value: Double, last: Int)? {
        for length in [2, 1] where index + length + 1 < sentence.upperBound {
            let words = ((index + 1)...(index + length)).map { parsed.words[$0] }.joined(separator: " ")
            // Not a year (`3 in 2020`).
            let written = parsed.tokens[index + length + 1].text
            guard quantities.ratios.contains(words), let value = quantities.value(of: written), value > 0, !Self.isYear(value, written: written)
            else { continue }
            return (value, index + length + 1)
        }
        return nil
    }

    private func read(at index: Int, in sentence: Range<Int>, parsed: ParsedText, blocked: [Cover]) -> Reading? {
        let text = parsed.tokens[index].text
        // A fraction: `de helft`, `een derde`, `twee derde`.
        if let share = quantities.fractions[parsed.words[index]] {
            var first = index
            var value = share
            if index > sentence.lowerBound, let count = quantities.value(of: parsed.tokens[index - 1].text), blocked[index - 1] == .free {
                value = quantities.articles.contains(parsed.words[index - 1]) ? share : share * count
                first = index - 1
            } else if index > sentence.lowerBound, quantities.definiteFractions.contains(parsed.words[index - 1] + " " + parsed.words[index]) {
                first = index - 1
            } else {
                return nil
            }
            var reading = Reading(first: first, last: index, value: value, unit: "fraction")
            reading.modifier = modifier(before: &reading.first, in: sentence, parsed: parsed)
            reading.about = about(after: index, in: sentence, parsed: parsed)
            return reading
        }
        // A sign written against the number (`-0,13 procent`) is the number's own.
        let sign = Quantities.signed(text)
        let unsigned = sign.map { String($0.number) } ?? text
        guard unsigned.first?.isNumber == true || quantities.numbers[parsed.words[index]] != nil else { return nil }
        // Scores, codes and ages (`3-1`, `F-16`, `45-jarige`) are none; a range written with a hyphen is
        // (`10.000-12.000 demonstranten`, `2,5-3 miljard euro`, `20-30 procent`): the lower number below the higher, and a
        // scale, a unit or a plural noun after it (a score comes before a singular one: `een 1-3 nederlaag`).
        var hyphened: (low: Double, high: Double, last: Int)?
        if unsigned.contains("-"), sign == nil {
            let parts = unsigned.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let low = quantities.value(of: parts[0]), let high = quantities.value(of: parts[1]), low < high,
                index + 1 < sentence.upperBound
            else { return nil }
            let next = parsed.words[index + 1]
            let plural = parsed.upos(index + 1) == "NOUN" && (parsed.tokens[index + 1].feats ?? "").contains("Number=Plur")
            guard quantities.scales[next] != nil || quantities.units[next] != nil || plural else { return nil }
            let (factor, last) = scale(after: index, in: sentence, parsed: parsed)
            hyphened = (low * factor, high * factor, last)
        }
        // `een derde`, `twee derde`: the fraction reads it, from the next word.
        if index + 1 < sentence.upperBound, quantities.fractions[parsed.words[index + 1]] != nil { return nil }
        guard let (value, last) = hyphened.map({ (value: $0.low, last: $0.last) }) ?? number(at: index, in: sentence, parsed: parsed) else { return nil }
        var reading = Reading(first: index, last: last, value: value)
        reading.high = hyphened?.high
        // A ratio: `een op de vijf Nederlanders` is a fifth of them.
        if last == index, let (denominator, ratioLast) = ratio(after: index, in: sentence, parsed: parsed) {
            reading.value = value / denominator
            reading.unit = "fraction"
            reading.last = ratioLast
            reading.modifier = modifier(before: &reading.first, in: sentence, parsed: parsed)
            if let noun = countedNoun(after: ratioLast, number: ratioLast, in: sentence, parsed: parsed, blocked: blocked) {
                reading.about = parsed.text((ratioLast + 1)...noun)
                reading.last = noun
            }
            return reading
        }
        // A range: `tussen 10.000 en 12.000`, `10 tot 12`.
        if last + 2 < sentence.upperBound, let opener = quantities.ranges[parsed.words[last + 1]],
            let (high, highLast) = number(at: last + 2, in: sentence, parsed: parsed), blocked[last + 2] != .time
        {
            // `tussen 1 en 2 miljard`: the scale of the second number is the first's too (not where that would put the
            // first above the second: `tussen de 500.000 en één miljoen`).
            let factor = high / (quantities.value(of: parsed.tokens[last + 2].text) ?? high)
            let scaled = last == index && highLast > last + 2 && value * factor <= high ? value * factor : value
            reading.value = scaled
            if let opener {
                // (With an article between: `tussen de 500.000 en één miljoen doden`.)
                let article = index - 1 > sentence.lowerBound && quantities.referring.contains(parsed.words[index - 1]) && parsed.words[index - 2] == opener
                if index > sentence.lowerBound, parsed.words[index - 1] == opener || article {
                    reading.first = index - (article ? 2 : 1)
                    reading.high = high
                    reading.last = highLast
                }
            } else {
                reading.high = high
                reading.last = highLast
            }
        }
        // A currency sign before it: `€ 300 miljoen`.
        if reading.first > sentence.lowerBound, let unit = quantities.units[parsed.words[reading.first - 1]],
            parsed.tokens[reading.first - 1].text.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic })
        {
            reading.unit = unit
            reading.first -= 1
        }
        reading.modifier = modifier(before: &reading.first, in: sentence, parsed: parsed)
        // The unit after it, or the noun it counts.
        if reading.unit == nil {
            for length in [2, 1] where reading.last + length < sentence.upperBound {
                let words = ((reading.last + 1)...(reading.last + length)).map { parsed.words[$0] }.joined(separator: " ")
                if let unit = quantities.units[words] {
                    reading.unit = unit
                    reading.last += length
                    break
                }
            }
        }
        if reading.unit != nil {
            reading.about = about(after: reading.last, in: sentence, parsed: parsed)
        } else if let (whole, noun) = partitive(after: reading.last, in: sentence, parsed: parsed, blocked: blocked) {
            // A part of a whole: `88 van de 150 zetels`, `640 van zijn 1.900 banen` — the part is the claim.
            reading.unit = "count"
            reading.about = parsed.text((whole + 1)...noun)
            reading.last = noun
        } else if let noun = countedNoun(after: reading.last, number: index, in: sentence, parsed: parsed, blocked: blocked) {
            reading.unit = "count"
            reading.about = parsed.text((reading.last + 1)...noun)
            reading.last = noun
        }
        // What is not a claim: a number that refers back, a year, a bare number without unit, noun or modifier.
        // A determiner of the counted noun or the number makes it refer back (`de twee leiders`; not `die vier mensen aanhield`).
        if reading.first > sentence.lowerBound, reading.modifier == nil, reading.unit == "count" || reading.unit == nil {
            let before = reading.first - 1
            let determiner = parsed.has(before, relation: "det") || parsed.has(before, relation: "nmod")
            if quantities.referring.contains(parsed.words[before]), determiner || parsed.upos(before) == "DET" { return nil }
        }
        if reading.unit == "count", let about = reading.about, quantities.durations.contains(parsed.lemmas[reading.last]) || quantities.durations.contains(about.lowercased()) {
            return nil
        }
        if reading.unit == nil, reading.modifier == nil, last == index { return nil }
        if reading.unit == nil || reading.unit == "count", reading.high == nil, Self.isYear(value, written: text) { return nil }
        return reading
    }

    /// Modifier words right before `first` (`meer dan`, `ongeveer`), taken into the span.
    private func modifier(before first: inout Int, in sentence: Range<Int>, parsed: ParsedText) -> String? {
        var found: String?
        var moved = true
        while moved {
            moved = false
            for length in [2, 1] where first - length >= sentence.lowerBound {
                let words = ((first - length)..<first).map { parsed.words[$0] }.joined(separator: " ")
                if let modifier = quantities.modifiers[words] {
                    if found == nil, modifier != "-" { found = modifier }
                    first -= length
                    moved = true
                    break
                }
            }
        }
        return found
    }

    /// The noun a number counts: the next noun, past adjectives, that the number modifies (`35 doden`,
    /// `40 Chinese bedrijven`).
    private func countedNoun(after last: Int, number: Int, in sentence: Range<Int>, parsed: ParsedText, blocked: [Cover]) -> Int? {
        var index = last + 1
        while index < sentence.upperBound, index <= last + 3 {
            switch parsed.upos(index) {
            case "NOUN", "PROPN":
                if blocked[index] == .time { return nil }
                return parsed.heads[number] == index || parsed.heads[last] == index || index == last + 1 ? index : nil
            case "ADJ":
                // An adjective used as a noun counts (`80000 religieuzen`); one before its noun does not.
                if let head = parsed.heads[index], head > index, ["NOUN", "PROPN", "ADJ"].contains(parsed.upos(head)) {
                    index += 1
                } else {
                    return parsed.heads[index] == number || parsed.heads[number] == index || index == last + 1 ? index : nil
                }
            default:
                return nil
            }
        }
        return nil
    }

    /// After a number, `van` + a determiner or possessive + a number + the noun it counts: the whole's number and
    /// the noun (`88 [van de 150 zetels]`).
    private func partitive(after last: Int, in sentence: Range<Int>, parsed: ParsedText, blocked: [Cover]) -> (whole: Int, noun: Int)? {
        guard last + 3 < sentence.upperBound, quantities.of.contains(parsed.words[last + 1]) else { return nil }
        var index = last + 2
        if ["DET", "PRON"].contains(parsed.upos(index)) { index += 1 }
        guard index < sentence.upperBound, blocked[index] != .time, let (_, wholeLast) = number(at: index, in: sentence, parsed: parsed),
            let noun = countedNoun(after: wholeLast, number: index, in: sentence, parsed: parsed, blocked: blocked)
        else { return nil }
        return (wholeLast, noun)
    }

    /// What a unit measures: the `van` phrase after it (`90 procent van alle micro-elektronica`).
    private func about(after last: Int, in sentence: Range<Int>, parsed: ParsedText) -> String? {
        guard last + 2 < sentence.upperBound, quantities.of.contains(parsed.words[last + 1]) else { return nil }
        var index = last + 2
        while index < sentence.upperBound, index <= last + 6 {
            if ["NOUN", "PROPN"].contains(parsed.upos(index)) { return parsed.text((last + 2)...index) }
            index += 1
        }
        return nil
    }

    /// The source of a claim: the speaker of the quote or report it stands in, else the `volgens` phrase of its
    /// sentence: an entity where one is linked (also through an adjective: `Amerikaanse schattingen`), and the words.
    private func source(of span: Range<Int>, first: Int, sentence: Range<Int>, parsed: ParsedText, evidence: [Report]) -> (String?, String?) {
        let quotes = parsed.analysis.quotes.filter { $0.start <= span.lowerBound && $0.end >= span.upperBound }
        let quote = quotes.first(where: { $0.kind != "indirect" }) ?? quotes.first
        // (Not words that take in the claim itself, a source phrase the parse ran on into it: `volgens de huidige
        // frequenties maar 69 procent van de bevolking`.)
        let claimed = ScalarText.string(parsed.scalars, span)
        if let quote, quote.speaker != nil || quote.speakerText != nil, quote.speakerText.map({ !$0.contains(claimed) }) ?? true {
            return (quote.speaker, quote.speakerText)
        }
        // What a source shows (`Uit studies blijkt dat het autoverkeer voor meer dan 70 procent …`).
        if let shown = evidence.first(where: { $0.content.contains(first) }), let source = shown.speaker {
            return (source.entity.map { parsed.analysis.entities[$0].id }, source.text)
        }
        for word in sentence where according.contains(parsed.words[word]) && parsed.has(word, relation: "case") {
            guard let head = parsed.heads[word] else { continue }
            let phrase = parsed.phrase(head, within: sentence)
            guard !phrase.contains(first) else { continue }
            // The one named in the phrase before a country its adjective names (`de Turkse minister, Bekir Bozdag`).
            let mentions = phrase.flatMap { parsed.mentions[$0] }
            let entity = mentions.first { parsed.analysis.entities[$0.entity].mentions[$0.mention].kind != "adjective" } ?? mentions.first
            return (entity.map { parsed.analysis.entities[$0.entity].id }, parsed.text(phrase))
        }
        return (nil, nil)
    }
}
