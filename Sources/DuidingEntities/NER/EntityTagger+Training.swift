public import DuidingLearning
public import Foundation

/// A document for training the entity tagger: sentences of words with gold IOB2 tags.
public struct EntityDocument: Sendable {
    public var sentences: [(words: [String], tags: [String])]

    public init(sentences: [(words: [String], tags: [String])]) {
        self.sentences = sentences
    }
}

/// Trains an ``EntityTagger``: documents in seeded random order, sentences in order inside each (the
/// document memory needs them so), greedy decoding with the model's own predictions as history.
public struct EntityTaggerTrainer {
    public var iterations = 10
    public var seed: UInt64 = 1
    public var pruneBelow: Float = 0.001
    /// Learn BILOU tags (single-word and last-word tags of their own) instead of IOB2.
    public var bilou = true
    /// Models trained with seeds `seed`, `seed + 1`, … whose mean weights make the tagger (1: one model).
    public var ensemble = 1
    /// Train a second stage that tags again knowing the first stage's tags of the whole document; its
    /// training documents get first-stage tags from models trained on the other `folds` (jackknifing),
    /// so that they are as wrong as at run time.
    public var twoStage = false
    public var folds = 5

    public init() {}

    public func train(
        name: String, documents: [EntityDocument], tune: [EntityDocument] = [], gazetteer: Gazetteer = Gazetteer(),
        wordList: WordSet? = nil, log: (String) -> Void = { _ in }
    ) -> EntityTagger {
        let first = trainMean(name: name, documents: documents, tune: tune, gazetteer: gazetteer, wordList: wordList, log: log)
        guard twoStage else { return first }
        var firstTags = [[[String]]](repeating: [], count: documents.count)
        for fold in 0..<folds {
            var one = self
            one.ensemble = 1
            one.pruneBelow = 0
            let others = documents.indices.filter { $0 % folds != fold }.map { documents[$0] }
            let tagger = one.trainOne(name: name, documents: others, tune: [], gazetteer: gazetteer, wordList: wordList, log: { _ in })
            for index in documents.indices where index % folds == fold {
                firstTags[index] = tagger.tag(document: documents[index].sentences.map(\.words))
            }
            log("first stage, fold \(fold + 1) of \(folds) tagged")
        }
        let votes = documents.indices.map { DocumentVotes(document: documents[$0].sentences.map(\.words), tags: firstTags[$0]) }
        log("second stage")
        return trainMean(
            name: name, documents: documents, tune: tune, gazetteer: gazetteer, wordList: wordList, first: first.model, votes: votes,
            log: log)
    }

    /// One stage, or the mean of `ensemble` of them.
    func trainMean(
        name: String, documents: [EntityDocument], tune: [EntityDocument], gazetteer: Gazetteer, wordList: WordSet?,
        first: PerceptronModel? = nil, votes: [DocumentVotes]? = nil, log: (String) -> Void
    ) -> EntityTagger {
        guard ensemble > 1 else {
            return trainOne(
                name: name, documents: documents, tune: tune, gazetteer: gazetteer, wordList: wordList, first: first, votes: votes,
                log: log)
        }
        var labels: [String] = []
        let mean = PerceptronModel.mean(of: ensemble, seed: seed, pruneBelow: pruneBelow, log: log) { _, seed in
            var one = self
            one.ensemble = 1
            one.seed = seed
            one.pruneBelow = 0
            let tagger = one.trainOne(
                name: name, documents: documents, tune: tune, gazetteer: gazetteer, wordList: wordList, first: first, votes: votes,
                log: log)
            labels = tagger.labels
            return tagger.second ?? tagger.model
        }
        let tagger = EntityTagger(
            name: name, model: first ?? mean, labels: labels, gazetteer: gazetteer, wordList: wordList,
            second: first == nil ? nil : mean)
        if !tune.isEmpty { log("mean of \(ensemble) models, tuning " + EntityScore.evaluate(tagger, tune).summary) }
        return tagger
    }

    /// One model: the first stage, or with `first` and `votes` (one per document) the second.
    func trainOne(
        name: String, documents: [EntityDocument], tune: [EntityDocument], gazetteer: Gazetteer, wordList: WordSet?,
        first: PerceptronModel? = nil, votes: [DocumentVotes]? = nil, log: (String) -> Void
    ) -> EntityTagger {
        let documents = bilou ? documents.map { document in
            EntityDocument(sentences: document.sentences.map { ($0.words, EntityTags.bilou(fromIOB2: $0.tags)) })
        } : documents
        let labels = Array(Set(documents.flatMap { $0.sentences.flatMap(\.tags) }).union(["O"])).sorted()
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let labelKeys = labels.map(ValueKeys.hash)
        var trainer = PerceptronTrainer(classes: labels.count)
        var order = Array(documents.indices)
        var generator = SeededGenerator(seed: seed)
        func tagger(_ model: PerceptronModel) -> EntityTagger {
            EntityTagger(
                name: name, model: first ?? model, labels: labels, gazetteer: gazetteer, wordList: wordList,
                second: first == nil ? nil : model)
        }
        for iteration in 1...max(iterations, 1) {
            order.shuffle(using: &generator)
            for position in order {
                var memory = DocumentMemory(document: documents[position].sentences.map(\.words))
                for (sentence, (words, gold)) in documents[position].sentences.enumerated() {
                    let entitySentence = EntityFeatures.Sentence(words)
                    var context = EntityFeatures.context(entitySentence, memory: memory, gazetteer: gazetteer, wordList: wordList)
                    votes?[position].addFeatures(sentence: sentence, to: &context)
                    var tags: [String] = []
                    var tagKeys: [UInt64] = []
                    for i in words.indices {
                        var keys = context[i]
                        EntityFeatures.history(&keys, tags: tagKeys, lower: entitySentence.lowerKeys[i], shape: entitySentence.shapeKeys[i])
                        let previous = tags.last ?? "O"
                        let last = i == words.count - 1
                        let guess = PerceptronModel.best(trainer.scores(keys)) {
                            bilou ? EntityTags.mayFollowBILOU(previous, labels[$0], last: last) : EntityTags.mayFollow(previous, labels[$0])
                        }
                        trainer.update(truth: index[gold[i]] ?? 0, guess: guess, features: keys)
                        tags.append(labels[guess])
                        tagKeys.append(labelKeys[guess])
                    }
                    memory.remember(words, bilou ? EntityTags.iob2(fromBILOU: tags) : tags)
                }
            }
            var message = "iteration \(iteration)"
            if !tune.isEmpty { message += ", tuning " + EntityScore.evaluate(tagger(trainer.model()), tune).summary }
            log(message)
        }
        return tagger(trainer.model(pruneBelow: pruneBelow))
    }
}

/// Exact-match entity precision, recall and F1, as conlleval computes them.
public struct EntityScore: Sendable {
    public var gold = 0
    public var system = 0
    public var correct = 0
    public var perType: [String: (gold: Int, system: Int, correct: Int)] = [:]

    public init() {}

    public var precision: Double { system == 0 ? 0 : Double(correct) / Double(system) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double { gold + system == 0 ? 0 : 2 * Double(correct) / Double(gold + system) }

    public var summary: String {
        String(format: "P %.2f R %.2f F1 %.2f", 100 * precision, 100 * recall, 100 * f1)
    }

    /// Adds one sentence's gold and predicted tags.
    public mutating func add(gold goldTags: [String], system systemTags: [String]) {
        let goldSpans = EntityTags.spans(goldTags)
        let systemSpans = EntityTags.spans(systemTags)
        gold += goldSpans.count
        system += systemSpans.count
        for span in goldSpans { perType[span.type, default: (0, 0, 0)].gold += 1 }
        for span in systemSpans {
            perType[span.type, default: (0, 0, 0)].system += 1
            if goldSpans.contains(where: { $0.type == span.type && $0.range == span.range }) {
                correct += 1
                perType[span.type, default: (0, 0, 0)].correct += 1
            }
        }
    }

    public static func evaluate(_ tagger: EntityTagger, _ documents: [EntityDocument]) -> EntityScore {
        var score = EntityScore()
        for document in documents {
            let predicted = tagger.tag(document: document.sentences.map(\.words))
            for (sentence, tags) in zip(document.sentences, predicted) { score.add(gold: sentence.tags, system: tags) }
        }
        return score
    }
}

extension EntityTagger {
    public init(data: Data) throws(ModelFile.FormatError) {
        let file = try ModelFile(data: data, component: Self.component, templateHash: Self.templateHash)
        guard let weights = file.sections["weights"], let labels = file.sections["labels"] else {
            throw ModelFile.FormatError("entity model lacks weights or labels")
        }
        var gazetteer = Gazetteer()
        for entry in try file.sections["gazetteer"].map(LabelSection.decode) ?? [] {
            let parts = entry.split(separator: "\t")
            if parts.count == 2 { gazetteer.add(String(parts[0]), type: String(parts[1])) }
        }
        let wordList = try file.sections["wordlist"].map { data throws(ModelFile.FormatError) in try WordSet(encoded: data) }
        let second = try file.sections["second.weights"].map { data throws(ModelFile.FormatError) in try PerceptronModel(encoded: data) }
        self.init(
            name: file.name, model: try PerceptronModel(encoded: weights), labels: try LabelSection.decode(labels),
            gazetteer: gazetteer, wordList: wordList, second: second)
    }

    public func modelFile(language: String, dataHash: String, settings: [String: String]) -> ModelFile {
        var sections: [String: Data] = [
            "weights": model.encoded(), "labels": LabelSection.encode(labels),
            "gazetteer": LabelSection.encode(gazetteer.entries.map { "\($0.name)\t\($0.type)" }),
        ]
        if let wordList { sections["wordlist"] = wordList.encoded() }
        if let second { sections["second.weights"] = second.encoded() }
        return ModelFile(
            component: Self.component, name: name, language: language, templateHash: Self.templateHash, dataHash: dataHash,
            settings: settings,
            sections: sections)
    }
}

/// Reads the CoNLL-2002 format: `word POS tag` per line (spaces or tabs between), blank lines between sentences,
/// `-DOCSTART-` between documents; a line of one column is no token.
public enum CoNLL2002 {
    /// The first line that is no token line of the format (too few columns, or an entity tag that is not `O`, `B-TYPE` or
    /// `I-TYPE` with a type in capitals), as `line N: reason`; nil when every line reads.
    public static func firstProblem(in text: String) -> String? {
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let fields = columns(line)
            guard let first = fields.first, first != "-DOCSTART-" else { continue }
            guard fields.count >= 2, let tag = fields.last else {
                return "line \(index + 1): expected a word and its entity tag (and a POS tag between them), found \"\(line)\""
            }
            let type = tag.dropFirst(2)
            let valid = tag == "O"
                || ((tag.hasPrefix("B-") || tag.hasPrefix("I-")) && !type.isEmpty && type.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) })
            if !valid { return "line \(index + 1): the entity tag \(tag) is not O, B-TYPE or I-TYPE" }
        }
        return nil
    }

    /// A line's columns, separated by spaces, as in the shared task's files, or by tabs.
    static func columns(_ line: Substring) -> [Substring] {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    public static func read(_ text: String) -> [EntityDocument] {
        var documents: [EntityDocument] = []
        var current = EntityDocument(sentences: [])
        var words: [String] = []
        var tags: [String] = []
        func endSentence() {
            if !words.isEmpty { current.sentences.append((words, tags)) }
            words = []
            tags = []
        }
        func endDocument() {
            endSentence()
            if !current.sentences.isEmpty { documents.append(current) }
            current = EntityDocument(sentences: [])
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let fields = columns(line)
            if fields.isEmpty {
                endSentence()
            } else if fields[0] == "-DOCSTART-" {
                endDocument()
            } else if let tag = fields.last, fields.count >= 2 {
                words.append(String(fields[0]))
                tags.append(String(tag))
            }
        }
        endDocument()
        return documents
    }
}
