import DuidingCore

/// Candidates for a name: the whole, a possessive taken off, a leader's government, a name and noun compound; and a name
/// without candidates cut into parts that have some.
extension LinkingState {
    /// A name without candidates cut into parts that have some: the runs of capitalised words when the
    /// tagger took lowercase words in (`Milosevic van Sierra Leone`, `Camp David vertrok`), else two
    /// parts (`Veiligheidsraad Sjojgoe`). Each part is typed by its best candidate.
    func split(_ name: LinkingDocument.Name) -> [(tokens: Range<Int>, type: String)]? {
        var runs: [Range<Int>] = []
        var start: Int?
        let particles = kb.names.particles
        // A person's name that opens with a given name (`Georges Claes`, `Frank Stella`) or a capitalised surname particle
        // (`Van Diepenbeek`) is one name, whatever else its parts could name.
        let opening = document.tokens[name.tokens.lowerBound].text
        if name.type == "PER", kb.firstNameSex[Transliteration.fold(opening)] != nil || particles.contains(opening.lowercased()) {
            return nil
        }
        func isParticle(_ index: Int) -> Bool { name.tokens.contains(index) && particles.contains(document.tokens[index].text.lowercased()) }
        // A person's first name and surname with particles between them (`Sanne de Boer`, `Jan van Dijk`) is one name,
        // unless one `van` makes the last word a place or organisation of its own (`Milosevic van Servië`); two particles
        // or more make a surname (`J. van 't Hof`).
        let capitalised = name.tokens.filter { document.tokens[$0].text.first?.isUppercase ?? false }
        if name.type == "PER", capitalised == [name.tokens.lowerBound, name.tokens.upperBound - 1], name.tokens.count >= 3,
            name.tokens.dropFirst().dropLast().allSatisfy(isParticle),
            name.tokens.count >= 4
                || candidates(document.text((name.tokens.upperBound - 1)..<name.tokens.upperBound)).first.map({ kb.entities[$0.entity].kind.nerType == "PER" }) ?? true
        {
            return nil
        }
        var joined = false
        for index in name.tokens {
            // Particles stay inside a surname when they come in a row or after a capitalised particle
            // (`Van den Stockt`, `Jan van der Schans`); one `van` between names still divides them
            // (`Milosevic van Sierra Leone`).
            let lower = document.tokens[index].text.first?.isLowercase ?? false
            joined = start != nil && lower && isParticle(index) && index + 1 < name.tokens.upperBound
                && (isParticle(index + 1) || (isParticle(index - 1) && (joined || document.tokens[index - 1].text.first?.isUppercase == true)))
            let capital = joined || (document.tokens[index].text.first?.isUppercase ?? false)
            if capital, start == nil { start = index }
            if !capital, let open = start {
                runs.append(open..<index)
                start = nil
            }
        }
        if let open = start { runs.append(open..<name.tokens.upperBound) }
        if runs != [name.tokens] {
            let parts = runs.flatMap { run -> [(tokens: Range<Int>, type: String)] in
                if let best = candidates(document.text(run)).first { return [(run, kb.entities[best.entity].kind.nerType)] }
                return pieces(of: run)
            }
            return parts.isEmpty ? nil : parts
        }
        for cut in (name.tokens.lowerBound + 1)..<name.tokens.upperBound {
            let left = name.tokens.lowerBound..<cut, right = cut..<name.tokens.upperBound
            guard let leftBest = candidates(document.text(left)).first, let rightBest = candidates(document.text(right)).first,
                leftBest.match == .folded, rightBest.match >= .transliterated
            else { continue }
            return [(left, kb.entities[leftBest.entity].kind.nerType), (right, kb.entities[rightBest.entity].kind.nerType)]
        }
        // Words the tagger took in before or after the name (`KMO Jaak Gabriëls`, `Peruaan Alejandro Toledo`); not in a
        // name that opens with an article, a title whose last word may name something else (`De Financiële Morgen`).
        guard !kb.names.articles.contains(opening.lowercased()) else { return nil }
        for length in stride(from: name.tokens.count - 1, through: 1, by: -1) {
            // Words after it only from a lowercase word on (`Rozentuin van het Witte`): capitalised last words belong to
            // the name (`Fortis Bank`, `KBC Securities`).
            let head = name.tokens.lowerBound..<(name.tokens.lowerBound + length)
            let tailIsLowercase = document.tokens[head.upperBound].text.first?.isLowercase ?? false
            for range in [(name.tokens.upperBound - length)..<name.tokens.upperBound] + (tailIsLowercase ? [head] : []) {
                if let best = candidates(document.text(range)).first, best.match == .folded, length > 1 || name.type != "PER" {
                    return [(range, name.type)]
                }
            }
        }
        return nil
    }

    /// The names a run of capitalised words is made of, when the knowledge base knows each word as part of one, longest
    /// first, or as a country adjective (`Bulgarije Russische`, out of `Bulgarije Russische diplomaten uit` typed one
    /// organisation: a country and an adjective, type `ADJ`); none when a word is neither.
    func pieces(of run: Range<Int>) -> [(tokens: Range<Int>, type: String)] {
        var pieces: [(tokens: Range<Int>, type: String)] = []
        var start = run.lowerBound
        while start < run.upperBound {
            if let (end, best) = stride(from: run.upperBound, to: start, by: -1).lazy.compactMap({ end in
                self.candidates(self.document.text(start..<end)).first.flatMap { $0.match == .folded ? (end, $0) : nil }
            }).first {
                pieces.append((start..<end, kb.entities[best.entity].kind.nerType))
                start = end
            } else if linker.countryWords[language]?[Transliteration.fold(document.tokens[start].text)] != nil {
                pieces.append((start..<(start + 1), "ADJ"))
                start += 1
            } else {
                return []
            }
        }
        return pieces
    }

    /// The candidates but people of a country whose names the language writes in their own spelling
    /// (``ReferenceWords/nativeSpelling``) that the written name matches only as a spelling variant: its folded words
    /// are none of their labels nor the end of one (`Van Stralen`, a bicycle maker, is not `Michaël van Straalen`).
    func writtenAsTheirOwn(_ found: [(entity: Int, match: NameMatch)], _ text: String) -> [(entity: Int, match: NameMatch)] {
        guard !words.nativeSpelling.isEmpty, found.contains(where: { $0.match != .folded }) else { return found }
        let key = Transliteration.fold(text)
        return found.filter { candidate in
            let entity = kb.entities[candidate.entity]
            guard candidate.match != .folded, entity.kind == .person, let country = entity.country, words.nativeSpelling.contains(country) else { return true }
            return entity.allLabels.contains { label in
                let folded = Transliteration.fold(label)
                return folded == key || folded.hasSuffix(" " + key)
            }
        }
    }

    /// Candidates for a written name; a possessive suffix (`China's`) is tried off when the whole finds none.
    func candidates(_ text: String) -> [(entity: Int, match: NameMatch)] {
        let found = writtenAsTheirOwn(kb.names.candidates(text), text)
        if !found.isEmpty { return found }
        for suffix in words.possessives where text.lowercased().hasSuffix(suffix) && text.count > suffix.count + 1 {
            return writtenAsTheirOwn(kb.names.candidates(String(text.dropLast(suffix.count))), String(text.dropLast(suffix.count)))
        }
        // A government named by its leader (`kabinet-Rutte`, `regering-Abdel-Mahdi`: cut at the first hyphen): the person.
        if let hyphen = text.firstIndex(of: "-"), words.leaderCompounds.contains(text[..<hyphen].lowercased()) {
            return kb.names.candidates(String(text[text.index(after: hyphen)...])).filter { kb.entities[$0.entity].kind.nerType == "PER" }
        }
        // A compound of a name and a noun (`Knesset-leden`, `VN-ambassadeur`, `NMBS-directie`): the name part.
        if let hyphen = text.lastIndex(of: "-"), hyphen != text.startIndex {
            let head = String(text[..<hyphen])
            let tail = text[text.index(after: hyphen)...]
            if tail.first?.isLowercase ?? false { return candidates(head) }
            // An organisation's site named by its place (`BASF-Antwerpen`, `Ford-Genk`): the organisation; not a pair of
            // parties (`EU-Turkije`, `NAVO-Rusland`).
            let organisation = candidates(head).filter { kb.entities[$0.entity].kind.nerType == "ORG" }
            if !organisation.isEmpty, linker.country(word: String(tail), language: language) == nil,
                kb.names.candidates(String(tail)).contains(where: { kb.entities[$0.entity].kind.nerType == "LOC" })
            {
                return organisation
            }
        }
        return []
    }
}
