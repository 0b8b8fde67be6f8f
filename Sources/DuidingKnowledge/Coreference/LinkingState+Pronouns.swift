import DuidingCore

/// Pronouns (`hij`, `zij`) and groups (`de twee leiders`, `beide landen`) resolved to the nearest
/// compatible entities before them, in text order, so a pronoun can follow a pronoun.
extension LinkingState {
    mutating func resolvePronounsAndGroups() {
        guard !words.pronouns.isEmpty || !words.groupNumbers.isEmpty else { return }
        let lower = document.lower
        var index = 0
        while index < lower.count {
            defer { index += 1 }
            if document.tokens[index].ner.map({ $0 != "O" }) ?? false { continue }
            if let pronoun = words.pronouns[lower[index]] {
                if !pronoun.requires.isEmpty, let xpos = document.tokens[index].xpos {
                    let parts = Set(xpos.split(separator: "|").map(String.init))
                    guard pronoun.requires.allSatisfy(parts.contains) else { continue }
                }
                if let cluster = salient(before: index, type: pronoun.type) {
                    attach(index..<(index + 1), kind: "pronoun", to: cluster)
                }
                continue
            }
            let start = index
            var next = index
            if words.determiners.contains(lower[next]) { next += 1 }
            if next > index, next < lower.count, let noun = words.nouns[lower[next]] {
                // `het bedrijf`: the nearest entity of that type and category.
                let target = nearest(before: index) { cluster in
                    guard cluster.type == noun.type else { return false }
                    guard let entity = cluster.entity else { return true }
                    return noun.categories.isEmpty || noun.categories.contains(self.kb.entities[entity].category)
                }
                if let target { attach(index..<(next + 1), kind: "description", to: target) }
                index = next
                continue
            }
            guard next < lower.count, let size = words.groupNumbers[lower[next]] else { continue }
            next += 1
            var type = "PER"
            if next < lower.count, let nounType = words.groupNouns[lower[next]] {
                type = nounType
                next += 1
            } else if next < lower.count, let upos = document.tokens[next].upos, upos == "NOUN" || upos == "ADJ" {
                continue  // `de twee partijen`: a group of something else
            }
            var members: [Int] = []
            for entry in timeline.reversed() where entry.token < start && members.count < size {
                let cluster = clusters[entry.cluster]
                let fits = type == "LOC" ? cluster.entity.map { kb.entities[$0].kind == .gpe } ?? (cluster.type == "LOC") : cluster.type == type
                if fits, !members.contains(entry.cluster) { members.append(entry.cluster) }
            }
            guard members.count == size else { continue }
            for member in members { attach(start..<next, kind: "group", to: member) }
            index = next - 1
        }
    }
}

extension LinkingState {
    /// The antecedent of a pronoun: in the nearest sentence (this one first) with a mention of the type,
    /// the first such mention — the subject, usually (`Blinken zei dat hij`).
    func salient(before token: Int, type: String) -> Int? {
        let sentence = document.sentenceOf[token]
        var best: (sentence: Int, token: Int, cluster: Int)?
        for entry in timeline.reversed() where entry.token < token && clusters[entry.cluster].type == type {
            let current = document.sentenceOf[entry.token]
            if let found = best, current < found.sentence { break }
            if sentence - current > 3 { break }
            best = (current, entry.token, entry.cluster)
        }
        return best?.cluster
    }
}
