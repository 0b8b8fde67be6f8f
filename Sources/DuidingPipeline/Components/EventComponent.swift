public import DuidingCore
public import DuidingEvents
public import DuidingKnowledge

/// Codes political events (`events`): CAMEO code, PLOVER category and Goldstein value, source and target
/// entities with their CAMEO actor codes on the article's day, modality, negation and time.
public struct EventComponent: Component {
    public let coder: EventCoder
    public let name = "events.v1"
    public let requires: Set<Annotation> = [.tokens, .sentences, .lemma, .dependencies, .entities, .times, .quotes]
    public let assigns: Set<Annotation> = [.events]

    public init(coder: EventCoder) {
        self.coder = coder
    }

    /// - Complexity: O(tokens + entities): the places that set groups in their country are read once per article.
    public func annotate(_ analysis: inout Analysis) {
        analysis.events = coder.code(analysis)
    }

    /// The CAMEO actor code of an entity on a day, from the knowledge base: a place that stands for a
    /// government (`Peking` → `CHNGOV`), a country (`CHN`), an international organisation (`IGOWSTNAT`), a region
    /// (`EUR`), a person by the office held that day (`RUSGOV`; `IGOUNO` for the UN's Secretary-General), else the
    /// entity's country, with the sector of an organisation's kind (`NLDLEG` for the Tweede Kamer).
    public static func actorCodes(kb: KnowledgeBase, codebook: EventCodebook) -> @Sendable (Entity, CalendarDay?) -> String? {
        let countryOf = Dictionary(kb.countries.values.map { ($0.entity, $0.code) }) { a, _ in a }
        return { entity, day in
            if let government = entity.government { return codebook.actor(country: government, sector: "GOV") }
            guard let index = entity.kb.flatMap({ kb.byQID[$0] }) ?? entity.title.flatMap({ kb.byTitle[$0] }) else { return nil }
            if let code = countryOf[index] { return codebook.actor(country: code) }
            // An international organisation acts as itself (`NATO` → `IGOWSTNAT`), not as the country it sits in; a region
            // or bloc as a whole (`Europa` → `EUR`).
            if let code = codebook.organisations[kb.entities[index].title] ?? codebook.regions[kb.entities[index].title] { return code }
            for number in kb.rolesByPerson[index] ?? [] {
                let role = kb.roles[number]
                guard day.map(role.held(on:)) ?? true else { continue }
                if role.of.count == 2 { return codebook.actor(country: role.of, sector: "GOV") }
                // An office of an international organisation (`Secretary-General of the United Nations` → `IGOUNO`).
                if let code = codebook.organisations[role.of] { return code }
            }
            // An organisation of a country acts as that country with the sector of its kind (`Tweede Kamer` → `NLDLEG`).
            let entry = kb.entities[index]
            let sector = entry.kind == .organisation ? codebook.sectors[entry.category] ?? "" : ""
            return entry.country.flatMap { codebook.actor(country: $0, sector: sector) }
        }
    }
}
