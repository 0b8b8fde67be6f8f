import DuidingCore
import DuidingPipeline
import DuidingText
import Foundation
import Testing

@Suite("Bad input: a clear message or a sensible result")
struct BadInputTests {
    func message(_ data: Data) -> String? {
        do {
            _ = try InputText.decode(data, name: "x.txt")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func emptyAndWhitespaceOnly() {
        #expect(message(Data()) == "x.txt is empty")
        #expect(message(Data(" \n\t\u{00A0}\u{200B}\r\n".utf8)) == "x.txt has no text (only whitespace or invisible characters)")
        #expect(message(Data("\u{01}\u{1B}\u{7F}\u{200E}\u{202E}\u{2066}\u{FEFF}".utf8)) == "x.txt has no text (only whitespace or invisible characters)")
        #expect(message(Data("\u{200E}Ja".utf8)) == nil)
    }

    @Test func binaryFile() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(message(Data(bytes)) == "x.txt looks like a binary file (a NUL byte at offset 8); Duiding reads UTF-8 text")
    }

    @Test func invalidUTF8NamesTheOffset() {
        var bytes = Array("Oekraïne ".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Array(" en meer".utf8))
        #expect(message(Data(bytes)) == "x.txt is not valid UTF-8 (first bad byte at offset 10)")
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        var data = Data([0xFF, 0xFE])
        data.append("Hallo wereld.".data(using: .utf16LittleEndian) ?? Data())
        #expect(try InputText.decode(data) == "Hallo wereld.")
    }

    @Test func crlfAndInvisibleSpacesGiveTheSameAnalysisAsCleanText() throws {
        let messy = "Rutte\u{00A0}bezoekt Berlijn.\r\n\r\nScholz\u{200B} ontvangt hem\u{2009}vandaag.\r\n"
        let clean = "Rutte bezoekt Berlijn.\n\nScholz ontvangt hem vandaag."
        let a = try sharedAnalyzer.analyze(messy, options: options(language: "nl"))
        let b = try sharedAnalyzer.analyze(clean, options: options(language: "nl"))
        #expect(a.text == clean)
        #expect(a.tokens == b.tokens)
        #expect(a.sentences == b.sentences)
    }

    @Test func onlyPunctuation() throws {
        let analysis = try sharedAnalyzer.analyze("?!... ,,'' -- …", options: options())
        #expect(analysis.language == "nl")
        #expect(analysis.tokens.map(\.text) == ["?!", "...", ",,", "''", "--", "…"])
        #expect(!analysis.sentences.isEmpty)
    }

    @Test func controlCharactersAreDropped() throws {
        let analysis = try sharedAnalyzer.analyze("Het\u{0007} kabinet\u{0001} valt.", options: options(language: "nl"))
        #expect(analysis.tokens.map(\.text) == ["Het", "kabinet", "valt", "."])
    }

    @Test func unsupportedLanguageIsRefused() {
        #expect(throws: PipelineError.unsupportedLanguage("fr", supported: ["en", "nl"])) {
            try sharedAnalyzer.analyze("Bonjour.", options: options(language: "fr"))
        }
    }

    @Test func aMisorderedPipelineFailsWhenBuilt() throws {
        let segmenter = try SegmentationComponent(segmenter: .init(language: "nl"))
        #expect(throws: PipelineError.missingRequirement(component: "segmenter.v1", missing: ["blocks"])) {
            try Pipeline([segmenter], given: [.text])
        }
    }

    @Test func aVeryLongLineWithoutSpacesIsOneTokenRun() throws {
        let text = String(repeating: "a", count: 200_000) + "."
        let analysis = try sharedAnalyzer.analyze(text, options: options(language: "nl"))
        #expect(analysis.tokens.count == 2)
        #expect(analysis.tokens.first?.end == 200_000)
    }
}

@Suite("Pre-tokenised CoNLL-U input")
struct CoNLLUInputTests {
    @Test func keepsTokensAndSentenceBoundaries() throws {
        let text = try String(contentsOfFile: Paths.data("ud-nl/nl_alpino-ud-dev.conllu"), encoding: .utf8)
        let document = try CoNLLUReader.read(text)
        let analysis = try sharedAnalyzer.analyze(conllu: document, options: options())
        #expect(analysis.language == "nl")
        #expect(analysis.sentences.count == document.sentences.count)
        let forms = document.sentences.flatMap { $0.words.map(\.form) }
        #expect(analysis.tokens.map(\.text) == forms)
        let written = analysis.conllu()
        #expect(written.sentences.map { $0.words.map(\.form) } == document.sentences.map { $0.words.map(\.form) })
        #expect(written.sentences.map { $0.comment("text") } == document.sentences.map { $0.comment("text") })
    }
}
