@testable import DuidingEvaluation
import DuidingCore
import DuidingEvents
import Foundation
import Testing

/// The political-event gold set reads back: every trigger at its words, every code in the codebook.
@Suite("Event gold set")
struct EventGoldTests {
    @Test func goldFilesReadBack() throws {
        let codebook = try EventCodebook()
        for (name, minimum) in [("nl-tune.events", 200), ("nl-tune-2.events", 150), ("nl-tune-3.events", 300), ("nl-dev.events", 150), ("nl-test.events", 200)] {
            let text = try String(contentsOf: Paths.repository.appendingPathComponent("Gold/events/" + name), encoding: .utf8)
            let documents = try EventGold.parse(text)
            let events = documents.flatMap(\.events)
            #expect(events.count >= minimum, "\(name)")
            for document in documents {
                let scalars = Array(document.text.unicodeScalars)
                for event in document.events {
                    #expect(String(String.UnicodeScalarView(scalars[event.start..<event.end])) == event.trigger, "\(document.id)")
                    #expect(codebook[event.code] != nil, "\(document.id): \(event.code)")
                }
            }
        }
        let parsed = try EventGold.parse(
            "# doc: a\n# date: 2024-05-16\nPoetin bezocht China.\n% event bezocht | code: 042 | source: Vladimir Poetin | source-actor: RUSGOV | target: China | target-actor: CHN | modality: asserted | negated: no | date: 2024-05-16")
        #expect(parsed.first?.events.first?.root == "04")
        #expect(parsed.first?.events.first?.start == 7)
        #expect(parsed.first?.events.first?.targetActor == "CHN")
        #expect(throws: GoldLineError.self) { try EventGold.parse("# doc: a\nTekst.\n% event Tekst | code: 4x | modality: asserted | negated: no") }
        // CAMEO has roots 01 to 20.
        for code in ["9999", "00", "21"] {
            #expect(throws: GoldLineError.self) { try EventGold.parse("# doc: a\nTekst.\n% event Tekst | code: \(code) | modality: asserted | negated: no") }
        }
        #expect(throws: GoldLineError.self) { try EventGold.parse("# doc: a\nTekst.\n% event Tekst | code: 042 | modality: maybe | negated: no") }
        #expect(throws: GoldLineError.self) { try EventGold.parse("# doc: a\nTekst.\n% event Niet | code: 042 | modality: asserted | negated: no") }
    }

    @Test func scoringPairsSystemAndGoldEventsOneToOneAsManyAsPossible() {
        // System event 0 fits gold 0 and 1, system event 1 only gold 0: taking gold 0 for the first would leave the
        // second unmatched.
        #expect(EventScore.maximumPairing([[0, 1], [0]], goldCount: 2) == [1, 0])
        #expect(EventScore.maximumPairing([[0], [0], []], goldCount: 1) == [0, nil, nil])
        #expect(EventScore.maximumPairing([], goldCount: 3).isEmpty)
    }

    @Test func actorsAreComparedByCountryOrByOrganisation() {
        func actor(_ code: String) -> Event.Actor { Event.Actor(entity: nil, actor: code, text: "x") }
        #expect(EventScore.same(nil, "RUS", actor("RUSGOV"), entities: [:]))
        #expect(EventScore.same(nil, "IGOUNO", actor("IGOUNO"), entities: [:]))
        // Two organisations share only the `IGO` of their codes: they are no one actor; a code and a part of it are.
        #expect(!EventScore.same(nil, "IGOUNO", actor("IGOWSTNAT"), entities: [:]))
        #expect(!EventScore.same(nil, "IGOEUREEC", actor("IGOEURCOE"), entities: [:]))
        #expect(EventScore.same(nil, "NGO", actor("NGOHRIAMN"), entities: [:]))
        #expect(EventScore.same(nil, "IGOUNO", actor("IGOUNOWFP"), entities: [:]))
        #expect(!EventScore.same(nil, "NGO", actor("NLDGOV"), entities: [:]))
    }

    @Test func anEventIsDatedByItsOwnTimeElseByTheArticlesDay() throws {
        func score(_ text: String, goldDate: String) throws -> EventScore {
            let gold = try EventGold.parse(
                "# doc: a\n# date: 2024-05-16\n\(text)\n% event bezocht | code: 042 | source: Vladimir Poetin | source-actor: RUSGOV | target: China | target-actor: CHN | modality: asserted | negated: no | date: \(goldDate)")
            return try EventEvaluation.evaluate(sharedAnalyzer, gold)
        }
        // No time in the sentence: the article's day.
        let undated = try score("Poetin bezocht China.", goldDate: "2024-05-16")
        #expect(undated.matched == 1 && undated.dated == 1 && undated.datedCorrect == 1)
        // Its own time, which the gold gives otherwise.
        let dated = try score("Poetin bezocht China in maart.", goldDate: "2024-05-16")
        #expect(dated.dated == 1 && dated.datedCorrect == 0)
        #expect(dated.errors.contains { $0.contains("date") && $0.contains("2024-03") })
    }
}
