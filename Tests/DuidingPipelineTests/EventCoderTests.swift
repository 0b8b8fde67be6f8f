import DuidingCore
import DuidingPipeline
import Foundation
import Testing

/// Political events end to end: CAMEO codes from the patterns, actors from the linked entities and their offices.
@Suite("Event coding")
struct EventCoderTests {
    static func events(_ text: String, reference: String = "2024-05-16T12:00:00+02:00") throws -> [(String, String?, String?, Event)] {
        let analysis = try sharedAnalyzer.analyze(text, options: AnalyzeOptions(language: "nl", referenceText: reference, now: Date()))
        return analysis.events.map { event in (event.code, event.source?.actor, event.target?.actor, event) }
    }

    @Test func flagshipVisitsAndSigning() throws {
        let text = try String(contentsOf: Paths.shared.appendingPathComponent("examples/nos-poetin-china.txt"), encoding: .utf8)
        let events = try Self.events(text, reference: "2024-05-16T09:34:00+02:00")
        func has(_ code: String, _ source: String, _ target: String) -> Bool {
            events.contains { $0.0 == code && $0.1 == source && $0.2 == target }
        }
        #expect(has("042", "RUSGOV", "CHN"))
        #expect(has("057", "RUSGOV", "CHNGOV"))
        #expect(has("057", "CHNGOV", "RUSGOV"))
        #expect(has("042", "CHNGOV", "RUSGOV"))
        #expect(has("042", "USAGOV", "CHNGOV"))
        #expect(events.allSatisfy { $0.3.goldstein != nil && !$0.3.label.isEmpty })
    }

    @Test func passiveNegationAndPlans() throws {
        let events = try Self.events(
            """
            Macron werd door Xi Jinping ontvangen in Peking. China veroordeelde Rusland niet. Rutte zal volgende week Kyiv bezoeken.
            """)
        let hosted = try #require(events.first { $0.0 == "043" })
        #expect(hosted.1 == "CHNGOV" && hosted.2 == "FRAGOV")
        let condemned = try #require(events.first { $0.0 == "111" })
        #expect(condemned.3.negated)
        let visit = try #require(events.first { $0.0 == "042" })
        #expect(visit.3.modality == "planned")
    }
}
