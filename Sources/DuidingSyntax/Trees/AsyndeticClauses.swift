/// A second clause joined to the first by a comma alone, as headlines write them: `Israël sluit vrede met Emiraten en
/// Bahrein, Palestijnen spreken van verraad`. The parser takes the second verb, whose plural form is also the infinitive,
/// for a bare-infinitive complement of the first (`xcomp`), hangs the first verb's object on it and the second clause's
/// subject on the first clause's last noun (`Palestijnen` a conjunct of `Bahrein`). Only some verbs take a bare infinitive
/// (`zal`, `wil`, `laat`, `gaat`: `bareInfinitiveHeads`, by form); under any other, such a verb right after a comma and a
/// noun phrase is a clause of its own: it becomes the first verb's `parataxis`, the noun phrase its subject, and what it
/// took from the first clause (the words before the comma) goes back to the first verb.
public struct AsyndeticClauses: Sendable {
    /// The relation the second clause gets (`parataxis`).
    public var relation: String
    /// Lowercased forms of the verbs that take a bare infinitive (`zal`, `willen`, `liet`).
    public var bareInfinitiveHeads: Set<String>

    public init(relation: String, bareInfinitiveHeads: Set<String>) {
        self.relation = relation
        self.bareInfinitiveHeads = bareInfinitiveHeads
    }

    /// `heads` 1-based (0 for the root); rewritten in place with `relations`.
    ///
    /// - Complexity: O(n) per complement verb.
    public func repair(forms: [String], upos: [String], feats: [String], heads: inout [Int], relations: inout [String]) {
        let count = heads.count
        guard count > 4, upos.contains("PUNCT") else { return }
        let nominal: Set<String> = ["NOUN", "PROPN", "DET", "ADJ", "NUM"]
        for verb in 0..<count where upos[verb] == "VERB" && relations[verb] == "xcomp" && heads[verb] > 0 {
            let head = heads[verb] - 1
            // (A participle is a complement of its own kind: `kreeg de sleutel, een replica, overhandigd`.)
            guard ["VERB", "AUX"].contains(upos[head]), head < verb, !bareInfinitiveHeads.contains(forms[head].lowercased()),
                !(verb < feats.count && feats[verb].contains("VerbForm=Part")),
                // No `te` or `om` of its own: a bare verb.
                !(0..<count).contains(where: { heads[$0] == verb + 1 && ["mark", "case"].contains(relations[$0]) && $0 < verb })
            else { continue }
            // A noun phrase between a comma and the verb.
            var start = verb
            while start > head + 1, nominal.contains(upos[start - 1]) { start -= 1 }
            guard start < verb, start > head + 1, forms[start - 1] == ",", (start..<verb).contains(where: { ["NOUN", "PROPN"].contains(upos[$0]) })
            else { continue }
            let phrase = start..<verb
            // The phrase's head: its last noun or name whose head lies outside it; the phrase's other words hung outside
            // it go under it.
            guard let subject = phrase.last(where: { ["NOUN", "PROPN"].contains(upos[$0]) && !phrase.contains(heads[$0] - 1) }) else { continue }
            // (Never a word above the first verb: that would close a cycle.)
            var above = heads[head]
            var steps = 0
            var cyclic = false
            while above > 0, steps <= count {
                if above - 1 == subject || above - 1 == verb { cyclic = true }
                above = heads[above - 1]
                steps += 1
            }
            guard !cyclic else { continue }
            for word in phrase where word != subject && !phrase.contains(heads[word] - 1) { heads[word] = subject + 1 }
            // The words before the comma that the parse hung on the second verb are the first verb's.
            for word in 0..<(start - 1) where heads[word] == verb + 1 { heads[word] = head + 1 }
            heads[subject] = verb + 1
            relations[subject] = "nsubj"
            heads[start - 1] = verb + 1
            relations[start - 1] = "punct"
            relations[verb] = relation
        }
    }
}
