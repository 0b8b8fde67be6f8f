package import DuidingCore

/// The analysis as the quote and claim finders read it: every token with its head and dependents as
/// indices into the whole token array, its sentence, and the entity mentions over it.
package struct ParsedText {
    package let analysis: Analysis
    package let scalars: [Unicode.Scalar]
    /// Sentence index of each token.
    package let sentenceOf: [Int]
    /// Head of each token as an index into the token array; `nil` for a root or an unparsed token.
    package let heads: [Int?]
    package let children: [[Int]]
    /// Lemma of each token, lowercased, without the particle joiner the lemmatizer may put first (`_voeren`).
    package let lemmas: [String]
    /// Text of each token, lowercased.
    package let words: [String]
    /// (entity index, mention index) of the mentions that overlap each token.
    package let mentions: [[(entity: Int, mention: Int)]]
    /// Index into `analysis.blocks` of the block (paragraph, headline …) each token stands in: the last that starts at
    /// or before it; -1 before the first.
    package let blockOf: [Int]

    package init(_ analysis: Analysis) {
        self.analysis = analysis
        scalars = ScalarText.scalars(of: analysis.text)
        let count = analysis.tokens.count
        var sentenceOf = [Int](repeating: 0, count: count)
        var heads = [Int?](repeating: nil, count: count)
        var children = [[Int]](repeating: [], count: count)
        for (number, sentence) in analysis.sentences.enumerated() {
            for index in sentence.tokens {
                sentenceOf[index] = number
                if let head = analysis.tokens[index].head, head > 0, sentence.tokens.lowerBound + head - 1 < sentence.tokens.upperBound {
                    let global = sentence.tokens.lowerBound + head - 1
                    heads[index] = global
                    children[global].append(index)
                }
            }
        }
        self.sentenceOf = sentenceOf
        let blocks = analysis.blocks.indices.sorted { analysis.blocks[$0].start < analysis.blocks[$1].start }
        var blockOf = [Int](repeating: -1, count: count)
        var next = 0
        var current = -1
        for (index, token) in analysis.tokens.enumerated() {
            while next < blocks.count, analysis.blocks[blocks[next]].start <= token.start {
                current = blocks[next]
                next += 1
            }
            blockOf[index] = current
        }
        self.blockOf = blockOf
        self.heads = heads
        self.children = children
        words = analysis.tokens.map { $0.text.lowercased() }
        lemmas = analysis.tokens.map { token in
            let lemma = (token.lemma ?? token.text).lowercased()
            return lemma.hasPrefix("_") && lemma.count > 1 ? String(lemma.dropFirst()) : lemma
        }
        var mentions = [[(entity: Int, mention: Int)]](repeating: [], count: count)
        if !analysis.entities.isEmpty {
            var startIndex: [Int: Int] = [:]
            for (index, token) in analysis.tokens.enumerated() { startIndex[token.start] = index }
            for (entityIndex, entity) in analysis.entities.enumerated() {
                for (mentionIndex, mention) in entity.mentions.enumerated() {
                    var index = startIndex[mention.start] ?? Self.firstToken(analysis.tokens, endingAfter: mention.start)
                    while index < count, analysis.tokens[index].start < mention.end {
                        mentions[index].append((entityIndex, mentionIndex))
                        index += 1
                    }
                }
            }
            // A miscellaneous name with mentions of others inside it (as the knowledge base's events get: `Russische
            // invasie van Oekraïne`) is read by its words, which name those others and what passed between them.
            var nesting: Set<[Int]> = []
            for index in mentions.indices where mentions[index].count > 1 {
                for outer in mentions[index] where analysis.entities[outer.entity].type == "MISC" {
                    let span = analysis.entities[outer.entity].mentions[outer.mention]
                    if mentions[index].contains(where: { inner in
                        let mention = analysis.entities[inner.entity].mentions[inner.mention]
                        return inner.entity != outer.entity && span.start <= mention.start && mention.end <= span.end
                            && mention.end - mention.start < span.end - span.start
                    }) {
                        nesting.insert([outer.entity, outer.mention])
                    }
                }
            }
            if !nesting.isEmpty {
                for index in mentions.indices { mentions[index].removeAll { nesting.contains([$0.entity, $0.mention]) } }
            }
        }
        self.mentions = mentions
    }

    /// Whether two tokens stand in the same block (paragraph, headline …) of the article.
    package func sameBlock(_ a: Int, _ b: Int) -> Bool { blockOf[a] == blockOf[b] }

    /// Whether the token stands in the article's headline.
    package func inHeadline(_ token: Int) -> Bool { blockOf[token] >= 0 && analysis.blocks[blockOf[token]].kind == .headline }

    /// Whether two tokens stand in mentions of one entity (a name's `Van` and its surname).
    package func shareEntity(_ a: Int, _ b: Int) -> Bool {
        mentions[a].contains { mention in mentions[b].contains { $0.entity == mention.entity } }
    }

    /// Whether a mention is a country's adjective or demonym (`Turkse`, `Argentijn`) rather than a name.
    package func isAdjective(_ mention: (entity: Int, mention: Int)) -> Bool {
        analysis.entities[mention.entity].mentions[mention.mention].kind == "adjective"
    }

    /// Whether a mention is a person's name (not a pronoun, description or group that refers to them).
    package func isPersonName(_ mention: (entity: Int, mention: Int)) -> Bool {
        analysis.entities[mention.entity].type == "PER" && analysis.entities[mention.entity].mentions[mention.mention].kind == nil
    }

    /// The first token that ends after `offset` (binary search).
    package static func firstToken(_ tokens: [Token], endingAfter offset: Int) -> Int {
        tokens.partitioningIndex { $0.end <= offset }
    }

    package var tokens: [Token] { analysis.tokens }

    /// The token range of a sentence.
    package func range(ofSentence number: Int) -> Range<Int> { analysis.sentences[number].tokens }

    package func relation(_ index: Int) -> String { analysis.tokens[index].deprel ?? "" }

    /// Whether the token's relation is `base` or a subtype of it (`nsubj` matches `nsubj:pass`).
    package func has(_ index: Int, relation base: String) -> Bool {
        let relation = relation(index)
        return relation == base || relation.hasPrefix(base + ":")
    }

    package func upos(_ index: Int) -> String { analysis.tokens[index].upos ?? "" }

    package func isPunctuation(_ index: Int) -> Bool {
        upos(index) == "PUNCT" || analysis.tokens[index].text.unicodeScalars.allSatisfy {
            switch $0.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                .finalPunctuation, .otherPunctuation:
                true
            default: false
            }
        }
    }

    package func isNominal(_ index: Int) -> Bool { ["NOUN", "PROPN", "PRON", "NUM"].contains(upos(index)) }

    /// Whether `ancestor` is `index` or above it in the tree.
    package func dominates(_ ancestor: Int, _ index: Int) -> Bool {
        var current: Int? = index
        var steps = 0
        while let node = current, steps < 64 {
            if node == ancestor { return true }
            current = heads[node]
            steps += 1
        }
        return false
    }

    /// Every token below `index`, with it, in text order.
    package func subtree(_ index: Int) -> [Int] {
        var result: [Int] = []
        var stack = [index]
        while let node = stack.popLast() {
            result.append(node)
            stack.append(contentsOf: children[node])
        }
        return result.sorted()
    }

    /// Whether the time layer found a time expression over the token (`woensdag`, `vorige week`).
    package func isTime(_ token: Int) -> Bool {
        let start = tokens[token].start, end = tokens[token].end
        return analysis.times.contains { $0.start <= start && end <= $0.end }
    }

    /// The first time expression inside a sentence, of a type when given (`DATE`): the time of what it states.
    package func time(inSentence number: Int, type: String? = nil) -> TimeExpression? { times(inSentence: number, type: type).first }

    /// The time expressions inside a sentence, in order, of a type when given.
    package func times(inSentence number: Int, type: String? = nil) -> [TimeExpression] {
        let sentence = range(ofSentence: number)
        guard !sentence.isEmpty else { return [] }
        let start = analysis.tokens[sentence.lowerBound].start
        let end = analysis.tokens[sentence.upperBound - 1].end
        return analysis.times.filter { $0.start >= start && $0.end <= end && (type == nil || $0.type == type) }
    }

    /// The syntactic head of a time expression: its word whose head lies outside it.
    package func head(of time: TimeExpression) -> Int? {
        var words: [Int] = []
        var index = Self.firstToken(tokens, endingAfter: time.start)
        while index < tokens.count, tokens[index].start < time.end {
            if tokens[index].start >= time.start && tokens[index].end <= time.end { words.append(index) }
            index += 1
        }
        return words.first { word in heads[word].map { !words.contains($0) } ?? true } ?? words.first
    }

    /// The text between two tokens, both included, as written.
    package func text(_ tokens: ClosedRange<Int>) -> String {
        ScalarText.string(scalars, analysis.tokens[tokens.lowerBound].start..<analysis.tokens[tokens.upperBound].end)
    }

    /// The noun phrase headed by `head`, kept inside `region`: its determiners, adjectives, names,
    /// appositions and modifiers, without clauses and without punctuation at its ends; with the phrases coordinated
    /// with it unless `coordinated` is false (`de politie` of `de politie en het leger`).
    package func phrase(_ head: Int, within region: Range<Int>, coordinated: Bool = true) -> ClosedRange<Int> {
        var inside: Set<String> = ["det", "amod", "nmod", "flat", "compound", "appos", "nummod", "case", "fixed", "conj", "cc"]
        if !coordinated { inside.subtract(["conj", "cc"]) }
        var members = [head]
        var stack = [head]
        while let node = stack.popLast() {
            // A verb is never part of a noun phrase, whatever the parse attached it to, nor is an adverb after the noun
            // that the parse made its adjective (`beschuldigde westerse ngo's ervan …`, `ervan` an `amod` of `ngo's`; not
            // `de helft ervan`) or a time made its apposition (`bestormden demonstranten dinsdag …`).
            // Nor a noun phrase of its own that the parse hung without a preposition on a noun inside a prepositional
            // phrase (`de diplomaten van zeven landen het land uit[zetten]`: `het land` on `landen`).
            func strayPhrase(_ child: Int) -> Bool {
                child > node && has(child, relation: "nmod") && children[node].contains { has($0, relation: "case") }
                    && !children[child].contains { has($0, relation: "case") } && children[child].contains { has($0, relation: "det") }
            }
            // (A participle before the noun is its adjective: `een betrokken diplomaat`.)
            func prenominalParticiple(_ child: Int) -> Bool {
                child < node && has(child, relation: "amod") && (tokens[child].feats ?? "").contains("VerbForm=Part")
            }
            for child in children[node]
            where region.contains(child) && (!["VERB", "AUX"].contains(upos(child)) || prenominalParticiple(child))
                && !(upos(child) == "ADV" && child > node && has(child, relation: "amod")) && !(has(child, relation: "appos") && isTime(child))
                && !strayPhrase(child)
            {
                let base = relation(child).split(separator: ":").first.map(String.init) ?? ""
                if inside.contains(base) {
                    members.append(child)
                    stack.append(child)
                }
            }
        }
        // The run of members around the head, without the head's own case word (`volgens`, `bij`) and punctuation.
        let set = Set(members)
        var low = head
        var high = head
        while set.contains(low - 1) { low -= 1 }
        while set.contains(high + 1) { high += 1 }
        while low < head, isPunctuation(low) || (has(low, relation: "case") && heads[low] == head) { low += 1 }
        while high > head, isPunctuation(high) { high -= 1 }
        return low...high
    }
}
