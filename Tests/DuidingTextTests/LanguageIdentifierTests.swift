import DuidingText
import Foundation
import Testing

@Suite("Language identification")
struct LanguageIdentifierTests {
    static let identifier = try! LanguageIdentifier.shipped()  // swift-format-ignore: NeverUseForceTry

    @Test(arguments: [
        ("De minister van Buitenlandse Zaken bezocht gisteren Berlijn.", "nl"),
        ("Het kabinet wil de belasting verlagen.", "nl"),
        ("The foreign minister visited Beijing yesterday.", "en"),
        ("Prices rose sharply in the third quarter.", "en"),
        ("Zo'n 90 procent van de micro-elektronica kwam uit China.", "nl"),
    ])
    func identifies(text: String, language: String) throws {
        let guess = try #require(Self.identifier.identify(text))
        #expect(guess.language == language)
        #expect(guess.probability > 0.5)
    }

    @Test func noLettersNoGuess() {
        #expect(Self.identifier.identify("?!... 123 --") == nil)
        #expect(Self.identifier.identify("") == nil)
    }

    @Test func modelFileRoundTrips() throws {
        let model = Self.identifier.model
        let again = try LanguageModelFile(data: model.serialized())
        #expect(again.languages == model.languages)
        #expect(again.weights.count == model.weights.count)
        #expect(again.serialized() == model.serialized())
    }

    @Test func refusesANewerFormat() {
        let text = "duiding-model 99\ncomponent langid\nlanguages nl en\n---\n"
        #expect(throws: LanguageModelFile.FormatError.self) { try LanguageModelFile(data: Data(text.utf8)) }
    }

    @Test func trainingIsDeterministic() {
        let sentences = [("nl", "de kat zit op de mat"), ("en", "the cat sits on the mat"), ("nl", "het huis is groot"), ("en", "the house is big")]
        var trainer = LanguageIdentifierTrainer()
        trainer.minimumCount = 1
        let first = trainer.train(name: "t", sentences: sentences.map { ($0.0, $0.1) })
        let second = trainer.train(name: "t", sentences: sentences.map { ($0.0, $0.1) })
        #expect(first.serialized() == second.serialized())
        #expect(LanguageIdentifier(model: first).identify("de mat is groot")?.language == "nl")
        #expect(LanguageIdentifier(model: first).identify("the mat is big")?.language == "en")
    }
}
