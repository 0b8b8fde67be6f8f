/// The object of a verb that shares its subject with the verb before it: `Zij veroordeelden de actie en riepen Ankara op
/// …`, `Ankara ontkent dat en beschuldigt Washington van spionage`. A conjunct verb that follows its conjunction at once
/// has no subject of its own in Dutch (one after the verb needs something else first: `en toen riep Ankara …`), so the
/// noun or name after it that the parser took for its subject is its object, where it has none, and the subject of the
/// first verb is also its own. A pronoun after it stays as parsed: it may be a subject after a fronted phrase the two
/// clauses share (`In 1998 wist de groep … en slaagde ze er …`).
enum SharedSubjectRepair {
    /// `upos` per word; `heads` 1-based (0 for the root); relations are rewritten in place.
    ///
    /// - Complexity: O(n) per conjunct verb (its dependents), O(n²) in the worst case.
    static func repair(upos: [String], heads: [Int], relations: inout [String]) {
        let count = heads.count
        guard count > 4, upos.contains("CCONJ") else { return }
        func isVerb(_ word: Int) -> Bool { upos[word] == "VERB" || upos[word] == "AUX" }
        for verb in 0..<count where isVerb(verb) && relations[verb] == "conj" && heads[verb] > 0 {
            let first = heads[verb] - 1
            // The conjunction right before the verb, and the first verb with a subject before it.
            guard verb > 0, upos[verb - 1] == "CCONJ", heads[verb - 1] == verb + 1, isVerb(first),
                (0..<count).contains(where: { heads[$0] == first + 1 && relations[$0] == "nsubj" && $0 < first })
            else { continue }
            let dependents = (0..<count).filter { heads[$0] == verb + 1 }
            guard !dependents.contains(where: { relations[$0] == "obj" }),
                let subject = dependents.first(where: { $0 > verb && relations[$0] == "nsubj" }),
                ["NOUN", "PROPN"].contains(upos[subject])
            else { continue }
            relations[subject] = "obj"
        }
    }
}
