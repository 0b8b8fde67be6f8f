import ArgumentParser
import DuidingCore
import DuidingEntities
import DuidingLearning
import Foundation

struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity tagger from CoNLL-2002-format files.",
        discussion: """
            Example: duiding train ner --train ../shared/data/conll2002-nl/ned.train \\
                       --dev ../shared/data/conll2002-nl/ned.testa --out Resources/models/nl-conll-ner-0.3.1.model
            """
    )

    @Option(help: "Training file(s) in the CoNLL-2002 format (repeatable); `FILE:RANGES` takes only those documents (1-based, counted by -DOCSTART-, empty documents not counted; ranges and numbers joined by commas), e.g. ned.testa:1-37,40.")
    var train: [String]

    @Option(help: "Tuning file scored after every iteration.")
    var dev: String?

    @Option(help: "A gazetteer (name TAB type per line, # comments) whose names the tagger marks; stored in the model.")
    var gazetteer: String?

    @Option(help: "A spelling list, one word per line (Debian's wdutch: /usr/share/dict/dutch), whose verdict on each word becomes a feature; stored in the model as a Bloom filter.")
    var wordList: String?

    @Option(help: "Train this many models (seeds seed, seed+1, …) and ship the mean of their weights: steadier than any one (on ned.testa +0.4 F1 for 5), at five times the training time and a larger model.")
    var ensemble = 1

    @Flag(help: "Train a second stage that tags each document again, knowing the first stage's tags of all its words (trained on first-stage tags from models that did not see the document).")
    var twoStage = false

    @OptionGroup var model: ModelOptions

    func validate() throws {
        guard (1...50).contains(ensemble) else { throw ValidationError("--ensemble must be between 1 and 50") }
    }

    @Flag(inversion: .prefixedNo, help: "Learn BILOU tags (a tag of their own for single-word entities and last words) instead of IOB2; output stays IOB2.")
    var bilou = true

    /// `FILE:1-37,40` → the file and its documents 1…37 and 40 (1-based, in order, none twice); a plain path (or one
    /// that exists with its colon) → the whole file.
    static func documentRanges(_ argument: String) throws -> (path: String, ranges: [ClosedRange<Int>]?) {
        guard let colon = argument.lastIndex(of: ":"), !FileManager.default.fileExists(atPath: argument) else { return (argument, nil) }
        let spec = argument[argument.index(after: colon)...]
        guard !spec.isEmpty, spec.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == ",") }) else { return (argument, nil) }
        var ranges: [ClosedRange<Int>] = []
        for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(bounds.count), let first = Int(bounds[0]), let last = Int(bounds[bounds.count - 1]),
                first >= 1, first <= last, first > (ranges.last?.upperBound ?? 0)
            else {
                throw CLIError("\(argument): documents are counted from 1, as FIRST-LAST or N joined by commas, in order and none twice")
            }
            ranges.append(first...last)
        }
        return (String(argument[..<colon]), ranges)
    }

    func run() throws {
        let iterations = model.iterations ?? 10
        let name = model.name ?? "nl-conll-ner-0.3.2"
        var documents: [EntityDocument] = []
        var hasher = DataHash()
        for argument in train {
            let (path, ranges) = try Self.documentRanges(argument)
            let (text, read) = try readCoNLL2002(path)
            hasher.add(text)
            guard let ranges else {
                documents += read
                continue
            }
            for range in ranges {
                guard range.upperBound <= read.count else {
                    throw CLIError("\(path) has \(read.count) documents; \(argument) asks for documents up to \(range.upperBound)")
                }
                hasher.add("documents \(range.lowerBound)-\(range.upperBound)")
                documents += read[(range.lowerBound - 1)..<range.upperBound]
            }
        }
        let tune = try dev.map { try readCoNLL2002($0).documents } ?? []
        FileHandleErr.write("\(documents.count) training documents, \(tune.count) tuning documents\n")
        guard documents.contains(where: { $0.sentences.contains { !$0.words.isEmpty } }) else {
            throw CLIError("no training sentences in \(train.joined(separator: ", ")) (CoNLL-2002 format: word, tag and entity tag separated by spaces or tabs)")
        }
        // BILOU turns each IOB2 type into four labels.
        try checkLabelCount(Set(documents.flatMap { $0.sentences.flatMap(\.tags) }).count, "entity tags", classesPerLabel: 2)
        var names = Gazetteer()
        if let gazetteer {
            let (rows, text) = try InputFiles.table(gazetteer, separator: "\t", comment: "#")
            hasher.add(text)
            for (name, type) in rows { names.add(name, type: type) }
            FileHandleErr.write("gazetteer: \(names.count) names\n")
        }
        var words: WordSet?
        if let wordList {
            let (set, text) = try WordListFile.load(wordList)
            hasher.add(text)
            words = set
        }
        var trainer = EntityTaggerTrainer()
        trainer.iterations = iterations
        trainer.seed = model.seed
        trainer.pruneBelow = model.prune
        trainer.bilou = bilou
        trainer.ensemble = ensemble
        trainer.twoStage = twoStage
        let start = Date()
        let tagger = trainer.train(name: name, documents: documents, tune: tune, gazetteer: names, wordList: words) {
            FileHandleErr.write($0 + "\n")
        }
        FileHandleErr.write("trained in \(Int(Date().timeIntervalSince(start))) s\n")
        guard let out = model.out else { return }
        try writeModel(
            tagger.modelFile(language: model.language, dataHash: hasher.hex, settings: model.settings(iterations: iterations).merging(
                    ["bilou": String(bilou), "ensemble": String(ensemble), "two-stage": String(twoStage)]) { a, _ in a }),
            to: out)
    }
}
