public import DuidingLearning

/// A sentence with gold tags for training; `xpos` and `feats` are `nil` where the treebank has none.
public struct TaggedSentence: Sendable {
    public var words: [String]
    public var upos: [String]
    public var xpos: [String]?
    public var feats: [String]?
    /// How much the sentence counts (treebanks following the current guidelines may count more).
    public var weight: Float

    public init(words: [String], upos: [String], xpos: [String]?, feats: [String]?, weight: Float = 1) {
        self.words = words
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.weight = weight
    }
}

/// Trains a ``Tagger``: seeded shuffling each iteration, greedy decoding with the tags predicted so
/// far (as at run time), perceptron updates per head, averaging at the end.
public struct TaggerTrainer {
    public var iterations = 8
    public var seed: UInt64 = 1
    /// A word joins the tag dictionary when seen this often …
    public var dictionaryMinimumCount = 20
    /// … with this share of its occurrences under one UPOS tag.
    public var dictionaryMinimumShare = 0.97
    public var pruneBelow: Float = 0.001
    /// Choose XPOS and FEATS only among the labels seen with the token's UPOS in training.
    public var restrictLabels = false

    public init() {}

    /// - Parameter lexicon: word → tag in an external lexicon; its tags become features and it is stored in the model.
    public func train(
        name: String, sentences: [TaggedSentence], tune: [TaggedSentence] = [], lexicon: [String: String] = [:],
        wordList: WordSet? = nil, log: (String) -> Void = { _ in }
    ) -> Tagger {
        let uposLabels = Array(Set(sentences.flatMap(\.upos))).sorted()
        let xposLabels = Array(Set(sentences.compactMap(\.xpos).flatMap { $0 })).sorted()
        let featsLabels = Array(Set(sentences.compactMap(\.feats).flatMap { $0 })).sorted()
        let uposIndex = Dictionary(uniqueKeysWithValues: uposLabels.enumerated().map { ($1, $0) })
        let xposIndex = Dictionary(uniqueKeysWithValues: xposLabels.enumerated().map { ($1, $0) })
        let featsIndex = Dictionary(uniqueKeysWithValues: featsLabels.enumerated().map { ($1, $0) })
        let dictionary = makeDictionary(sentences, uposIndex)
        // Which XPOS and FEATS labels each UPOS label was seen with.
        var xposSeen = [Set<Int32>](repeating: [], count: uposLabels.count)
        var featsSeen = [Set<Int32>](repeating: [], count: uposLabels.count)
        for sentence in sentences {
            for (i, tag) in sentence.upos.enumerated() {
                guard let u = uposIndex[tag] else { continue }
                if let x = sentence.xpos?[i], let label = xposIndex[x] { xposSeen[u].insert(Int32(label)) }
                if let f = sentence.feats?[i], let label = featsIndex[f] { featsSeen[u].insert(Int32(label)) }
            }
        }
        let xposAllowed = restrictLabels ? xposSeen.map { $0.sorted() } : []
        let featsAllowed = restrictLabels ? featsSeen.map { $0.sorted() } : []

        var upos = PerceptronTrainer(classes: uposLabels.count)
        var xpos = PerceptronTrainer(classes: max(xposLabels.count, 1))
        var feats = PerceptronTrainer(classes: max(featsLabels.count, 1))
        let prepared = sentences.map { sentence in
            let forms = sentence.words.map(WordForm.init)
            return (sentence, forms, TaggerFeatures.context(forms, words: sentence.words, lexicon: lexicon, wordList: wordList))
        }
        var order = Array(prepared.indices)
        var generator = SeededGenerator(seed: seed)
        for iteration in 1...max(iterations, 1) {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order {
                let (sentence, forms, context) = prepared[index]
                var predicted: [String] = []
                for i in forms.indices {
                    let truth = sentence.upos[i]
                    if let fixed = dictionary[forms[i].normal] {
                        predicted.append(uposLabels[fixed])
                        continue
                    }
                    var keys = context[i]
                    TaggerFeatures.history(
                        &keys, previous: i > 0 ? predicted[i - 1] : "<s>", beforePrevious: i > 1 ? predicted[i - 2] : "<s>",
                        normal: forms[i].normal)
                    let guess = upos.predict(keys)
                    let gold = uposIndex[truth] ?? 0
                    upos.update(truth: gold, guess: guess, features: keys, amount: sentence.weight)
                    predicted.append(uposLabels[guess])
                    total += 1
                    if guess == gold { correct += 1 }
                }
                // The later heads learn from gold UPOS, which the UPOS head gets right most of the time.
                let gold = sentence.upos
                func uposFeatures(_ keys: inout [UInt64], _ i: Int) {
                    TaggerFeatures.upos(
                        &keys, current: gold[i], previous: i > 0 ? gold[i - 1] : "<s>",
                        next: i + 1 < gold.count ? gold[i + 1] : "</s>", normal: forms[i].normal)
                }
                if let goldXpos = sentence.xpos, !xposLabels.isEmpty {
                    Self.trainHead(&xpos, labels: xposLabels, index: xposIndex, gold: goldXpos, context: context, forms: forms,
                                   weight: sentence.weight, allowed: Tagger.allowed(xposAllowed, gold.map { uposIndex[$0] ?? 0 })) { keys, i in
                        uposFeatures(&keys, i)
                    }
                }
                if let goldFeats = sentence.feats, !featsLabels.isEmpty {
                    Self.trainHead(&feats, labels: featsLabels, index: featsIndex, gold: goldFeats, context: context, forms: forms,
                                   weight: sentence.weight, allowed: Tagger.allowed(featsAllowed, gold.map { uposIndex[$0] ?? 0 })) { keys, i in
                        uposFeatures(&keys, i)
                        if let goldXpos = sentence.xpos { TaggerFeatures.xpos(&keys, current: goldXpos[i]) }
                    }
                }
            }
            var message = "iteration \(iteration): training UPOS \(Percent.format(correct, total))"
            if !tune.isEmpty {
                let tagger = Tagger(
                    name: name, upos: TaggerHead(model: upos.model(), labels: uposLabels),
                    xpos: xposLabels.isEmpty ? nil : TaggerHead(model: xpos.model(), labels: xposLabels),
                    feats: featsLabels.isEmpty ? nil : TaggerHead(model: feats.model(), labels: featsLabels),
                    dictionary: dictionary, lexicon: lexicon, wordList: wordList, xposAllowed: xposAllowed, featsAllowed: featsAllowed)
                message += ", tuning " + Self.score(tagger, tune)
            }
            log(message)
        }
        let tagger = Tagger(
            name: name, upos: TaggerHead(model: upos.model(pruneBelow: pruneBelow), labels: uposLabels),
            xpos: xposLabels.isEmpty ? nil : TaggerHead(model: xpos.model(pruneBelow: pruneBelow), labels: xposLabels),
            feats: featsLabels.isEmpty ? nil : TaggerHead(model: feats.model(pruneBelow: pruneBelow), labels: featsLabels),
            dictionary: dictionary, lexicon: lexicon, wordList: wordList, xposAllowed: xposAllowed, featsAllowed: featsAllowed)
        if !tune.isEmpty { log("final model (weights below \(pruneBelow) pruned): tuning " + Self.score(tagger, tune)) }
        return tagger
    }

    /// One pass of a later head over a sentence: greedy, with its own previous predictions as history,
    /// the context features and what `extra` adds (the gold tags of earlier heads).
    private static func trainHead(
        _ head: inout PerceptronTrainer, labels: [String], index: [String: Int], gold: [String], context: [[UInt64]],
        forms: [WordForm], weight: Float, allowed: [[Int32]]?, extra: (inout [UInt64], Int) -> Void
    ) {
        var previous: [String] = []
        for i in forms.indices {
            var keys = context[i]
            TaggerFeatures.history(
                &keys, previous: i > 0 ? previous[i - 1] : "<s>", beforePrevious: i > 1 ? previous[i - 2] : "<s>",
                normal: forms[i].normal)
            extra(&keys, i)
            let scores = head.scores(keys)
            let guess: Int
            if let only = allowed?[i], !only.isEmpty {
                guess = PerceptronModel.best(scores, only: only)
            } else {
                guess = PerceptronModel.best(scores)
            }
            head.update(truth: index[gold[i]] ?? 0, guess: guess, features: keys, amount: weight)
            previous.append(labels[guess])
        }
    }

    /// UPOS, XPOS and FEATS accuracy of a tagger on gold sentences, as text.
    public static func score(_ tagger: Tagger, _ sentences: [TaggedSentence]) -> String {
        var counts = [0, 0, 0]
        var totals = [0, 0, 0]
        for sentence in sentences {
            let tags = tagger.tag(sentence.words)
            for i in tags.indices {
                totals[0] += 1
                if tags[i].upos == sentence.upos[i] { counts[0] += 1 }
                if let xpos = sentence.xpos {
                    totals[1] += 1
                    if tags[i].xpos == xpos[i] { counts[1] += 1 }
                }
                if let feats = sentence.feats {
                    totals[2] += 1
                    if tags[i].feats == feats[i] { counts[2] += 1 }
                }
            }
        }
        return "UPOS \(Percent.format(counts[0], totals[0])) XPOS \(Percent.format(counts[1], totals[1])) FEATS \(Percent.format(counts[2], totals[2]))"
    }

    private func makeDictionary(_ sentences: [TaggedSentence], _ index: [String: Int]) -> [String: Int] {
        var counts: [String: [String: Float]] = [:]
        for sentence in sentences {
            for (word, tag) in zip(sentence.words, sentence.upos) {
                counts[WordForm(word).normal, default: [:]][tag, default: 0] += sentence.weight
            }
        }
        var dictionary: [String: Int] = [:]
        for (word, tags) in counts {
            let total = tags.values.reduce(0, +)
            guard total >= Float(dictionaryMinimumCount),
                let (tag, count) = tags.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                Double(count / total) >= dictionaryMinimumShare, let label = index[tag]
            else { continue }
            dictionary[word] = label
        }
        return dictionary
    }
}
