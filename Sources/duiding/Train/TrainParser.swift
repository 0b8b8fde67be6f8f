import ArgumentParser
import DuidingCore
import DuidingSyntax
import Foundation

struct TrainParser: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser from CoNLL-U treebanks (same treebank options as train tagger).",
        discussion: "With --holdout-every N the held-out current-guideline sentences are scored (gold tags) every iteration."
    )

    @OptionGroup var treebanks: TreebankOptions

    @OptionGroup var model: ModelOptions

    func run() throws {
        let iterations = model.iterations ?? 10
        let name = model.name ?? "nl-ud-parser-0.1.0"
        let (training, tuning, dataHash) = try treebanks.load()
        let sentences = training.compactMap { sentence, weight in ParsedSentence(conllu: sentence, weight: weight) }
        let tune = tuning.filter { $0.words.contains { $0.xpos != "_" } }.compactMap { ParsedSentence(conllu: $0, weight: 1) }
        var trainer = ParserTrainer()
        trainer.iterations = iterations
        trainer.seed = model.seed
        trainer.pruneBelow = model.prune
        let start = Date()
        let parser = trainer.train(name: name, sentences: sentences, tune: tune) { FileHandleErr.write($0 + "\n") }
        FileHandleErr.write("trained in \(Int(Date().timeIntervalSince(start))) s\n")
        guard let out = model.out else { return }
        try writeModel(
            parser.modelFile(
                language: model.language, dataHash: dataHash,
                settings: treebanks.settings.merging(model.settings(iterations: iterations)) { a, _ in a }),
            to: out)
    }
}

extension ParsedSentence {
    /// The words, tags and gold tree of a CoNLL-U sentence; `nil` when a head is missing.
    init?(conllu sentence: CoNLLUSentence, weight: Float) {
        let words = sentence.words
        let heads = words.compactMap { Int($0.head) }
        guard heads.count == words.count, !words.isEmpty else { return nil }
        self.init(
            words: words.map(\.form), tags: words.map(\.upos), feats: words.map(\.feats), heads: heads,
            relations: words.map(\.deprel), weight: weight)
    }
}
