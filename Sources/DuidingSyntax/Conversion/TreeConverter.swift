public import DuidingCore

/// Brings the dependency trees of a treebank annotated under older UD guidelines to the current ones,
/// with what sentences annotated both ways show.
///
/// Four steps, in this order, each learned from data or following a UD convention:
/// 1. **Coordination.** `cc` attaches to the conjunct that follows it (UD v2), not to the first one.
/// 2. **Function words.** A `cop`, `aux` or `aux:pass` whose (lemma, relation) never occurs in the
///    current treebanks (for Dutch: `worden` as copula, `willen`, `laten`, `blijken`) becomes the head:
///    it takes over its predicate's head and relation, the predicate becomes its `xcomp`, and the
///    predicate's dependents whose relation mostly moved in the pairs (subject, auxiliaries, markers…)
///    move with it.
/// 3. **Punctuation.** Re-attached with `PunctuationAttachment`.
/// 4. **Relations.** Rewritten with a table learned from the pairs' words whose converted head is
///    right, keyed by (old relation, UPOS, word), then (old relation, UPOS, passive clause), then
///    (old relation, UPOS), then the old relation alone.
public struct TreeConverter: Sendable {
    var keptFunctionWords: Set<String> = []
    var movers: Set<String> = []
    var relations: [String: String] = [:]
    let minimumCount: Int
    let minimumShare: Double

    static let functionRelations: Set<String> = ["cop", "aux", "aux:pass"]

    /// Rules learned, for reporting.
    public var ruleCount: (movers: Int, relations: Int) { (movers.count, relations.count) }

    /// Learns from pairs of one sentence (identical words) under the old and the current guidelines,
    /// and from the current treebanks as a whole (which function words keep their relation).
    public init(
        pairs: [(old: CoNLLUSentence, current: CoNLLUSentence)], current: [CoNLLUSentence],
        minimumCount: Int = 2, minimumShare: Double = 0.75
    ) {
        self.minimumCount = minimumCount
        self.minimumShare = minimumShare
        for sentence in current {
            for word in sentence.words where Self.functionRelations.contains(word.deprel) {
                keptFunctionWords.insert(word.lemma + "\t" + word.deprel)
            }
        }
        // Which dependents of a demoted predicate moved to the function word.
        var moved: [String: (verb: Int, predicate: Int)] = [:]
        for (old, new) in pairs {
            let tree = Tree(old)
            let newHeads = Tree(new).heads
            guard newHeads.count == tree.heads.count else { continue }
            for word in tree.heads.indices where promotes(tree, word) {
                let predicate = tree.heads[word] - 1
                for other in tree.heads.indices where other != word && tree.heads[other] == predicate + 1 {
                    let relation = tree.relations[other]
                    if newHeads[other] == word + 1 { moved[relation, default: (0, 0)].verb += 1 }
                    if newHeads[other] == predicate + 1 { moved[relation, default: (0, 0)].predicate += 1 }
                }
            }
        }
        movers = Set(moved.filter { $0.value.verb > $0.value.predicate }.keys)
        // Relation rewrites, learned after the structural steps.
        var counts: [String: [String: Int]] = [:]
        for (old, new) in pairs {
            var tree = Tree(old)
            restructure(&tree)
            let target = Tree(new)
            guard target.heads.count == tree.heads.count else { continue }
            for word in tree.heads.indices where tree.heads[word] == target.heads[word] {
                for key in relationKeys(tree, word) {
                    counts[key, default: [:]][target.relations[word], default: 0] += 1
                }
            }
        }
        for (key, outcomes) in counts {
            let total = outcomes.values.reduce(0, +)
            guard let (best, count) = outcomes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                count >= minimumCount, Double(count) >= minimumShare * Double(total)
            else { continue }
            relations[key] = best
        }
    }

    /// The sentence with heads and relations converted.
    public func convert(_ sentence: CoNLLUSentence) -> CoNLLUSentence {
        var tree = Tree(sentence)
        guard tree.isWellFormed else { return sentence }
        restructure(&tree)
        var relabelled = tree.relations
        for word in tree.heads.indices {
            if let relation = relationKeys(tree, word).lazy.compactMap({ relations[$0] }).first {
                relabelled[word] = relation
            }
        }
        tree.relations = relabelled
        var result = sentence
        var word = 0
        for index in result.rows.indices where result.rows[index].kind == .word {
            result.rows[index].head = String(tree.heads[word])
            result.rows[index].deprel = tree.relations[word]
            word += 1
        }
        return result
    }

    private func promotes(_ tree: Tree, _ word: Int) -> Bool {
        Self.functionRelations.contains(tree.relations[word])
            && !keptFunctionWords.contains(tree.lemmas[word] + "\t" + tree.relations[word])
            && tree.heads[word] != 0
    }

    private func restructure(_ tree: inout Tree) {
        for word in tree.heads.indices where tree.relations[word] == "cc" && tree.heads[word] != 0 {
            let head = tree.heads[word]
            if let conjunct = tree.heads.indices.first(where: {
                $0 > word && tree.heads[$0] == head && tree.relations[$0] == "conj"
            }) {
                tree.heads[word] = conjunct + 1
            }
        }
        for word in tree.heads.indices where promotes(tree, word) {
            let predicate = tree.heads[word] - 1
            guard tree.heads[predicate] != word + 1 else { continue }
            tree.heads[word] = tree.heads[predicate]
            tree.relations[word] = tree.relations[predicate]
            for other in tree.heads.indices
            where other != word && tree.heads[other] == predicate + 1 && movers.contains(tree.relations[other]) {
                tree.heads[other] = word + 1
            }
            tree.heads[predicate] = word + 1
            tree.relations[predicate] = "xcomp"
        }
        PunctuationAttachment.attach(forms: tree.forms, isPunctuation: tree.relations.map { $0 == "punct" }, heads: &tree.heads)
    }

    private func relationKeys(_ tree: Tree, _ word: Int) -> [String] {
        let relation = tree.relations[word]
        let upos = tree.upos[word]
        let head = tree.heads[word]
        let passive = head != 0 && tree.heads.indices.contains { tree.heads[$0] == head && tree.relations[$0] == "aux:pass" }
        return [
            "w\t\(relation)\t\(upos)\t\(tree.forms[word].lowercased())",
            "p\t\(relation)\t\(upos)\t\(passive)",
            "u\t\(relation)\t\(upos)",
            "r\t\(relation)",
        ]
    }

    /// The words of a sentence as parallel arrays (0-based; heads 1-based with 0 for the root).
    struct Tree {
        var forms: [String] = []
        var lemmas: [String] = []
        var upos: [String] = []
        var heads: [Int] = []
        var relations: [String] = []
        var isWellFormed = true

        init(_ sentence: CoNLLUSentence) {
            for word in sentence.words {
                forms.append(word.form)
                lemmas.append(word.lemma)
                upos.append(word.upos)
                relations.append(word.deprel)
                if let head = Int(word.head) {
                    heads.append(head)
                } else {
                    heads.append(0)
                    isWellFormed = false
                }
            }
            if heads.contains(where: { $0 < 0 || $0 > heads.count }) { isWellFormed = false }
        }
    }
}
