import DuidingCore
import Foundation

/// The clusters: short forms joined to full names, repeats recovered, names and mentions attached in text order,
/// and the entities they become.
extension LinkingState {
    /// A person first named by surname alone and left NIL joins the one later named in full
    /// (`Holbrooke` … `Richard Holbrooke`), when only one full name fits. So does a surname first taken for an obscure
    /// place of the gazetteer (a headline's `Kaili`, a Chinese city, before `Eva Kaili`).
    mutating func mergeShortForms() {
        // (Not first named after a preposition, as a place is: `in Stein` stays the town beside a `Jan Stein`.)
        func obscurePlace(_ cluster: Linker.Cluster) -> Bool {
            guard let entity = cluster.entity, cluster.words.count == 1,
                [.gpe, .location].contains(kb.entities[entity].kind), kb.entities[entity].prior <= 1,
                let first = cluster.mentions.min(by: { $0.start < $1.start })
            else { return false }
            let token = document.tokens.firstIndex { $0.start == first.start }
            return token.map { $0 == 0 || document.tokens[$0 - 1].upos != "ADP" } ?? false
        }
        for (index, cluster) in clusters.enumerated()
        where (cluster.type == "PER" && cluster.entity == nil || obscurePlace(cluster)) && !cluster.mentions.isEmpty {
            let longer = clusters.indices.filter {
                $0 != index && clusters[$0].type == "PER" && !clusters[$0].mentions.isEmpty && Self.isShortForm(cluster.words, of: clusters[$0].words)
            }
            guard longer.count == 1, let target = longer.first else { continue }
            // (A place only when it came first: the headline's `Kaili` before `Eva Kaili`.)
            if cluster.entity != nil, let own = cluster.mentions.map(\.start).min(), let full = clusters[target].mentions.map(\.start).min(), own > full {
                continue
            }
            merge(index, into: target)
        }
    }

    /// Two names of one person joined by an alias word (`Nix (alias Marnix Verduyn)`, `Marnix Verduyn alias Nix`)
    /// become one entity: the one the knowledge base knows, else the first, named by its longer name.
    mutating func mergeAliases() {
        guard !words.aliasWords.isEmpty else { return }
        let names = document.names
        for (first, name) in names.enumerated() {
            guard let second = names.indices.first(where: { names[$0].tokens.lowerBound > name.tokens.upperBound }),
                names[second].tokens.lowerBound - name.tokens.upperBound <= 2,
                name.type == "PER" || names[second].type == "PER"
            else { continue }
            let between = (name.tokens.upperBound..<names[second].tokens.lowerBound).map { document.lower[$0] }
            guard between.count == 1 || between.count == 2 && [",", "("].contains(between[0]), let word = between.last, words.aliasWords.contains(word),
                let one = nameCluster[first], let other = nameCluster[second], one != other,
                clusters[one].entity == nil || clusters[other].entity == nil
            else { continue }
            let (kept, dropped) = clusters[other].entity != nil ? (other, one) : (one, other)
            if clusters[dropped].words.count > clusters[kept].words.count { clusters[kept].words = clusters[dropped].words }
            clusters[kept].type = "PER"
            merge(dropped, into: kept)
        }
    }

    /// A name and its acronym in brackets after it (`de Vereniging voor … borstvoeding (VBBB)`, ``LinkingDocument/
    /// expandAcronyms()``) become one entity: the one the knowledge base knows, else the name's, named by the name.
    mutating func mergeAcronyms() {
        let names = document.names
        for (first, name) in names.enumerated() {
            guard first + 1 < names.count, names[first + 1].tokens == (name.tokens.upperBound + 1)..<(name.tokens.upperBound + 2),
                document.isSpelledOut(name), let one = nameCluster[first], let other = nameCluster[first + 1], one != other,
                clusters[one].entity == nil || clusters[other].entity == nil
            else { continue }
            let (kept, dropped) = clusters[other].entity != nil ? (other, one) : (one, other)
            clusters[kept].words = clusters[one].words
            // (An acronym names no person: `Nachtondernemers Amsterdam (NOA)`, the tagger calling the words a person's
            // name, is the organisation.)
            if clusters[kept].entity == nil, clusters[one].type == "PER", clusters[other].type == "ORG" { clusters[kept].type = "ORG" }
            merge(dropped, into: kept)
        }
    }

    /// Moves every mention of cluster `index` to `target`.
    private mutating func merge(_ index: Int, into target: Int) {
        clusters[target].mentions += clusters[index].mentions
        clusters[target].cueRoles.formUnion(clusters[index].cueRoles)
        clusters[index].mentions = []
        for position in timeline.indices where timeline[position].cluster == index { timeline[position].cluster = target }
        for name in nameCluster.indices where nameCluster[name] == index { nameCluster[name] = target }
        for (key, value) in clusterOfName where value == index { clusterOfName[key] = target }
    }

    /// Words the tagger left untagged that repeat a name of the article, or the surname of a person in it
    /// (`Arafat` tagged once, missed twice), become mentions of that entity.
    mutating func recoverRepeats() {
        var known: [String: Int] = [:]
        var longest = 1
        for (key, cluster) in clusterOfName where !clusters[cluster].mentions.isEmpty {
            known[key] = cluster
            longest = max(longest, key.split(separator: " ").count)
        }
        for (index, cluster) in clusters.enumerated() where cluster.type == "PER" && cluster.words.count > 1 && !cluster.mentions.isEmpty {
            if let last = cluster.words.last, last.count > 2, known[last] == nil { known[last] = index }
        }
        var tagged = IndexSet()
        for name in document.names { tagged.insert(integersIn: name.tokens) }
        tagged.formUnion(officeTokens)
        var index = 0
        while index < document.tokens.count {
            // A capitalised pronoun or function word (`Het`, `Men`) at a sentence's start repeats no name; nor does a verb,
            // unless the lemmatizer knew no verb in it (`Vermeulen zelf, die …, wil`: `Vermeulen` tagged a verb, its lemma
            // the word itself, where a verb's is its infinitive).
            let token = document.tokens[index]
            let unknownVerb = token.upos == "VERB" && token.lemma == token.text
            guard !tagged.contains(index), token.text.first?.isUppercase ?? false,
                !Self.notRepeatStarts.contains(token.upos ?? "") || unknownVerb
            else {
                index += 1
                continue
            }
            var matched = 0
            for length in stride(from: min(longest, document.tokens.count - index), through: 1, by: -1) {
                let range = index..<(index + length)
                guard !tagged.intersects(integersIn: range), document.sentenceOf[index] == document.sentenceOf[index + length - 1] else { continue }
                if let cluster = known[Transliteration.fold(document.text(range))] {
                    attach(range, kind: nil, to: cluster)
                    matched = length
                    break
                }
            }
            index += max(matched, 1)
        }
    }

    /// Universal parts of speech of words that start no repeated name: closed classes, and adjectives and verbs (a heading
    /// `Algemeen` is no second mention of `Algemeen Dagblad`).
    static let notRepeatStarts: Set<String> = ["PRON", "DET", "ADP", "ADV", "SCONJ", "CCONJ", "AUX", "PART", "INTJ", "ADJ", "VERB"]

    /// Whether `words` is the tail of a longer name (`blinken` of `antony blinken`).
    static func isShortForm(_ words: [String], of full: [String]) -> Bool {
        !words.isEmpty && words.count < full.count && Array(full.suffix(words.count)) == words
    }

    /// The cluster of a knowledge-base entity, made when the article first mentions it.
    mutating func cluster(for entity: Int, type: String) -> Int {
        if let known = clusterOfEntity[entity] { return known }
        let index = clusters.count
        let words = Transliteration.fold(kb.entities[entity].name(in: language)).split(separator: " ").map(String.init)
        // The knowledge base knows the kind better than the tagger (`Clinton` tagged LOC is a person).
        clusters.append(Linker.Cluster(entity: entity, type: kb.entities[entity].kind.nerType, words: words, mentions: []))
        clusterOfEntity[entity] = index
        return index
    }

    mutating func attach(_ name: Int, to cluster: Int) {
        let span = document.names[name]
        nameCluster[name] = cluster
        clusters[cluster].mentions.append(Mention(start: span.start, end: span.end, text: span.text))
        let words = Transliteration.fold(span.text).split(separator: " ").map(String.init)
        if words.count > clusters[cluster].words.count { clusters[cluster].words = words }
        if let cue = cues[name] { clusters[cluster].cueRoles.formUnion(cue.roles) }
        insert(span.tokens.lowerBound, cluster)
    }

    /// Adds a mention of tokens `range` to a cluster: a name (`kind` nil) or a description, group or pronoun.
    mutating func attach(_ range: Range<Int>, kind: String?, to cluster: Int) {
        let first = document.tokens[range.lowerBound], last = document.tokens[range.upperBound - 1]
        clusters[cluster].mentions.append(Mention(start: first.start, end: last.end, text: document.text(range), kind: kind))
        insert(range.lowerBound, cluster)
    }

    /// Records a mention at a token in the timeline, which stays in text order.
    mutating func insert(_ token: Int, _ cluster: Int) {
        timeline.insert((token, cluster), at: timelineIndex(after: token))
    }

    /// The place in the timeline of its first entry at a token after `token` (`inclusive`: at or after it), by bisection.
    func timelineIndex(after token: Int, inclusive: Bool = false) -> Int {
        var (low, high) = (0, timeline.count)
        while low < high {
            let middle = (low + high) / 2
            if inclusive ? timeline[middle].token < token : timeline[middle].token <= token { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: Output

    func entities() -> [Entity] {
        let ordered = clusters.filter { !$0.mentions.isEmpty }.map { cluster -> Linker.Cluster in
            var sorted = cluster
            sorted.mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
            return sorted
        }.sorted { ($0.mentions[0].start, $0.mentions[0].end) < ($1.mentions[0].start, $1.mentions[0].end) }
        return ordered.enumerated().map { number, cluster in
            let named = cluster.mentions.filter { $0.kind == nil }
            let written = named.max { $0.text.count < $1.text.count }?.text ?? cluster.mentions[0].text
            guard let index = cluster.entity else {
                return Entity(id: "e\(number + 1)", type: cluster.type, name: written, mentions: cluster.mentions)
            }
            let known = kb.entities[index]
            let name = known.name(in: language)
            return Entity(
                id: "e\(number + 1)", type: cluster.type, name: name, kb: known.qid, title: known.title,
                description: known.descriptions[language] ?? known.descriptions["en"],
                aliases: Array(known.allLabels.filter { $0 != name }.prefix(12)),
                government: kb.governmentOf[index], mentions: cluster.mentions)
        }
    }
}
