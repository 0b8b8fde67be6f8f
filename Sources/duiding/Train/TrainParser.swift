import ArgumentParser
import DuidingCore
import DuidingLearning
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

    @Option(help: "Train on tags predicted by taggers trained on the other folds (jackknifing), as at run time; 0 uses gold tags.")
    var jackknife = 0

    @Option(help: "With --jackknife: a word lexicon for the fold taggers, as `train tagger --lexicon` (so that training tags are as good as the shipped tagger's).")
    var taggerLexicon: String?

    @Option(help: "With --jackknife: a verb inflection table for the fold taggers, as `train tagger --verbs`.")
    var taggerVerbs: String?

    @Option(help: "With --jackknife: a spelling list for the fold taggers, as `train tagger --word-list`.")
    var taggerWordList: String?

    @Option(help: "From the second iteration on, follow the model's own move with this probability (error exploration with the dynamic oracle); 0 always follows the oracle.")
    var explore = 0.9

    @Option(help: "The FEATS attributes the parser's features read, comma-separated (e.g. Number,VerbForm,PronType); stored in the model. Default: all.")
    var featsAttributes: String?

    @Option(help: "Train this many parsers (seeds seed, seed+1, …) and ship the mean of their weights, at as many times the training time and a larger model.")
    var ensemble = 1

    /// The FEATS attributes of `--feats-attributes`, in order.
    var attributes: [String] {
        featsAttributes.map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
    }

    func validate() throws {
        guard (0...1).contains(explore) else { throw ValidationError("--explore must lie between 0 and 1") }
        guard (1...20).contains(ensemble) else { throw ValidationError("--ensemble must lie between 1 and 20") }
        guard !attributes.contains(where: \.isEmpty) else {
            throw ValidationError("--feats-attributes: attribute names separated by commas, none empty (e.g. Number,VerbForm)")
        }
    }

    func run() throws {
        let iterations = model.iterations ?? 10
        let name = model.name ?? "nl-ud-parser-0.4.0"
        let (training, tuning, treebankHash) = try treebanks.load()
        var sentences = training.compactMap { sentence, weight in ParsedSentence(conllu: sentence, weight: weight) }
        guard !sentences.isEmpty else { throw CLIError("none of the \(training.count) training sentences has a head for every word") }
        try checkLabelCount(Set(sentences.flatMap(\.relations)).count, "relations", classesPerLabel: 2)
        guard jackknife <= sentences.count else {
            throw CLIError("--jackknife \(jackknife) needs at least \(jackknife) training sentences; there are \(sentences.count)")
        }
        // The fold taggers' lexicon, as `train tagger` builds it.
        let lexicon = try TaggerLexicon(lexicon: taggerLexicon, verbs: taggerVerbs, wordList: taggerWordList, hash: treebankHash)
        let dataHash = lexicon.hash
        if jackknife > 1 { sentences = jackknifed(sentences, training: training, folds: jackknife, lexicon: lexicon.table, wordList: lexicon.wordList) }
        let tune = tuning.filter { $0.words.contains { $0.xpos != "_" } }.compactMap { ParsedSentence(conllu: $0, weight: 1) }
        var trainer = ParserTrainer()
        trainer.iterations = iterations
        trainer.seed = model.seed
        trainer.pruneBelow = model.prune
        trainer.explore = explore
        trainer.ensemble = ensemble
        trainer.featsAttributes = attributes
        let start = Date()
        let parser = trainer.train(name: name, sentences: sentences, tune: tune) { FileHandleErr.write($0 + "\n") }
        FileHandleErr.write("trained in \(Int(Date().timeIntervalSince(start))) s\n")
        guard let out = model.out else { return }
        try writeModel(
            parser.modelFile(
                language: model.language, dataHash: dataHash,
                settings: treebanks.settings.merging(model.settings(iterations: iterations)) { a, _ in a }
                    .merging(["explore": String(explore), "jackknife": String(jackknife)]) { a, _ in a }
                    .merging(ensemble > 1 ? ["ensemble": String(ensemble)] : [:]) { a, _ in a }
                    .merging(attributes.isEmpty ? [:] : ["feats-attributes": attributes.joined(separator: ",")]) { a, _ in a }
                    .merging(
                        [("tagger-lexicon", taggerLexicon), ("tagger-verbs", taggerVerbs), ("tagger-word-list", taggerWordList)].compactMap { key, path in
                            path.map { (key, ($0 as NSString).lastPathComponent) }
                        }, uniquingKeysWith: { a, _ in a })),
            to: out)
    }
}

extension TrainParser {
    /// The sentences with UPOS and FEATS from a tagger that did not see them: fold k is tagged by a
    /// tagger trained on the other folds, with the tagger's shipped recipe (8 iterations, seed 1, and `lexicon`).
    func jackknifed(
        _ sentences: [ParsedSentence], training: [(CoNLLUSentence, Float)], folds: Int, lexicon: [String: String] = [:],
        wordList: WordSet? = nil
    ) -> [ParsedSentence] {
        let tagged = training.compactMap { sentence, weight -> TaggedSentence? in
            guard ParsedSentence(conllu: sentence, weight: weight) != nil else { return nil }
            var tagged = TaggedSentence(conllu: sentence)
            tagged.weight = weight
            return tagged
        }
        var result = sentences
        for fold in 0..<folds {
            var trainer = TaggerTrainer()
            trainer.iterations = 8
            trainer.seed = 1
            trainer.laterDictionaries = true
            let tagger = trainer.train(
                name: "fold", sentences: tagged.indices.filter { $0 % folds != fold }.map { tagged[$0] }, lexicon: lexicon,
                wordList: wordList)
            for index in result.indices where index % folds == fold {
                let tags = tagger.tag(result[index].words)
                result[index].tags = tags.map(\.upos)
                result[index].feats = tags.map { $0.feats ?? "_" }
            }
            FileHandleErr.write("jackknife: fold \(fold + 1) of \(folds) tagged\n")
        }
        return result
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
