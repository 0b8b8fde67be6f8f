import DuidingCore

/// Finds the time expressions of a sentence and resolves them (TIMEX3), by the rules of a `TimeGrammar`.
///
/// Each token position takes the longest match of any rule (the first rule on a tie); a modifier
/// directly before the match (`eind`, `ruim`) joins it and sets its mod. Values are computed against the
/// reference day and the sentence's tense; a clock time lies on the day the sentence names, if any.
public struct TimeTagger: Sendable {
    public let grammar: TimeGrammar

    public init(grammar: TimeGrammar) {
        self.grammar = grammar
    }

    /// One expression: token indices within the sentence, TIMEX3 type, value, mod and freq.
    public struct Found: Sendable, Equatable {
        public var tokens: Range<Int>
        public var type: String
        public var value: String?
        public var mod: String?
        public var freq: String?
        public var rule: String
    }

    /// The words of a sentence with what the tagger and parser found (empty arrays when unknown).
    public struct Sentence {
        public var words: [String]
        public var lemmas: [String?]
        public var upos: [String?]
        public var feats: [String?]
        /// Heads as CoNLL-U writes them (1-based, 0 for the root) and relations, when parsed.
        public var heads: [Int?]
        public var relations: [String?]
        /// Named-entity tags (IOB2), when tagged.
        public var names: [String?]

        public init(
            words: [String], lemmas: [String?] = [], upos: [String?] = [], feats: [String?] = [], heads: [Int?] = [],
            relations: [String?] = [], names: [String?] = []
        ) {
            self.words = words
            self.lemmas = lemmas
            self.upos = upos
            self.feats = feats
            self.heads = heads
            self.relations = relations
            self.names = names
        }

        func value<T>(_ array: [T?], _ index: Int) -> T? { index >= 0 && index < array.count ? array[index] : nil }
    }

    /// Whether a value is a year, month or day (what `twee jaar later` can count from).
    public static func isAbsoluteDate(_ value: String) -> Bool { TimeResolver.isAbsolute(value) }

    /// The expressions in a sentence, in order. `reference` is the date relative expressions count from
    /// (`2024-05-16`); `tense` overrides the tense read from the verbs.
    ///
    /// `anchor` is the day a clock time lies on when the sentence names none (the last day the article
    /// mentioned); without it, the reference day.
    ///
    /// `narrative` is the last absolute date the article named (`1886`, `1894-12`): `twee jaar later` counts
    /// from it.
    public func tag(
        _ sentence: Sentence, reference: String?, anchor: String? = nil, narrative: String? = nil, tense given: Tense? = nil
    ) -> [Found] {
        let lower = sentence.words.map { $0.lowercased() }
        let words = lower.map { TokenPattern.Word($0, words: grammar.words) }
        var found: [(Found, [String: String], ValueRecipe)] = []
        var index = 0
        while index < lower.count {
            var best: (rule: CompiledRule, length: Int, captures: [String: String])?
            for candidate in grammar.candidates(words[index]) {
                let compiled = grammar.compiled[candidate]
                guard compiled.rule.pattern.mayStart(at: words[index], words: grammar.words), compiled.rule.allows(lower, before: index)
                else { continue }
                guard var match = compiled.rule.pattern.match(words, at: index, words: grammar.words) else { continue }
                let end = index + match.length
                if let after = compiled.rule.followedBy {
                    // Words that must follow, outside the expression; what they capture counts.
                    guard let context = after.match(words, at: end, words: grammar.words) else { continue }
                    match.captures.merge(context.captures) { own, _ in own }
                }
                if end < lower.count, compiled.rule.notFollowedBy.contains(lower[end]) { continue }
                if !compiled.rule.notRelations.isEmpty, (index..<end).contains(where: { position in
                    let head = sentence.value(sentence.heads, position) ?? 0
                    return !(index..<end).contains(head - 1) && compiled.rule.notRelations.contains(sentence.value(sentence.relations, position) ?? "")
                }) { continue }
                if compiled.rule.outsideNames, (index..<end).contains(where: { (sentence.value(sentence.names, $0) ?? "O") != "O" }) {
                    continue
                }
                if match.length > (best?.length ?? 0) { best = (compiled, match.length, match.captures) }
            }
            guard let chosen = best else {
                index += 1
                continue
            }
            let winner = (rule: chosen.rule.rule, length: chosen.length, captures: chosen.captures)
            var start = index
            var mod: String?
            for modifier in grammar.modifiers where modifier.types.contains(winner.rule.type) {
                let count = modifier.words.count
                guard index - count >= 0, Array(lower[(index - count)..<index]) == modifier.words else { continue }
                // Not when those words already belong to the expression before.
                if let last = found.last, last.0.tokens.upperBound > index - count { continue }
                start = index - count
                mod = modifier.mod == "-" ? nil : modifier.mod
                break
            }
            let arguments = winner.rule.recipe.values(winner.captures)
            found.append((
                Found(tokens: start..<(index + winner.length), type: winner.rule.type, mod: mod, freq: arguments["freq"].map { $0 + "X" }, rule: winner.rule.name),
                arguments, winner.rule.recipe))
            index += winner.length
        }
        guard !found.isEmpty else { return [] }
        let reference = reference.flatMap { CalendarDay(iso: $0) }
        var resolver = TimeResolver(reference: reference, tense: given ?? .present, anchor: nil)
        resolver.narrative = narrative
        // Days first, so that a clock time can lie on the day the sentence names.
        let isClock = found.map { $0.2.function == "time" }
        // An untagged sentence has one tense, from its words; a tagged one, one per clause.
        let lexical = sentence.feats.contains(where: { $0 != nil }) ? nil : lexicalTense(lower)
        let children = lexical == nil && given == nil ? Self.children(sentence) : [:]
        var wholeSentence: Tense?
        func clauseTense(_ clause: Range<Int>) -> Tense {
            if let members = clauseMembers(sentence, clause: clause, children: children) { return tense(of: members, in: sentence) }
            if wholeSentence == nil { wholeSentence = tense(of: sentence.words.indices, in: sentence) }
            return wholeSentence ?? .present
        }
        for position in found.indices where !isClock[position] {
            resolver.tense = given ?? lexical ?? clauseTense(found[position].0.tokens)
            found[position].0.value = resolver.value(found[position].2.function, found[position].1)
            // A later expression in the sentence counts from this one (`in 1886 … twee jaar later`).
            if let value = found[position].0.value, found[position].0.type == "DATE", TimeResolver.isAbsolute(value) {
                resolver.narrative = value
            }
        }
        // The day named earlier in the article counts only when it lies near the reference (within a month):
        // a date long past, named in passing, is not what a clock time in a later sentence is about.
        let nearAnchor = anchor.flatMap { value -> String? in
            guard let day = CalendarDay(iso: value), let reference, abs(day.number - reference.number) <= 31 else { return nil }
            return value
        }
        let anchorValue = found.indices.lazy.compactMap { isClock[$0] ? nil : found[$0].0.value.flatMap { CalendarDay(iso: $0) == nil ? nil : $0 } }
            .first ?? nearAnchor
        resolver.anchor = anchorValue.flatMap { CalendarDay(iso: $0) }
        resolver.anchorIsNight = anchorValue?.hasSuffix("TNI") ?? false
        for position in found.indices where isClock[position] {
            found[position].0.value = resolver.value(found[position].2.function, found[position].1)
        }
        return Self.mergeClockAndDay(found.map(\.0), isClock: isClock)
    }

    /// A clock time written right before the day it lies on (`halfnegen donderdagochtend`) is one
    /// expression: that day at that time, in the afternoon or evening when the day part says so.
    static func mergeClockAndDay(_ found: [Found], isClock: [Bool]) -> [Found] {
        var out: [Found] = []
        var index = 0
        while index < found.count {
            if index + 1 < found.count, found[index].tokens.upperBound == found[index + 1].tokens.lowerBound,
                isClock[index], !isClock[index + 1]
            {
                let (clock, day) = (found[index], found[index + 1])
                if let dayValue = day.value, dayValue.count >= 10, CalendarDay(iso: dayValue) != nil,
                    let clockValue = clock.value, let t = clockValue.firstIndex(of: "T")
                {
                    var time = String(clockValue[clockValue.index(after: t)...])
                    let part = dayValue.count > 10 ? String(dayValue.dropFirst(11)) : ""
                    if ["AF", "EV"].contains(part), let hour = Int(time.prefix(2)), hour < 12 {
                        time = CalendarDay.pad(hour + 12, 2) + time.dropFirst(2)
                    }
                    var merged = clock
                    merged.tokens = found[index].tokens.lowerBound..<found[index + 1].tokens.upperBound
                    merged.value = String(dayValue.prefix(10)) + "T" + time
                    merged.mod = clock.mod ?? day.mod
                    out.append(merged)
                    index += 2
                    continue
                }
            }
            out.append(found[index])
            index += 1
        }
        return out
    }

    /// The tense of the clause an expression stands in (`clause`: its words), or of the whole sentence:
    /// future with a future auxiliary (`zal`, `zou`); past with a past-tense finite verb or a perfect
    /// (`heeft … gezegd`); present otherwise. The clause is found by climbing the parse from the
    /// expression to the first verb, or word with an auxiliary or copula; without a parse, the sentence.
    public func tense(_ sentence: Sentence, clause: Range<Int>? = nil) -> Tense {
        if !sentence.feats.contains(where: { $0 != nil }) { return lexicalTense(sentence.words.map { $0.lowercased() }) }
        let members = clause.flatMap { clauseMembers(sentence, clause: $0, children: Self.children(sentence)) }
        return tense(of: members ?? Array(sentence.words.indices), in: sentence)
    }

    /// Each word's dependents, from the heads (built once per sentence: a sentence may hold many expressions).
    static func children(_ sentence: Sentence) -> [Int: [Int]] {
        var children: [Int: [Int]] = [:]
        for index in sentence.words.indices {
            if let head = sentence.value(sentence.heads, index), head > 0 { children[head - 1, default: []].append(index) }
        }
        return children
    }

    /// The tense of a tagged sentence's clause, given each word's dependents. Without a clause or a parse,
    /// the verbs of the whole sentence count.
    /// The words whose features decide the tense of the clause an expression stands in: the clause head
    /// and its auxiliaries and copula. Nil when no clause head lies within 64 arcs above the expression (or
    /// there is no parse): then the whole sentence counts.
    func clauseMembers(_ sentence: Sentence, clause: Range<Int>, children: [Int: [Int]]) -> [Int]? {
        guard !sentence.heads.isEmpty else { return nil }
        let cues = grammar.tense
        func isClauseHead(_ node: Int) -> Bool {
            cues.verbTags.contains(sentence.value(sentence.upos, node) ?? "")
                || (children[node] ?? []).contains { cues.clauseRelations.contains(sentence.value(sentence.relations, $0) ?? "") }
        }
        // The expression's own head word: the one whose head lies outside it.
        var node = clause.first { !clause.contains((sentence.value(sentence.heads, $0) ?? 0) - 1) } ?? clause.lowerBound
        var steps = 0
        while !isClauseHead(node), let head = sentence.value(sentence.heads, node), head > 0, steps < 64 {
            node = head - 1
            steps += 1
        }
        guard isClauseHead(node) else { return nil }
        return [node] + (children[node] ?? []).filter { cues.clauseRelations.contains(sentence.value(sentence.relations, $0) ?? "") }
    }

    /// The tense the features of these words give.
    func tense(of members: some Sequence<Int>, in sentence: Sentence) -> Tense {
        let cues = grammar.tense
        var finite = false, past = false, future = false, perfect = false, participle = false
        for index in members {
            guard let text = sentence.value(sentence.feats, index) else { continue }
            let feats = Features(text)
            let lemma = sentence.value(sentence.lemmas, index) ?? ""
            if feats.contains(cues.finiteFeature) {
                finite = true
                if feats.contains(cues.pastFeature) { past = true }
                if cues.futureAuxiliaries.contains(lemma) { future = true }
                if cues.perfectAuxiliaries.contains(lemma) { perfect = true }
            }
            if feats.contains(cues.participleFeature) { participle = true }
        }
        guard finite else { return .present }
        if future { return .future }
        if past || (perfect && participle) { return .past }
        return .present
    }
}

extension TimeTagger {
    /// The tense of an untagged sentence from its words alone (lowercased): a future word (`will`), else a
    /// past word (`said`) or ending (`-ed`), else present.
    func lexicalTense(_ lower: [String]) -> Tense {
        let cues = grammar.tense
        if lower.contains(where: cues.futureWords.contains) { return .future }
        if lower.contains(where: { word in
            cues.pastWords.contains(word) || cues.pastSuffixes.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
        }) {
            return .past
        }
        return .present
    }
}

/// A token's FEATS (`Tense=Past|VerbForm=Fin`), checked feature by feature.
private struct Features {
    let parts: [Substring]

    init(_ text: String) {
        parts = text.split(separator: "|")
    }

    func contains(_ feature: String) -> Bool { parts.contains { $0 == feature } }
}
