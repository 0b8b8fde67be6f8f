import DuidingCore
import Testing

@Suite("Trimming a run at a text's end")
struct TrimmingTests {
    @Test func dropsOnlyTheTrailingRun() {
        #expect("16 mei.,;)".droppingLast { ".,;)".contains($0) } == "16 mei")
        #expect("a.b..".droppingLast { $0 == "." } == "a.b")
        #expect("....".droppingLast { $0 == "." } == "")
        #expect("".droppingLast { $0 == "." } == "")
        #expect("geen".droppingLast { $0 == "." } == "geen")
    }

    /// A mark with a combining accent is one character that is not the mark: it stays, as a step back would leave it.
    @Test func keepsWholeCharacters() {
        #expect("x.\u{301}".droppingLast { $0 == "." } == "x.\u{301}")
        #expect("Zürich  ".droppingLast { $0 == " " } == "Zürich")
    }

    /// A long run in one pass (stepping back one character at a time took 12 s for 64,000 full stops).
    @Test func longRun() {
        let text = "x" + String(repeating: ".", count: 200_000)
        #expect(text.droppingLast { $0 == "." } == "x")
    }
}
