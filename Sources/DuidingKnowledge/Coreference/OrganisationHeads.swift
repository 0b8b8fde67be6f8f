import DuidingCore

/// The organisations named in a text by the head of their names (`Hoge Raad voor Diamant` → `raad`, `Europese
/// Commissie` → `commissie`), for the definite nouns that refer back to them (`de raad`, `de commissie`): the head
/// itself, or a listed noun that ends a compound head (`hof` in `Strafhof`, the `organisation-head` words of
/// `references.tsv`; not any end: `de wagen` is no `Volkswagen`), with where each organisation is mentioned.
struct OrganisationHeads {
    /// A head or compound end → the clusters whose name has it.
    var clusters: [String: [Int]] = [:]
    /// A cluster → the tokens where it is mentioned, in text order.
    var mentions: [Int: [Int]] = [:]
    /// The longest word whose compound ends are looked up.
    static let longestCompound = 40

    /// The organisation named last before a token whose name's head is or ends in `noun`.
    ///
    /// - Complexity: O(c log m) for c organisations with that head and m mentions of each.
    func nearest(ending noun: String, before token: Int) -> Int? {
        var best: (cluster: Int, token: Int)?
        for cluster in clusters[noun] ?? [] {
            // The last mention before the token (the mentions are in text order).
            guard let tokens = mentions[cluster], case let after = tokens.partitioningIndex(where: { $0 < token }), after > 0 else { continue }
            let last = tokens[after - 1]
            if best.map({ last > $0.token }) ?? true { best = (cluster, last) }
        }
        return best?.cluster
    }
}

extension LinkingState {
    /// The heads of the organisations' names, found once per text (a name's head is its last word before a lowercase
    /// one: `Hoge Raad voor Diamant` → `Raad`).
    ///
    /// - Complexity: O(mentions of organisations × longest compound end).
    func organisationHeads(compoundEnds: Set<String>) -> OrganisationHeads {
        var heads = OrganisationHeads()
        for (number, cluster) in clusters.enumerated() where cluster.type == "ORG" {
            var ends: Set<String> = []
            for mention in cluster.mentions where mention.kind == nil {
                guard let head = mention.text.split(separator: " ").prefix(while: { $0.first?.isLowercase != true }).last else { continue }
                let word = Transliteration.fold(String(head))
                ends.insert(word)
                // A listed noun that ends a compound after three or more letters (`straf|hof`).
                guard word.count <= OrganisationHeads.longestCompound else { continue }
                for end in compoundEnds where word.count >= end.count + 3 && word.hasSuffix(end) { ends.insert(end) }
            }
            for end in ends { heads.clusters[end, default: []].append(number) }
        }
        for entry in timeline where !heads.clusters.isEmpty && clusters[entry.cluster].type == "ORG" {
            heads.mentions[entry.cluster, default: []].append(entry.token)
        }
        return heads
    }
}
