import ArgumentParser
import DuidingCore
import DuidingLearning
import DuidingSyntax
import Foundation

struct TrainTagger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the UPOS/XPOS/FEATS tagger from CoNLL-U treebanks.",
        discussion: """
            FILE@WEIGHT makes a treebank count WEIGHT times (for example the files that follow the current
            UD guidelines). With --holdout-every N, every Nth sentence of each file is held out of training;
            the held-out sentences of files with XPOS (the current guidelines) are the tuning set scored
            after every iteration. The recipe of the shipped model is in Resources/models/README.md.
            """
    )

    @OptionGroup var treebanks: TreebankOptions

    @OptionGroup var model: ModelOptions

    @Flag(inversion: .prefixedNo, help: "Choose XPOS and FEATS only among the labels seen with the token's UPOS in training: a faster tagger (XPOS -0.3, FEATS -0.1 points on the tuning slice).")
    var restrictLabels = false

    @Flag(help: "Give XPOS and FEATS from a dictionary for frequent words that nearly always have one label with their UPOS (faster).")
    var laterDictionaries = false

    @Flag(help: "Tag UPOS in two passes, the second seeing the first pass's tags around the word.")
    var twoPass = false

    @Option(help: "A word lexicon (word SPACE tag per line, ;;; comments), whose tags become features; stored in the model.")
    var lexicon: String?

    @Option(help: "A table of verb inflections (infinitive, then its forms, comma-separated, one verb per line); forms the lexicon lacks join it with a verb tag (V(inf), V(ott), V(ovt), V(verl), V(teg)).")
    var verbs: String?

    @Option(help: "A spelling list, one word per line (Debian's wdutch: /usr/share/dict/dutch), whose verdict on each word (listed lowercase, listed as written) becomes a feature; stored in the model as a Bloom filter.")
    var wordList: String?

    func run() throws {
        let iterations = model.iterations ?? 8
        let name = model.name ?? "nl-ud-tagger-0.3.1"
        let (training, tuning, treebankHash) = try treebanks.load()
        let sentences = training.map { sentence, weight in
            var tagged = TaggedSentence(conllu: sentence)
            tagged.weight = weight
            return tagged
        }
        let words = training.flatMap { $0.0.words }
        try checkLabelCount(Set(words.map(\.upos)).count, "UPOS tags")
        try checkLabelCount(Set(words.map(\.xpos)).count, "XPOS tags")
        try checkLabelCount(Set(words.map(\.feats)).count, "FEATS values")
        // The tuning set is the held-out sentences under the current guidelines (those with XPOS).
        let tune = tuning.map(TaggedSentence.init(conllu:)).filter { $0.xpos != nil }
        let built = try TaggerLexicon(lexicon: lexicon, verbs: verbs, wordList: wordList, hash: treebankHash)
        let lexiconTable = built.table
        let dataHash = built.hash
        var trainer = TaggerTrainer()
        trainer.iterations = iterations
        trainer.pruneBelow = model.prune
        trainer.seed = model.seed
        trainer.restrictLabels = restrictLabels
        trainer.twoPass = twoPass
        trainer.laterDictionaries = laterDictionaries
        let start = Date()
        let tagger = trainer.train(name: name, sentences: sentences, tune: tune, lexicon: lexiconTable, wordList: built.wordList) {
            FileHandleErr.write($0 + "\n")
        }
        FileHandleErr.write("trained in \(Int(Date().timeIntervalSince(start))) s\n")
        guard let out = model.out else { return }
        let file = tagger.modelFile(
            language: model.language, dataHash: dataHash,
            settings: treebanks.settings.merging(model.settings(iterations: iterations)) { a, _ in a }
                .merging(["restrict-labels": String(restrictLabels), "two-pass": String(twoPass), "later-dictionaries": String(laterDictionaries)]) { a, _ in a }
                .merging(verbs.map { ["verbs": ($0 as NSString).lastPathComponent] } ?? [:]) { a, _ in a })
        try writeModel(file, to: out)
    }
}

/// Writes a model file and reports its size and data hash.
func writeModel(_ file: ModelFile, to path: String) throws {
    let data = file.serialized()
    do {
        try data.write(to: URL(fileURLWithPath: path))
    } catch {
        throw CLIError("cannot write \(path): \(error.localizedDescription)")
    }
    FileHandleErr.write("wrote \(path): \(data.count / 1024) KiB, data \(file.dataHash)\n")
}

/// `file.conllu@3` → ("file.conllu", 3).
func pathAndWeight(_ spec: String) throws -> (String, Float) {
    guard let at = spec.lastIndex(of: "@") else { return (spec, 1) }
    guard let weight = Float(spec[spec.index(after: at)...]), weight > 0, weight <= 1000 else {
        throw CLIError("expected FILE@WEIGHT with a weight above 0 and at most 1000, got \"\(spec)\"")
    }
    return (String(spec[..<at]), weight)
}

/// A stable hash of the training data for the model header.
struct DataHash {
    private var text = ""
    private var parts: [String] = []

    mutating func add(_ part: String) {
        parts.append(StableKey.hex(part))
    }

    var hex: String { StableKey.hex(parts.joined()) }
}

extension TaggedSentence {
    /// Words and gold tags of a CoNLL-U sentence; XPOS and FEATS are absent when the file has none.
    init(conllu sentence: CoNLLUSentence) {
        let words = sentence.words
        let xpos = words.map(\.xpos)
        let feats = words.map(\.feats)
        self.init(
            words: words.map(\.form), upos: words.map(\.upos),
            xpos: xpos.allSatisfy { $0 == "_" } ? nil : xpos,
            feats: feats.allSatisfy { $0 == "_" } && xpos.allSatisfy { $0 == "_" } ? nil : feats)
    }
}
