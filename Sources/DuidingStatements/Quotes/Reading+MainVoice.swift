import DuidingCore

extension Reading {
    /// In a text whose sentences lost their order (``orderLost``), the sentences around a quotation are not the ones
    /// its writer put there: the speaker of the quotation before, the person of the sentence before and the antecedent
    /// of a `zegt hij` are chance. There a quotation that only its context attributed, and one whose own sentence gives
    /// its speaker by a pronoun that resolved to no one a quotation names outright, takes the body's main voice
    /// (``mainSpeaker(of:)``), which a reader of the whole text would take; with no voice that clearly leads, the first
    /// kind is left without a speaker and the second keeps its own, as it does when the main voice is of the other sex.
    /// Never one the quotation names (see ``names(_:in:)``).
    func attributeToMainVoice(_ found: inout [(quote: Quote, sentence: Int)], attributed: [Bool], byPronoun: [Bool], repeats: Set<Int>) {
        let main = mainSpeaker(of: found)
        let entity = entityIndex(main?.speaker)
        // Those a quotation's own sentence names as its speaker, by name or description.
        let named = Set(attributed.indices.filter { attributed[$0] && !byPronoun[$0] }.compactMap { found[$0].quote.speaker })
        for index in attributed.indices where found[index].quote.kind == "direct" && found[index].quote.speakerText != nil {
            let byContext = !attributed[index] && !repeats.contains(index)
            let byLostPronoun = attributed[index] && byPronoun[index] && !(found[index].quote.speaker.map(named.contains) ?? false)
            guard byContext || byLostPronoun else { continue }
            // (Not one the article calls by a pronoun of the other sex: `zegt hij` is no woman's.)
            let sex = byLostPronoun ? (found[index].quote.speakerText).flatMap { words.pronounSex[$0.lowercased()] } : nil
            if let main, let entity, !names(entity, inQuote: found[index].quote), sex.map({ fits(entity, sex: $0) }) ?? true {
                found[index].quote.speaker = main.speaker
                found[index].quote.speakerText = main.text
                if byContext {
                    found[index].quote.addressee = nil
                    found[index].quote.addresseeText = nil
                }
                found[index].quote.attribution = QuoteFinder.Attribution.mainVoice.rawValue
            } else if byContext {
                found[index].quote.dropSpeaker()
            }
        }
    }

    /// Whether the article's pronouns for an entity leave it possibly of this sex: some are, or none shows one.
    func fits(_ entity: Int, sex: Character) -> Bool {
        let shown = Set(parsed.analysis.entities[entity].mentions.filter { $0.kind == "pronoun" }.compactMap { words.pronounSex[$0.text.lowercased()] })
        return shown.isEmpty || shown.contains(sex)
    }
}
