import DuidingCore
import DuidingPipeline
import Foundation
import Testing

/// Whole-article output compared with committed golden files. After an intended change, run
/// `DUIDING_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite("Golden files: whole-article analyses")
struct GoldenTests {
    static let articles: [(input: String, golden: String)] = [
        (Paths.shared.appendingPathComponent("examples/nos-poetin-china.txt").path, "nos-poetin-china.json"),
        (Paths.golden.appendingPathComponent("anp-kabinet.txt").path, "anp-kabinet.json"),
        (Paths.golden.appendingPathComponent("bbc-style-english.txt").path, "bbc-style-english.json"),
    ]

    @Test(arguments: articles.map(\.golden))
    func matchesGolden(golden: String) throws {
        let input = try #require(Self.articles.first { $0.golden == golden }?.input)
        let text = try String(contentsOfFile: input, encoding: .utf8)
        let analysis = try sharedAnalyzer.analyze(text, options: options())
        var json = analysis.jsonData()
        json.append(0x0A)
        let url = Paths.golden.appendingPathComponent(golden)
        if ProcessInfo.processInfo.environment["DUIDING_UPDATE_GOLDEN"] == "1" {
            try json.write(to: url)
        }
        let expected = try Data(contentsOf: url)
        #expect(String(decoding: json, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        // What the golden file holds reads back to the same analysis.
        #expect(try Analysis(jsonData: expected) == analysis)
    }

    @Test func everyTokenAndSentenceSpanMatchesTheText() throws {
        for (input, _) in Self.articles {
            let analysis = try sharedAnalyzer.analyze(try String(contentsOfFile: input, encoding: .utf8), options: options())
            let scalars = Array(analysis.text.unicodeScalars)
            for token in analysis.tokens {
                #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
            }
            for sentence in analysis.sentences {
                #expect(sentence.start == analysis.tokens[sentence.tokens.lowerBound].start)
                #expect(sentence.end == analysis.tokens[sentence.tokens.upperBound - 1].end)
                #expect(analysis.blocks.contains { $0.kind.isBody && $0.start <= sentence.start && sentence.end <= $0.end })
            }
        }
    }
}
