import DuidingCore
public import DuidingPipeline
import Foundation

/// Entity-linking scores against a `.link` gold file, end to end (the system finds the names itself).
public struct LinkScore: Sendable {
    /// Gold names with a Wikipedia target, those the system found, and those it linked to the right entity.
    public var linkable = 0
    public var linkableFound = 0
    public var linkableCorrect = 0
    /// Of the linkable ones, those whose entity the knowledge base has, and how many of those are right.
    public var inKB = 0
    public var inKBCorrect = 0
    /// Gold NIL names; system names left NIL (overlapping a gold name) and how many of those are NIL in gold.
    public var nilGold = 0
    public var systemNIL = 0
    public var systemNILCorrect = 0
    /// Of the system's NIL names, those that are NIL in gold or name an entity the knowledge base lacks: NIL is the
    /// right answer for this knowledge base (NIL as the TAC-KBP linking task defines it), whatever its coverage.
    public var systemNILOutsideKB = 0
    /// Gold references (descriptions, groups, pronouns) and how many the system resolved to the same entities.
    public var references = 0
    public var referencesFound = 0
    public var referencesCorrect = 0
    public var errors: [String] = []

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    /// Right entity over all linkable gold names (a name the tagger misses counts as wrong).
    public var accuracy: Double { Self.ratio(linkableCorrect, linkable) }
    /// Right entity over the linkable names the system found.
    public var accuracyFound: Double { Self.ratio(linkableCorrect, linkableFound) }
    public var accuracyInKB: Double { Self.ratio(inKBCorrect, inKB) }
    public var nilPrecision: Double { Self.ratio(systemNILCorrect, systemNIL) }
    /// NIL precision relative to the knowledge base: a name left NIL whose entity the knowledge base lacks counts as right.
    public var nilPrecisionForKB: Double { Self.ratio(systemNILOutsideKB, systemNIL) }
    public var referenceAccuracy: Double { Self.ratio(referencesCorrect, references) }
}

public enum LinkEvaluation {
    /// Analyses every gold document (dated by its `# date:` at noon UTC) and scores its entities.
    /// `knows` tells whether the knowledge base has an entity with a given English title.
    public static func evaluate(
        _ analyzer: Analyzer, _ documents: [LinkGoldDocument], language: String? = "nl", knows: (String) -> Bool
    ) throws(PipelineError) -> LinkScore {
        var score = LinkScore()
        for document in documents {
            let analysis = try GoldAnalysis.analyze(analyzer, document.text, date: document.date, language: language)
            score.add(document, analysis, knows: knows)
        }
        return score
    }
}

extension LinkScore {
    /// What a system entity is, in the gold file's terms: its English title, or `NIL:<name>`.
    static func label(_ entity: Entity) -> String { entity.title ?? "NIL:" + entity.name }

    mutating func add(_ document: LinkGoldDocument, _ analysis: Analysis, knows: (String) -> Bool) {
        var names: [(mention: Mention, entity: Entity)] = []
        var references: [(mention: Mention, entity: Entity)] = []
        for entity in analysis.entities {
            for mention in entity.mentions {
                if mention.kind == nil { names.append((mention, entity)) }
                if ["description", "group", "pronoun"].contains(mention.kind ?? "") { references.append((mention, entity)) }
            }
        }
        func matching(_ gold: LinkGoldMention, in list: [(mention: Mention, entity: Entity)]) -> [(mention: Mention, entity: Entity)] {
            let exact = list.filter { $0.mention.start == gold.start && $0.mention.end == gold.end }
            return exact.isEmpty ? list.filter { $0.mention.start < gold.end && gold.start < $0.mention.end } : exact
        }
        for gold in document.names {
            let found = matching(gold, in: names)
            if gold.isNIL {
                nilGold += 1
                continue
            }
            linkable += 1
            let target = gold.targets[0]
            let known = knows(target)
            if known { inKB += 1 }
            guard let system = found.first else {
                errors.append("\(document.id): missed   [\(gold.surface)|\(target)]")
                continue
            }
            linkableFound += 1
            if system.entity.title == target || (gold.qid != nil && system.entity.kb == gold.qid) {
                linkableCorrect += 1
                if known { inKBCorrect += 1 }
            } else {
                errors.append("\(document.id): wrong    [\(gold.surface)|\(target)] → \(Self.label(system.entity))\(known ? "" : " (not in KB)")")
            }
        }
        for (mention, entity) in names where entity.title == nil {
            let gold = document.names.filter { $0.start < mention.end && mention.start < $0.end }
            guard let first = gold.first else { continue }
            systemNIL += 1
            if first.isNIL {
                systemNILCorrect += 1
                systemNILOutsideKB += 1
            } else {
                let known = knows(first.targets[0])
                if !known { systemNILOutsideKB += 1 }
                errors.append("\(document.id): NIL      [\(mention.text)|\(first.targets[0])]\(known ? "" : " (not in KB)")")
            }
        }
        for gold in document.references {
            self.references += 1
            let found = matching(gold, in: references)
            guard !found.isEmpty else {
                errors.append("\(document.id): unresolved {\(gold.surface)|\(gold.targets.joined(separator: " + "))}")
                continue
            }
            referencesFound += 1
            let system = Set(found.map { Self.label($0.entity) })
            if system == Set(gold.targets) {
                referencesCorrect += 1
            } else {
                errors.append("\(document.id): wrongref {\(gold.surface)|\(gold.targets.joined(separator: " + "))} → \(system.sorted().joined(separator: " + "))")
            }
        }
    }
}
