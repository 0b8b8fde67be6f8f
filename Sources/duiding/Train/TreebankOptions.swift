import ArgumentParser
import DuidingCore
import DuidingSyntax
import Foundation

/// The treebanks a syntax model trains on, shared by `train tagger`, `train lemmatizer` and `train parser`.
struct TreebankOptions: ParsableArguments {
    @Option(help: "FILE or FILE@WEIGHT: a CoNLL-U treebank to train on (repeatable).")
    var train: [String]

    @Option(help: "FILE or FILE@WEIGHT: a treebank under older guidelines, converted before training with rules learned from --pairs (repeatable).")
    var old: [String] = []

    @Option(help: "CoNLL-U with sentences of the --old treebanks under the old guidelines; their current annotation is found in the --train files.")
    var pairs: String?

    @Option(help: "Hold out every Nth sentence (with --holdout-documents, every Nth document) of each --train file for tuning (0: train on everything).")
    var holdoutEvery = 0

    @Option(help: "Which sentence (or document) of every N is held out, 0…N-1 (default N-1); ten offsets make a ten-fold cross-validation.")
    var holdoutOffset: Int?

    @Option(help: "Write the held-out sentences to this CoNLL-U file (to score a model trained without them with `duiding evaluate ud`).")
    var writeHoldout: String?

    @Flag(help: "With --holdout-every: hold out every Nth document instead of every Nth sentence, so that no held-out sentence has its neighbours in training. Documents are told by `# newdoc id` comments, else by the sent_id before `.p.` (as the UD Dutch treebanks write it).")
    var holdoutDocuments = false

    /// Whether the sentence (or, with `--holdout-documents`, the document) numbered `index` from 0 within its file is held out.
    func isHeldOut(_ index: Int) -> Bool {
        holdoutEvery > 0 && index % holdoutEvery == (holdoutOffset ?? holdoutEvery - 1)
    }

    func validate() throws {
        if let holdoutOffset {
            guard holdoutEvery > 0 else { throw ValidationError("--holdout-offset needs --holdout-every") }
            guard (0..<holdoutEvery).contains(holdoutOffset) else {
                throw ValidationError("--holdout-offset must lie between 0 and \(holdoutEvery - 1)")
            }
        }
        if writeHoldout != nil, holdoutEvery == 0 { throw ValidationError("--write-holdout needs --holdout-every") }
        if holdoutDocuments, holdoutEvery == 0 { throw ValidationError("--holdout-documents needs --holdout-every") }
    }

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
            let units = holdoutDocuments ? Self.documentNumbers(document.sentences) : Array(document.sentences.indices)
            let documents = holdoutDocuments ? Set(units).count : document.sentences.count
            if holdoutDocuments {
                // A file whose documents cannot be told apart would be held out whole, not at all, or sentence by sentence.
                guard documents > 1, documents < document.sentences.count else {
                    throw CLIError(
                        "\(path): --holdout-documents cannot tell its documents apart (\(documents) for \(document.sentences.count) sentences); it needs `# newdoc id` comments or sent_ids with `.p.` (WR-P-P-H-0000000105.p.5.s.4)")
                }
            }
            for (index, sentence) in document.sentences.enumerated() {
                if isHeldOut(units[index]) {
                    tuning.append(sentence)
                } else {
                    training.append((sentence, weight))
                    currentTraining.append(sentence)
                }
            }
            let counted = holdoutDocuments ? ", \(documents) documents" : ""
            FileHandleErr.write("read \(path): \(document.sentences.count) sentences\(counted), weight \(weight)\n")
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
        guard !training.isEmpty else {
            throw CLIError(
                holdoutEvery > 0
                    ? "no training sentences are left when one \(holdoutDocuments ? "document" : "sentence") in every \(holdoutEvery) of \(train.joined(separator: ", ")) is held out"
                    : "no training sentences in \(train.joined(separator: ", "))")
        }
        if let writeHoldout {
            do {
                try CoNLLUWriter.write(CoNLLUDocument(sentences: tuning)).write(toFile: writeHoldout, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError("cannot write \(writeHoldout): \(error.localizedDescription)")
            }
            FileHandleErr.write("wrote \(writeHoldout): \(tuning.count) held-out sentences\n")
        }
        return (training, tuning, hasher.hex)
    }

    /// Each sentence's document, numbered from 0 in the order the documents first appear: the one its `# newdoc id`
    /// comment, or the last such comment before it, names; in a file without them, the part of its `sent_id` before the
    /// paragraph number (`WR-P-P-H-0000000105.p.5.s.4`, `wiki-1181.p.10.s.1`) or a backslash. A sentence with neither
    /// belongs to the document before it.
    static func documentNumbers(_ sentences: [CoNLLUSentence]) -> [Int] {
        var numbers: [String: Int] = [:]
        var last = 0
        let byNewdoc = sentences.contains { $0.comment("newdoc id") != nil }
        return sentences.map { sentence in
            let found = byNewdoc ? sentence.comment("newdoc id").map { "newdoc " + $0 } : sentence.comment("sent_id")
            guard let id = found, !id.isEmpty else { return last }
            var key = Substring(id)
            if !byNewdoc {
                if let slash = key.firstIndex(of: "\\") { key = key[..<slash] }
                if let paragraph = key.range(of: ".p.") { key = key[..<paragraph.lowerBound] }
            }
            let number = numbers[String(key)] ?? numbers.count
            numbers[String(key)] = number
            last = number
            return number
        }
    }

    var settings: [String: String] {
        var settings = ["holdout-every": String(holdoutEvery)]
        if let holdoutOffset { settings["holdout-offset"] = String(holdoutOffset) }
        if holdoutDocuments { settings["holdout-documents"] = "true" }
        return settings
    }
}
