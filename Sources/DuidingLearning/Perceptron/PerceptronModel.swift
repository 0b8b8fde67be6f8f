import CMemoryHints

/// A trained linear classifier: for each feature key, a sparse row of weights per class.
///
/// Immutable and `Sendable`; scoring is a hash lookup per feature and a sparse add per row.
public struct PerceptronModel: Sendable {
    public let classes: Int
    /// Feature key → its row of ``entries``.
    let rows: FeatureTable
    /// The non-zero weights of sparse rows, one after another, each with its class.
    let entries: [Entry]
    /// The weights of dense rows, `classes` per row.
    let dense: [Float]

    struct Entry {
        var label: UInt32
        var weight: Float
    }

    /// A model from rows in order: row r has key `keys[r]` and entries `rowStarts[r]..<rowStarts[r + 1]`.
    ///
    /// Rows with weights for at least half the classes are stored densely (a weight for every class,
    /// added with vector instructions); the others sparsely (class and weight pairs). Neither takes
    /// more memory than the other would.
    init(classes: Int, keys: [UInt64], rowStarts: [Int32], entryClasses: [UInt16], entryWeights: [Float]) {
        self.classes = classes
        var table = FeatureTable(capacity: keys.count)
        var entries: [Entry] = []
        var dense: [Float] = []
        for (row, key) in keys.enumerated() {
            let range = Int(rowStarts[row])..<Int(rowStarts[row + 1])
            if range.count * 2 >= classes && classes > 8 {
                let start = dense.count
                dense.append(contentsOf: repeatElement(0, count: classes))
                for entry in range { dense[start + Int(entryClasses[entry])] = entryWeights[entry] }
                table.insert(key, start: start, count: range.count, dense: true)
            } else {
                table.insert(key, start: entries.count, count: range.count, dense: false)
                for entry in range { entries.append(Entry(label: UInt32(entryClasses[entry]), weight: entryWeights[entry])) }
            }
        }
        rows = table
        self.entries = entries
        self.dense = dense
    }

    public var featureCount: Int { rows.count }
    public var weightCount: Int { rows.entries.reduce(0) { $0 + $1.count } }

    /// Adds the weights of `features` to `scores` (one slot per class).
    ///
    /// - Complexity: O(features × non-zero weights per feature).
    @inline(__always)
    public func addScores(_ features: [UInt64], into scores: inout [Float]) {
        let classes = self.classes
        withRows(of: features) { found, entries, dense in
            scores.withUnsafeMutableBufferPointer { out in
                let target = out.baseAddress!
                for slot in found where slot.count != 0 {
                    let start = Int(slot.start)
                    if slot.count & FeatureTable.denseBit != 0 {
                        let weights = dense.baseAddress! + start
                        for label in 0..<classes { target[label] += weights[label] }
                    } else {
                        for entry in entries[start..<(start + Int(slot.count))] { target[Int(entry.label)] += entry.weight }
                    }
                }
            }
        }
    }

    /// Adds the weights of `features` to `scores` for the classes in `only` (dense rows are read for
    /// those classes alone; sparse rows add all their entries, so other slots hold partial sums).
    @inline(__always)
    public func addScores(_ features: [UInt64], into scores: inout [Float], only: [Int32]) {
        withRows(of: features) { found, entries, dense in
            only.withUnsafeBufferPointer { only in
                scores.withUnsafeMutableBufferPointer { out in
                    for slot in found where slot.count != 0 {
                        let start = Int(slot.start)
                        if slot.count & FeatureTable.denseBit != 0 {
                            let weights = dense.baseAddress! + start
                            for label in only { out[Int(label)] += weights[Int(label)] }
                        } else {
                            for entry in entries[start..<(start + Int(slot.count))] { out[Int(entry.label)] += entry.weight }
                        }
                    }
                }
            }
        }
    }

    /// The rows of all `features`, found before any is read (so that the table's loads overlap), with the
    /// weights they point into. A missing feature's slot has count 0; a dense row's count has the dense bit set.
    @inline(__always)
    private func withRows(
        of features: [UInt64],
        _ body: (UnsafeMutableBufferPointer<FeatureTable.Slot>, UnsafeBufferPointer<Entry>, UnsafeBufferPointer<Float>) -> Void
    ) {
        features.withUnsafeBufferPointer { keys in
            withUnsafeTemporaryAllocation(of: FeatureTable.Slot.self, capacity: keys.count) { found in
                rows.rows(keys, into: found)
                entries.withUnsafeBufferPointer { entries in
                    dense.withUnsafeBufferPointer { dense in
                        // Every row's weights are asked for before the first is added, so that their loads overlap too.
                        let rowBytes = classes * MemoryLayout<Float>.stride
                        for slot in found where slot.count != 0 {
                            if slot.count & FeatureTable.denseBit != 0 {
                                let row = UnsafeRawPointer(dense.baseAddress! + Int(slot.start))
                                for offset in stride(from: 0, to: rowBytes, by: 64) { duiding_prefetch(row + offset) }
                            } else {
                                duiding_prefetch(entries.baseAddress! + Int(slot.start))
                            }
                        }
                        body(found, entries, dense)
                    }
                }
            }
        }
    }

    /// The best of the classes in `only` (in their order; ties go to the first).
    @inline(__always)
    public static func best(_ scores: [Float], only: [Int32]) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        for label in only where scores[Int(label)] > bestScore {
            best = Int(label)
            bestScore = scores[Int(label)]
        }
        return max(best, 0)
    }

    /// The best class; ties go to the lowest class index.
    public func predict(_ features: [UInt64], allowed: ((Int) -> Bool)? = nil) -> Int {
        var scores = [Float](repeating: 0, count: classes)
        addScores(features, into: &scores)
        return Self.best(scores, allowed: allowed)
    }

    /// The best class among those `allowed` admits, when it is given.
    @inline(__always)
    public static func best(_ scores: [Float], allowed: ((Int) -> Bool)?) -> Int {
        guard let allowed else { return best(scores) }
        return best(scores) { allowed($0) }
    }

    /// The best class that `allowed` admits; ties go to the lowest class index. The closure does not escape, so
    /// what it captures stays on the stack (an escaping one is allocated on the heap at every call).
    @inline(__always)
    public static func best(_ scores: [Float], allowed: (Int) -> Bool) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        for index in scores.indices where scores[index] > bestScore {
            guard allowed(index) else { continue }
            best = index
            bestScore = scores[index]
        }
        return max(best, 0)
    }

    /// The best class; ties go to the lowest class index.
    @inline(__always)
    public static func best(_ scores: [Float]) -> Int {
        best(scores) { _ in true }
    }
}

extension PerceptronModel {
    /// The mean of `count` models trained with seeds `seed`, `seed + 1`, … by `train` (given the member's number and
    /// seed; it trains without pruning), without weights below `pruneBelow`.
    public static func mean(
        of count: Int, seed: UInt64, pruneBelow: Float, log: (String) -> Void, train: (_ member: Int, _ seed: UInt64) -> PerceptronModel
    ) -> PerceptronModel {
        var members: [PerceptronModel] = []
        for member in 0..<count {
            log("model \(member + 1) of \(count), seed \(seed &+ UInt64(member))")
            members.append(train(member, seed &+ UInt64(member)))
        }
        return mean(members, pruneBelow: pruneBelow)
    }

    /// The mean of models over the same classes (each weight summed and divided by the number of
    /// models; a feature one model lacks counts as zero there), without weights below `pruneBelow`.
    /// Perceptrons trained on differently shuffled data disagree most where they are least sure, and
    /// their mean is steadier than any one of them.
    public static func mean(_ models: [PerceptronModel], pruneBelow: Float = 0) -> PerceptronModel {
        precondition(!models.isEmpty && models.allSatisfy { $0.classes == models[0].classes }, "models over the same classes")
        let classes = models[0].classes
        var sums: [UInt64: [Float]] = [:]
        for model in models {
            for row in model.rows.entries {
                var weights = sums[row.key] ?? [Float](repeating: 0, count: classes)
                if row.dense {
                    for label in 0..<classes { weights[label] += model.dense[row.start + label] }
                } else {
                    for entry in model.entries[row.start..<(row.start + row.count)] { weights[Int(entry.label)] += entry.weight }
                }
                sums[row.key] = weights
            }
        }
        var keys: [UInt64] = []
        var rowStarts: [Int32] = [0]
        var entryClasses: [UInt16] = []
        var entryWeights: [Float] = []
        let count = Float(models.count)
        for key in sums.keys.sorted() {
            let weights = sums[key]!
            var any = false
            for label in 0..<classes {
                let mean = weights[label] / count
                guard mean != 0, abs(mean) > pruneBelow else { continue }
                entryClasses.append(UInt16(label))
                entryWeights.append(mean)
                any = true
            }
            if any {
                keys.append(key)
                rowStarts.append(Int32(entryWeights.count))
            }
        }
        return PerceptronModel(classes: classes, keys: keys, rowStarts: rowStarts, entryClasses: entryClasses, entryWeights: entryWeights)
    }
}
