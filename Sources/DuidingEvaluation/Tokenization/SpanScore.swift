/// Precision, recall and F1 over spans that match exactly, as the CoNLL 2018 shared task counts them.
public struct SpanScore: Sendable, Equatable, Codable {
    public var gold: Int
    public var system: Int
    public var correct: Int

    public init(gold: Int, system: Int, correct: Int) {
        self.gold = gold
        self.system = system
        self.correct = correct
    }

    public var precision: Double { system == 0 ? 0 : Double(correct) / Double(system) }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var f1: Double { gold + system == 0 ? 0 : 2 * Double(correct) / Double(gold + system) }

    /// Scores two sorted lists of spans.
    ///
    /// - Complexity: O(g + s).
    public static func compare(gold: [Range<Int>], system: [Range<Int>]) -> SpanScore {
        var correct = 0
        var i = 0
        var j = 0
        while i < gold.count, j < system.count {
            let g = gold[i]
            let s = system[j]
            if g == s {
                correct += 1
                i += 1
                j += 1
            } else if g.lowerBound < s.lowerBound || (g.lowerBound == s.lowerBound && g.upperBound < s.upperBound) {
                i += 1
            } else {
                j += 1
            }
        }
        return SpanScore(gold: gold.count, system: system.count, correct: correct)
    }
}
