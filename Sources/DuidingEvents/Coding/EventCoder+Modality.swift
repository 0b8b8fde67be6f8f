import DuidingCore
import DuidingStatements

/// Negation and modality of an event word: asserted, reported, planned or conditional (`modality.tsv`).
extension EventCoder {
    func negated(_ token: Int, parsed: ParsedText) -> Bool {
        if parsed.children[token].contains(where: { negations.contains(parsed.lemmas[$0]) }) { return true }
        if let head = parsed.heads[token], parsed.has(token, relation: "xcomp"), refusals.contains(parsed.lemmas[head]) { return true }
        let sentence = parsed.range(ofSentence: parsed.sentenceOf[token])
        // A negation that closes the main clause of a finite verb negates it, wherever the parse hung it (`erkent Arias,
        // een vroegere bondgenoot van Chávez, de overwinning niet.`): no verb or conjunction between them but in a clause
        // on a noun (`erkent de regering van Kosovo, een land dat zich onafhankelijk verklaarde, nog altijd niet.`), and
        // no new subject after a comma (`Nederland steunt het plan, België niet.`). Not for a verb of a clause inside
        // another (`erkent de sancties die de EU oplegde niet`: the negation is the main clause's).
        func under(_ index: Int, _ relations: [String], upTo top: Int?) -> Bool {
            var current: Int? = index
            var steps = 0
            while let node = current, node != top, steps < 32 {
                if relations.contains(where: { parsed.has(node, relation: $0) }) { return true }
                current = parsed.heads[node]
                steps += 1
            }
            return false
        }
        let embedded = under(token, ["acl", "advcl", "ccomp", "csubj"], upTo: nil)
            || parsed.children[token].contains { parsed.has($0, relation: "mark") }
        if !embedded, (parsed.tokens[token].feats ?? "").contains("VerbForm=Fin"),
            let negation = (token + 1..<sentence.upperBound).first(where: { index in
                let clause = ["VERB", "AUX", "SCONJ", "CCONJ"].contains(parsed.upos(index)) && !under(index, ["acl"], upTo: token)
                // (A bare name or pronoun right after a comma, whatever the parse made of it; an apposition opens with a
                // determiner: `, een vroegere bondgenoot van Chávez,`.)
                let subject = parsed.tokens[index - 1].text == "," && ["PROPN", "NOUN", "PRON"].contains(parsed.upos(index))
                return clause || subject || negations.contains(parsed.lemmas[index])
            }), negations.contains(parsed.lemmas[negation]),
            negation + 1 == sentence.upperBound || [".", "!", "?", ";"].contains(parsed.tokens[negation + 1].text)
        {
            return true
        }
        // A `te` infinitive right after a refusal in its clause, however the parse hung them (`weigert Rusland te
        // veroordelen`): back from `te` over at most six words, stopping at punctuation or a conjunction.
        guard token - 1 > sentence.lowerBound, infinitives.contains(parsed.lemmas[token - 1]) else { return false }
        var index = token - 2
        while index >= max(sentence.lowerBound, token - 7) {
            if parsed.isPunctuation(index) || ["CCONJ", "SCONJ"].contains(parsed.upos(index)) { break }
            if parsed.upos(index) == "VERB", refusals.contains(parsed.lemmas[index]) { return true }
            index -= 1
        }
        return false
    }

    /// An act its doer is ready to do, as an intent (`China is bereid om met de VS te onderhandelen` → 036): the act's
    /// verb hangs on a word of readiness, or the parse hung that word on the verb (`is bereid Oekraïne te steunen`), or a
    /// word of wishing puts it ahead (`wil … praten`); with that word, whose negation is the intent's (`niet bereid te
    /// praten`).
    func intent(_ token: Int, code: String, parsed: ParsedText) -> (code: String, ready: Int)? {
        guard let intent = intents.first(where: { code.hasPrefix($0.act) })?.intent else { return nil }
        if let ready = parsed.heads[token], readiness.contains(parsed.lemmas[ready]),
            ["xcomp", "advcl", "ccomp"].contains(where: { parsed.has(token, relation: $0) })
        {
            return (intent, ready)
        }
        if let ready = parsed.children[token].first(where: { readiness.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "advmod") }) {
            return (intent, ready)
        }
        // An act its doer wants to do, by a word of `wish` (`wil hierover overleg plegen met de minister` → 036, `willen
        // samenwerken` → 031): an intent as well, expressed now.
        // Not every act: wanting to sign an agreement is planning it (`wish-intent` lists the acts whose wish is an intent).
        if let wish = plannedBy(token, parsed: parsed), wishes.contains(parsed.lemmas[wish]), wishIntents.contains(where: { code.hasPrefix($0) }) {
            return (intent, wish)
        }
        return nil
    }

    /// The `te` complement of a verb in `verbs` (`beschuldigt Pakistan ervan … te steunen`, `riep Israël op om … aan te
    /// vallen`): that verb.
    func complementHead(_ token: Int, of verbs: Set<String>, parsed: ParsedText) -> Int? {
        guard parsed.upos(token) == "VERB", let head = parsed.heads[token], parsed.upos(head) == "VERB",
            ["xcomp", "advcl", "ccomp"].contains(where: { parsed.has(token, relation: $0) }),
            parsed.children[token].contains(where: { infinitives.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "mark") }),
            verbs.contains(verbLemma(head, parsed: parsed))
        else { return nil }
        return head
    }

    /// An act someone is asked or called on to do, which has not happened (`riep Israël op om Hamas niet aan te vallen`).
    func isAskedFor(_ token: Int, parsed: ParsedText) -> Bool { complementHead(token, of: appeals, parsed: parsed) != nil }

    /// The one an accusation says did its `te` complement: the accusing verb's object (`beschuldigt Pakistan ervan de
    /// militanten te steunen` → Pakistan), or a second subject after the verb where the parse made the object one.
    func accused(doing token: Int, parsed: ParsedText) -> Int? {
        guard let head = complementHead(token, of: accusations, parsed: parsed) else { return nil }
        let before = parsed.children[head].filter { $0 < token }
        if let object = before.first(where: { parsed.has($0, relation: "obj") || parsed.has($0, relation: "iobj") }) { return object }
        let subjects = before.filter { parsed.has($0, relation: "nsubj") }
        return subjects.count == 2 && subjects[0] < head && subjects[1] > head ? subjects[1] : nil
    }

    func modality(_ token: Int, parsed: ParsedText) -> String {
        let start = parsed.tokens[token].start
        // What someone says happened: inside indirect speech or a quotation (terms in quotation marks are no quotes), or
        // what an accusation says its object did.
        if parsed.analysis.quotes.contains(where: { $0.start <= start && start < $0.end }) { return "reported" }
        if complementHead(token, of: accusations, parsed: parsed) != nil { return "reported" }
        if parsed.children[token].contains(where: { conditions.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "mark") }) {
            return "hypothetical"
        }
        return plannedBy(token, parsed: parsed) != nil ? "planned" : "asserted"
    }

    /// The word that puts the event ahead (`zal bezoeken`, `wil ontmoeten`): an auxiliary of the event's verb or of a
    /// verb above it in its clause, or that verb.
    func plannedBy(_ token: Int, parsed: ParsedText) -> Int? {
        var node: Int? = token
        var steps = 0
        while let current = node, steps < 3 {
            if let auxiliary = parsed.children[current].first(where: { planned.contains(parsed.lemmas[$0]) && parsed.has($0, relation: "aux") }) {
                return auxiliary
            }
            if current != token, planned.contains(parsed.lemmas[current]) { return current }
            guard ["xcomp", "conj"].contains(where: { parsed.has(current, relation: $0) }) else { break }
            node = parsed.heads[current]
            steps += 1
        }
        return nil
    }

    /// Whether the event is one side's wish (`wil overeenkomsten sluiten`), not something scheduled (`zal … onderhandelen`).
    func isWished(_ token: Int, parsed: ParsedText) -> Bool {
        plannedBy(token, parsed: parsed).map { wishes.contains(parsed.lemmas[$0]) } ?? false
    }
}
