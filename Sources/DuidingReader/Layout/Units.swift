/// Groups cleaned lines into units, the things a reader sees as one: a headline, a caption, a
/// paragraph. Blank lines separate units. Inside a run of lines, a line joins the one before it (with
/// a space) when that one was wrapped: it is long and does not end a sentence. Short lines (headlines,
/// bylines, dates) and list items always start a unit of their own.
enum Units {
    /// The shortest line, in scalars, that may have been wrapped.
    static let wrapLength = 50

    /// - Complexity: O(n) in the total length of the lines.
    static func group(_ lines: [String]) -> [String] {
        var units: [String] = []
        var current: String?
        var previous = ""
        for line in lines {
            if line.isEmpty {
                if let unit = current { units.append(unit) }
                current = nil
                continue
            }
            if let unit = current, continues(previous, with: line) {
                current = unit + " " + line
            } else {
                if let unit = current { units.append(unit) }
                current = line
            }
            previous = line
        }
        if let unit = current { units.append(unit) }
        return units
    }

    private static func continues(_ previous: String, with line: String) -> Bool {
        guard !line.startsWithListMarker else { return false }
        let endsSentence = previous.lastMeaningfulCharacter.map { ".!?:;".contains($0) } ?? false
        return !endsSentence && previous.unicodeScalars.count >= wrapLength
    }
}
