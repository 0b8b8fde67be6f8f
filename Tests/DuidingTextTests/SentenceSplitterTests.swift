import DuidingCore
import DuidingText
import Testing

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    static let segmenter = try! Segmenter(language: "nl")  // swift-format-ignore: NeverUseForceTry

    static func sentences(_ text: String) -> [String] {
        let scalars = ScalarText.scalars(of: text)
        let (tokens, sentences) = segmenter.segment(scalars, in: 0..<scalars.count)
        return sentences.map { ScalarText.string(scalars, tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end) }
    }

    /// Sentences written with ` ‖ ` between them.
    @Test(arguments: [
        ("Rutte is in Berlijn. Scholz ontving hem.", "Rutte is in Berlijn. ‖ Scholz ontving hem."),
        ("Hij sprak met dr. Jansen en o.a. Pietersen. Daarna vertrok hij.", "Hij sprak met dr. Jansen en o.a. Pietersen. ‖ Daarna vertrok hij."),
        ("Hij zei: ,,Het gaat goed.'' Daarna ging hij.", "Hij zei: ,,Het gaat goed.'' ‖ Daarna ging hij."),
        ("\"Het gaat goed.\" Daarna ging hij.", "\"Het gaat goed.\" ‖ Daarna ging hij."),
        (",,Waarom?'' vroeg hij. Niemand wist het.", ",,Waarom?'' vroeg hij. ‖ Niemand wist het."),
        ("Het is 19.15 uur. Ze eten.", "Het is 19.15 uur. ‖ Ze eten."),
        ("Dat was het... of toch niet? Nee!", "Dat was het... of toch niet? ‖ Nee!"),
        ("Appels, peren enz. Daarna kwam de rest.", "Appels, peren enz. ‖ Daarna kwam de rest."),
        ("Denk aan: - voeding - veiligheid - slaap", "Denk aan: ‖ - voeding ‖ - veiligheid ‖ - slaap"),
        ("Uitslag 3 - 6 6 - 1 in de finale.", "Uitslag 3 - 6 6 - 1 in de finale."),
        ("GENUA - Kloosterorden protesteren. Ook anderen.", "GENUA - Kloosterorden protesteren. ‖ Ook anderen."),
        ("Eerste regel zonder punt\nTweede regel.", "Eerste regel zonder punt ‖ Tweede regel."),
        ("een regel die\ndoorloopt.", "een regel die\ndoorloopt."),
        ("Hij won (zie foto.) Daarna niet.", "Hij won (zie foto.) ‖ Daarna niet."),
        ("Geen eindpunt", "Geen eindpunt"),
        ("Dat is Thomas' fiets. 'Kom hier,' zei hij.", "Dat is Thomas' fiets. ‖ 'Kom hier,' zei hij."),
        ("1. De btw gaat omhoog. 2. De accijns ook.", "1. De btw gaat omhoog. ‖ 2. De accijns ook."),
        ("Een akkoord tussen de EU en de VS. Het werd getekend.", "Een akkoord tussen de EU en de VS. ‖ Het werd getekend."),
        ("Hij zei: \"Dat klopt niet. \" Daarna ging hij.", "Hij zei: \"Dat klopt niet. \" ‖ Daarna ging hij."),
        ("Ze las 'Het boek. ' Toen sliep ze.", "Ze las 'Het boek. ' ‖ Toen sliep ze."),
    ])
    func splits(input: String, expected: String) {
        #expect(Self.sentences(input).joined(separator: " ‖ ") == expected)
    }
}
