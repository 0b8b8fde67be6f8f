/// A list the parser broke after its first item: `belde met de Franse president Macron, de Duitse bondskanselier Scholz
/// en de Britse premier Sunak`, parsed with `Scholz`'s phrase as a second argument of the verb (an object) and `Sunak`'s
/// joined to it. Where a bare noun phrase (an object or modifier, not a subject) follows the phrase of another dependent
/// of the same head after nothing but a comma, and itself continues the list with a coordinating conjunction (`…, B en
/// C`), it is the first phrase's conjunct, and so are its own conjuncts (UD joins every conjunct to the first).
enum ListRepair {
    /// `forms` and `upos` per word; `heads` 1-based (0 for the root); rewritten in place.
    ///
    /// - Complexity: O(n²) in the sentence's words in the worst case (each word's dependents); O(n) to find none.
    static func repair(forms: [String], upos: [String], heads: inout [Int], relations: inout [String]) {
        let count = heads.count
        guard count > 4, upos.contains("CCONJ") else { return }
        var dependents = [[Int]](repeating: [], count: count)
        for word in 0..<count where heads[word] > 0 { dependents[heads[word] - 1].append(word) }
        /// The last word of a word's phrase (its subtree is contiguous in a projective tree), its punctuation left out.
        func end(_ word: Int) -> Int {
            dependents[word].filter { relations[$0] != "punct" }.map(end).max().map { max($0, word) } ?? word
        }
        /// The first word of a word's phrase, its punctuation left out (the comma before it).
        func start(_ word: Int) -> Int {
            dependents[word].filter { relations[$0] != "punct" }.map(start).min().map { min($0, word) } ?? word
        }
        let nominal: Set<String> = ["NOUN", "PROPN", "PRON"]
        // (Not a subject: after a comma it more often opens a clause of its own: `na de crash, Harry en Ron blijven achter`.)
        let arguments: Set<String> = ["obj", "obl", "iobj"]
        for second in 0..<count where nominal.contains(upos[second]) && arguments.contains(relations[second]) && heads[second] > 0 {
            let head = heads[second] - 1
            // Bare: no preposition of its own.
            guard !dependents[second].contains(where: { relations[$0] == "case" }) else { continue }
            // It continues a list: a conjunct of its own after a coordinating conjunction (`en de Britse premier`); all
            // its conjuncts move with it (`A, B, C en D`).
            let conjuncts = dependents[second].filter { relations[$0] == "conj" && $0 > second }
            guard conjuncts.contains(where: { conjunct in dependents[conjunct].contains { upos[$0] == "CCONJ" } }) else { continue }
            // Right after the phrase of another nominal dependent of the same head, a comma between that heads nothing
            // (so that hanging it on the conjunct makes no cycle).
            let opening = start(second)
            guard opening >= 2, forms[opening - 1] == ",", relations[opening - 1] == "punct", dependents[opening - 1].isEmpty else { continue }
            guard let first = dependents[head].first(where: { other in
                other < second && nominal.contains(upos[other]) && end(other) == opening - 2 && relations[other] != "conj"
            }) else { continue }
            heads[second] = first + 1
            relations[second] = "conj"
            for conjunct in conjuncts { heads[conjunct] = first + 1 }
            // The comma joins the conjunct it precedes.
            heads[opening - 1] = second + 1
            relations[opening - 1] = "punct"
            dependents = [[Int]](repeating: [], count: count)
            for word in 0..<count where heads[word] > 0 { dependents[heads[word] - 1].append(word) }
        }
    }
}
