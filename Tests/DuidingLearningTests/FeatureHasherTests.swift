@testable import DuidingLearning
import Testing

@Suite("Feature keys")
struct FeatureHasherTests {
    /// Words with one-, two-, three- and four-byte scalars, a combining accent and the empty word.
    static let words = ["", "a", "de", "Poetin", "peking", "beloöesov", "café", "e\u{301}e", "naïef", "東京都", "x😀y", "😀"]

    @Test(arguments: words)
    func affixKeysAreTheKeysOfTheAffixStrings(word: String) {
        for count in 0...6 {
            let suffix = String(String.UnicodeScalarView(word.unicodeScalars.suffix(count)))
            let prefix = String(String.UnicodeScalarView(word.unicodeScalars.prefix(count)))
            #expect(FeatureHasher.key(7, lastScalars: count, of: word) == FeatureHasher.key(7, suffix), "suffix \(count) of \(word)")
            #expect(FeatureHasher.key(3, firstScalars: count, of: word) == FeatureHasher.key(3, prefix), "prefix \(count) of \(word)")
        }
    }

    @Test(arguments: words)
    func bytesInPlaceGiveTheKeyOfTheirString(word: String) {
        var stream = FeatureHasher.Stream(5)
        Array(word.utf8).withUnsafeBufferPointer { stream.add($0) }
        stream.next()
        Array("NOUN".utf8).withUnsafeBufferPointer { stream.add($0) }
        #expect(stream.key == FeatureHasher.key(5, word, "NOUN"))
    }

    @Test func differentTemplatesGiveDifferentKeys() {
        #expect(FeatureHasher.key(1, lastScalars: 3, of: "poetin") != FeatureHasher.key(2, lastScalars: 3, of: "poetin"))
        #expect(FeatureHasher.key(1, lastScalars: 3, of: "poetin") == FeatureHasher.key(1, "tin"))
    }
}

@Suite("Weight table lookups")
struct FeatureTableTests {
    /// Rows for 3,000 keys (some sharing their first slot, so that lookups probe on, and the key 0),
    /// looked up among as many absent keys: every present key adds its weights, no absent key adds any.
    @Test func scoresAreTheSumOfThePresentRows() {
        let classes = 20
        var generator = SeededGenerator(seed: 7)
        var keys: Set<UInt64> = [0]
        // Keys that differ only above bit 40 share their first slot in any table of this size.
        for base in 0..<200 { for high in 1...5 { keys.insert(UInt64(base) | UInt64(high) << 40) } }
        while keys.count < 3_000 { keys.insert(generator.next()) }
        let sorted = keys.sorted()
        var rowStarts: [Int32] = [0]
        var labels: [UInt16] = []
        var weights: [Float] = []
        var expected: [UInt64: [Float]] = [:]
        for (row, key) in sorted.enumerated() {
            // Alternate sparse rows (2 classes) and dense ones (every class).
            var scores = [Float](repeating: 0, count: classes)
            for label in row % 2 == 0 ? [row % classes, (row + 7) % classes].sorted() : Array(0..<classes) {
                let weight = Float(row % 13) - 6.5
                labels.append(UInt16(label))
                weights.append(weight)
                scores[label] += weight
            }
            rowStarts.append(Int32(weights.count))
            expected[key] = scores
        }
        let model = PerceptronModel(classes: classes, keys: sorted, rowStarts: rowStarts, entryClasses: labels, entryWeights: weights)
        for trial in 0..<200 {
            var features: [UInt64] = []
            var truth = [Float](repeating: 0, count: classes)
            for _ in 0..<(trial % 60) {
                let key = generator.next() % 3 == 0 ? generator.next() : sorted[Int(generator.next() % UInt64(sorted.count))]
                features.append(key)
                if let row = expected[key] { for c in 0..<classes { truth[c] += row[c] } }
            }
            var scores = [Float](repeating: 0, count: classes)
            model.addScores(features, into: &scores)
            #expect(scores == truth)
            let only: [Int32] = [1, 4, 9]
            var partial = [Float](repeating: 0, count: classes)
            model.addScores(features, into: &partial, only: only)
            #expect(only.map { partial[Int($0)] } == only.map { truth[Int($0)] })
        }
    }
}
