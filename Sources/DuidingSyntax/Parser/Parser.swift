public import DuidingLearning
public import Foundation

/// Greedy labelled dependency parser: the arc-hybrid transition system scored by an averaged perceptron.
///
/// ```
/// words + UPOS + FEATS ─► state (stack, buffer, arcs) ─► features ─► perceptron over valid moves
///                          ▲                                              │
///                          └──────────── apply SHIFT / LEFT(l) / RIGHT(l) ◄┘   until the buffer is empty
/// ```
/// Trained on the projective trees of the treebanks with a dynamic oracle (``ParserTrainer``); a sentence
/// always gets a tree with one root.
public struct Parser: Sendable {
    public static let component = "parser"
    public let name: String
    let model: PerceptronModel
    /// Dependency relations; move 0 is SHIFT, 1 + 2l is LEFT(l), 2 + 2l is RIGHT(l).
    let labels: [String]
    /// The relations' hashes, for the features of the arcs built so far.
    let labelKeys: [UInt64]
    /// The FEATS attributes the features read (`Number`, `VerbForm`, …); empty: all of them.
    let featsAttributes: [String]
    private let keptAttributes: Set<Substring>
    /// The repair of bare phrases of time a language's resources give (``TemporalPhrases``); nil: none.
    public private(set) var temporalPhrases: TemporalPhrases?

    /// This parser, repairing bare phrases of time by `rule` after each parse.
    public func with(temporalPhrases rule: TemporalPhrases?) -> Parser {
        var copy = self
        copy.temporalPhrases = rule
        return copy
    }

    /// The repair of clauses joined by a comma alone a language's resources give (``AsyndeticClauses``); nil: none.
    public private(set) var asyndeticClauses: AsyndeticClauses?

    public func with(asyndeticClauses rule: AsyndeticClauses?) -> Parser {
        var copy = self
        copy.asyndeticClauses = rule
        return copy
    }

    init(name: String, model: PerceptronModel, labels: [String], featsAttributes: [String] = []) {
        self.name = name
        self.model = model
        self.labels = labels
        labelKeys = labels.map(ValueKeys.hash)
        self.featsAttributes = featsAttributes
        keptAttributes = Set(featsAttributes.map { Substring($0) })
    }

    /// A word's FEATS as the features read them: only the attributes the model was trained on.
    func kept(_ feats: String) -> String { Self.kept(feats, attributes: keptAttributes) }

    /// `feats` with only the `attributes` (all of them when the set is empty).
    static func kept(_ feats: String, attributes: Set<Substring>) -> String {
        guard !attributes.isEmpty, feats != "_" else { return feats }
        let pairs = feats.split(separator: "|").filter { pair in
            attributes.contains(pair.split(separator: "=", maxSplits: 1).first ?? pair)
        }
        return pairs.isEmpty ? "_" : pairs.joined(separator: "|")
    }

    /// A word's head (1-based, 0 for the root) and relation.
    public struct Arc: Sendable, Equatable {
        public var head: Int
        public var relation: String
    }

    static func move(_ index: Int) -> ParserState.Move {
        index == 0 ? .shift : (index % 2 == 1 ? .left((index - 1) / 2) : .right((index - 2) / 2))
    }

    static func index(_ move: ParserState.Move) -> Int {
        switch move {
        case .shift: 0
        case .left(let label): 1 + 2 * label
        case .right(let label): 2 + 2 * label
        }
    }

    /// The best valid move (ties go to the lowest index): SHIFT, LEFT or RIGHT as the state allows them. The closure
    /// sees the three answers, not the state: one over the state would copy it at every step.
    @inline(__always)
    static func bestMove(_ scores: [Float], _ state: ParserState) -> Int {
        let (shift, left, right) = (state.canShift(), state.canLeft(), state.canRight())
        return PerceptronModel.best(scores) { index in index == 0 ? shift : (index % 2 == 1 ? left : right) }
    }

    /// Parses one sentence.
    ///
    /// - Complexity: O(2n) moves, each O(features × weights per feature).
    public func parse(words: [String], tags: [String], feats: [String]) -> [Arc] {
        guard !words.isEmpty else { return [] }
        let sentence = ParserFeatures.Sentence(
            words: words, tags: tags, feats: keptAttributes.isEmpty ? feats : feats.map(kept), labels: labelKeys)
        var state = ParserState(count: words.count)
        var keys: [UInt64] = []
        var scores = [Float](repeating: 0, count: model.classes)
        while !state.isTerminal {
            // With only the root on the stack SHIFT is the one valid move: nothing to score.
            if state.stack.count == 1 {
                state.apply(.shift)
                continue
            }
            ParserFeatures.extract(state, sentence, into: &keys)
            for c in scores.indices { scores[c] = 0 }
            model.addScores(keys, into: &scores)
            state.apply(Self.move(Self.bestMove(scores, state)))
        }
        var heads = (1...words.count).map { max(state.heads[$0], 0) }
        var relations = (1...words.count).map { labels[max(state.labels[$0], 0)] }
        Self.attachPunctuation(words: words, tags: tags, heads: &heads, relations: &relations)
        // (Before the agreement repair: a phrase of time taken for a second subject hides the clause's one subject.)
        temporalPhrases?.repair(forms: words, upos: tags, heads: &heads, relations: &relations)
        ListRepair.repair(forms: words, upos: tags, heads: &heads, relations: &relations)
        SharedSubjectRepair.repair(upos: tags, heads: heads, relations: &relations)
        asyndeticClauses?.repair(forms: words, upos: tags, feats: feats, heads: &heads, relations: &relations)
        AgreementRepair.repair(feats: feats, heads: heads, relations: &relations)
        return zip(heads, relations).map { Arc(head: $0, relation: $1) }
    }

    /// Re-attaches the punctuation by the UD convention (``PunctuationAttachment``) from the other words' arcs,
    /// which the parser finds more reliably than a comma's head; left as parsed where a word depends on a mark.
    static func attachPunctuation(words: [String], tags: [String], heads: inout [Int], relations: inout [String]) {
        let isPunctuation = tags.map { $0 == "PUNCT" }
        guard isPunctuation.contains(true), isPunctuation.contains(false),
            !heads.contains(where: { $0 > 0 && isPunctuation[$0 - 1] })
        else { return }
        PunctuationAttachment.attach(forms: words, isPunctuation: isPunctuation, heads: &heads)
        for index in relations.indices where isPunctuation[index] { relations[index] = "punct" }
    }
}

/// A sentence with its gold tree, for training.
public struct ParsedSentence: Sendable {
    public var words: [String]
    public var tags: [String]
    public var feats: [String]
    public var heads: [Int]
    public var relations: [String]
    public var weight: Float

    public init(words: [String], tags: [String], feats: [String], heads: [Int], relations: [String], weight: Float = 1) {
        self.words = words
        self.tags = tags
        self.feats = feats
        self.heads = heads
        self.relations = relations
        self.weight = weight
    }
}

/// Trains a ``Parser`` with the dynamic oracle on the projective trees, error exploration, seeded shuffling.
public struct ParserTrainer {
    public var iterations = 10
    public var seed: UInt64 = 1
    public var pruneBelow: Float = 0.001
    /// How often, from the second iteration on, training follows the model's move instead of the
    /// oracle's (error exploration); 0 always follows the oracle.
    public var explore = 0.9
    /// How many parsers to train (seeds `seed`, `seed + 1`, …); the model is the mean of their weights.
    public var ensemble = 1
    /// The FEATS attributes the features read; empty: all of them.
    public var featsAttributes: [String] = []

    public init() {}

    public func train(
        name: String, sentences: [ParsedSentence], tune: [ParsedSentence] = [], log: (String) -> Void = { _ in }
    ) -> Parser {
        guard ensemble > 1 else { return trainOne(name: name, sentences: sentences, tune: tune, log: log) }
        var labels: [String] = []
        let mean = PerceptronModel.mean(of: ensemble, seed: seed, pruneBelow: pruneBelow, log: log) { _, seed in
            var one = self
            one.ensemble = 1
            one.seed = seed
            one.pruneBelow = 0
            let parser = one.trainOne(name: name, sentences: sentences, tune: tune, log: log)
            labels = parser.labels
            return parser.model
        }
        let parser = Parser(name: name, model: mean, labels: labels, featsAttributes: featsAttributes)
        if !tune.isEmpty { log("mean of \(ensemble) parsers, tuning " + Self.score(parser, tune)) }
        return parser
    }

    func trainOne(
        name: String, sentences: [ParsedSentence], tune: [ParsedSentence], log: (String) -> Void
    ) -> Parser {
        let labels = Array(Set(sentences.flatMap(\.relations))).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let labelKeys = labels.map(ValueKeys.hash)
        var trainer = PerceptronTrainer(classes: 1 + 2 * labels.count)
        let attributes = Set(featsAttributes.map { Substring($0) })
        // Non-projective trees are lifted to projective ones; the few that cannot be are left out.
        let usable = sentences.compactMap { sentence -> ParsedSentence? in
            guard !sentence.words.isEmpty, let lifted = ParserState.projectivized([0] + sentence.heads) else { return nil }
            var projective = sentence
            projective.heads = Array(lifted.dropFirst())
            projective.feats = sentence.feats.map { Parser.kept($0, attributes: attributes) }
            return projective
        }
        let projective = sentences.filter { ParserState.isProjective([0] + $0.heads) }.count
        log("\(usable.count) of \(sentences.count) training sentences used, \(usable.count - projective) of them lifted to projective trees")
        var order = Array(usable.indices)
        var generator = SeededGenerator(seed: seed)
        var explorer = SeededGenerator(seed: seed &+ 0x9E37_79B9)
        var keys: [UInt64] = []
        for iteration in 1...max(iterations, 1) {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order {
                let gold = usable[index]
                let sentence = ParserFeatures.Sentence(words: gold.words, tags: gold.tags, feats: gold.feats, labels: labelKeys)
                let goldHeads = [0] + gold.heads
                let goldLabels = [0] + gold.relations.map { labelIndex[$0] ?? 0 }
                var onStack = [Bool](repeating: false, count: goldHeads.count)
                onStack[0] = true
                var state = ParserState(count: gold.words.count)
                while !state.isTerminal {
                    ParserFeatures.extract(state, sentence, into: &keys)
                    let scores = trainer.scores(keys)
                    let costs = state.costs(goldHeads: goldHeads, onStack: onStack)
                    let leftLabel = state.goldLabel(left: true, goldHeads: goldHeads, goldLabels: goldLabels)
                    let rightLabel = state.goldLabel(left: false, goldHeads: goldHeads, goldLabels: goldLabels)
                    func cost(_ index: Int) -> Int {
                        switch Parser.move(index) {
                        case .shift: return costs.shift
                        case .left(let label):
                            guard costs.left != .max else { return .max }
                            return costs.left + (leftLabel.map { $0 == label ? 0 : 1 } ?? 0)
                        case .right(let label):
                            guard costs.right != .max else { return .max }
                            return costs.right + (rightLabel.map { $0 == label ? 0 : 1 } ?? 0)
                        }
                    }
                    let minimum = min(costs.shift, costs.left, costs.right)
                    guard minimum != .max else { break }
                    let truth = PerceptronModel.best(scores) { cost($0) == minimum }
                    let guess = PerceptronModel.best(scores) { cost($0) != .max }
                    total += 1
                    // A guess that loses no more than the oracle's move is right (the clock still ticks).
                    let right = cost(guess) == minimum
                    trainer.update(truth: truth, guess: right ? truth : guess, features: keys, amount: gold.weight)
                    if right { correct += 1 }
                    // From the second iteration on, mostly follow the model, mistakes included, so that it
                    // learns to continue well from the states its own errors lead to.
                    let follow = iteration > 1 && explore > 0 && Double(explorer.next() >> 11) / 9_007_199_254_740_992 < explore
                    let move = Parser.move(follow ? guess : truth)
                    switch move {
                    case .shift: onStack[state.next] = true
                    case .left, .right: onStack[state.stack[state.stack.count - 1]] = false
                    }
                    state.apply(move)
                }
            }
            var message = "iteration \(iteration): training moves \(Percent.format(correct, total))"
            if !tune.isEmpty {
                let parser = Parser(name: name, model: trainer.model(), labels: labels, featsAttributes: featsAttributes)
                message += ", tuning " + Self.score(parser, tune)
            }
            log(message)
        }
        return Parser(
            name: name, model: trainer.model(pruneBelow: pruneBelow), labels: labels, featsAttributes: featsAttributes)
    }

    /// UAS and LAS (base relations) of a parser on gold sentences with gold tags, as text.
    public static func score(_ parser: Parser, _ sentences: [ParsedSentence]) -> String {
        var total = 0
        var unlabelled = 0
        var labelled = 0
        for sentence in sentences {
            let arcs = parser.parse(words: sentence.words, tags: sentence.tags, feats: sentence.feats)
            for (i, arc) in arcs.enumerated() {
                total += 1
                guard arc.head == sentence.heads[i] else { continue }
                unlabelled += 1
                if arc.relation.split(separator: ":").first == sentence.relations[i].split(separator: ":").first { labelled += 1 }
            }
        }
        return "UAS \(Percent.format(unlabelled, total)) LAS \(Percent.format(labelled, total))"
    }
}

extension Parser {
    public init(data: Data) throws(ModelFile.FormatError) {
        let file = try ModelFile(data: data, component: Self.component, templateHash: ParserFeatures.templateHash)
        guard let weights = file.sections["weights"], let labels = file.sections["labels"] else {
            throw ModelFile.FormatError("parser model lacks weights or labels")
        }
        self.init(
            name: file.name, model: try PerceptronModel(encoded: weights), labels: try LabelSection.decode(labels),
            featsAttributes: try file.sections["feats-attributes"].map(LabelSection.decode) ?? [])
    }

    public func modelFile(language: String, dataHash: String, settings: [String: String]) -> ModelFile {
        ModelFile(
            component: Self.component, name: name, language: language, templateHash: ParserFeatures.templateHash,
            dataHash: dataHash, settings: settings,
            sections: ["weights": model.encoded(), "labels": LabelSection.encode(labels)].merging(
                featsAttributes.isEmpty ? [:] : ["feats-attributes": LabelSection.encode(featsAttributes)]) { a, _ in a })
    }
}
