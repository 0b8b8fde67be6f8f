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
    /// Give XPOS and FEATS, like UPOS, from a dictionary for frequent words that nearly always have one label with
    /// their UPOS (a faster tagger).
    public var laterDictionaries = false
    /// … with this share of the word's occurrences with its UPOS under one label.
    public var laterMinimumShare = 0.995
    /// Tag UPOS twice, the second time with the first pass's tags around the word as features (the first pass's tags come
    /// from the weights being trained, so they are better than at run time; not jackknifed).
    public var twoPass = false

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
        let xposDictionary = laterDictionaries ? makeLaterDictionary(sentences, \.xpos, xposIndex) : [:]
        let featsDictionary = laterDictionaries ? makeLaterDictionary(sentences, \.feats, featsIndex) : [:]
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
        var upos2 = PerceptronTrainer(classes: uposLabels.count)
        var xpos = PerceptronTrainer(classes: max(xposLabels.count, 1))
        var feats = PerceptronTrainer(classes: max(featsLabels.count, 1))
        let (uposKeys, xposKeys, featsKeys) = (uposLabels.map(ValueKeys.hash), xposLabels.map(ValueKeys.hash), featsLabels.map(ValueKeys.hash))
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
                let frequent: (Int) -> Int? = { i in dictionary[forms[i].normal] }
                let (predicted, right, count) = Self.trainHead(
                    &upos, labelKeys: uposKeys, index: uposIndex, gold: sentence.upos, context: context, forms: forms, fixed: frequent,
                    weight: sentence.weight, allowed: nil)
                correct += right
                total += count
                if twoPass {
                    Self.trainHead(
                        &upos2, labelKeys: uposKeys, index: uposIndex, gold: sentence.upos, context: context, forms: forms, fixed: frequent,
                        weight: sentence.weight, allowed: nil
                    ) { keys, i in TaggerFeatures.firstPass(&keys, predicted, i, normal: forms[i].normalKey) }
                }
                // The later heads learn from gold UPOS, which the UPOS head gets right most of the time.
                let gold = sentence.upos
                let goldKeys = gold.map(ValueKeys.hash)
                func uposFeatures(_ keys: inout [UInt64], _ i: Int) {
                    TaggerFeatures.upos(&keys, goldKeys, i, normal: forms[i].normalKey)
                }
                if let goldXpos = sentence.xpos, !xposLabels.isEmpty {
                    Self.trainHead(&xpos, labelKeys: xposKeys, index: xposIndex, gold: goldXpos, context: context, forms: forms,
                                   fixed: xposDictionary.isEmpty ? nil : { i in xposDictionary[LaterKey(normal: forms[i].normal, upos: gold[i])] },
                                   weight: sentence.weight, allowed: Tagger.allowed(xposAllowed, gold.map { uposIndex[$0] ?? 0 })) { keys, i in
                        uposFeatures(&keys, i)
                    }
                }
                if let goldFeats = sentence.feats, !featsLabels.isEmpty {
                    Self.trainHead(&feats, labelKeys: featsKeys, index: featsIndex, gold: goldFeats, context: context, forms: forms,
                                   fixed: featsDictionary.isEmpty ? nil : { i in featsDictionary[LaterKey(normal: forms[i].normal, upos: gold[i])] },
                                   weight: sentence.weight, allowed: Tagger.allowed(featsAllowed, gold.map { uposIndex[$0] ?? 0 })) { keys, i in
                        uposFeatures(&keys, i)
                        if let goldXpos = sentence.xpos { TaggerFeatures.xpos(&keys, current: ValueKeys.hash(goldXpos[i])) }
                    }
                }
            }
            var message = "iteration \(iteration): training UPOS \(Percent.format(correct, total))"
            if !tune.isEmpty {
                let tagger = Tagger(
                    name: name, upos: TaggerHead(model: upos.model(), labels: uposLabels),
                    upos2: twoPass ? TaggerHead(model: upos2.model(), labels: uposLabels) : nil,
                    xpos: xposLabels.isEmpty ? nil : TaggerHead(model: xpos.model(), labels: xposLabels),
                    feats: featsLabels.isEmpty ? nil : TaggerHead(model: feats.model(), labels: featsLabels),
                    dictionary: dictionary, xposDictionary: xposDictionary, featsDictionary: featsDictionary, lexicon: lexicon,
                    wordList: wordList, xposAllowed: xposAllowed, featsAllowed: featsAllowed)
                message += ", tuning " + Self.score(tagger, tune)
            }
            log(message)
        }
        let tagger = Tagger(
            name: name, upos: TaggerHead(model: upos.model(pruneBelow: pruneBelow), labels: uposLabels),
            upos2: twoPass ? TaggerHead(model: upos2.model(pruneBelow: pruneBelow), labels: uposLabels) : nil,
            xpos: xposLabels.isEmpty ? nil : TaggerHead(model: xpos.model(pruneBelow: pruneBelow), labels: xposLabels),
            feats: featsLabels.isEmpty ? nil : TaggerHead(model: feats.model(pruneBelow: pruneBelow), labels: featsLabels),
            dictionary: dictionary, xposDictionary: xposDictionary, featsDictionary: featsDictionary, lexicon: lexicon,
            wordList: wordList, xposAllowed: xposAllowed, featsAllowed: featsAllowed)
        if !tune.isEmpty { log("final model (weights below \(pruneBelow) pruned): tuning " + Self.score(tagger, tune)) }
        return tagger
    }

    /// One greedy pass of a head over a sentence with updates: the words `fixed` gives a label take it, the others are
    /// predicted from the context features, the pass's own previous labels as history and what `extra` adds (the gold
    /// tags of earlier heads, or the first UPOS pass's tags). Returns the hashes of the labels chosen (`labelKeys` are
    /// the head's labels' hashes) and how many of the predicted were right.
    @discardableResult
    private static func trainHead(
        _ head: inout PerceptronTrainer, labelKeys: [UInt64], index: [String: Int], gold: [String], context: [[UInt64]],
        forms: [WordForm], fixed: ((Int) -> Int?)? = nil, weight: Float, allowed: [[Int32]]?,
        extra: ((inout [UInt64], Int) -> Void)? = nil
    ) -> (labelKeys: [UInt64], correct: Int, total: Int) {
        var previous: [UInt64] = []
        var correct = 0
        var total = 0
        for i in forms.indices {
            if let fixed, let label = fixed(i) {
                previous.append(labelKeys[label])
                continue
            }
            total += 1
            var keys = context[i]
            TaggerFeatures.history(
                &keys, previous: i > 0 ? previous[i - 1] : TaggerFeatures.sentenceStart,
                beforePrevious: i > 1 ? previous[i - 2] : TaggerFeatures.sentenceStart, normal: forms[i].normalKey)
            extra?(&keys, i)
            let scores = head.scores(keys)
            let guess: Int
            if let only = allowed?[i], !only.isEmpty {
                guess = PerceptronModel.best(scores, only: only)
            } else {
                guess = PerceptronModel.best(scores)
            }
            let truth = index[gold[i]] ?? 0
            head.update(truth: truth, guess: guess, features: keys, amount: weight)
            previous.append(labelKeys[guess])
            if guess == truth { correct += 1 }
        }
        return (previous, correct, total)
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
        makeDictionary(sentences.map { ($0.words.map { WordForm($0).normal }, $0.upos, $0.weight) }, index)
    }

    /// Keys (a word's normal form, or it with its UPOS) seen often enough with one label; `rows`: keys, labels, weight.
    private func makeDictionary<Key: Hashable>(_ rows: [([Key], [String], Float)], _ index: [String: Int], share: Double? = nil) -> [Key: Int] {
        var counts: [Key: [String: Float]] = [:]
        for (keys, labels, weight) in rows {
            for (key, tag) in zip(keys, labels) { counts[key, default: [:]][tag, default: 0] += weight }
        }
        var dictionary: [Key: Int] = [:]
        for (word, tags) in counts {
            let total = tags.values.reduce(0, +)
            guard total >= Float(dictionaryMinimumCount),
                let (tag, count) = tags.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                Double(count / total) >= share ?? dictionaryMinimumShare, let label = index[tag]
            else { continue }
            dictionary[word] = label
        }
        return dictionary
    }

    /// The XPOS or FEATS dictionary: a word with its gold UPOS → the label it nearly always has.
    private func makeLaterDictionary(
        _ sentences: [TaggedSentence], _ labels: (TaggedSentence) -> [String]?, _ index: [String: Int]
    ) -> [LaterKey: Int] {
        makeDictionary(sentences.compactMap { sentence in
            labels(sentence).map { (zip(sentence.words, sentence.upos).map { LaterKey(normal: WordForm($0).normal, upos: $1) }, $0, sentence.weight) }
        }, index, share: laterMinimumShare)
    }
}
