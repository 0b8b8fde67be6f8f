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

    /// A run without sentence punctuation is cut into sentences of at most `maximumLength` tokens, after a comma in the
    /// second half of each stretch where there is one.
    @Test func longRunsAreCut() {
        let limit = SentenceSplitter.maximumLength
        let words = (0..<(2 * limit + 10)).map { $0 == limit - 20 ? "woord," : "woord" }
        let cut = Self.sentences(words.joined(separator: " ") + ".")
        let lengths = cut.map { $0.split(separator: " ").count }
        // The comma is a token of its own: the first sentence ends with it.
        #expect(lengths.allSatisfy { $0 <= limit })
        #expect(cut.first?.hasSuffix("woord,") == true)
        #expect(lengths.reduce(0, +) == words.count)
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
        // `X`, the platform, is a word of its own, not an initial (abbreviations.txt `word`); another capital is one.
        ("Dat schreef hij op X. Kamerlid De Wit reageerde.", "Dat schreef hij op X. ‖ Kamerlid De Wit reageerde."),
        ("Volgens J. Smith en A. B. Jansen.", "Volgens J. Smith en A. B. Jansen."),
        // A question or exclamation in marks and a comma after them: the attribution goes on in the same sentence.
        ("'Hoeveel nog?', vroeg Brinkman. Kuipers zweeg.", "'Hoeveel nog?', vroeg Brinkman. ‖ Kuipers zweeg."),
        ("„Laten we samenwerken!”, twitterde hij.", "„Laten we samenwerken!”, twitterde hij."),
    ])
    func splits(input: String, expected: String) {
        #expect(Self.sentences(input).joined(separator: " ‖ ") == expected)
    }
}
