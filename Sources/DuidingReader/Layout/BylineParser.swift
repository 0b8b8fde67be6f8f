/// Reads the authors from a byline (`Door Jan Jansen en Piet Pietersen`).
struct BylineParser {
    let resources: ReaderResources

    func authors(_ line: LineWords) -> [String]? {
        guard line.count <= resources.maxBylineWords + 1 else { return nil }
        for label in resources.labels[.byline] ?? [] {
            let parts = label.split(separator: " ").map(String.init)
            guard line.matches(parts, at: 0, caseSensitive: false), line.count > parts.count else { continue }
            let rest = line.text(parts.count..<line.count)
            guard rest.firstLetterIsUppercaseOrDigit, rest.lastMeaningfulCharacter != "." else { return nil }
            return split(rest)
        }
        return nil
    }

    private func split(_ names: String) -> [String] {
        let conjunctions = Set((resources.labels[.conjunction] ?? []).map { $0.lowercased() })
        var authors: [String] = []
        var current: [Substring] = []
        for word in names.split(separator: " ") {
            var part = word
            let endsWithComma = part.hasSuffix(",") && conjunctions.contains(",")
            if endsWithComma { part = part.dropLast() }
            if conjunctions.contains(part.lowercased()) {
                if !current.isEmpty { authors.append(current.joined(separator: " ")) }
                current = []
                continue
            }
            current.append(part)
            if endsWithComma {
                authors.append(current.joined(separator: " "))
                current = []
            }
        }
        if !current.isEmpty { authors.append(current.joined(separator: " ")) }
        return authors
    }
}
