import ArgumentParser
import DuidingCore
import DuidingSyntax

/// The treebanks a syntax model trains on, shared by `train tagger`, `train lemmatizer` and `train parser`.
struct TreebankOptions: ParsableArguments {
    @Option(help: "FILE or FILE@WEIGHT: a CoNLL-U treebank to train on (repeatable).")
    var train: [String]

    @Option(help: "FILE or FILE@WEIGHT: a treebank under older guidelines, converted before training with rules learned from --pairs (repeatable).")
    var old: [String] = []

    @Option(help: "CoNLL-U with sentences of the --old treebanks under the old guidelines; their current annotation is found in the --train files.")
    var pairs: String?

    @Option(help: "Hold out every Nth sentence of each --train file for tuning (0: train on everything).")
    var holdoutEvery = 0

    /// Training sentences with their weights, the tuning sentences, and a hash of all the data read.
    func load() throws -> (training: [(CoNLLUSentence, Float)], tuning: [CoNLLUSentence], dataHash: String) {
        var training: [(CoNLLUSentence, Float)] = []
        var tuning: [CoNLLUSentence] = []
        var hasher = DataHash()
        var current: [CoNLLUSentence] = []
        var currentTraining: [CoNLLUSentence] = []
        for spec in train {
            let (path, weight) = try pathAndWeight(spec)
            let text = try InputFiles.text(path)
            hasher.add(text)
            let document = try readCoNLLU(path)
            current += document.sentences
            for (index, sentence) in document.sentences.enumerated() {
                if holdoutEvery > 0, index % holdoutEvery == holdoutEvery - 1 {
                    tuning.append(sentence)
                } else {
                    training.append((sentence, weight))
                    currentTraining.append(sentence)
                }
            }
            FileHandleErr.write("read \(path): \(document.sentences.count) sentences, weight \(weight)\n")
        }
        if !old.isEmpty {
            guard let pairs else { throw CLIError("--old needs --pairs to learn the conversion from") }
            let oldPairs = try readCoNLLU(pairs).sentences
            let converter = GuidelineConverter(old: oldPairs, current: current)
            // The tree rules are keyed by UPOS, so they learn from the old sentences as the UPOS rules convert them,
            // as they are applied. Which function words the current treebanks keep is read without the tuning
            // sentences; the pairs' current side still includes those that are tuning sentences.
            let trees = TreeConverter(
                pairs: GuidelineConverter.align(old: oldPairs.map(converter.convert), current: current),
                current: currentTraining)
            hasher.add(try InputFiles.text(pairs))
            let rules = converter.ruleCount
            FileHandleErr.write(
                "conversion rules: \(rules.upos) UPOS, \(rules.lemmas) lemma, \(rules.feats) FEATS, "
                    + "\(trees.ruleCount.relations) relation; \(trees.ruleCount.movers) relations move to promoted verbs\n")
            for spec in old {
                let (path, weight) = try pathAndWeight(spec)
                hasher.add(try InputFiles.text(path))
                let document = try readCoNLLU(path)
                training += document.sentences.map { (trees.convert(converter.convert($0)), weight) }
                FileHandleErr.write("read \(path) (converted): \(document.sentences.count) sentences, weight \(weight)\n")
            }
        }
        return (training, tuning, hasher.hex)
    }

    var settings: [String: String] {
        ["holdout-every": String(holdoutEvery)]
    }
}
