/// Trains an averaged perceptron with lazy averaging (Collins 2002; the bookkeeping as in Honnibal's
/// "A good part-of-speech tagger in about 200 lines of Python").
///
/// Each weight keeps a running total and the step at which it last changed, so averaging costs
/// nothing per step; ``model(pruneBelow:)`` returns the averaged weights. Deterministic: the same
/// sequence of updates gives the same model.
public struct PerceptronTrainer {
    public let classes: Int
    /// One weight of one feature row: its class, current value, running total and last change.
    struct Entry {
        var label: UInt16
        var weight: Float
        var total: Double
        var stamp: Int32
    }

    private var rowIndex: [UInt64: Int] = [:]
    private var keys: [UInt64] = []
    /// Sparse rows: only the classes a feature has been updated for, so many classes cost little.
    private var rows: [[Entry]] = []
    /// How many examples have been seen.
    public private(set) var step: Int32 = 0

    public init(classes: Int) {
        precondition(classes > 0 && classes <= Int(UInt16.max), "a perceptron needs 1...65535 classes")
        self.classes = classes
    }

    /// The current (not averaged) scores of the features.
    public func scores(_ features: [UInt64]) -> [Float] {
        var scores = [Float](repeating: 0, count: classes)
        for key in features {
            guard let row = rowIndex[key] else { continue }
            for entry in rows[row] { scores[Int(entry.label)] += entry.weight }
        }
        return scores
    }

    /// The best class under the current weights; ties go to the lowest index.
    public func predict(_ features: [UInt64], allowed: ((Int) -> Bool)? = nil) -> Int {
        PerceptronModel.best(scores(features), allowed: allowed)
    }

    /// Counts one example: moves weight from the guess to the truth when they differ.
    public mutating func update(truth: Int, guess: Int, features: [UInt64], amount: Float = 1) {
        step += 1
        guard truth != guess else { return }
        for key in features {
            let row = row(for: key)
            adjust(row, UInt16(truth), by: amount)
            adjust(row, UInt16(guess), by: -amount)
        }
    }

    private mutating func row(for key: UInt64) -> Int {
        if let row = rowIndex[key] { return row }
        let row = keys.count
        rowIndex[key] = row
        keys.append(key)
        rows.append([])
        return row
    }

    @inline(__always)
    private mutating func adjust(_ row: Int, _ label: UInt16, by amount: Float) {
        let step = self.step
        if let index = rows[row].firstIndex(where: { $0.label == label }) {
            rows[row][index].total += Double(step - rows[row][index].stamp) * Double(rows[row][index].weight)
            rows[row][index].stamp = step
            rows[row][index].weight += amount
        } else {
            rows[row].append(Entry(label: label, weight: amount, total: 0, stamp: step))
        }
    }

    /// The averaged model, without weights whose magnitude is below `pruneBelow`.
    public func model(pruneBelow: Float = 0) -> PerceptronModel {
        var kept: [UInt64] = []
        var rowStarts: [Int32] = [0]
        var entryClasses: [UInt16] = []
        var entryWeights: [Float] = []
        let steps = Double(max(step, 1))
        // Rows in key order, classes in order, so that the same training gives the same bytes.
        for row in keys.indices.sorted(by: { keys[$0] < keys[$1] }) {
            var any = false
            for entry in rows[row].sorted(by: { $0.label < $1.label }) {
                let total = entry.total + Double(step - entry.stamp) * Double(entry.weight)
                let average = Float(total / steps)
                guard abs(average) > pruneBelow, average != 0 else { continue }
                entryClasses.append(entry.label)
                entryWeights.append(average)
                any = true
            }
            if any {
                kept.append(keys[row])
                rowStarts.append(Int32(entryWeights.count))
            }
        }
        return PerceptronModel(
            classes: classes, keys: kept, rowStarts: rowStarts, entryClasses: entryClasses, entryWeights: entryWeights)
    }
}
