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
            if let type = words.pronouns[lower[index]] {
                if let cluster = nearest(before: index, { $0.type == type }) {
                    attach(index..<(index + 1), kind: "pronoun", to: cluster)
                }
                continue
            }
            var start = index
            var next = index
            if words.determiners.contains(lower[next]) { next += 1 }
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
            start = next
            index = next - 1
        }
    }
}
