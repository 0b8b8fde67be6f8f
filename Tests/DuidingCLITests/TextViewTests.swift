import DuidingCore
import Testing

@testable import duiding

@Suite("Readable view")
struct TextViewTests {
    @Test func showsEveryLayerThatIsThere() {
        let text = "Poetin kwam vorige week in Peking aan."
        var analysis = Analysis(
            engine: EngineInfo(version: "test", models: [:]), language: "nl", referenceTime: "2024-05-16T09:34:00+02:00",
            text: text, blocks: [Block(kind: .paragraph, start: 0, end: text.unicodeScalars.count)])
        analysis.entities = [Entity(id: "e1", type: "PER", name: "Poetin", mentions: [Mention(start: 0, end: 6, text: "Poetin")])]
        analysis.times = [
            TimeExpression(id: "t1", start: 12, end: 23, text: "vorige week", type: "DATE", value: "2024-W19"),
            TimeExpression(id: "t2", start: 0, end: 6, text: "Poetin", type: "DATE", value: "2024-04", mod: "END"),
        ]
        let view = TextView.render(analysis)
        #expect(view.contains("reference 2024-05-16T09:34:00+02:00"))
        #expect(view.contains("Entities (1)"))
        #expect(view.contains("Times (2)"))
        #expect(view.contains("2024-W19") && view.contains("vorige week"))
        #expect(view.contains("(END)"))
        // Without times, no section for them.
        analysis.times = []
        #expect(!TextView.render(analysis).contains("Times ("))
    }
}
