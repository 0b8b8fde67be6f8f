public import DuidingLearning
public import Foundation

/// A word with its gold tags and lemma, for training the lemmatizer.
public struct LemmaExample: Sendable {
    public var form: String
    public var upos: String
    public var xpos: String?
    public var feats: String?
    public var lemma: String
    public var weight: Float

    public init(form: String, upos: String, xpos: String?, feats: String?, lemma: String, weight: Float = 1) {
        self.form = form
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.lemma = lemma
        self.weight = weight
    }
}

/// Trains a ``Lemmatizer``: the lexicon from every (form, UPOS) pair, the script classifier with seeded shuffling.
public struct LemmatizerTrainer {
    public var iterations = 6
    public var seed: UInt64 = 1
    /// Scripts seen fewer times are not classes (their words are still in the lexicon).
    public var minimumScriptCount = 2
    public var pruneBelow: Float = 0.001

    public init() {}

    /// With `verbForms` (form → lemma, `VerbInflections.lemmas`), a verb form the training data lacks gets its lemma
    /// from them.
    public func train(
        name: String, examples: [LemmaExample], verbForms: [String: String] = [:], log: (String) -> Void = { _ in }
    ) -> Lemmatizer {
        var readings: [String: [String: Float]] = [:]
        var scriptCounts: [EditScript: Int] = [:]
        for example in examples where example.lemma != "_" {
            readings[example.form + "\t" + example.upos, default: [:]][example.lemma, default: 0] += example.weight
            scriptCounts[EditScript(form: example.form, lemma: example.lemma), default: 0] += 1
        }
        var lexicon: [String: String] = [:]
        for (key, lemmas) in readings {
            if let best = lemmas.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { lexicon[key] = best.key }
        }
        var added = 0
        for (form, lemma) in verbForms where lexicon[form + "\tVERB"] == nil {
            lexicon[form + "\tVERB"] = lemma
            added += 1
        }
        if !verbForms.isEmpty { log("verb table: \(added) verb forms added to the lexicon") }
        // A script with the separator in its strings could not be written to the model file.
        let scripts = scriptCounts.filter { $0.value >= minimumScriptCount }.keys
            .filter { [$0.append, $0.stripPrefix, $0.addPrefix].allSatisfy { !$0.contains("|") } }
            .sorted { $0.encoded < $1.encoded }
        let index = Dictionary(uniqueKeysWithValues: scripts.enumerated().map { ($1, $0) })
        var trainer = PerceptronTrainer(classes: max(scripts.count, 1))
        let prepared: [([UInt64], Int, Float)] = examples.compactMap { example in
            guard example.lemma != "_", let label = index[EditScript(form: example.form, lemma: example.lemma)] else {
                return nil
            }
            let features = Lemmatizer.features(form: example.form, upos: example.upos, xpos: example.xpos, feats: example.feats)
            return (features, label, example.weight)
        }
        var order = Array(prepared.indices)
        var generator = SeededGenerator(seed: seed)
        for iteration in 1...max(iterations, 1) {
            order.shuffle(using: &generator)
            var correct = 0
            for position in order {
                let (features, truth, weight) = prepared[position]
                let guess = trainer.predict(features)
                if guess == truth { correct += 1 }
                trainer.update(truth: truth, guess: guess, features: features, amount: weight)
            }
            log("iteration \(iteration): training scripts \(Percent.format(correct, prepared.count)) of \(scripts.count) scripts")
        }
        return Lemmatizer(name: name, model: trainer.model(pruneBelow: pruneBelow), scripts: scripts, lexicon: lexicon)
    }
}

extension Lemmatizer {
    public init(data: Data) throws(ModelFile.FormatError) {
        let file = try ModelFile(data: data, component: Self.component, templateHash: Self.templateHash)
        guard let weights = file.sections["weights"], let scriptSection = file.sections["scripts"],
            let lexiconSection = file.sections["lexicon"]
        else { throw ModelFile.FormatError("lemmatizer model lacks weights, scripts or lexicon") }
        var scripts: [EditScript] = []
        for encoded in try LabelSection.decode(scriptSection) {
            guard let script = EditScript(encoded: encoded) else { throw ModelFile.FormatError("bad edit script \(encoded)") }
            scripts.append(script)
        }
        var lexicon: [String: String] = [:]
        for entry in try LabelSection.decode(lexiconSection) {
            let parts = entry.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3 else { throw ModelFile.FormatError("bad lexicon entry") }
            lexicon[parts[0] + "\t" + parts[1]] = String(parts[2])
        }
        self.init(name: file.name, model: try PerceptronModel(encoded: weights), scripts: scripts, lexicon: lexicon)
    }

    public func modelFile(language: String, dataHash: String, settings: [String: String]) -> ModelFile {
        ModelFile(
            component: Self.component, name: name, language: language, templateHash: Self.templateHash, dataHash: dataHash,
            settings: settings,
            sections: [
                "weights": model.encoded(),
                "scripts": LabelSection.encode(scripts.map(\.encoded)),
                "lexicon": LabelSection.encode(lexicon.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" }),
            ])
    }
}
