/// Bare noun phrases of time as the clause's modifier: `Poetin sprak zondag met Xi`, `De regering liet vorige week
/// weten …`. The parser, trained on treebanks with few of them, often takes such a phrase after the verb for a
/// second subject or an object (`zondag` nsubj) and hangs what follows it on it (`met Xi` under `zondag`), or makes
/// it part of the name before it (`premier Mark Rutte zondag`, flat). The repair makes the phrase the verb's
/// modifier (`obl` in Dutch, as the UD Dutch treebanks label it) and gives the verb back the words after it that are
/// not its own (`met Xi`, `telefonisch`, an object).
///
/// A phrase of time is a day's name (`zondag`), one joined to a part of the day (`zondagavond`), or a noun of time
/// after a determiner that makes it deictic (`vorige week`, `deze maand`; not `het jaar`, `een week`), with no
/// preposition of its own.
public struct TemporalPhrases: Sendable {
    /// The relation the phrase gets (`obl`, `obl:tmod`).
    public var relation: String
    /// Names of days, lowercased; one alone is a phrase of time.
    public var days: Set<String>
    /// Parts of the day that join a day's name into one word (`avond` in `zondagavond`).
    public var dayParts: [String]
    /// Nouns of time that make a phrase of time after one of `determiners` (`week`, `maand`).
    public var nouns: Set<String>
    /// The words before a noun of time that make the phrase deictic (`vorige`, `deze`, `afgelopen`).
    public var determiners: Set<String>
    /// Prepositions whose phrase after the noun stays its own (`zondag van vorige week`).
    public var ownPrepositions: Set<String>

    public init(
        relation: String, days: Set<String>, dayParts: [String], nouns: Set<String>, determiners: Set<String>,
        ownPrepositions: Set<String>
    ) {
        self.relation = relation
        self.days = days
        self.dayParts = dayParts
        self.nouns = nouns
        self.determiners = determiners
        self.ownPrepositions = ownPrepositions
    }

    /// The relations a phrase of time is wrongly given as an argument of its verb.
    static let arguments: Set<String> = ["nsubj", "nsubj:pass", "obj", "iobj"]
    /// The relations by which it is wrongly made part of the noun phrase before it.
    static let attachments: Set<String> = ["appos", "flat"]
    /// The relations of the words after it that the parser hung on it and that belong to the verb (`met Xi`,
    /// `telefonisch`, an object); the rest stay its own (`zondag 12 mei`, `zondag en maandag`, an apposition).
    static let moved: Set<String> = ["nmod", "amod", "obj", "iobj", "obl", "advmod"]

    /// Whether a lowercased word is a day's name, or one with a part of the day joined to it.
    func isDay(_ word: String) -> Bool {
        if days.contains(word) { return true }
        return dayParts.contains { part in word.hasSuffix(part) && days.contains(String(word.dropLast(part.count))) }
    }

    /// Whether `word` heads a bare phrase of time: a day's name or a noun of time, with no preposition of its own (`op
    /// zondag` is a modifier already) and before it only deictic determiners (`afgelopen zondag`, `vorige week`), one of
    /// which a noun of time needs.
    func isPhraseOfTime(_ word: Int, lowered: [String], heads: [Int], relations: [String]) -> Bool {
        precondition(lowered.count == heads.count && heads.count == relations.count, "one form, head and relation per word")
        let day = isDay(lowered[word])
        guard day || nouns.contains(lowered[word]) else { return false }
        var determined = false
        for dependent in heads.indices where heads[dependent] == word + 1 {
            if relations[dependent] == "case" { return false }
            guard dependent < word, relations[dependent] != "punct" else { continue }
            guard determiners.contains(lowered[dependent]) else { return false }
            determined = true
        }
        return day || determined
    }

    /// Rewrites `heads` (1-based, 0 for the root) and `relations` of one sentence.
    ///
    /// - Complexity: O(n²) in the sentence's words in the worst case (the dependents of each phrase of time); O(n)
    ///   where there is none.
    public func repair(forms: [String], upos: [String], heads: inout [Int], relations: inout [String]) {
        let count = forms.count
        guard count > 2 else { return }
        let lowered = forms.map { $0.lowercased() }
        func isVerb(_ word: Int) -> Bool { upos[word] == "VERB" || upos[word] == "AUX" }
        for word in 0..<count {
            let relation = relations[word]
            guard Self.arguments.contains(relation) || Self.attachments.contains(relation), heads[word] > 0,
                isPhraseOfTime(word, lowered: lowered, heads: heads, relations: relations)
            else { continue }
            let dependents = (0..<count).filter { heads[$0] == word + 1 }
            // The verb it modifies: the one it was made an argument of, or the verb of the phrase it was made part of
            // (`premier Mark Rutte zondag`, the subject; `de directeur van de Spoorwegen zaterdag`).
            var verb: Int
            if Self.arguments.contains(relation) {
                verb = heads[word] - 1
            } else {
                guard heads[word] - 1 < word else { continue }
                var noun = heads[word] - 1
                while ["nmod", "flat", "appos"].contains(relations[noun]), heads[noun] > 0 { noun = heads[noun] - 1 }
                guard ["nsubj", "nsubj:pass", "obj", "iobj", "obl"].contains(relations[noun]), heads[noun] > 0 else { continue }
                verb = heads[noun] - 1
            }
            guard isVerb(verb) else { continue }
            heads[word] = verb + 1
            relations[word] = self.relation
            // What the parser hung on it after it that is not its own goes back to the verb (`met Xi`, `telefonisch`,
            // `een akkoord`); a number just before such a noun counts it (`deze maand honderden zwarte migranten`).
            var moved: [Int] = []
            for dependent in dependents where dependent > word {
                if !Self.moved.contains(relations[dependent]) || upos[dependent] == "NUM" { continue }
                let ownPhrase = relations[dependent] == "nmod" && (0..<count).contains { marker in
                    heads[marker] == dependent + 1 && relations[marker] == "case" && ownPrepositions.contains(lowered[marker])
                }
                if ownPhrase { continue }
                heads[dependent] = verb + 1
                switch relations[dependent] {
                case "nmod": relations[dependent] = "obl"
                case "amod": relations[dependent] = "advmod"
                default: break
                }
                moved.append(dependent)
            }
            for number in dependents where number > word && upos[number] == "NUM" {
                guard let noun = moved.first(where: { $0 > number && ["NOUN", "PROPN"].contains(upos[$0]) }),
                    (number + 1..<noun).allSatisfy({ heads[$0] == noun + 1 && upos[$0] == "ADJ" })
                else { continue }
                heads[number] = noun + 1
                relations[number] = "nummod"
            }
            // The argument the parser then gave another relation gets its place back: a bare noun phrase left as the
            // verb's modifier (`Vorige week wees ook Polen …`: `Polen`; `sloten vorige maand een akkoord`), the first
            // after the phrase of time, else the last before it.
            if Self.arguments.contains(relation), !(0..<count).contains(where: { heads[$0] == verb + 1 && relations[$0] == relation }) {
                let bare = (0..<count).filter { other in
                    other != word && heads[other] == verb + 1 && relations[other] == self.relation
                        && ["NOUN", "PROPN", "PRON"].contains(upos[other])
                        && !isPhraseOfTime(other, lowered: lowered, heads: heads, relations: relations)
                        && !(0..<count).contains { heads[$0] == other + 1 && relations[$0] == "case" }
                }
                // For a subject, else the one object of a verb whose subject the parser took for its object
                // (`Zaterdag betoogden duizenden aanhangers`).
                let objects = (0..<count).filter { heads[$0] == verb + 1 && relations[$0] == "obj" && ["NOUN", "PROPN", "PRON"].contains(upos[$0]) }
                let subject = relation.hasPrefix("nsubj") && objects.count == 1 ? objects.first : nil
                if let argument = bare.first(where: { $0 > word }) ?? bare.last ?? subject { relations[argument] = relation }
            }
        }
    }
}
