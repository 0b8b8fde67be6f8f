import DuidingCore

/// Reported speech without quotation marks, in text order.
struct Report {
    /// The first token of the sentence part that reports (the verb or `volgens`), for ordering.
    var start: Int
    /// The reported clause, first and last token.
    var content: ClosedRange<Int>
    var speaker: QuoteFinder.Speaker?
    var addressee: QuoteFinder.Speaker?
    /// The speech verb that reports it (none for `volgens X`).
    var verb: Int?
    /// Whether its speaker is someone who may go on speaking in the quotations after it: not a source that is no
    /// one (`volgens de huidige frequenties`, `volgens Amerikaanse schattingen`).
    var handsOn = true
}

extension Reading {
    /// Indirect speech in one sentence, in text order: a speech verb with a `dat`/`of` clause under it (`zei dat …`), a
    /// clause with `volgens X` in it, and a clause followed by `, zegt X` or `, aldus X`. A pronoun that no one resolves
    /// stands for `last`, the one who spoke before (in a quotation or a report of an earlier sentence; a quotation of
    /// this sentence is read after its reports), or for the speaker of a report before it in the sentence.
    func reports(inSentence number: Int, last: QuoteFinder.Speaker?) -> [Report] {
        var reports: [Report] = []
        var last = last
        let sentence = parsed.range(ofSentence: number)
        let quoted = sentence.contains { quotationOf[$0] != nil }
        var taken: [ClosedRange<Int>] = []
        for verb in sentence where quotationOf[verb] == nil {
            guard let reach = reach(verb), reach != .naming, reach != .closing else { continue }
            if let content = complement(of: verb, in: sentence), !taken.contains(where: { $0.overlaps(content) }) {
                let speaker = speaker(ofVerb: verb, region: sentence).map { resolve($0, region: sentence, fallback: last).by(.clause) }.flatMap(someone)
                let addressee = addressee(ofVerb: verb, region: verb..<content.lowerBound).map { resolve($0, region: sentence, fallback: nil) }
                reports.append(Report(start: verb, content: content, speaker: speaker, addressee: addressee, verb: verb))
                taken.append(content)
                if let speaker { last = speaker }
            } else if !quoted, let content = leadingClause(before: verb, in: sentence) {
                let speaker = speaker(ofVerb: verb, region: sentence).map { resolve($0, region: sentence, fallback: last).by(.clause) }.flatMap(someone)
                reports.append(Report(start: content.lowerBound, content: content, speaker: speaker, addressee: nil, verb: verb))
                taken.append(content)
                if let speaker { last = speaker }
            }
        }
        if !quoted, taken.isEmpty, let report = according(in: sentence, last: last) {
            reports.append(report)
        }
        return reports.sorted { $0.start < $1.start }
    }

    /// What sources show (`Uit onderzoek van X blijkt dat …`), in text order: the sources of the claims in them. No
    /// quotes: what a study shows is no one's speech.
    func evidenceReports() -> [Report] {
        parsed.analysis.sentences.indices.flatMap { number in
            let sentence = parsed.range(ofSentence: number)
            return sentence.compactMap { evidenceReport($0, in: sentence) }
        }
    }

    /// A verb of evidence (`speech.tsv`: `evidence`, `blijken` with `uit`) with a `dat` clause and a phrase with its
    /// preposition before that clause: the phrase's noun is the source (`Uit een bevraging van de Universiteit
    /// Antwerpen bleek dat …` → the university, the study speaking for its author).
    func evidenceReport(_ verb: Int, in sentence: Range<Int>) -> Report? {
        guard let preposition = words.evidence[parsed.lemmas[verb]], let content = complement(of: verb, in: sentence),
            let source = sentence.first(where: { token in
                token < content.lowerBound && quotationOf[token] == nil
                    && parsed.children[token].contains { parsed.words[$0] == preposition && parsed.has($0, relation: "case") }
            })
        else { return nil }
        let speaker = someone(resolve(source, region: sentence, fallback: nil))
        return Report(start: verb, content: content, speaker: speaker, addressee: nil, verb: verb, handsOn: false)
    }

    /// The clause a speech verb reports: from after its complementizer to the last word under the verb.
    private func complement(of verb: Int, in sentence: Range<Int>) -> ClosedRange<Int>? {
        guard
            let mark = sentence.first(where: {
                $0 > verb && words.complementizers.contains(parsed.words[$0]) && parsed.has($0, relation: "mark")
                    && parsed.dominates(verb, $0) && quotationOf[$0] == nil
            })
        else { return looseComplement(of: verb, in: sentence) }
        // No other verb of speech between: `zei dat hij had gezegd dat …` reports the outer clause.
        var end = mark
        for token in parsed.subtree(verb) where token > mark { end = max(end, token) }
        while end > mark, parsed.isPunctuation(end) { end -= 1 }
        guard end > mark else { return nil }
        return (mark + 1)...end
    }

    /// A complementizer the parse read as a pronoun (`betoogde hij dat zijn rol …`, `dat` as a subject): the first
    /// `dat`/`of` after the verb, with no other verb between, followed by a clause with a verb of its own; the
    /// clause runs to the sentence's end.
    private func looseComplement(of verb: Int, in sentence: Range<Int>) -> ClosedRange<Int>? {
        guard let mark = (verb + 1..<sentence.upperBound).first(where: { index in
            words.complementizers.contains(parsed.words[index]) || ["VERB", "AUX"].contains(parsed.upos(index)) || parsed.tokens[index].text == ","
        }), words.complementizers.contains(parsed.words[mark]), quotationOf[mark] == nil, mark - verb <= 6
        else { return nil }
        var end = sentence.upperBound - 1
        while end > mark, parsed.isPunctuation(end) { end -= 1 }
        let clause = (mark + 1)...max(mark + 1, end)
        guard end > mark + 2, clause.contains(where: { ["VERB", "AUX"].contains(parsed.upos($0)) }) else { return nil }
        return clause
    }

    /// `Het is geen goed signaal, zegt hij.`: the clause before a comma that an inverted speech verb follows.
    private func leadingClause(before verb: Int, in sentence: Range<Int>) -> ClosedRange<Int>? {
        guard verb > sentence.lowerBound + 2, parsed.tokens[verb - 1].text == ",",
            let subject = parsed.children[verb].first(where: { parsed.has($0, relation: "nsubj") }), subject > verb
        else { return nil }
        var end = verb - 2
        while end > sentence.lowerBound, parsed.isPunctuation(end) { end -= 1 }
        let words = (sentence.lowerBound...end).filter { !parsed.isPunctuation($0) }
        guard words.count >= 3, words.contains(where: { ["VERB", "AUX"].contains(parsed.upos($0)) }) else { return nil }
        return sentence.lowerBound...end
    }

    /// `Volgens X …` and `…, aldus X.`: the clause is X's statement.
    private func according(in sentence: Range<Int>, last: QuoteFinder.Speaker?) -> Report? {
        for word in sentence where words.according.contains(parsed.words[word]) {
            // `aldus` reports only after a comma (elsewhere it means `so`).
            if words.afterQuote.contains(parsed.words[word]), word == sentence.lowerBound || parsed.tokens[word - 1].text != "," { continue }
            guard let noun = parsed.heads[word].flatMap({ $0 > word ? $0 : nil })
                ?? sentence.first(where: { $0 > word && ["PROPN", "NOUN", "PRON"].contains(parsed.upos($0)) })
            else { continue }
            let phrase = parsed.phrase(noun, within: sentence)
            let before = (sentence.lowerBound..<word).filter { !parsed.isPunctuation($0) }
            let after = ((phrase.upperBound + 1)..<sentence.upperBound).filter { !parsed.isPunctuation($0) }
            // `Volgens X …` and `…, volgens X`: the rest; `… volgens X …` inside the clause: all of it, as one stretch.
            let side = before.isEmpty ? after : after.isEmpty ? before : before + Array(word...phrase.upperBound) + after
            guard side.count >= 3, let first = side.first, let lastWord = side.last,
                side.contains(where: { ["VERB", "AUX"].contains(parsed.upos($0)) })
            else { continue }
            let speaker = someone(resolve(noun, region: sentence, fallback: last).by(.according))
            return Report(
                start: min(word, first), content: first...lastWord, speaker: speaker, addressee: nil, verb: nil, handsOn: namesSomeone(noun))
        }
        return nil
    }
}
