import DuidingCore
import Foundation

/// Office descriptions: found in the words, used as cues when a name follows them (`de Russische
/// president Poetin`) and resolved to the office holder on the reference day when they stand alone.
extension LinkingState {
    /// Finds every office description; one followed by a person's name becomes that name's cue.
    mutating func findDescriptions() {
        guard words.longestRole > 0 else { return }
        var index = 0
        while index < document.tokens.count {
            guard let description = description(at: index) else {
                index += 1
                continue
            }
            let end = description.tokens.upperBound
            officeTokens.insert(integersIn: description.office)
            if let name = personName(at: end) ?? (end < document.lower.count && document.lower[end] == "," ? personName(at: end + 1) : nil) {
                cues[name] = description
            } else if description.definite {
                descriptions.append(description)
            }
            index = end
        }
    }

    /// A capitalised word right after an office that the tagger left untagged is a person's name when the
    /// knowledge base knows a person by it (`minister van Buitenlandse Zaken Lavrov`); a second capitalised
    /// word joins it (`Sergej Lavrov`).
    mutating func findMissedPeople() {
        guard words.longestRole > 0 else { return }
        var covered = IndexSet()
        for name in document.names { covered.insert(integersIn: name.tokens) }
        let count = document.tokens.count
        for index in 0..<count {
            guard let (_, length, _) = role(at: index) else { continue }
            let start = index + length
            guard start < count, !covered.contains(start), document.sentenceOf[start] == document.sentenceOf[index],
                document.tokens[start].text.first?.isUppercase ?? false
            else { continue }
            var end = start + 1
            if end < count, !covered.contains(end), document.sentenceOf[end] == document.sentenceOf[start],
                document.tokens[end].text.first?.isUppercase ?? false
            {
                end += 1
            }
            while end > start {
                if kb.names.candidates(document.text(start..<end)).contains(where: { kb.entities[$0.entity].kind == .person }) {
                    document.addName(start..<end, type: "PER")
                    covered.insert(integersIn: start..<end)
                    break
                }
                end -= 1
            }
        }
        nameCluster = [Int?](repeating: nil, count: document.names.count)
    }

    /// Country names the entity tagger left untagged (`Egypte bemiddelde tussen …`, a sentence's first word): one to
    /// three words, the first a proper noun, that together are a name of a country or territory in any language, or of
    /// a place that stands for a government (`Peking noemt …`); and a country's adjective it left untagged.
    mutating func findMissedCountries() {
        var covered = IndexSet()
        for name in document.names { covered.insert(integersIn: name.tokens) }
        // Office phrases (`minister van Buitenlandse Zaken`) hold no country name of their own.
        for (start, office) in offices { covered.insert(integersIn: start..<(start + office.length)) }
        let count = document.tokens.count
        var added = false
        var index = 0
        while index < count {
            var length = 0
            // A country's adjective the tagger left untagged, as it may a sentence's first word (`Georgische agenten
            // hebben …`): a one-word miscellaneous name, which linking makes a mention of the country of its own kind.
            if !covered.contains(index), document.tokens[index].upos == "ADJ", document.tokens[index].text.first?.isUppercase ?? false,
                case let folded = Transliteration.fold(document.tokens[index].text), linker.countryWords["*"]?[folded] == nil,
                linker.countryWords[language]?[folded] != nil
            {
                document.addName(index..<(index + 1), type: "MISC")
                covered.insert(index)
                added = true
                index += 1
                continue
            }
            if !covered.contains(index), document.tokens[index].upos == "PROPN", document.tokens[index].text.first?.isUppercase ?? false {
                for candidate in stride(from: min(3, count - index), through: 1, by: -1) {
                    let range = index..<(index + candidate)
                    guard !covered.intersects(integersIn: range), document.sentenceOf[range.upperBound - 1] == document.sentenceOf[index],
                        document.tokens[range.upperBound - 1].text.first?.isUppercase ?? false
                    else { continue }
                    let folded = Transliteration.fold(document.text(range))
                    // (`countryWords["*"]` holds the names of countries only.)
                    if folded.count >= 4, linker.countryWords["*"]?[folded] != nil || linker.governmentPlaceWords.contains(folded) {
                        document.addName(range, type: "LOC")
                        covered.insert(integersIn: range)
                        added = true
                        length = candidate
                        break
                    }
                }
            }
            index += max(length, 1)
        }
        if added { nameCluster = [Int?](repeating: nil, count: document.names.count) }
    }

    /// Whether a token is no name, or a one-word MISC name (the tagger marks `Russische` so).
    func isAdjectiveName(at token: Int) -> Bool {
        guard let name = document.nameStarting[token] else { return true }
        return document.names[name].type == "MISC" && document.names[name].tokens.count == 1
    }

    /// The index of a person's name starting at a token.
    func personName(at token: Int) -> Int? {
        guard let name = document.nameStarting[token], document.names[name].type == "PER" else { return nil }
        return name
    }

    /// The office description starting at a token: [determiner | country's] [country adjective or
    /// modifiers (adjectives, adverbs, attributive participles: `de gewezen bankdirecteur`)]* office [van [determiner] name].
    func description(at start: Int) -> Description? {
        let lower = document.lower
        let count = lower.count
        var index = start
        var definite = false
        var country: String?
        if words.determiners.contains(lower[index]) {
            definite = true
            index += 1
        } else if let (code, next) = possessiveCountry(at: index) {
            country = code
            definite = true
            index = next
        }
        var modifiers = 0
        while index < count, modifiers < 3, role(at: index) == nil {
            if country == nil, isAdjectiveName(at: index),
                let code = linker.countryWords[language]?[Transliteration.fold(document.tokens[index].text)]
            {
                country = code
            } else if definite, let upos = document.tokens[index].upos,
                upos == "ADJ" || upos == "ADV" || (upos == "VERB" && document.tokens[index].deprel == "amod"),
                document.nameStarting[index] == nil
            {
                modifiers += 1
            } else {
                return nil
            }
            index += 1
        }
        guard index < count, let (roles, length, owner) = role(at: index) else { return nil }
        let office = index..<(index + length)
        index += length
        var ofName: Int?
        if index < count, words.linkers.contains(lower[index]) {
            var next = index + 1
            if next < count, words.determiners.contains(lower[next]) { next += 1 }
            if let name = document.nameStarting[next] {
                ofName = name
                index = document.names[name].tokens.upperBound
                if country == nil { country = linker.country(word: document.names[name].text, language: language) }
            }
        }
        guard document.sentenceOf[start] == document.sentenceOf[index - 1] else { return nil }
        return Description(
            tokens: start..<index, office: office, roles: roles, country: country, owner: owner, ofName: ofName, definite: definite)
    }

    /// Finds the office phrases once, for the passes that look for people after them and for descriptions.
    mutating func findOffices() {
        guard words.longestRole > 0 else { return }
        for index in document.tokens.indices {
            if let office = officePhrase(at: index) { offices[index] = office }
        }
    }

    /// The office phrase starting at a token (see ``officePhrase(at:)``).
    func role(at index: Int) -> Office? { offices[index] }

    /// The office phrase starting at a token, longest first, with its length; else a compound that ends in
    /// an office word (`landbouwminister`, `NAVO-chef`), with the country or organisation its first part names.
    func officePhrase(at index: Int) -> Office? {
        let lower = document.lower
        for length in stride(from: min(words.longestRole, lower.count - index), through: 1, by: -1) {
            if let roles = words.roles[Array(lower[index..<(index + length)])] { return (roles, length, nil) }
        }
        let word = lower[index]
        for (suffix, roles) in words.officeSuffixes where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            var head = String(word.dropLast(suffix.count))
            guard head.hasSuffix("-") else { return (roles, 1, nil) }
            head.removeLast()
            let original = String(document.tokens[index].text.prefix(head.count))
            if let code = linker.country(word: original, language: language) { return (roles, 1, code) }
            if let best = kb.names.candidates(original).first(where: { $0.match == .folded }), kb.entities[best.entity].kind == .organisation {
                return (roles, 1, kb.entities[best.entity].title)
            }
            return (roles, 1, nil)
        }
        return nil
    }

    /// A country name with a possessive (`China's`, or `China` `'s`) and the token after it.
    func possessiveCountry(at index: Int) -> (String, Int)? {
        let token = document.tokens[index].text
        for suffix in words.possessives {
            if token.lowercased().hasSuffix(suffix), token.count > suffix.count,
                let code = linker.country(word: String(token.dropLast(suffix.count)), language: language)
            {
                return (code, index + 1)
            }
            if index + 1 < document.lower.count, document.lower[index + 1] == suffix,
                let code = linker.country(word: token, language: language)
            {
                return (code, index + 2)
            }
        }
        return nil
    }

    /// Links a standalone description to the holder of its office on the reference day: one the article
    /// already mentions if there is one, else the only holder the knowledge base knows. Without a
    /// country, to the nearest person before it who held such an office (or was called so).
    mutating func resolve(_ description: Description) {
        let owner = cueOwner(description)
        var target: Int?
        if let owner {
            var holders: [Int] = []
            for role in description.roles {
                for person in kb.holders(of: role, of: owner, on: document.day) where !holders.contains(person) {
                    holders.append(person)
                }
            }
            if let mentioned = holders.first(where: { clusterOfEntity[$0] != nil }) {
                target = clusterOfEntity[mentioned]
            } else if holders.count == 1 {
                target = cluster(for: holders[0], type: "PER")
            }
        } else if let holder = portfolioHolder(ofOfficeAt: description.office.lowerBound) {
            target = holder
        } else {
            target = nearest(before: description.tokens.lowerBound) { cluster in
                guard cluster.type == "PER" else { return false }
                if !cluster.cueRoles.isDisjoint(with: description.roles) { return true }
                guard let entity = cluster.entity else { return false }
                return kb.roles(of: entity, on: document.day).contains { description.roles.contains($0.role) }
            }
        }
        if let target { attach(description.tokens, kind: "description", to: target) }
    }

    /// For an office written as one word with a field before the office word (`de landbouwminister`, `de
    /// defensieminister`), the one person in the article whose name follows that field closely (`haar collega van
    /// Landbouw en KMO Jaak Gabriëls`, `minister van Defensie Ruben Brekelmans`), wherever it stands: the field names
    /// their portfolio, which sets them apart from the other holders of the office the article names.
    func portfolioHolder(ofOfficeAt index: Int) -> Int? {
        let word = document.lower[index]
        guard let suffix = words.officeSuffixes.first(where: { word.count > $0.suffix.count + 2 && word.hasSuffix($0.suffix) })?.suffix else { return nil }
        let field = String(word.dropLast(suffix.count))
        guard field.count >= Self.shortestField, !field.contains("-") else { return nil }
        var found: Set<Int> = []
        for (number, name) in document.names.enumerated() {
            guard let cluster = nameCluster[number], clusters[cluster].type == "PER" else { continue }
            let start = name.tokens.lowerBound
            let window = max(0, start - Self.fieldWindow)..<start
            if window.contains(where: { document.sentenceOf[$0] == document.sentenceOf[start] && document.lower[$0] == field }) {
                found.insert(cluster)
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The shortest field before an office word that names a portfolio (`landbouw`), in characters.
    static let shortestField = 4
    /// How many tokens before a name its portfolio may stand (`van Landbouw en KMO Jaak Gabriëls`).
    static let fieldWindow = 6

    /// The cluster of the nearest mention before a token that satisfies `accept`.
    func nearest(before token: Int, _ accept: (Linker.Cluster) -> Bool) -> Int? {
        for entry in timeline.reversed() where entry.token < token {
            if accept(clusters[entry.cluster]) { return entry.cluster }
        }
        return nil
    }
}
