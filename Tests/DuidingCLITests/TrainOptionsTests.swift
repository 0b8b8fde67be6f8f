import ArgumentParser
import DuidingCore
import Foundation
import Testing

@testable import duiding

@Suite("Training options")
struct TrainOptionsTests {
    @Test func aTrainingFileCanBeCutToSomeOfItsDocuments() throws {
        let (path, ranges) = try TrainNER.documentRanges("data/ned.testa:1-41,43-47,54")
        #expect(path == "data/ned.testa")
        #expect(ranges == [1...41, 43...47, 54...54])
        // A plain path, or one whose colon is no document list, is the whole file.
        #expect(try TrainNER.documentRanges("data/ned.train").ranges == nil)
        #expect(try TrainNER.documentRanges("C:train").ranges == nil)
    }

    @Test func aTreebankWithoutLemmasTrainsNoLemmatizer() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-lemmas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let treebank = directory.appendingPathComponent("t.conllu")
        let rows = ["1\tDe\t_\tDET\t_\t_\t2\tdet\t_\t_", "2\tman\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_", "3\tloopt\t_\tVERB\t_\t_\t0\troot\t_\t_"]
        try ("# text = De man loopt\n" + rows.joined(separator: "\n") + "\n\n").write(to: treebank, atomically: true, encoding: .utf8)
        let out = directory.appendingPathComponent("lemmatizer.model")
        var command = try TrainLemmatizer.parse(["--train", treebank.path, "--out", out.path])
        let error = #expect(throws: CLIError.self) { try command.run() }
        #expect(error.map { "\($0)".contains("no lemmas") } == true)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func theHeldOutSentencesCanBeAnyOffset() throws {
        let last = try TreebankOptions.parse(["--train", "t.conllu", "--holdout-every", "10"])
        #expect(last.isHeldOut(9) && last.isHeldOut(19) && !last.isHeldOut(0) && !last.isHeldOut(10))
        let third = try TreebankOptions.parse(["--train", "t.conllu", "--holdout-every", "10", "--holdout-offset", "3"])
        #expect(third.isHeldOut(3) && third.isHeldOut(13) && !third.isHeldOut(9))
        #expect(third.settings == ["holdout-every": "10", "holdout-offset": "3"])
        #expect(try !TreebankOptions.parse(["--train", "t.conllu"]).isHeldOut(9))
    }

    @Test func wholeDocumentsCanBeHeldOut() throws {
        let ids = ["WR-P-P-H-0000000105\\WR-P-P-H-0000000105.p.5.s.4", "WR-P-P-H-0000000105\\WR-P-P-H-0000000105.p.6.s.1", "wiki-1181.p.10.s.1", nil,
            "wiki-1181.p.12.s.3", "wiki-77.p.1.s.1", "WR-P-P-H-0000000105\\WR-P-P-H-0000000105.p.7.s.1"]
        let sentences = ids.map { id in CoNLLUSentence(comments: id.map { ["sent_id = \($0)"] } ?? []) }
        // Numbered by first appearance; a sentence without an id belongs to the document before it.
        #expect(TreebankOptions.documentNumbers(sentences) == [0, 0, 1, 1, 1, 2, 0])
        let options = try TreebankOptions.parse(["--train", "t.conllu", "--holdout-every", "8", "--holdout-offset", "1", "--holdout-documents"])
        #expect(options.settings["holdout-documents"] == "true")
        #expect(throws: (any Error).self) { try TreebankOptions.parse(["--train", "t.conllu", "--holdout-documents"]) }
        // `# newdoc id` comments, where a file has them, tell the documents (GUM's sent_ids have no `.p.`).
        let gum = [("GUM_news_a-1", "GUM_news_a"), ("GUM_news_a-2", nil), ("GUM_bio_b-1", "GUM_bio_b"), ("GUM_news_c-1", "GUM_news_c")]
            .map { id, doc in CoNLLUSentence(comments: (doc.map { ["newdoc id = \($0)"] } ?? []) + ["sent_id = \(id)"]) }
        #expect(TreebankOptions.documentNumbers(gum) == [0, 0, 1, 2])
    }

    @Test func aFileWhoseDocumentsCannotBeToldApartIsAClearError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-holdout-\(UUID().uuidString).conllu")
        defer { try? FileManager.default.removeItem(at: file) }
        // Two sentences with ids of no known document shape: each would be a document of its own.
        let sentence = { (id: String) in "# sent_id = \(id)\n1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_\n\n" }
        try (sentence("s1") + sentence("s2")).write(to: file, atomically: true, encoding: .utf8)
        let options = try TreebankOptions.parse(["--train", file.path, "--holdout-every", "2", "--holdout-documents"])
        #expect(throws: (any Error).self) { try options.load() }
        // Without the flag the same file loads, sentence by sentence.
        let plain = try TreebankOptions.parse(["--train", file.path, "--holdout-every", "2"])
        #expect(try plain.load().tuning.count == 1)
    }

    @Test(arguments: [["--holdout-every", "10", "--holdout-offset", "10"], ["--holdout-offset", "2"], ["--write-holdout", "h.conllu"]])
    func aWrongHoldOutIsAClearError(arguments: [String]) {
        #expect(throws: (any Error).self) { try TreebankOptions.parse(["--train", "t.conllu"] + arguments) }
    }

    @Test func theParsersOptionsAreChecked() throws {
        let parser = try TrainParser.parse(["--train", "t.conllu", "--feats-attributes", "Number, VerbForm", "--ensemble", "3"])
        #expect(parser.attributes == ["Number", "VerbForm"])
        #expect(try TrainParser.parse(["--train", "t.conllu"]).attributes.isEmpty)
        for wrong in [["--ensemble", "0"], ["--ensemble", "21"], ["--explore", "1.5"], ["--feats-attributes", "Number,,VerbForm"]] {
            #expect(throws: (any Error).self) { try TrainParser.parse(["--train", "t.conllu"] + wrong) }
        }
    }

    /// Training data a model cannot be trained on is an error with a reason, not a crash: nothing left after holding
    /// out, fewer sentences than jackknife folds, more labels than a perceptron's classes, weights out of range.
    @Test func dataThatCannotTrainIsAClearError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-train-\(UUID().uuidString).conllu")
        defer { try? FileManager.default.removeItem(at: file) }
        try "1\tJa\tja\tINTJ\tTSW\t_\t0\troot\t_\t_\n\n".write(to: file, atomically: true, encoding: .utf8)
        func message(_ body: () throws -> Void) -> String {
            do { try body() } catch { return "\(error)" }
            return ""
        }
        #expect(message { _ = try TreebankOptions.parse(["--train", file.path, "--holdout-every", "1"]).load() }.contains("no training sentences are left"))
        #expect(message { try TrainParser.parse(["--train", file.path, "--jackknife", "2"]).run() }.contains("--jackknife 2 needs at least 2"))
        #expect(message { try checkLabelCount(70_000, "UPOS tags") }.contains("at most 65534"))
        #expect(message { try checkLabelCount(40_000, "relations", classesPerLabel: 2) }.contains("at most 32767"))
        #expect(message { try checkLabelCount(30_000, "relations", classesPerLabel: 2) }.isEmpty)
        for weight in ["0", "inf", "nan", "1e308"] {
            #expect(throws: CLIError.self) { try pathAndWeight("f.conllu@" + weight) }
        }
        #expect(try pathAndWeight("f.conllu@2").1 == 2)
        for wrong in [["--word-weight", "nan"], ["--word-weight", "-1"], ["--max-features", "0"]] {
            #expect(throws: (any Error).self) { try TrainLanguageID.parse(["--train", "nl=t.txt", "--out", "m"] + wrong) }
        }
        #expect(message { try TrainLanguageID.parse(["--train", "nl=\(file.path)", "--out", "/tmp/duiding-never.model"]).run() }
            .contains("sentences of 1 language"))
        for wrong in [["--prune", "nan"], ["--prune", "-1"], ["--iterations", "0"]] {
            #expect(throws: (any Error).self) { try TrainTagger.parse(["--train", "t.conllu"] + wrong) }
        }
    }

    @Test(arguments: ["f:0-3", "f:5-3", "f:1-3,2", "f:1-3,3", "f:1--3", "f:1-3,"])
    func aWrongDocumentListIsAClearError(argument: String) {
        #expect(throws: CLIError.self) { try TrainNER.documentRanges(argument) }
    }
}
