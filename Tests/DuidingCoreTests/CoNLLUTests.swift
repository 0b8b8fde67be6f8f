import DuidingCore
import Foundation
import Testing

@Suite("CoNLL-U reader and writer")
struct CoNLLUTests {
    static let sample = """
        # newdoc id = d1
        # sent_id = 1
        # text = Zo'n 90% zei: ,,Ja.''
        1\tZo'n\tzo'n\tDET\tVNW\t_\t2\tdet\t_\t_
        2\t90%\t90%\tNUM\tTW\t_\t3\tnsubj\t_\t_
        3\tzei\tzeggen\tVERB\tWW\tTense=Past\t0\troot\t_\tSpaceAfter=No
        4\t:\t:\tPUNCT\tLET\t_\t3\tpunct\t_\t_
        5\t,,\t,,\tPUNCT\tLET\t_\t6\tpunct\t_\tSpaceAfter=No
        6\tJa\tja\tINTJ\tTSW\t_\t3\tparataxis\t_\tSpaceAfter=No
        7\t.\t.\tPUNCT\tLET\t_\t3\tpunct\t_\tSpaceAfter=No
        8\t''\t''\tPUNCT\tLET\t_\t3\tpunct\t_\t_

        # sent_id = 2
        # text = Ten slotte.
        1-2\tTen\t_\t_\t_\t_\t_\t_\t_\t_
        1\tTe\tte\tADP\tVZ\t_\t3\tcase\t_\t_
        2\tden\tde\tDET\tLID\t_\t3\tdet\t_\t_
        3\tslotte\tslot\tNOUN\tN\t_\t0\troot\t_\tSpaceAfter=No
        3.1\tleeg\t_\t_\t_\t_\t_\t_\t3:dep\t_
        4\t.\t.\tPUNCT\tLET\t_\t3\tpunct\t_\t_


        """

    @Test func writesBackExactlyWhatItRead() throws {
        let document = try CoNLLUReader.read(Self.sample)
        #expect(document.sentences.count == 2)
        #expect(document.sentences[1].words.count == 4)
        #expect(document.sentences[0].comment("text") == "Zo'n 90% zei: ,,Ja.''")
        #expect(CoNLLUWriter.write(document) == Self.sample.replacingOccurrences(of: "\n\n\n", with: "\n\n"))
    }

    @Test func roundTripsTheAlpinoTreebank() throws {
        let path = SharedData.path("ud-nl/nl_alpino-ud-test.conllu")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let document = try CoNLLUReader.read(text)
        #expect(document.sentences.count == 596)
        #expect(CoNLLUWriter.write(document) == text)
    }

    @Test(arguments: [
        ("1\tA\t_\t_\t_\t_\t0\troot\t_\n", "expected 10 tab-separated columns, found 9"),
        ("2\tA\t_\t_\t_\t_\t0\troot\t_\t_\n", "expected word id 1, found 2"),
        ("1\tA\t_\t_\t_\t_\t5\troot\t_\t_\n\n", "word 1 has head 5, outside 0...1 of its sentence"),
        ("1\tA\t\t_\t_\t_\t0\troot\t_\t_\n", "empty column (use _ for no value)"),
        ("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n# late comment\n", "comment line inside a sentence's token lines"),
        ("1-3\tabc\t_\t_\t_\t_\t_\t_\t_\t_\n\n", "a multiword token covers words up to 3, but the sentence has 0"),
        ("1-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", "multiword range 1-1 must span at least two words"),
        ("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2-3\tbc\t_\t_\t_\t_\t_\t_\t_\t_\n",
         "multiword range 2-3 does not start at the next word after the ranges before it (ranges may not overlap or skip words)"),
    ])
    func reportsMalformedLines(input: String, message: String) {
        #expect(throws: CoNLLUError.self) { try CoNLLUReader.read(input) }
        do {
            _ = try CoNLLUReader.read(input)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func findsAWordWhoseHeadsMakeACycle() throws {
        func sentence(_ heads: [String]) throws -> CoNLLUSentence {
            let lines = heads.enumerated().map { item in
                let id = item.offset + 1
                return "\(id)\tw\(id)\t_\tX\t_\t_\t\(item.element)\tdep\t_\t_"
            }
            return try #require(try CoNLLUReader.read(lines.joined(separator: "\n") + "\n\n").sentences.first)
        }
        #expect(try sentence(["2", "0", "2"]).wordInCycle == nil)
        // Word 1 leads into the cycle of 2 and 3.
        #expect(try [2, 3].contains(sentence(["2", "3", "2"]).wordInCycle ?? 0))
        #expect(try sentence(["0", "3", "3"]).wordInCycle == 3)
        // No heads given: nothing to check.
        #expect(try sentence(["_", "_", "_"]).wordInCycle == nil)
    }

    @Test func acceptsWindowsLineEndingsAndAMissingFinalBlankLine() throws {
        let document = try CoNLLUReader.read("# text = Ja\r\n1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_\r\n")
        #expect(document.sentences.first?.words.first?.form == "Ja")
        #expect(document.sentences.first?.comment("text") == "Ja")
    }

    @Test func analysisFromCoNLLUKeepsTokensAndSentences() throws {
        let analysis = Analysis(conllu: try CoNLLUReader.read(Self.sample), language: "nl")
        #expect(analysis.sentences.count == 2)
        #expect(analysis.tokens.map(\.text).prefix(8) == ["Zo'n", "90%", "zei", ":", ",,", "Ja", ".", "''"])
        let scalars = Array(analysis.text.unicodeScalars)
        for token in analysis.tokens where token.text != "Te" && token.text != "den" {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
        }
        // Words of a multiword token share its span.
        #expect(analysis.tokens[8].start == analysis.tokens[9].start)
        #expect(analysis.text == "Zo'n 90% zei: ,,Ja.''\nTen slotte.")
        #expect(analysis.tokens[2].spaceAfter == false)
        #expect(analysis.tokens[3].spaceAfter == true)
    }

    @Test func sentenceFinalSpaceAfterSurvivesARoundTrip() throws {
        // The first sentence only: multiword tokens are not kept as such by an analysis.
        let first = CoNLLUDocument(sentences: [try CoNLLUReader.read(Self.sample).sentences[0]])
        let once = CoNLLUWriter.write(Analysis(conllu: first, language: "nl").conllu())
        let twice = CoNLLUWriter.write(Analysis(conllu: try CoNLLUReader.read(once), language: "nl").conllu())
        #expect(once == twice)
        #expect(once.contains("8\t''\t_\t_\t_\t_\t_\t_\t_\t_\n"))
    }

    @Test func analysisWritesSpaceAfterAndNamedEntities() throws {
        var analysis = Analysis(conllu: try CoNLLUReader.read(Self.sample), language: "nl")
        analysis.tokens[0].ner = "O"
        analysis.tokens[2].ner = "B-PER"
        let out = CoNLLUWriter.write(analysis.conllu())
        #expect(out.contains("3\tzei\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|NER=B-PER\n"))
        #expect(out.hasPrefix("# sent_id = 1\n# text = Zo'n 90% zei: ,,Ja.''\n1\tZo'n\t_\t_\t_\t_\t_\t_\t_\tNER=O\n"))
        // What it writes, it reads.
        #expect(try CoNLLUReader.read(out).sentences.count == 2)
    }
}

/// Paths into the shared data folder beside the repository.
enum SharedData {
    static func path(_ relative: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/data").appendingPathComponent(relative).path
    }
}
