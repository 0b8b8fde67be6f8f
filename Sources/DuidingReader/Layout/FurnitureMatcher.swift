/// Recognises page furniture (menus, cookie notices, teaser headings) by the patterns of ``ReaderResources``.
struct FurnitureMatcher {
    let patterns: [ReaderResources.FurniturePattern]
    /// Furniture is short: longer lines are article text even when they mention cookies.
    static let maximumWords = 25

    func role(of text: String, words: Int) -> ReaderResources.FurniturePattern.Role? {
        guard words <= Self.maximumWords else { return nil }
        let lowered = text.lowercased()
        for pattern in patterns {
            switch pattern.match {
            case .exact:
                if lowered == pattern.text { return pattern.role }
            case .prefix:
                if lowered.hasPrefix(pattern.text) {
                    // A prefix ends at a word boundary: `Lees ook` but not `Leesbaar`.
                    let rest = lowered.dropFirst(pattern.text.count)
                    if rest.isEmpty || !(rest.first?.isLetter ?? false) { return pattern.role }
                }
            case .contains:
                if lowered.contains(pattern.text) { return pattern.role }
            }
        }
        return nil
    }
}
