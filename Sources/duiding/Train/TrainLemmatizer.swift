import ArgumentParser
import DuidingCore
import DuidingLearning
import DuidingSyntax
import Foundation

struct TrainLemmatizer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lemmatizer",
        abstract: "Train the lemmatizer (lexicon and edit-script classifier) from CoNLL-U treebanks.",
        discussion: """
            Takes the same treebank options as `train tagger`. With --holdout-every N the held-out sentences
            that have XPOS (current guidelines) are scored with their gold tags after training.
            """
    )

    @OptionGroup var treebanks: TreebankOptions

    @OptionGroup var model: ModelOptions

    @Option(help: "A table of verb inflections (infinitive, then its forms, comma-separated, one verb per line); forms the treebanks lack get their lemma from it. Stored in the model's lexicon.")
    var verbs: String?

    func run() throws {
        let iterations = model.iterations ?? 6
        let name = model.name ?? "nl-ud-lemmatizer-0.2.2"
        let (training, tuning, treebankHash) = try treebanks.load()
        var dataHash = treebankHash
        var verbForms: [String: String] = [:]
        if let verbs {
            let text = try VerbTable.text(verbs)
            verbForms = VerbInflections.lemmas(table: text)
            // The table is training data too: the header's hash covers it.
            dataHash = StableKey.hex(dataHash + StableKey.hex(text))
        }
        let examples = training.flatMap { sentence, weight in
            sentence.words.map {
                LemmaExample(form: $0.form, upos: $0.upos, xpos: $0.xpos, feats: $0.feats, lemma: $0.lemma, weight: weight)
            }
        }
        // A treebank without lemmas (column 3 all `_`) would give a model that knows no word and no edit script.
        guard examples.contains(where: { $0.lemma != "_" && !$0.lemma.isEmpty }) else {
            throw CLIError("the training treebanks have no lemmas (every LEMMA column is _): nothing to learn")
        }
        var trainer = LemmatizerTrainer()
        trainer.iterations = iterations
        trainer.pruneBelow = model.prune
        trainer.seed = model.seed
        let lemmatizer = trainer.train(name: name, examples: examples, verbForms: verbForms) { FileHandleErr.write($0 + "\n") }
        let tune = tuning.filter { $0.words.contains { $0.xpos != "_" } }.flatMap(\.words)
        if !tune.isEmpty {
            let correct = tune.filter { lemmatizer.lemma(form: $0.form, upos: $0.upos, xpos: $0.xpos, feats: $0.feats) == $0.lemma }.count
            FileHandleErr.write("tuning lemmas (gold tags): \(String(format: "%.2f", 100 * Double(correct) / Double(tune.count)))\n")
            // The words the lexicon does not know, which only the scripts lemmatise.
            let unseen = tune.filter { !lemmatizer.knows(form: $0.form, upos: $0.upos) }
            let unseenCorrect = unseen.filter { lemmatizer.lemma(form: $0.form, upos: $0.upos, xpos: $0.xpos, feats: $0.feats) == $0.lemma }.count
            FileHandleErr.write(
                "tuning lemmas of words not in the training data: \(String(format: "%.2f", 100 * Double(unseenCorrect) / Double(max(unseen.count, 1)))) of \(unseen.count)\n")
        }
        guard let out = model.out else { return }
        try writeModel(
            lemmatizer.modelFile(
                language: model.language, dataHash: dataHash,
                settings: treebanks.settings.merging(model.settings(iterations: iterations)) { a, _ in a }
                    .merging(verbs.map { ["verbs": ($0 as NSString).lastPathComponent] } ?? [:]) { a, _ in a }),
            to: out)
    }
}
