import DuidingCore

/// Title nouns: a noun written right before a person's name (`NMKN-directeur Désiré Van den Stockt`, `trainer
/// Jan Peeters`) that a definite description repeats later (`de gewezen bankdirecteur`, `de trainer`) refers back to
/// that person, though the noun names no office the knowledge base knows.
extension LinkingState {
    /// The shortest final part of a title noun that a description must share with it (`directeur` in
    /// `bankdirecteur`), in characters.
    static let shortestTitle = ReferenceWords.shortestTitle

    mutating func resolveTitleNouns() {
        // Titles seen so far, each with the person it was written before, in text order.
        var titles: [(word: String, cluster: Int)] = []
        var tagged = [Bool](repeating: false, count: document.tokens.count)
        for name in document.names { for token in name.tokens { tagged[token] = true } }
        var index = 0
        let tokens = document.tokens
        /// The person whose name starts at token `index`, if any.
        func person(at index: Int) -> Int? {
            guard index < tokens.count, let name = document.nameStarting[index], let cluster = nameCluster[name], clusters[cluster].type == "PER"
            else { return nil }
            return cluster
        }
        while index < tokens.count {
            defer { index += 1 }
            // A name that opens with a title (`Sergeant Oleksandr`, the tagger taking the title in), or followed by one in
            // apposition (`Karin Weststrate, oud-wethouder van Financiën,`): a title for that person.
            if let cluster = person(at: index), let name = document.nameStarting[index] {
                let span = document.names[name].tokens
                if span.count >= 2, !officeTokens.contains(index), let title = titleWord(at: index) { titles.append((title, cluster)) }
                var after = span.upperBound + 1
                if span.upperBound < tokens.count, tokens[span.upperBound].text == "," {
                    while after < tokens.count, document.sentenceOf[after] == document.sentenceOf[index], tokens[after].upos == "ADJ" { after += 1 }
                    // (Not a title of the next name: `Peter Bosman, directeur Jansen en …`.)
                    if after < tokens.count, document.sentenceOf[after] == document.sentenceOf[index], !tagged[after],
                        tokens[after].text.first?.isLowercase == true, document.nameStarting[after + 1] == nil, let title = titleWord(at: after)
                    {
                        titles.append((title, cluster))
                    }
                }
            }
            // A noun right before a person's name is a title for that person; so is one before its field and the name
            // (`Officier van justitie Annemiek Jansen`, `Schepen van Cultuur Leila Amrani`: up to three words after `van`).
            // (Only where a name or `van` follows: the ending test is the costly one.)
            let followed = index + 1 < tokens.count && (document.nameStarting[index + 1] != nil || words.linkers.contains(document.lower[index + 1]))
            if followed, let title = titleWord(at: index, plural: true), !officeTokens.contains(index) {
                var name = index + 1
                if name < tokens.count, words.linkers.contains(document.lower[name]) {
                    name += 1
                    while name < tokens.count, name - index <= 4, person(at: name) == nil, !tagged[name] || tokens[name].text.first?.isUppercase == true,
                        ["NOUN", "PROPN", "ADJ"].contains(tokens[name].upos ?? ""), document.sentenceOf[name] == document.sentenceOf[index]
                    {
                        name += 1
                    }
                }
                if let cluster = person(at: name), document.sentenceOf[name] == document.sentenceOf[index] {
                    titles.append((title, cluster))
                    continue
                }
            }
            // `de [adjectives] noun` standing alone: the last person given a title it ends like.
            guard words.determiners.contains(document.lower[index]), !titles.isEmpty else { continue }
            var noun = index + 1
            // Adjectives and participles used as such (`de gewezen bankdirecteur`).
            func modifies(_ token: Token) -> Bool {
                token.upos == "ADJ" || (token.upos == "VERB" && (token.feats ?? "").contains("VerbForm=Part"))
            }
            while noun < document.tokens.count, modifies(document.tokens[noun]), document.sentenceOf[noun] == document.sentenceOf[index] { noun += 1 }
            guard noun < document.tokens.count, document.sentenceOf[noun] == document.sentenceOf[index], !tagged[noun],
                !officeTokens.contains(noun), document.tokens[noun].upos == "NOUN",
                document.nameStarting[noun + 1] == nil,
                let word = titleWord(at: noun) ?? titleWord(at: noun, plural: true).flatMap({ word in titles.contains { $0.word == word } ? word : nil }),
                // The same title first, then one that is the other's head alone (`de oud-trainer` for `trainer Hans
                // Verbeek`, not for `assistent-trainer Jan Oude Luttikhuis`), then any with the same head.
                let match = titles.last(where: { $0.word == word })
                    ?? titles.last(where: { Self.head($0.word) == word || $0.word == Self.head(word) })
                    ?? titles.last(where: { Self.sameTitle($0.word, word) })
            else { continue }
            attach(index..<(noun + 1), kind: "description", to: match.cluster)
            index = noun
        }
    }

    /// The lowercase title noun at a token (`nmkn-directeur`, `bankdirecteur`), when it is a singular common noun or a
    /// hyphenated compound the tagger may have taken for a name, with an ending that names a person
    /// (`references.tsv`: `person-ending`; not `Ontmoeting Xi en Poetin`).
    /// With `plural`, also a noun the tagger took for a plural (`Schepen van Welzijn Nadia El Amrani`, `schepen` also
    /// being `ships`): before a name, or repeating a title seen so.
    func titleWord(at index: Int, plural: Bool = false) -> String? {
        let token = document.tokens[index]
        guard words.isTitleNoun(document.lower[index]) || words.isTitleAcronym(token.text) else { return nil }
        // (Capitalised at a sentence's start, the tagger may call it a proper noun: `Havendirecteur Karel Smit`.)
        let isNoun = ["NOUN", "PROPN"].contains(token.upos ?? "") && (plural || !(token.feats ?? "").contains("Number=Plur"))
        let isCompound = token.text.contains("-") && token.text.last?.isLowercase == true
        guard isNoun || isCompound else { return nil }
        return document.lower[index]
    }

    /// Whether two title nouns share their head, read after any hyphen: one ends in the other, of at least
    /// ``shortestTitle`` letters (`trainer`, `hoofdtrainer`), or the two end in the same stretch of at least
    /// ``sharedHead`` letters (`bankdirecteur`, `havendirecteur`; not `trainer`, `container`).
    static func sameTitle(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(head(a)), Array(head(b)))
        var common = 0
        while common < min(x.count, y.count), x[x.count - 1 - common] == y[y.count - 1 - common] { common += 1 }
        return common >= sharedHead || (common == min(x.count, y.count) && common >= shortestTitle)
    }

    /// A title noun after its last hyphen (`trainer` of `assistent-trainer`).
    static func head(_ word: String) -> String { String(word.split(separator: "-").last ?? Substring(word)) }

    /// The shortest final stretch two different title nouns must share (`directeur`).
    static let sharedHead = 7
}
