import DuidingCore
public import DuidingPipeline
import Foundation

/// Event coding scores against an `.events` gold file.
public struct EventScore: Sendable {
    /// System events, gold events, and those matched on (root code, source, target).
    public var system = 0
    public var gold = 0
    public var matched = 0
    /// Of the matched, those with the full code and with the modality (and negation) of the gold event.
    public var fullCode = 0
    public var modality = 0
    /// Of the matched whose gold event has a date, those dated with that value (`2023-04-06`, `2023-03`) by their own
    /// time expression, else by the article's day, as in the store and the exports.
    public var dated = 0
    public var datedCorrect = 0
    public var errors: [String] = []

    public var precision: Double { QuoteScore.ratio(matched, system) }
    public var recall: Double { QuoteScore.ratio(matched, gold) }
    public var fullCodeAccuracy: Double { QuoteScore.ratio(fullCode, matched) }
    public var modalityAccuracy: Double { QuoteScore.ratio(modality, matched) }
    public var dateAccuracy: Double { QuoteScore.ratio(datedCorrect, dated) }
}

public enum EventEvaluation {
    /// Analyses every gold document (dated by its `# date:` at noon UTC) and scores its events.
    public static func evaluate(_ analyzer: Analyzer, _ documents: [EventGoldDocument], language: String? = "nl")
        throws(PipelineError) -> EventScore
    {
        var score = EventScore()
        for document in documents {
            score.add(document, try GoldAnalysis.analyze(analyzer, document.text, date: document.date, language: language))
        }
        return score
    }
}

extension EventScore {
    /// Whether a system actor is the gold one: by name or, for a group, its words (as speakers are compared), or by the
    /// country of its CAMEO actor code.
    static func same(_ gold: String?, _ goldActor: String?, _ actor: Event.Actor?, entities: [String: Entity]) -> Bool {
        let entity = actor?.entity.flatMap { entities[$0] }
        if let gold, QuoteEvaluation.same(gold, cue: nil, entity: entity, text: nil) { return true }
        if let gold, let text = actor?.text, QuoteEvaluation.same(gold, cue: nil, entity: nil, text: text) { return true }
        // By actor code at the level of the country, as event data are compared by dyad (`RUSGOV` and `RUS`); the code
        // of an international organisation or NGO when one is the other or a part of it (`NGO` and `NGOHRIAMN`, `IGOUNO`
        // and `IGOUNOWFP`; not `IGOEUREEC` and `IGOEURCOE`, nor any two `IGO…`).
        if let goldActor, let code = actor?.actor, goldActor.count >= 3 {
            if ["IGO", "NGO"].contains(goldActor.prefix(3)) || ["IGO", "NGO"].contains(code.prefix(3)) {
                if goldActor.hasPrefix(code) || code.hasPrefix(goldActor) { return true }
            } else if goldActor.prefix(3) == code.prefix(3) {
                return true
            }
        }
        return false
    }

    mutating func add(_ document: EventGoldDocument, _ analysis: Analysis) {
        let entities = Dictionary(analysis.entities.map { ($0.id, $0) }) { a, _ in a }
        system += analysis.events.count
        gold += document.events.count
        // The date each event has in the store and the exports: its own time's value, else the article's day.
        let dates = analysis.eventRecords().map(\.date)
        func name(_ actor: Event.Actor?) -> String { actor?.text ?? actor?.entity.flatMap { entities[$0]?.name } ?? "-" }
        // Which gold events each system event could be (same root, same source and target), then a one-to-one
        // pairing of as many as possible (augmenting paths), so that a system event that fits two gold events does
        // not take the one another system event needed.
        let candidates = analysis.events.map { event in
            document.events.indices.filter { index in
                let gold = document.events[index]
                return gold.root == String(event.code.prefix(2))
                    && Self.same(gold.source, gold.sourceActor, event.source, entities: entities)
                    && Self.same(gold.target, gold.targetActor, event.target, entities: entities)
            }
            // Those with the same full code first.
            .sorted { (document.events[$0].code != event.code ? 1 : 0, $0) < (document.events[$1].code != event.code ? 1 : 0, $1) }
        }
        let pairs = Self.maximumPairing(candidates, goldCount: document.events.count)
        var used: Set<Int> = []
        for (number, event) in analysis.events.enumerated() {
            guard let index = pairs[number] else {
                errors.append("\(document.id): extra    \(event.code) \(name(event.source)) → \(name(event.target)) (\(event.modality))")
                continue
            }
            used.insert(index)
            matched += 1
            let gold = document.events[index]
            if gold.code == event.code { fullCode += 1 }
            if gold.modality == event.modality && gold.negated == event.negated { modality += 1 }
            if let date = gold.date, date != "-" {
                dated += 1
                let value = dates.indices.contains(number) ? dates[number] : nil
                if value == date {
                    datedCorrect += 1
                } else {
                    errors.append("\(document.id): date     \(event.code) \(name(event.source)) → \(name(event.target)) \(value ?? "-"), gold: \(date)")
                }
            }
        }
        for (index, gold) in document.events.enumerated() where !used.contains(index) {
            errors.append("\(document.id): missed   \(gold.code) \(gold.source ?? "-") → \(gold.target ?? "-") “\(gold.trigger)”")
        }
    }

    /// For each system event, the gold event it is paired with: a maximum one-to-one pairing of the candidates (Kuhn's
    /// augmenting paths), system events tried in their order and each one's candidates in the order given (the caller
    /// puts the gold events with the same full code first; an augmenting path may still move a pair to another).
    static func maximumPairing(_ candidates: [[Int]], goldCount: Int) -> [Int?] {
        var goldPair = [Int?](repeating: nil, count: goldCount)
        func augment(_ system: Int, _ seen: inout [Bool]) -> Bool {
            for gold in candidates[system] where !seen[gold] {
                seen[gold] = true
                if goldPair[gold] == nil || augment(goldPair[gold]!, &seen) {
                    goldPair[gold] = system
                    return true
                }
            }
            return false
        }
        for system in candidates.indices {
            var seen = [Bool](repeating: false, count: goldCount)
            _ = augment(system, &seen)
        }
        var systemPair = [Int?](repeating: nil, count: candidates.count)
        for (gold, system) in goldPair.enumerated() { if let system { systemPair[system] = gold } }
        return systemPair
    }
}
