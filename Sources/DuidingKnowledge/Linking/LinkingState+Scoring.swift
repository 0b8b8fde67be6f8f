import DuidingCore

/// How a candidate entity is scored for a name: how well the name matched, whether the types agree,
/// how famous it is, whether the person held an office on the reference day (and the one named next
/// to them), and how often the article points at its country.
extension LinkingState {
    /// Agreement of the entity tagger's type with the knowledge base's kind.
    static func typeFit(_ type: String, _ kind: EntityKind) -> Double {
        switch (type, kind) {
        case ("PER", .person), ("ORG", .organisation), ("MISC", .misc), ("LOC", .gpe), ("LOC", .location): 1
        // The tagger's usual confusions: `Rusland` won, `Peking` reageerde (ORG for a place), `China's` (MISC),
        // a news agency or a building as LOC.
        case ("ORG", .gpe), ("MISC", .organisation), ("MISC", .gpe), ("LOC", .organisation), ("ORG", .location): 0.2
        case ("ORG", .misc), ("MISC", .location): -0.5
        case (_, .person): -0.8  // a famous surname the tagger typed as a place or organisation (`Clinton`)
        case ("PER", _): -0.3  // `Swissair`, `Venezuela` typed as people: a person candidate still wins
        default: -1.5
        }
    }

    func score(_ entity: Int, match: NameMatch, type: String, cue: Description?) -> Double {
        let known = kb.entities[entity]
        var score: Double
        switch match {
        case .folded: score = 1.5
        case .transliterated: score = 1.2
        case .surname: score = 0.5
        }
        score += Self.typeFit(type, known.kind)
        score += 0.25 * Double(known.prior)
        if known.kind == .person {
            score += officeScore(entity, cue: cue)
        }
        if let country = known.country {
            score += 0.15 * Double(min(countries[country] ?? 0, 6))
        }
        return score
    }

    /// A person in office on the reference day gains; more when the office is the one written beside the name.
    func officeScore(_ person: Int, cue: Description?) -> Double {
        let all = (kb.rolesByPerson[person] ?? []).map { kb.roles[$0] }
        guard !all.isEmpty else { return 0 }
        let day = document.day
        let held = all.filter { $0.held(on: day) }
        var score = 0.0
        if !held.isEmpty {
            score += 1
        } else if all.contains(where: { role in
            let near = 4 * 365
            return (role.start.map { $0.number - near <= day.number } ?? true) && (role.end.map { day.number <= $0.number + near } ?? true)
        }) {
            score += 0.4
        }
        if let cue {
            let owner = cueOwner(cue)
            if held.contains(where: { cue.roles.contains($0.role) && (owner == nil || $0.of == owner) }) {
                score += 2
            } else if all.contains(where: { cue.roles.contains($0.role) }) {
                score += 0.5
            }
        }
        return score
    }

    /// The country or organisation an office description names, once the name after `van` is linked.
    func cueOwner(_ description: Description) -> String? {
        if let owner = description.owner ?? description.country { return owner }
        guard let name = description.ofName, let cluster = nameCluster[name], let entity = clusters[cluster].entity else { return nil }
        let known = kb.entities[entity]
        switch known.kind {
        case .person: return known.country
        case .gpe where known.category == "country": return known.country
        default: return known.title
        }
    }
}
