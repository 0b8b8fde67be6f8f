/// A trained linear classifier: for each feature key, a sparse row of weights per class.
///
/// Immutable and `Sendable`; scoring is a hash lookup per feature and a sparse add per row.
public struct PerceptronModel: Sendable {
    public let classes: Int
    /// Feature key → index of its row in ``rowStarts``.
    let rows: FeatureTable
    /// Row r holds entries `rowStarts[r]..<rowStarts[r + 1]` of ``entryClasses`` and ``entryWeights``.
    let rowStarts: [Int32]
    let entryClasses: [UInt16]
    let entryWeights: [Float]

    init(classes: Int, rows: [UInt64: Int32], rowStarts: [Int32], entryClasses: [UInt16], entryWeights: [Float]) {
        self.classes = classes
        var table = FeatureTable(capacity: rows.count)
        for (key, row) in rows { table.insert(key, row: row) }
        self.rows = table
        self.rowStarts = rowStarts
        self.entryClasses = entryClasses
        self.entryWeights = entryWeights
    }

    public var featureCount: Int { rows.count }
    public var weightCount: Int { entryWeights.count }

    /// Adds the weights of `features` to `scores` (one slot per class).
    ///
    /// - Complexity: O(features × non-zero weights per feature).
    @inline(__always)
    public func addScores(_ features: [UInt64], into scores: inout [Float]) {
        rowStarts.withUnsafeBufferPointer { starts in
            entryClasses.withUnsafeBufferPointer { labels in
                entryWeights.withUnsafeBufferPointer { weights in
                    scores.withUnsafeMutableBufferPointer { out in
                        for key in features {
                            guard let row = rows.row(key) else { continue }
                            let start = Int(starts[Int(row)])
                            let end = Int(starts[Int(row) + 1])
                            for entry in start..<end {
                                out[Int(labels[entry])] += weights[entry]
                            }
                        }
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
