/// Subject and object told apart by agreement: in a clause with both before or both after the verb (`een akkoord dat
/// FARC en regering sloten`), Dutch word order leaves them ambiguous, and the finite verb agrees with its subject in
/// number. Where the parse's subject disagrees with the verb and its object agrees, the two relations are swapped.
enum AgreementRepair {
    /// `feats` are UD FEATS strings per word; `heads` 1-based (0 for the root); relations are rewritten in place.
    ///
    /// - Complexity: O(n) relation comparisons; FEATS are read only for a verb with one subject and one object.
    static func repair(feats: [String], heads: [Int], relations: inout [String]) {
        let count = heads.count
        guard count > 2 else { return }
        // The one subject and one object of each head (-1: none, -2: more than one).
        var subject = [Int](repeating: -1, count: count + 1)
        var object = [Int](repeating: -1, count: count + 1)
        var hasConjunct = [Bool](repeating: false, count: count + 1)
        var candidates = false
        for (index, relation) in relations.enumerated() {
            let head = heads[index]
            guard head > 0, head <= count else { continue }
            if relation == "nsubj" {
                subject[head] = subject[head] == -1 ? index + 1 : -2
            } else if relation == "obj" {
                object[head] = object[head] == -1 ? index + 1 : -2
                candidates = true
            } else if relation == "conj" {
                hasConjunct[head] = true
            }
        }
        guard candidates else { return }
        func number(_ word: Int) -> Substring? {
            feats[word - 1].split(separator: "|").first { $0.hasPrefix("Number=") }?.dropFirst("Number=".count)
        }
        // A coordination is plural whatever its first conjunct says; a relative pronoun has the number of the noun its
        // clause modifies.
        func phraseNumber(_ word: Int) -> Substring? {
            if hasConjunct[word] { return "Plur" }
            let clause = heads[word - 1]
            if clause > 0, relations[clause - 1].hasPrefix("acl"), heads[clause - 1] > 0, feats[word - 1].contains("PronType=Rel") {
                return number(heads[clause - 1])
            }
            return number(word)
        }
        for verb in 1...count where subject[verb] > 0 && object[verb] > 0 {
            let (subject, object) = (subject[verb], object[verb])
            guard (subject < verb) == (object < verb), feats[verb - 1].contains("VerbForm=Fin"), let verbNumber = number(verb),
                let subjectNumber = phraseNumber(subject), let objectNumber = phraseNumber(object),
                subjectNumber != verbNumber, objectNumber == verbNumber
            else { continue }
            relations[subject - 1] = "obj"
            relations[object - 1] = "nsubj"
        }
    }
}
