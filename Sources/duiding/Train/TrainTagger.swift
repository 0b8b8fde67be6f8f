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

    @Option(help: "FILE or FILE@WEIGHT: a CoNLL-U treebank to train on (repeatable).")
    var train: [String]

    @Option(help: "A treebank under older guidelines, converted before training with rules learned from --pairs (repeatable).")
    var old: [String] = []

    @Option(help: "CoNLL-U with sentences of the --old treebanks under the old guidelines; their current annotation is found in the --train files.")
    var pairs: String?

    @Option(help: "Hold out every Nth sentence of each file for tuning (0: train on everything).")
    var holdoutEvery = 0

    @Option(help: "Training iterations.")
    var iterations = 8

    @Option(help: "Seed of the shuffling.")
    var seed: UInt64 = 1

    @Option(help: "Model name (with version) recorded in the file.")
    var name = "nl-ud-tagger-0.1.0"

    @Option(help: "Language of the model.")
    var language = "nl"

    @Option(help: "Where to write the model (omit to only report tuning scores).")
    var out: String?

    func run() throws {
        var sentences: [TaggedSentence] = []
        var tune: [TaggedSentence] = []
        var hasher = DataHash()
        for spec in train {
            let (path, weight) = try pathAndWeight(spec)
            let text = try InputFiles.text(path)
            hasher.add(path.split(separator: "/").last.map(String.init) ?? path)
            hasher.add(text)
            let document = try readCoNLLU(path)
            for (index, sentence) in document.sentences.enumerated() {
                var tagged = TaggedSentence(conllu: sentence)
                tagged.weight = weight
                if holdoutEvery > 0, index % holdoutEvery == holdoutEvery - 1 {
                    if tagged.xpos != nil { tune.append(tagged) }
                } else {
                    sentences.append(tagged)
                }
            }
            FileHandleErr.write("read \(path): \(document.sentences.count) sentences, weight \(weight)\n")
        }
        if !old.isEmpty {
            guard let pairs else { throw CLIError("--old needs --pairs to learn the conversion from") }
            var current: [CoNLLUSentence] = []
            for spec in train { current += try readCoNLLU(try pathAndWeight(spec).0).sentences }
            let converter = GuidelineConverter(old: try readCoNLLU(pairs).sentences, current: current)
            hasher.add(try InputFiles.text(pairs))
            let rules = converter.ruleCount
            FileHandleErr.write("conversion rules: \(rules.upos) UPOS, \(rules.lemmas) lemma, \(rules.feats) FEATS\n")
            for spec in old {
                let (path, weight) = try pathAndWeight(spec)
                hasher.add(try InputFiles.text(path))
                let document = try readCoNLLU(path)
                for sentence in document.sentences {
                    var tagged = TaggedSentence(conllu: converter.convert(sentence))
                    tagged.weight = weight
                    sentences.append(tagged)
                }
                FileHandleErr.write("read \(path) (converted): \(document.sentences.count) sentences, weight \(weight)\n")
            }
        }
        var trainer = TaggerTrainer()
        trainer.iterations = iterations
        trainer.seed = seed
        let start = Date()
        let tagger = trainer.train(name: name, sentences: sentences, tune: tune) { FileHandleErr.write($0 + "\n") }
        FileHandleErr.write("trained in \(Int(Date().timeIntervalSince(start))) s\n")
        guard let out else { return }
        let file = tagger.modelFile(
            language: language, dataHash: hasher.hex,
            settings: ["iterations": String(iterations), "seed": String(seed), "holdout-every": String(holdoutEvery)])
        let data = file.serialized()
        do {
            try data.write(to: URL(fileURLWithPath: out))
        } catch {
            throw CLIError("cannot write \(out): \(error.localizedDescription)")
        }
        FileHandleErr.write("wrote \(out): \(data.count / 1024) KiB, data \(hasher.hex)\n")
    }
}

/// `file.conllu@3` → ("file.conllu", 3).
func pathAndWeight(_ spec: String) throws -> (String, Float) {
    guard let at = spec.lastIndex(of: "@") else { return (spec, 1) }
    guard let weight = Float(spec[spec.index(after: at)...]), weight > 0 else {
        throw CLIError("expected FILE@WEIGHT with a positive weight, got \"\(spec)\"")
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
