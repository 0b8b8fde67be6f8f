import DuidingCore
import DuidingStatements

/// Negation and modality of an event word: asserted, reported, planned or conditional (`modality.tsv`).
extension EventCoder {
    func negated(_ token: Int, parsed: ParsedText) -> Bool {
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

    func modality(_ token: Int, parsed: ParsedText) -> String {
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
