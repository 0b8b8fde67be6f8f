/// A trained linear classifier: for each feature key, a sparse row of weights per class.
///
/// Immutable and `Sendable`; scoring is a hash lookup per feature and a sparse add per row.
public struct PerceptronModel: Sendable {
    public let classes: Int
    /// Feature key → its row of ``entries``.
    let rows: FeatureTable
    /// A row's non-zero weights, one after another, each with its class.
    let entries: [Entry]

    struct Entry {
        var label: UInt32
        var weight: Float
    }

    /// A model from rows in order: row r has key `keys[r]` and entries `rowStarts[r]..<rowStarts[r + 1]`.
    init(classes: Int, keys: [UInt64], rowStarts: [Int32], entryClasses: [UInt16], entryWeights: [Float]) {
        self.classes = classes
        var table = FeatureTable(capacity: keys.count)
        for (row, key) in keys.enumerated() {
            let start = Int(rowStarts[row])
            table.insert(key, start: start, count: Int(rowStarts[row + 1]) - start)
        }
        rows = table
        entries = zip(entryClasses, entryWeights).map { Entry(label: UInt32($0), weight: $1) }
    }

    public var featureCount: Int { rows.count }
    public var weightCount: Int { entries.count }

    /// Adds the weights of `features` to `scores` (one slot per class).
    ///
    /// - Complexity: O(features × non-zero weights per feature).
    @inline(__always)
    public func addScores(_ features: [UInt64], into scores: inout [Float]) {
        entries.withUnsafeBufferPointer { entries in
            scores.withUnsafeMutableBufferPointer { out in
                for key in features {
                    guard let (start, count) = rows.row(key) else { continue }
                    for entry in entries[start..<(start + count)] {
                        out[Int(entry.label)] += entry.weight
                    }
                }
            }
        }
    }

    /// The best class; ties go to the lowest class index.
    public func predict(_ features: [UInt64], allowed: ((Int) -> Bool)? = nil) -> Int {
        var scores = [Float](repeating: 0, count: classes)
        addScores(features, into: &scores)
        return Self.best(scores, allowed: allowed)
    }

    @inline(__always)
    public static func best(_ scores: [Float], allowed: ((Int) -> Bool)? = nil) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        for index in scores.indices where scores[index] > bestScore {
            if let allowed, !allowed(index) { continue }
            best = index
            bestScore = scores[index]
        }
        return max(best, 0)
    }
}
