import DuidingCore
import DuidingEvaluation
import DuidingText
import Foundation

@main
struct Scratch {
    static func main() throws {
        let path = CommandLine.arguments[1]
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let gold = try CoNLLUReader.read(text)
        let segmenter = try Segmenter(language: "nl")
        var tokenDump: [String] = []
        let report = try TokenizationEvaluation.evaluate(gold: gold) { scalars in
            let (tokens, sentences) = segmenter.segment(scalars, in: 0..<scalars.count)
            for s in sentences {
                tokenDump.append(s.map { ScalarText.string(scalars, tokens[$0].start..<tokens[$0].end) }.joined(separator: " "))
            }
            return (tokens.map { $0.start..<$0.end }, sentences.map { tokens[$0.lowerBound].start..<tokens[$0.upperBound - 1].end })
        }
        print(report)
        try tokenDump.joined(separator: "\n").write(toFile: "/tmp/sys.txt", atomically: true, encoding: .utf8)
    }
}
