/// Subject and object told apart by agreement: in a clause with both before or both after the verb (`een akkoord dat
/// FARC en regering sloten`), Dutch word order leaves them ambiguous, and the finite verb agrees with its subject in
/// number. Where the parse's subject disagrees with the verb and its object agrees, the two relations are swapped.
enum AgreementRepair {
    /// `feats` are UD FEATS strings per word; `heads` 1-based (0 for the root); relations are rewritten in place.
    static func repair(feats: [String], heads: [Int], relations: inout [String]) {
        let count = heads.count
        var children = [[Int]](repeating: [], count: count + 1)
        for (index, head) in heads.enumerated() where head >= 0 && head <= count { children[head].append(index + 1) }
        func number(_ word: Int) -> Substring? {
            feats[word - 1].split(separator: "|").first { $0.hasPrefix("Number=") }?.dropFirst("Number=".count)
        }
        // A coordination is plural whatever its first conjunct says; a relative pronoun has the number of the noun its
        // clause modifies.
        func phraseNumber(_ word: Int) -> Substring? {
            if children[word].contains(where: { relations[$0 - 1] == "conj" }) { return "Plur" }
            if feats[word - 1].contains("PronType=Rel"), let clause = heads[word - 1] as Int?, clause > 0,
                relations[clause - 1].hasPrefix("acl"), heads[clause - 1] > 0
            {
                return number(heads[clause - 1])
            }
            return number(word)
        }
        for verb in 1...max(count, 1) where count > 0 && feats[verb - 1].contains("VerbForm=Fin") {
            guard let verbNumber = number(verb) else { continue }
            let subjects = children[verb].filter { relations[$0 - 1] == "nsubj" }
            let objects = children[verb].filter { relations[$0 - 1] == "obj" }
            guard subjects.count == 1, objects.count == 1 else { continue }
            let subject = subjects[0], object = objects[0]
            guard (subject < verb) == (object < verb), let subjectNumber = phraseNumber(subject),
                let objectNumber = phraseNumber(object), subjectNumber != verbNumber, objectNumber == verbNumber
            else { continue }
            relations[subject - 1] = "obj"
            relations[object - 1] = "nsubj"
        }
    }
}
