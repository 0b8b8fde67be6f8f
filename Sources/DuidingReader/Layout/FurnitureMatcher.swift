/// Recognises page furniture (menus, cookie notices, teaser headings) by the patterns of ``ReaderResources``.
struct FurnitureMatcher {
    let patterns: [ReaderResources.FurniturePattern]
    /// Furniture is short: longer lines are article text even when they mention cookies.
    let maximumWords: Int

    init(resources: ReaderResources) {
        patterns = resources.furniture
        maximumWords = resources.maxFurnitureWords
    }

    /// The role of a line that is furniture. A teaser heading opens a list of teasers only when it is
    /// the whole line (`Lees ook`, `Meer uit Politiek`); in the body, a sentence (a line ending in a
    /// full stop) is never furniture by what it contains.
    func role(of text: String, words: Int, inBody: Bool) -> ReaderResources.FurniturePattern.Role? {
        guard words <= maximumWords else { return nil }
        let lowered = text.lowercased()
        let isSentence = text.lastMeaningfulCharacter.map { ".?!".contains($0) } ?? false
        for pattern in patterns {
            switch pattern.match {
            case .exact:
                if lowered == pattern.text || lowered == pattern.text + ":" { return pattern.role }
            case .prefix:
                guard lowered.hasPrefix(pattern.text) else { continue }
                // A prefix ends at a word boundary: `Lees ook` but not `Leesbaar`.
                let rest = lowered.dropFirst(pattern.text.count)
                guard rest.isEmpty || !(rest.first?.isLetter ?? false) else { continue }
                if pattern.role == .teasers {
                    let trimmed = rest.drop { $0 == " " }
                    // `Lees ook` and `Meer uit Politiek` head a list of teasers; `Lees ook: Hoe nu verder?`
                    // is one teaser; `Meer over de boetes is nog niet bekend.` is a sentence.
                    if trimmed.isEmpty || trimmed == ":" { return .teasers }
                    if let mark = trimmed.first, ":|»›→>".contains(mark) { return .line }
                    return !isSentence && words <= 4 ? .teasers : nil
                }
                return pattern.role
            case .contains:
                if inBody, isSentence { continue }
                if lowered.contains(pattern.text) { return pattern.role }
            }
        }
        return nil
    }
}
