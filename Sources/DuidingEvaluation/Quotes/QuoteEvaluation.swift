import DuidingCore
public import DuidingPipeline
import Foundation

/// Detection and attribution scores of quotes against a `.quotes` gold file.
public struct QuoteScore: Sendable {
    /// Precision and recall counts of one kind of item.
    public struct Counts: Sendable {
        public var system = 0
        public var gold = 0
        /// System items that overlap a gold item of the kind, and gold items that a system item overlaps.
        public var systemMatched = 0
        public var goldMatched = 0
        public var precision: Double { QuoteScore.ratio(systemMatched, system) }
        public var recall: Double { QuoteScore.ratio(goldMatched, gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Quotes in quotation marks (direct and partial, the kind aside), and direct ones alone.
    public var marked = Counts()
    public var direct = Counts()
    public var indirect = Counts()
    /// Gold terms (scare quotes, names) the system reported as quotes.
    public var terms = 0
    public var termsTaken = 0
    /// Direct-quote attribution: system direct quotes with a speaker whose gold speaker is known, those right,
    /// and gold direct quotes with a known speaker.
    public var attributed = 0
    public var attributedCorrect = 0
    public var attributable = 0
    /// The direct-quote attribution counts by how the system found the speaker (``Quote/attribution``; `-` for none
    /// given): attributed and right.
    public var byAttribution: [String: (attributed: Int, correct: Int)] = [:]
    /// The same for partial and indirect quotes.
    public var reportedAttributed = 0
    public var reportedCorrect = 0
    public var reportedAttributable = 0
    /// Gold addressees and how many the system found right.
    public var addressees = 0
    public var addresseesCorrect = 0
    public var errors: [String] = []

    static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    public var attributionPrecision: Double { Self.ratio(attributedCorrect, attributed) }
    public var attributionRecall: Double { Self.ratio(attributedCorrect, attributable) }
    public var reportedPrecision: Double { Self.ratio(reportedCorrect, reportedAttributed) }
    public var reportedRecall: Double { Self.ratio(reportedCorrect, reportedAttributable) }
}

/// Detection scores of claims against a `.quotes` gold file.
public struct ClaimScore: Sendable {
    public var detection = QuoteScore.Counts()
    /// Matched claims whose value (the lower bound of a range) equals the gold one.
    public var valueCorrect = 0
    /// Matched claims with a gold source, and those whose source the system named right.
    public var sourced = 0
    public var sourceCorrect = 0
    /// Matched claims whose text states no source, and those the system gave one all the same.
    public var unsourced = 0
    public var sourceInvented = 0
    public var errors: [String] = []

    public var valueAccuracy: Double { QuoteScore.ratio(valueCorrect, detection.systemMatched) }
    public var sourceAccuracy: Double { QuoteScore.ratio(sourceCorrect, sourced) }
}

public enum QuoteEvaluation {
    /// How the words that give a speaker name them: by a `pronoun`, a `name` (capitalised) or a `description`.
    static func form(of words: String?) -> String {
        guard let words, let first = words.first else { return "-" }
        if ["hij", "zij", "ze", "hem", "haar", "he", "she", "they", "him", "her", "them", "zich"].contains(words.lowercased()) { return "pronoun" }
        return first.isUppercase ? "name" : "description"
    }

    /// Analyses every gold document (dated by its `# date:` at noon UTC) and scores its quotes and claims.
    public static func evaluate(_ analyzer: Analyzer, _ documents: [QuoteGoldDocument], language: String? = "nl")
        throws(PipelineError) -> (QuoteScore, ClaimScore)
    {
        var quotes = QuoteScore()
        var claims = ClaimScore()
        for document in documents {
            let analysis = try GoldAnalysis.analyze(analyzer, document.text, date: document.date, language: language)
            quotes.add(document, analysis)
            claims.add(document, analysis)
        }
        return (quotes, claims)
    }

    static func overlaps(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Bool { a < d && c < b }

    /// Pairs system and gold spans one to one, the largest overlaps first.
    static func match(_ system: [Range<Int>], _ gold: [Range<Int>]) -> [(system: Int, gold: Int)] {
        var pairs: [(Int, Int, Int)] = []
        for (s, a) in system.enumerated() {
            for (g, b) in gold.enumerated() where a.overlaps(b) {
                pairs.append((s, g, a.clamped(to: b).count))
            }
        }
        pairs.sort { $0.2 > $1.2 }
        var usedSystem: Set<Int> = []
        var usedGold: Set<Int> = []
        var result: [(system: Int, gold: Int)] = []
        for (s, g, _) in pairs where !usedSystem.contains(s) && !usedGold.contains(g) {
            usedSystem.insert(s)
            usedGold.insert(g)
            result.append((s, g))
        }
        return result
    }

    /// Letters and digits only, lowercased, without diacritics: how names are compared.
    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " " }))
            .split(separator: " ").joined(separator: " ")
    }

    /// Whether the system's speaker (an entity, else the words it gave) is the gold one.
    static func same(_ gold: String, cue: String?, entity: Entity?, text: String?) -> Bool {
        let target = fold(gold)
        guard !target.isEmpty else { return false }
        var names: [String] = []
        if let entity {
            names = [entity.name] + [entity.title].compactMap { $0 } + (entity.aliases ?? [])
                + entity.mentions.filter { $0.kind == nil || $0.kind == "description" }.map(\.text)
        }
        // The words the system gave count when they are the gold description (`Westerse regeringen`).
        if let text, entity != nil, fold(text) == target || (text.split(separator: " ").count > 1 && target.contains(fold(text))) {
            return true
        }
        if entity == nil, let text {
            names = [text]
            if let cue, fold(cue) == fold(text), cue.split(separator: " ").count > 1 || cue.first?.isUppercase == true { return true }
        }
        for name in names.map(fold) where !name.isEmpty {
            if name == target { return true }
            // A surname for a full name, or a description in words the gold repeats (`een woordvoerder van de NMBS`).
            let nameWords = name.split(separator: " ")
            let targetWords = target.split(separator: " ")
            if let last = nameWords.last, let goldLast = targetWords.last, last == goldLast, last.count > 2,
                entity != nil || nameWords.count > 1
            {
                return true
            }
            if entity == nil, nameWords.count > 1, target.contains(name) || name.contains(target) { return true }
        }
        return false
    }
}

extension QuoteScore {
    mutating func add(_ document: QuoteGoldDocument, _ analysis: Analysis) {
        let entities = Dictionary(analysis.entities.map { ($0.id, $0) }) { a, _ in a }
        let marked = analysis.quotes.filter { $0.kind != "indirect" }
        let goldMarked = document.quotes.filter { $0.kind != "indirect" }
        let snippet = { (text: String) in text.count > 60 ? String(text.prefix(57)) + "…" : text }
        func describe(_ quote: Quote) -> String {
            let speaker = quote.speaker.flatMap { entities[$0]?.name } ?? quote.speakerText ?? "?"
            return "\(quote.kind) “\(snippet(quote.text))” — \(speaker)"
        }

        // Quotes in quotation marks.
        self.marked.system += marked.count
        self.marked.gold += goldMarked.count
        let markedPairs = QuoteEvaluation.match(marked.map { $0.start..<$0.end }, goldMarked.map { $0.start..<$0.end })
        self.marked.systemMatched += markedPairs.count
        self.marked.goldMatched += markedPairs.count
        let goldDirect = goldMarked.indices.filter { goldMarked[$0].kind == "direct" }
        let systemDirect = marked.indices.filter { marked[$0].kind == "direct" }
        direct.system += systemDirect.count
        direct.gold += goldDirect.count
        let directPairs = markedPairs.filter { marked[$0.system].kind == "direct" && goldMarked[$0.gold].kind == "direct" }
        direct.systemMatched += directPairs.count
        direct.goldMatched += directPairs.count
        for index in goldMarked.indices where !markedPairs.contains(where: { $0.gold == index }) {
            errors.append("\(document.id): missed   \(goldMarked[index].kind) “\(snippet(goldMarked[index].text))”")
        }
        for index in marked.indices where !markedPairs.contains(where: { $0.system == index }) {
            let isTerm = document.terms.contains { QuoteEvaluation.overlaps($0.start, $0.end, marked[index].start, marked[index].end) }
            errors.append("\(document.id): \(isTerm ? "term     " : "extra    ")\(describe(marked[index]))")
        }
        terms += document.terms.count
        termsTaken += document.terms.filter { term in marked.contains { QuoteEvaluation.overlaps(term.start, term.end, $0.start, $0.end) } }.count

        // Attribution of direct quotes: a system direct quote with a speaker is right when it matches a gold direct
        // quote and names its speaker; gold quotes whose speaker the text does not tell are left out.
        for (index, quote) in marked.enumerated() where quote.kind == "direct" && (quote.speaker != nil || quote.speakerText != nil) {
            let pair = markedPairs.first { $0.system == index }
            let gold = pair.map { goldMarked[$0.gold] }
            if let gold, gold.speaker == nil { continue }
            attributed += 1
            let basis = (quote.attribution ?? "-") + " " + QuoteEvaluation.form(of: quote.speakerText)
            byAttribution[basis, default: (0, 0)].attributed += 1
            if let gold, let speaker = gold.speaker,
                QuoteEvaluation.same(speaker, cue: gold.cue, entity: quote.speaker.flatMap { entities[$0] }, text: quote.speakerText)
            {
                attributedCorrect += 1
                byAttribution[basis, default: (0, 0)].correct += 1
            } else if let gold {
                errors.append("\(document.id): speaker  \(describe(quote)) [\(basis)], gold: \(gold.speaker ?? "?")")
            }
        }
        attributable += goldDirect.filter { goldMarked[$0].speaker != nil }.count
        for pair in markedPairs where marked[pair.system].speaker == nil && marked[pair.system].speakerText == nil {
            guard goldMarked[pair.gold].kind == "direct", let speaker = goldMarked[pair.gold].speaker else { continue }
            errors.append("\(document.id): nobody   \(describe(marked[pair.system])), gold: \(speaker) (\(goldMarked[pair.gold].cue ?? "-"))")
        }
        for pair in markedPairs {
            let gold = goldMarked[pair.gold]
            let quote = marked[pair.system]
            if let addressee = gold.addressee {
                addressees += 1
                let entity = quote.addressee.flatMap { entities[$0] }
                if entity != nil || quote.addresseeText != nil,
                    QuoteEvaluation.same(addressee, cue: nil, entity: entity, text: quote.addresseeText)
                {
                    addresseesCorrect += 1
                } else {
                    errors.append("\(document.id): addressee \(describe(quote)) → \(entity?.name ?? quote.addresseeText ?? "-"), gold: \(addressee)")
                }
            }
            guard gold.kind == "partial", let speaker = gold.speaker else { continue }
            reportedAttributable += 1
            if quote.speaker != nil || quote.speakerText != nil {
                reportedAttributed += 1
                if QuoteEvaluation.same(speaker, cue: gold.cue, entity: quote.speaker.flatMap { entities[$0] }, text: quote.speakerText) {
                    reportedCorrect += 1
                } else {
                    errors.append("\(document.id): speaker  \(describe(quote)), gold: \(speaker)")
                }
            }
        }

        // Indirect speech.
        let indirectSystem = analysis.quotes.filter { $0.kind == "indirect" }
        let indirectGold = document.quotes.filter { $0.kind == "indirect" }
        indirect.system += indirectSystem.count
        indirect.gold += indirectGold.count
        let indirectPairs = QuoteEvaluation.match(indirectSystem.map { $0.start..<$0.end }, indirectGold.map { $0.start..<$0.end })
        indirect.systemMatched += indirectPairs.count
        indirect.goldMatched += indirectPairs.count
        for index in indirectGold.indices where !indirectPairs.contains(where: { $0.gold == index }) {
            errors.append("\(document.id): missed   indirect “\(snippet(indirectGold[index].text))”")
        }
        for index in indirectSystem.indices where !indirectPairs.contains(where: { $0.system == index }) {
            errors.append("\(document.id): extra    \(describe(indirectSystem[index]))")
        }
        for pair in indirectPairs {
            let gold = indirectGold[pair.gold]
            let quote = indirectSystem[pair.system]
            guard let speaker = gold.speaker else { continue }
            reportedAttributable += 1
            guard quote.speaker != nil || quote.speakerText != nil else { continue }
            reportedAttributed += 1
            if QuoteEvaluation.same(speaker, cue: gold.cue, entity: quote.speaker.flatMap { entities[$0] }, text: quote.speakerText) {
                reportedCorrect += 1
            } else {
                errors.append("\(document.id): speaker  \(describe(quote)), gold: \(speaker)")
            }
        }
    }
}

extension ClaimScore {
    mutating func add(_ document: QuoteGoldDocument, _ analysis: Analysis) {
        let entities = Dictionary(analysis.entities.map { ($0.id, $0) }) { a, _ in a }
        detection.system += analysis.claims.count
        detection.gold += document.claims.count
        let pairs = QuoteEvaluation.match(analysis.claims.map { $0.start..<$0.end }, document.claims.map { $0.start..<$0.end })
        detection.systemMatched += pairs.count
        detection.goldMatched += pairs.count
        for index in document.claims.indices where !pairs.contains(where: { $0.gold == index }) {
            errors.append("\(document.id): missed   “\(document.claims[index].text)”")
        }
        for index in analysis.claims.indices where !pairs.contains(where: { $0.system == index }) {
            errors.append("\(document.id): extra    “\(analysis.claims[index].text)”")
        }
        for pair in pairs {
            let gold = document.claims[pair.gold]
            let claim = analysis.claims[pair.system]
            let low = ClaimGoldItem.lowerValue(gold.value)
            if let low, let value = claim.value, abs(low - value) <= max(1e-9, abs(low) * 0.005) {
                valueCorrect += 1
            } else {
                errors.append("\(document.id): value    “\(gold.text)” \(claim.value.map { "\($0)" } ?? "-") \(claim.unit ?? ""), gold: \(gold.value) \(gold.unit)")
            }
            if let source = gold.source {
                sourced += 1
                let entity = claim.source.flatMap { entities[$0] }
                if entity != nil || claim.sourceText != nil, QuoteEvaluation.same(source, cue: nil, entity: entity, text: claim.sourceText) {
                    sourceCorrect += 1
                } else {
                    errors.append("\(document.id): source   “\(gold.text)” → \(entity?.name ?? claim.sourceText ?? "-"), gold: \(source)")
                }
            } else {
                unsourced += 1
                if claim.source != nil || claim.sourceText != nil {
                    sourceInvented += 1
                    let named = claim.source.flatMap { entities[$0]?.name } ?? claim.sourceText ?? ""
                    errors.append("\(document.id): source   “\(gold.text)” → \(named), gold: none stated")
                }
            }
        }
    }
}
