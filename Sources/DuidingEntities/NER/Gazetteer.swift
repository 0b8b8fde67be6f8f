/// Names of a kind (places, organisations) that the entity tagger's gazetteer feature marks in text.
public struct Gazetteer: Sendable {
    /// Name (tokens joined by spaces) → type.
    private var names: [String: String] = [:]
    /// The most tokens a name has.
    private(set) var longest = 0
    /// First token → the most tokens a name starting with it has.
    private var longestFrom: [Substring: Int] = [:]

    public init() {}

    public var count: Int { names.count }

    public mutating func add(_ name: String, type: String) {
        names[name] = type
        let tokens = name.split(separator: " ")
        longest = max(longest, tokens.count)
        if let first = tokens.first { longestFrom[first] = max(longestFrom[first] ?? 0, tokens.count) }
    }

    /// Every entry, sorted, for writing into a model file.
    public var entries: [(name: String, type: String)] {
        names.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// For each word, `B-TYPE` or `I-TYPE` where the longest known name starting at a word covers it.
    ///
    /// - Complexity: O(words × longest name) dictionary lookups.
    func marks(_ words: [String]) -> [String?] {
        var marks = [String?](repeating: nil, count: words.count)
        guard longest > 0 else { return marks }
        var i = 0
        while i < words.count {
            var matched = 0
            // Only as long as the longest name that starts with this word (a word with a space in it may start any).
            if words[i].first?.isUppercase ?? false, let most = words[i].contains(" ") ? longest : longestFrom[Substring(words[i])] {
                for length in stride(from: min(most, words.count - i), through: 1, by: -1) {
                    if let type = names[words[i..<(i + length)].joined(separator: " ")] {
                        marks[i] = "B-" + type
                        for j in (i + 1)..<(i + length) { marks[j] = "I-" + type }
                        matched = length
                        break
                    }
                }
            }
            i += max(matched, 1)
        }
        return marks
    }
}
