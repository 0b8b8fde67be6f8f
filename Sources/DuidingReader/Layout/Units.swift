/// Groups cleaned lines into units, the things a reader sees as one: a headline, a caption, a
/// paragraph. Blank lines separate units, and so does every line break, unless the text is
/// hard-wrapped (e-mail, plain-text wires): then the lines of a paragraph are joined with a space.
///
/// A text counts as hard-wrapped when most lines that run on into another line are about as long as
/// the longest line, as wrapping at a fixed width makes them. List items always start a unit.
enum Units {
    /// - Complexity: O(n) in the total length of the lines.
    static func group(_ lines: [String], settings: WrapSettings) -> [String] {
        let wrapped = isHardWrapped(lines, settings: settings)
        var units: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { units.append(current.joined(separator: " ")) }
            current.removeAll(keepingCapacity: true)
        }
        for line in lines {
            if line.isEmpty || !wrapped || line.startsWithListMarker { flush() }
            if !line.isEmpty { current.append(line) }
        }
        flush()
        return units
    }

    static func isHardWrapped(_ lines: [String], settings: WrapSettings) -> Bool {
        var runOn: [Int] = []
        var longest = 0
        for (index, line) in lines.enumerated() {
            let length = line.unicodeScalars.count
            longest = max(longest, length)
            if index + 1 < lines.count, !line.isEmpty, !lines[index + 1].isEmpty { runOn.append(length) }
        }
        guard runOn.count >= settings.minimumLines, longest <= settings.maximumWidth else { return false }
        let full = runOn.filter { Double($0) >= settings.fullShare * Double(longest) }.count
        return Double(full) >= settings.lineShare * Double(runOn.count)
    }
}

/// When a text counts as hard-wrapped (`Resources/<lang>/reader/defaults.txt`).
struct WrapSettings: Sendable {
    /// At least this many lines must run on into the next one …
    var minimumLines: Int
    /// … the longest line is at most this wide …
    var maximumWidth: Int
    /// … and this share of the run-on lines reach `fullShare` of the longest line.
    var lineShare: Double
    var fullShare: Double
}
