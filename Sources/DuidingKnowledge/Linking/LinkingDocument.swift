import Foundation
import DuidingCore
import DuidingEntities

/// The view of an analysis the linker works on: lowercase words, upos, names from the entity tagger,
/// the reference day, and the countries the article keeps pointing at.
struct LinkingDocument {
    /// A name the entity tagger found, in tokens.
    struct Name {
        var tokens: Range<Int>
        var type: String
        var text: String
        var start: Int
        var end: Int
    }

    let tokens: [Token]
    /// Lowercase token texts.
    let lower: [String]
    private(set) var names: [Name]
    /// Token index → index in `names` of the name starting there.
    private(set) var nameStarting: [Int: Int]
    /// Token index → the sentence it is in.
    let sentenceOf: [Int]
    /// The first token of each sentence (a token's `head` counts from it).
    let sentenceStart: [Int]
    let day: CalendarDay
    let scalars: [Unicode.Scalar]

    init(_ analysis: Analysis, day: CalendarDay) {
        tokens = analysis.tokens
        lower = analysis.tokens.map { $0.text.lowercased() }
        let scalars = ScalarText.scalars(of: analysis.text)
        self.scalars = scalars
        var sentenceOf = [Int](repeating: 0, count: analysis.tokens.count)
        var found: [Name] = []
        // Punctuation the tagger took in at the edges (`Swissair /`) is no part of the name.
        let wordless = { (token: Token) in !token.text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } }
        for (number, sentence) in analysis.sentences.enumerated() {
            for index in sentence.tokens { sentenceOf[index] = number }
            for span in EntityTags.spans(analysis.tokens[sentence.tokens].map { $0.ner ?? "O" }) {
                var start = sentence.tokens.lowerBound + span.range.lowerBound
                var end = sentence.tokens.lowerBound + span.range.upperBound
                while start < end, wordless(analysis.tokens[start]) { start += 1 }
                // Nor past a colon, bracket or quotation mark inside it (`Ellen Vandamme: «We`, the tagger running on into the
                // quotation).
                if let cut = (start..<end).first(where: { Self.endsName(analysis.tokens[$0].text) }) { end = cut }
                while end > start, wordless(analysis.tokens[end - 1]) { end -= 1 }
                // (A pronoun alone is no name, whatever the entity tagger made of it: `,,Je hebt …''` after `tegen K.`.)
                if end - start == 1, analysis.tokens[start].upos == "PRON" { continue }
                if start < end { found.append(Self.name(start..<end, type: span.type, tokens: analysis.tokens, scalars: scalars)) }
            }
        }
        names = found
        self.sentenceOf = sentenceOf
        sentenceStart = analysis.sentences.map(\.tokens.lowerBound)
        var starting: [Int: Int] = [:]
        for (index, name) in found.enumerated() { starting[name.tokens.lowerBound] = index }
        nameStarting = starting
        self.day = day
    }

    /// Whether a token is punctuation no name has inside it: a colon, semicolon, bracket or quotation mark (a comma or
    /// question mark may be: `Brussel, Europese Cultuurstad 2000`, `Wedden dat ?`).
    static func endsName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ":;()[]\"«»„“”‘’‹›".unicodeScalars.contains($0) }
    }

    /// The indexes of a sentence's tokens.
    func tokens(inSentence sentence: Int) -> Range<Int> {
        sentenceStart[sentence]..<(sentence + 1 < sentenceStart.count ? sentenceStart[sentence + 1] : tokens.count)
    }

    /// The token a token depends on, nil for a sentence's root.
    func head(of index: Int) -> Int? {
        guard let head = tokens[index].head, head > 0 else { return nil }
        let global = sentenceStart[sentenceOf[index]] + head - 1
        return global < tokens.count ? global : nil
    }

    /// The name covering tokens `range`.
    static func name(_ range: Range<Int>, type: String, tokens: [Token], scalars: [Unicode.Scalar]) -> Name {
        let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
        return Name(tokens: range, type: type, text: ScalarText.string(scalars, start..<end), start: start, end: end)
    }

    /// Joins names the tagger cut up when together, with the words between them, they are a full label of
    /// the knowledge base (`Ursula` `von der` `Leyen`, `Sierra` `Leone`): the longest such window, starting and
    /// ending with a capitalised word, within a sentence, covering whole names only.
    ///
    /// - Complexity: O(tokens × longest window) lookups.
    mutating func joinNames(_ index: NameIndex, kb: KnowledgeBase, longest: Int = 5) {
        var covered = [Int?](repeating: nil, count: tokens.count)
        for (number, name) in names.enumerated() {
            for token in name.tokens { covered[token] = number }
        }
        var joined: [Name] = []
        var dropped = Set<Int>()
        var start = 0
        while start < tokens.count {
            defer { start += 1 }
            guard tokens[start].text.first?.isUppercase ?? false else { continue }
            var best: (end: Int, kind: EntityKind)?
            for length in stride(from: min(longest, tokens.count - start), through: 2, by: -1) {
                let end = start + length
                guard sentenceOf[start] == sentenceOf[end - 1], tokens[end - 1].text.first?.isUppercase ?? false else { continue }
                let inside = Set((start..<end).compactMap { covered[$0] })
                // Whole names only, at least one of them, and not just one name as it is.
                guard !inside.isEmpty, inside.allSatisfy({ names[$0].tokens.lowerBound >= start && names[$0].tokens.upperBound <= end }),
                    !(inside.count == 1 && inside.first.map({ names[$0].tokens == start..<end }) == true)
                else { continue }
                guard inside.count > 1 || (start..<end).contains(where: { covered[$0] == nil && tokens[$0].text.first?.isUppercase == true })
                else { continue }
                let text = self.text(start..<end)
                if let match = index.candidates(text).first(where: { $0.match == .folded }) {
                    best = (end, kb.entities[match.entity].kind)
                    break
                }
            }
            guard let (end, kind) = best else { continue }
            for number in Set((start..<end).compactMap { covered[$0] }) { dropped.insert(number) }
            joined.append(Self.name(start..<end, type: kind.nerType, tokens: tokens, scalars: scalars))
            for token in start..<end { covered[token] = -1 }
            start = end - 1
        }
        replace(dropped, with: joined)
    }

    /// Makes the words before an acronym in brackets one name when the acronym's letters are their initials (`de
    /// Vereniging voor begeleiding en bevordering van borstvoeding (VBBB)`, where the tagger found `Vereniging` only): the
    /// expansion is a name of the acronym's type, in place of the names inside it, which the linker then joins to the
    /// acronym (``LinkingState/mergeAcronyms()``). Not for a person's initials.
    mutating func expandAcronyms() {
        var joined: [Name] = []
        var dropped = Set<Int>()
        for name in names where name.type != "PER" && name.tokens.count == 1 && name.tokens.lowerBound > 0 {
            let open = name.tokens.lowerBound - 1
            guard lower[open] == "(", let start = expansionStart(of: name.text, before: open) else { continue }
            let span = start..<open
            let inside = names.indices.filter { names[$0].tokens.overlaps(span) }
            // Whole names only, and not one name that already is the expansion.
            guard inside.allSatisfy({ span.contains(names[$0].tokens.lowerBound) && names[$0].tokens.upperBound <= open }),
                !(inside.count == 1 && names[inside[0]].tokens == span)
            else { continue }
            dropped.formUnion(inside)
            joined.append(Self.name(span, type: name.type, tokens: tokens, scalars: scalars))
        }
        replace(dropped, with: joined)
    }

    /// Where the words that an acronym abbreviates start, right before token `end`: reading back within the sentence, each
    /// word but a preposition, article or conjunction gives the acronym's next letter from the end, and the first word is
    /// capitalised (`Nationale Bank van België` for `NBB`). Nil when they do not spell it.
    func expansionStart(of acronym: String, before end: Int) -> Int? {
        let letters = Array(acronym)
        guard (2...8).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }), end > 0 else { return nil }
        let sentence = sentenceOf[end - 1]
        var remaining = letters.count
        var index = end - 1
        while index >= 0, sentenceOf[index] == sentence {
            let upos = tokens[index].upos ?? ""
            if ["ADP", "CCONJ", "DET"].contains(upos) {
                index -= 1
                continue
            }
            guard let first = tokens[index].text.first, first.isLetter,
                Transliteration.fold(String(first)) == Transliteration.fold(String(letters[remaining - 1]))
            else { return nil }
            remaining -= 1
            if remaining == 0 { return first.isUppercase && end - index >= 2 ? index : nil }
            index -= 1
        }
        return nil
    }

    /// Whether an acronym in brackets right after a name spells it out (`Nationale Bank van België (NBB)`), also from
    /// the parts of compound words (`Nachtondernemers Amsterdam (NOA)`: see ``abbreviates(_:_:)``).
    func isSpelledOut(_ name: Name) -> Bool {
        let open = name.tokens.upperBound
        guard open + 1 < tokens.count, lower[open] == "(" else { return false }
        let acronym = tokens[open + 1].text
        return expansionStart(of: acronym, before: open) == name.tokens.lowerBound
            || name.tokens.count >= 2 && open + 2 < tokens.count && lower[open + 2] == ")" && Self.abbreviates(acronym, name.text)
    }

    /// Whether an acronym abbreviates the words of a name, letters taken from inside words too, as in the short forms
    /// that Schwartz and Hearst (2003) match: its letters stand in the name in order, the first opening the name's first
    /// word and the last opening its last word (`NOA` for `Nachtondernemers Amsterdam`, `KNVB` for `Koninklijke
    /// Nederlandse Voetbalbond`).
    static func abbreviates(_ acronym: String, _ name: String) -> Bool {
        let letters = Array(acronym.lowercased())
        let words = name.lowercased().split(separator: " ")
        guard (2...8).contains(letters.count), acronym.allSatisfy({ $0.isUppercase && $0.isLetter }), words.count >= 2,
            words.first?.first == letters.first, words.last?.first == letters.last
        else { return false }
        // All but the last letter from the words before the last one, in order.
        var next = 0
        for character in words.dropLast().joined(separator: " ") where next < letters.count - 1 && character == letters[next] { next += 1 }
        return next == letters.count - 1
    }

    /// Puts the `joined` names in place of the names numbered `dropped`, in text order.
    private mutating func replace(_ dropped: Set<Int>, with joined: [Name]) {
        guard !joined.isEmpty else { return }
        names = (names.enumerated().filter { !dropped.contains($0.offset) }.map(\.element) + joined)
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        reindex()
    }

    /// Takes out the one-word names that, after a determiner, describe a person: a singular demonym (`lacht de
    /// Amerikaan`, `de jonge Belg`) or a word after an age (`vervolgde de 77-jarige Democraat`), heading their phrase
    /// (not `de Amerikaan Joe Biden`, where the demonym is a title, nor `de Amerikaanse regering`). Returns the
    /// descriptions, determiner to noun, for the linker to resolve as it resolves a pronoun, each with the country of its
    /// demonym (`demonym` gives a word's). A given name after an age is a name (`de 19-jarige Soufiane`). A common noun
    /// after an age, or an age alone, outside any name, is such a description too (`de 52-jarige oefenmeester`).
    mutating func takePersonDescriptions(
        determiners: Set<String>, indefinites: Set<String>, ageEndings: [String], isGivenName: (String) -> Bool,
        isPersonNoun: (String) -> Bool, isFunctionNoun: (String) -> Bool, isTitleAcronym: (String) -> Bool, isAgeWord: (String) -> Bool,
        demonym: (String) -> String?
    ) -> [(tokens: Range<Int>, country: String?)] {
        var found: [(tokens: Range<Int>, country: String?)] = []
        var dropped: Set<Int> = []
        for (number, name) in names.enumerated() where name.tokens.count == 1 {
            let noun = name.tokens.lowerBound
            let feats = tokens[noun].feats ?? ""
            guard tokens[noun].upos != "ADJ", feats.contains("Number=Sing") else { continue }
            // The determiner, with at most one modifier between (`de 31-jarige`, `de jonge`).
            var start = noun - 1
            var aged = false
            if start >= 0, sentenceOf[start] == sentenceOf[noun], tokens[start].upos == "ADJ" {
                aged = ageEndings.contains { lower[start].hasSuffix($0) }
                start -= 1
            }
            guard start >= 0, sentenceOf[start] == sentenceOf[noun], determiners.contains(lower[start]) else { continue }
            let next = noun + 1
            if next < tokens.count, sentenceOf[next] == sentenceOf[noun], ["NOUN", "PROPN"].contains(tokens[next].upos ?? "") { continue }
            let country = demonym(name.text)
            guard aged && !isGivenName(name.text) || country != nil else { continue }
            found.append((start..<(noun + 1), country))
            dropped.insert(number)
        }
        // A common noun after an age, or the age alone, outside any name (`zei de 52-jarige oefenmeester`, `aldus de
        // 24-jarige`): a person described, resolved the same way (not a title before a name: `de 52-jarige trainer Hans
        // Verbeek`).
        let covered = tokensInNames()
        for age in tokens.indices where tokens[age].upos == "ADJ" && isAgeWord(lower[age]) {
            let start = age - 1
            guard start >= 0, sentenceOf[start] == sentenceOf[age], determiners.contains(lower[start]), !covered.contains(age) else { continue }
            var end = age + 1
            // (A noun for a person only: not `de 25-jarige geschiedenis`.)
            if end < tokens.count, sentenceOf[end] == sentenceOf[age], tokens[end].upos == "NOUN", !covered.contains(end),
                (tokens[end].feats ?? "").contains("Number=Sing"), tokens[end].text.first?.isLowercase == true
            {
                guard isPersonNoun(lower[end]) else { continue }
                end += 1
            }
            if end < tokens.count, sentenceOf[end] == sentenceOf[age], ["NOUN", "PROPN", "ADJ"].contains(tokens[end].upos ?? "") { continue }
            // (Not one the article brought in unnamed: `Een 81-jarige vrouw … werden gered` before `de 81-jarige vrouw`.)
            let last = end - 1
            let unnamed = (1..<max(1, start)).contains { index in
                lower[index] == lower[last] && (max(0, index - 2)..<index).contains { indefinites.contains(lower[$0]) }
                    && (end - start == 2 || lower[index - 1] == lower[age])
            }
            if unnamed { continue }
            found.append((start..<end, nil))
        }
        // A noun for a person's function alone after a determiner, outside any name (`De directeur wijst erop`, `aldus de
        // woordvoerder`): a person described, resolved the same way, unless `een` brought the noun in (`een agent … de
        // agent`), a name follows it (`de woordvoerder Marco Hendriks`: a title) or a phrase does that says whose function
        // it is (`de aanklager van het ICC, Karim Khan`: someone named there, maybe for the first time).
        let described = Set(found.map(\.tokens.lowerBound))
        // Where each word first stands one or two words after `een`.
        var brought: [String: Int] = [:]
        for index in tokens.indices where (max(0, index - 2)..<index).contains(where: { indefinites.contains(lower[$0]) }) {
            if brought[lower[index]] == nil { brought[lower[index]] = index }
        }
        var isFunction: [String: Bool] = [:]
        // (Also a function in capitals, which the tagger calls a proper noun: `zei de CFO`.)
        // (A proper noun often carries no features: a function in capitals needs no number.)
        for noun in tokens.indices.dropFirst() where ["NOUN", "PROPN"].contains(tokens[noun].upos ?? "") && !covered.contains(noun)
            && determiners.contains(lower[noun - 1])
            && ((tokens[noun].feats ?? "").contains("Number=Sing") || tokens[noun].upos == "PROPN" && !(tokens[noun].feats ?? "").contains("Number=Plur"))
        {
            let start = noun - 1
            guard sentenceOf[start] == sentenceOf[noun], !described.contains(start) else { continue }
            // (Each word's ending tested once.)
            let function = tokens[noun].upos == "NOUN" ? isFunction[lower[noun]] ?? isFunctionNoun(lower[noun]) : isTitleAcronym(tokens[noun].text)
            if tokens[noun].upos == "NOUN" { isFunction[lower[noun]] = function }
            guard function else { continue }
            let next = noun + 1
            if next < tokens.count, sentenceOf[next] == sentenceOf[noun], ["NOUN", "PROPN", "ADJ", "NUM", "ADP"].contains(tokens[next].upos ?? "") {
                continue
            }
            if let first = brought[lower[noun]], first < start { continue }
            found.append((start..<next, nil))
        }
        found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        guard !dropped.isEmpty else { return found }
        names = names.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        reindex()
        return found
    }

    /// The tokens inside the names found so far.
    func tokensInNames() -> IndexSet {
        var covered = IndexSet()
        for name in names { covered.insert(integersIn: name.tokens) }
        return covered
    }

    /// The index of the one-word name at a token that the tagger typed as something other than a person (`Els` MISC in
    /// `rechter Els Vermeulen`, `Kempen` LOC in `Toon van Kempen`), which a person's name there takes in.
    func oneWordNonPerson(at token: Int) -> Int? {
        nameStarting[token].flatMap { names[$0].tokens.count == 1 && names[$0].type != "PER" ? $0 : nil }
    }

    /// Rebuilds `nameStarting` after `names` changed.
    private mutating func reindex() {
        nameStarting = [:]
        for (number, name) in names.enumerated() { nameStarting[name.tokens.lowerBound] = number }
    }

    /// Drops the one-word names that are a function in capitals (`de CEO`, `zei de CFO`, tagged as organisations): titles
    /// and descriptions of people, no names.
    mutating func dropTitleAcronyms(_ isTitleAcronym: (String) -> Bool) {
        let kept = names.filter { $0.tokens.count != 1 || !isTitleAcronym(tokens[$0.tokens.lowerBound].text) }
        guard kept.count < names.count else { return }
        names = kept
        reindex()
    }

    /// Drops from the front of a name a capitalised function word that opens its sentence (`Of Rutte`, `Maar Rutte`,
    /// the `opener` words of `references.tsv`), unless the knowledge base knows the whole name; and from the front of a
    /// person's name the lowercase words that are no surname particles (`lerares Rūta Kazlauskienė`: a title).
    mutating func dropOpeners(_ openers: Set<String>, particles: Set<String>, isKnown: (String) -> Bool) {
        var changed = false
        for number in names.indices {
            let name = names[number]
            var first = name.tokens.lowerBound
            if name.tokens.count >= 2, openers.contains(lower[first]), tokens[first].text.first?.isUppercase == true,
                first == 0 || sentenceOf[first - 1] != sentenceOf[first], !isKnown(name.text)
            {
                first += 1
            }
            if name.type == "PER" {
                while first < name.tokens.upperBound - 1, tokens[first].text.first?.isLowercase == true, !particles.contains(lower[first]) {
                    first += 1
                }
            }
            guard first > name.tokens.lowerBound else { continue }
            names[number] = Self.name(first..<name.tokens.upperBound, type: name.type, tokens: tokens, scalars: scalars)
            changed = true
        }
        guard changed else { return }
        reindex()
    }

    /// Drops from the front of a name a noun for a person (`references.tsv`: `person-ending`) that the tagger took in with a
    /// person's name after it (`Europarlementslid Eva Kaili` typed an organisation, the title capitalised at the start of a
    /// sentence or a headline), or an office's field after the office's linking preposition (`references.tsv`: `of`;
    /// `minister van Mobiliteit Bart Claes`): the name is the person's, from the given name on, unless the knowledge base
    /// knows the whole. (Not another noun: `Stichting Anne Frank` is an organisation.)
    mutating func dropTitleNouns(
        personEndings: [String], organisationHeads: Set<String>, linkers: Set<String>, particles: Set<String>, isGivenName: (String) -> Bool,
        isKnown: (String) -> Bool
    ) {
        var changed = false
        func isPersonNoun(_ index: Int) -> Bool { personEndings.contains { lower[index].hasSuffix($0) } }
        for number in names.indices {
            let name = names[number]
            let first = name.tokens.lowerBound
            // The noun names the person (`Europarlementslid`), or is the field of an office named before it (`minister van
            // Mobiliteit Bart Claes`).
            // (Not a noun that heads an organisation's name: `de directeur van Museum Jan Cunen`, `Stichting Anne Frank`.)
            let field = first >= 2 && linkers.contains(lower[first - 1]) && isPersonNoun(first - 2) && sentenceOf[first - 2] == sentenceOf[first]
                && !organisationHeads.contains(where: { lower[first].hasSuffix($0) })
            // (Or a title written as an acronym, or opening its sentence, which the tagger may call a proper noun: `CEO
            // Katrien Moens`, `Criticus Jeroen Maes schreef …`.)
            let acronym = tokens[first].text.count >= 2 && tokens[first].text.allSatisfy(\.isUppercase)
            let opening = first == 0 || sentenceOf[first - 1] != sentenceOf[first]
            // (The surname may open with a particle: `Staatssecretaris Aukje de Vries`.)
            let title = (tokens[first].upos == "NOUN" || acronym || opening && name.type != "ORG") && isPersonNoun(first)
            guard name.tokens.count >= 3, title || field,
                isGivenName(tokens[first + 1].text), tokens[first + 2].text.first?.isUppercase == true || particles.contains(tokens[first + 2].text),
                !isKnown(name.text)
            else { continue }
            names[number] = Self.name((first + 1)..<name.tokens.upperBound, type: "PER", tokens: tokens, scalars: scalars)
            changed = true
        }
        guard changed else { return }
        reindex()
    }

    /// Ends a person's name before the lowercase words it ends in, particles included: a name never ends in one (`had
    /// iedereen Van der Schans de titel gegund`, the tagger's `Schans de titel` joined to `Van der`). A word with a hyphen
    /// or a full stop stays (`al-Assad`, `jr.`). Runs after the joins that extend names.
    mutating func dropTrailingLowercase() {
        var changed = false
        for number in names.indices where names[number].type == "PER" {
            let name = names[number]
            var end = name.tokens.upperBound
            while end - 1 > name.tokens.lowerBound, tokens[end - 1].text.allSatisfy(\.isLowercase) { end -= 1 }
            guard end < name.tokens.upperBound else { continue }
            names[number] = Self.name(name.tokens.lowerBound..<end, type: name.type, tokens: tokens, scalars: scalars)
            changed = true
        }
        guard changed else { return }
        reindex()
    }

    /// Takes into a person's name the surname particles right before it that the tagger left out, when the first of them
    /// is capitalised (`Van der Voort`, `De Coster`, `Van den Goorbergh` tagged `den Goorbergh`): a person's name, or a
    /// name that starts with a lowercase particle (a surname cut in two, then a person whatever the tagger's type).
    /// A name that opens with a given name or a demonym (`De Argentijn Guillermo Vilas`) has no surname to extend.
    mutating func extendSurnames(particles: Set<String>, opensWithoutSurname: (String) -> Bool) {
        var changed = false
        for number in names.indices {
            let name = names[number]
            let cut = particles.contains(tokens[name.tokens.lowerBound].text) && tokens[name.tokens.lowerBound].text.first?.isLowercase == true
            guard name.type == "PER" || cut, name.tokens.count == 1 || !opensWithoutSurname(tokens[name.tokens.lowerBound].text) else { continue }
            var start = name.tokens.lowerBound
            while start > 0, name.tokens.lowerBound - start < 3, sentenceOf[start - 1] == sentenceOf[name.tokens.lowerBound],
                particles.contains(lower[start - 1]), number == 0 || names[number - 1].tokens.upperBound < start
            {
                start -= 1
            }
            // Back to the capitalised particle that opens the surname, if any.
            while start < name.tokens.lowerBound, tokens[start].text.first?.isUppercase != true { start += 1 }
            guard start < name.tokens.lowerBound else { continue }
            names[number] = Self.name(start..<name.tokens.upperBound, type: "PER", tokens: tokens, scalars: scalars)
            changed = true
        }
        guard changed else { return }
        reindex()
    }

    /// Completes a surname the tagger cut after its particles or typed as something else: a name of capitalised particles
    /// alone (`Van` tagged as a place in `voor Van den Goorbergh`) takes in up to two lowercase particles and the
    /// capitalised word after them, with the rest of a name starting there; and a name made of a capitalised particle,
    /// lowercase particles and one capitalised word (`Van der Schans`, `De la Rúa`) is a person's unless the knowledge
    /// base knows it (`isKnown`) as something else.
    mutating func completeParticleSurnames(particles: Set<String>, isKnown: (String) -> Bool) {
        var joined: [Name] = []
        var dropped: Set<Int> = []
        let (tokens, lower) = (self.tokens, self.lower)
        let isCapitalisedParticle = { (index: Int) in tokens[index].text.first?.isUppercase == true && particles.contains(lower[index]) }
        let isLowercaseParticle = { (index: Int) in tokens[index].text.first?.isLowercase == true && particles.contains(tokens[index].text) }
        for number in names.indices where !dropped.contains(number) {
            let name = names[number]
            let range = name.tokens
            if range.allSatisfy({ isCapitalisedParticle($0) || ($0 > range.lowerBound && isLowercaseParticle($0)) }) {
                var end = range.upperBound
                while end < tokens.count, end - range.upperBound < 2, isLowercaseParticle(end), sentenceOf[end] == sentenceOf[range.lowerBound],
                    nameStarting[end] == nil
                {
                    end += 1
                }
                guard end < tokens.count, sentenceOf[end] == sentenceOf[range.lowerBound], tokens[end].upos == "PROPN",
                    tokens[end].text.first?.isUppercase == true, !particles.contains(lower[end])
                else { continue }
                var surname = end + 1
                if let next = nameStarting[end] {
                    surname = names[next].tokens.upperBound
                    dropped.insert(next)
                } else if names.contains(where: { $0.tokens.contains(end) }) {
                    continue
                }
                dropped.insert(number)
                joined.append(Self.name(range.lowerBound..<surname, type: "PER", tokens: tokens, scalars: scalars))
            } else if name.type != "PER", range.count >= 3, range.count <= 4, isCapitalisedParticle(range.lowerBound),
                range.dropFirst().dropLast().allSatisfy(isLowercaseParticle), tokens[range.upperBound - 1].text.first?.isUppercase == true,
                !isKnown(name.text)
            {
                dropped.insert(number)
                joined.append(Self.name(range, type: "PER", tokens: tokens, scalars: scalars))
            }
        }
        replace(dropped, with: joined)
    }

    /// Takes into a name of one or two capitalised words the given name right before it that the tagger left out (`Ali`
    /// `Yerlikaya` after `minister van Binnenlandse Zaken`, `Yerlikaya` typed an organisation), or typed as a one-word name
    /// of another kind before a person's name: a person's name, unless the knowledge base knows the name as it stands as a
    /// place or organisation, or the whole as one.
    mutating func joinGivenNames(isGivenName: (String) -> Bool, isPlaceOrOrganisation: (String) -> Bool) {
        var joined: [Name] = []
        var dropped: Set<Int> = []
        let covered = tokensInNames()
        for (number, name) in names.enumerated() where name.tokens.count <= 2 {
            let before = name.tokens.lowerBound - 1
            guard before >= 0 else { continue }
            // Or a given name the tagger typed as a name of its own, something other than a person, before a person's
            // name (`rechter Els Vermeulen`, `Els` a miscellaneous name).
            let typedApart = name.type == "PER" ? oneWordNonPerson(at: before) : nil
            guard !covered.contains(before) || typedApart != nil, sentenceOf[before] == sentenceOf[name.tokens.lowerBound],
                tokens[before].text.first?.isUppercase == true, isGivenName(lower[before]), !isGivenName(lower[name.tokens.lowerBound]),
                name.tokens.allSatisfy({ tokens[$0].text.first?.isUppercase == true }), !isPlaceOrOrganisation(name.text)
            else { continue }
            dropped.insert(number)
            if let typedApart { dropped.insert(typedApart) }
            joined.append(Self.name(before..<name.tokens.upperBound, type: "PER", tokens: tokens, scalars: scalars))
        }
        replace(dropped, with: joined)
    }

    /// Joins a given name and the surname after it that the tagger cut at the lowercase particles between them (`Karin`
    /// `van` `Dijk`, `Jan` `de` `Vries` tagged as two names, or the surname left untagged): a person's name whose last
    /// word is a given name, one to three particles, then a capitalised word in the same sentence that opens a person's
    /// name or stands outside any name and names no country or organisation the knowledge base knows (not `koning Filip
    /// van België`; a town may be a surname: `Anke van Leeuwen`), with the rest of that name.
    mutating func joinParticleSurnames(
        particles: Set<String>, isGivenName: (String) -> Bool, isPlaceOrOrganisation: (String) -> Bool, isCountryOrOrganisation: (String) -> Bool
    ) {
        var joined: [Name] = []
        var dropped: Set<Int> = []
        for number in names.indices where names[number].type == "PER" && !dropped.contains(number) {
            let name = names[number]
            guard isGivenName(lower[name.tokens.upperBound - 1]) else { continue }
            var end = name.tokens.upperBound
            while end < tokens.count, end - name.tokens.upperBound < 3, particles.contains(tokens[end].text),
                sentenceOf[end] == sentenceOf[name.tokens.lowerBound]
            {
                end += 1
            }
            guard end > name.tokens.upperBound, end < tokens.count, sentenceOf[end] == sentenceOf[name.tokens.lowerBound],
                tokens[end].text.first?.isUppercase == true, tokens[end].upos == "PROPN"
            else { continue }
            var surname = end + 1
            // (A place after a preposition is where someone is from: `koning Filip van België`; after particles the tagger
            // took for no preposition, a word the knowledge base knows as a place is a surname still: `Aukje de Vries`,
            // `Vries` typed apart.)
            let prepositional = (name.tokens.upperBound..<end).contains { tokens[$0].upos == "ADP" }
            if let next = nameStarting[end] {
                let typedApart = oneWordNonPerson(at: end) != nil && !(prepositional && isPlaceOrOrganisation(tokens[end].text))
                guard names[next].type == "PER" || typedApart else { continue }
                surname = names[next].tokens.upperBound
                dropped.insert(next)
            } else if names.contains(where: { $0.tokens.contains(end) }) || isCountryOrOrganisation(tokens[end].text) {
                // (An untagged town is a surname: `Burgemeester Anke van Leeuwen`, many Dutch surnames being towns.)
                continue
            }
            dropped.insert(number)
            joined.append(Self.name(name.tokens.lowerBound..<surname, type: "PER", tokens: tokens, scalars: scalars))
        }
        replace(dropped, with: joined)
    }

    /// A given name (or a word that is also one, such as a demonym: `Noor`) written alone, after no article, with an age
    /// in brackets after it is a person's name (`vindt Noor (15) uit 4 havo`, `Daan (14)`), whatever the tagger made of it.
    mutating func findAgedGivenNames(articles: Set<String>, isGivenName: (String) -> Bool) {
        var found: [Name] = []
        var dropped: Set<Int> = []
        let covered = tokensInNames()
        for index in tokens.indices where index + 3 < tokens.count && tokens[index].text.first?.isUppercase == true && isGivenName(lower[index]) {
            // (An age: not the year of a film, `Amélie (2001)`; not `een Noor (32)`, a Norwegian.)
            guard index == 0 || !articles.contains(lower[index - 1]), tokens[index + 1].text == "(", tokens[index + 2].upos == "NUM", tokens[index + 3].text == ")",
                sentenceOf[index + 3] == sentenceOf[index], let age = Int(tokens[index + 2].text), (1...120).contains(age)
            else { continue }
            if let name = oneWordNonPerson(at: index) {
                dropped.insert(name)
            } else if covered.contains(index) {
                continue
            }
            found.append(Self.name(index..<(index + 1), type: "PER", tokens: tokens, scalars: scalars))
        }
        replace(dropped, with: found)
    }

    /// Types as a person's a miscellaneous name of two or three words that opens with a given name and goes on with
    /// capitalised words or particles, none a given name (`Lars Verhoeven` tagged MISC; also a place's name of a given
    /// name and a proper noun: `Sandra Meulendijks` tagged LOC), or a name of any type so made
    /// right after an age (`de 23-jarige Lars Verhoeven` tagged ORG), unless the knowledge base knows the name as
    /// something other than a person (`Max Havelaar`, the novel).
    mutating func retypeMiscellaneousPeople(
        particles: Set<String>, isAgeWord: (String) -> Bool, isGivenName: (String) -> Bool, isKnownOtherwise: (String) -> Bool
    ) {
        var changed = false
        for number in names.indices where names[number].type != "PER" && (2...3).contains(names[number].tokens.count) {
            let range = names[number].tokens
            let aged = range.lowerBound > 0 && sentenceOf[range.lowerBound - 1] == sentenceOf[range.lowerBound]
                && isAgeWord(lower[range.lowerBound - 1])
            // (A place of two words too, the second a proper noun: `Sandra Meulendijks` tagged LOC. Not an organisation,
            // whose names open with given names too: `Marine Inlichtingendienst`.)
            let place = names[number].type == "LOC" && range.count == 2 && tokens[range.upperBound - 1].upos == "PROPN"
            guard names[number].type == "MISC" || aged || place else { continue }
            let rest = range.dropFirst()
            guard tokens[range.lowerBound].text.first?.isUppercase == true, isGivenName(lower[range.lowerBound]),
                rest.allSatisfy({ particles.contains(lower[$0]) || tokens[$0].text.first?.isUppercase == true && !isGivenName(lower[$0]) }),
                tokens[range.upperBound - 1].text.first?.isUppercase == true, !isKnownOtherwise(names[number].text)
            else { continue }
            names[number].type = "PER"
            changed = true
        }
        if changed { reindex() }
    }

    /// Makes a person's name of a given name and a surname that the tagger left untagged, joined by one to three
    /// lowercase particles (`Naast haar zit Toon van Kempen`, `Lieke van Oorschot adviseert …`), or two proper nouns the
    /// first of which is a given name: the given name capitalised, the surname a capitalised proper noun outside any
    /// name, in one sentence; without particles, one that names no place or organisation the knowledge base knows (with
    /// them, a place is a surname: `van Kempen`). With particles, the given name and the surname may be one-word names
    /// of another kind that the tagger gave them (`Toon` MISC, `Kempen` LOC).
    mutating func findUntaggedPeople(particles: Set<String>, isGivenName: (String) -> Bool, isPlaceOrOrganisation: (String) -> Bool) {
        let covered = tokensInNames()
        var found: [Range<Int>] = []
        var dropped: Set<Int> = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard !covered.contains(index) || oneWordNonPerson(at: index) != nil, tokens[index].text.first?.isUppercase == true,
                isGivenName(lower[index])
            else { continue }
            var end = index + 1
            while end < tokens.count, end - index <= 3, sentenceOf[end] == sentenceOf[index], particles.contains(lower[end]) { end += 1 }
            let joined = end > index + 1
            guard end < tokens.count, sentenceOf[end] == sentenceOf[index], !covered.contains(end) || joined && oneWordNonPerson(at: end) != nil,
                covered.contains(index) ? joined : true,
                tokens[end].text.first?.isUppercase == true, tokens[end].upos == "PROPN",
                joined || tokens[index].upos == "PROPN", !isGivenName(lower[end]), joined || !isPlaceOrOrganisation(tokens[end].text)
            else { continue }
            found.append(index..<(end + 1))
            for token in [index, end] { if let name = oneWordNonPerson(at: token) { dropped.insert(name) } }
            index = end
        }
        guard !found.isEmpty else { return }
        replace(dropped, with: found.map { Self.name($0, type: "PER", tokens: tokens, scalars: scalars) })
    }

    /// Takes into a person's name the surname written with a hyphened particle right after it, which the tagger leaves
    /// out for its lowercase start (`Abdel Fattah al-Burhan`, `Bashar al-Assad`: `al` a particle of `name-particles.txt`),
    /// and makes a name of such a surname standing alone when `isPerson` knows it (`al-Burhan`).
    mutating func joinHyphenedSurnames(particles: Set<String>, isPerson: (String) -> Bool, isPlaceOrOrganisation: (String) -> Bool) {
        // Not a place or organisation written so (`al-Qaida`, `el-Fasher`).
        func isHyphenedSurname(_ index: Int) -> Bool {
            let text = tokens[index].text
            guard let hyphen = text.firstIndex(of: "-"), text.first?.isLowercase == true, particles.contains(String(text[..<hyphen])) else {
                return false
            }
            return text[text.index(after: hyphen)...].first?.isUppercase == true && !isPlaceOrOrganisation(text)
        }
        var covered = Set(names.flatMap { Array($0.tokens) })
        var joined: [Name] = []
        var dropped: Set<Int> = []
        for number in names.indices where names[number].type == "PER" {
            let end = names[number].tokens.upperBound
            guard end < tokens.count, sentenceOf[end] == sentenceOf[end - 1], !covered.contains(end), isHyphenedSurname(end) else { continue }
            dropped.insert(number)
            joined.append(Self.name(names[number].tokens.lowerBound..<(end + 1), type: "PER", tokens: tokens, scalars: scalars))
            covered.insert(end)
        }
        for index in tokens.indices where !covered.contains(index) && isHyphenedSurname(index) && isPerson(tokens[index].text) {
            joined.append(Self.name(index..<(index + 1), type: "PER", tokens: tokens, scalars: scalars))
        }
        replace(dropped, with: joined)
    }

    /// Makes a person's name of a compound of a government noun and a person's name (`kabinet-Rutte`, `regering-De
    /// Croo`, the `leader-compound` words of `references.tsv`), which the tagger leaves out, types otherwise or cuts at the
    /// space: the compound with the capitalised words after it that make the longest name `isPerson` knows.
    mutating func joinLeaderCompounds(_ nouns: Set<String>, isPerson: (String) -> Bool) {
        guard !nouns.isEmpty else { return }
        var joined: [Name] = []
        var covered: Set<Int> = []
        for index in tokens.indices where !covered.contains(index) {
            let text = tokens[index].text
            guard let hyphen = text.firstIndex(of: "-"), nouns.contains(text[..<hyphen].lowercased()),
                text[text.index(after: hyphen)...].first?.isUppercase == true
            else { continue }
            var person = String(text[text.index(after: hyphen)...])
            var end: Int? = isPerson(person) ? index + 1 : nil
            var next = index + 1
            while next < tokens.count, next - index <= 3, sentenceOf[next] == sentenceOf[index], tokens[next].text.first?.isUppercase == true {
                person += " " + tokens[next].text
                next += 1
                if isPerson(person) { end = next }
            }
            guard let end else { continue }
            joined.append(Self.name(index..<end, type: "PER", tokens: tokens, scalars: scalars))
            covered.formUnion(index..<end)
        }
        guard !joined.isEmpty else { return }
        let dropped = Set(names.indices.filter { names[$0].tokens.contains { covered.contains($0) } })
        replace(dropped, with: joined)
    }

    /// Adds a name the tagger missed, keeping `names` in text order.
    mutating func addName(_ range: Range<Int>, type: String) {
        names.append(Self.name(range, type: type, tokens: tokens, scalars: scalars))
        names.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        reindex()
    }

    /// The text between two token indexes (end exclusive).
    func text(_ range: Range<Int>) -> String {
        ScalarText.string(scalars, tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The reference day of an analysis: the date part of its reference time.
    static func day(of analysis: Analysis) -> CalendarDay? {
        analysis.referenceTime.flatMap { CalendarDay(iso: $0) }
    }
}
