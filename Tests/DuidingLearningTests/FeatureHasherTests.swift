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

    /// Affix hashes are read from the bytes by scalar boundaries: they must be the hashes of the affix strings, for
    /// one- to four-byte scalars, a decomposed accent, and affixes longer than the word.
    @Test(arguments: words)
    func affixHashesAreTheHashesOfTheAffixes(word: String) {
        for count in 1...5 {
            let prefix = String(String.UnicodeScalarView(word.unicodeScalars.prefix(count)))
            let suffix = String(String.UnicodeScalarView(word.unicodeScalars.suffix(count)))
            #expect(ValueKeys.affix(of: word, last: false, scalars: count) == ValueKeys.hash(prefix), "prefix \(count) of \(word)")
            #expect(ValueKeys.affix(of: word, last: true, scalars: count) == ValueKeys.hash(suffix), "suffix \(count) of \(word)")
        }
    }

    @Test func valueKeysDependOnTemplateValuesAndTheirOrder() {
        let (a, b, c) = (ValueKeys.hash("de"), ValueKeys.hash("NOUN"), ValueKeys.hash(""))
        #expect(ValueKeys.hash("de") == ValueKeys.hash(Array("de".utf8)))
        #expect(Set([a, b, c]).count == 3)
        let keys = [
            ValueKeys.key(1, a), ValueKeys.key(2, a), ValueKeys.key(1, b), ValueKeys.key(1, a, b), ValueKeys.key(1, b, a),
            ValueKeys.key(1, a, b, c), ValueKeys.key(1, a, c, b), ValueKeys.key(1, c, a, b), ValueKeys.key(1, c), ValueKeys.key(1, 0), ValueKeys.key(1, 1),
        ]
        #expect(Set(keys).count == keys.count)
    }

    /// The weight table takes a key's slot from its low bits (folded with the high ones): keys of one template
    /// over many values must spread over the slots, not pile up in a few.
    @Test func valueKeysSpreadOverTableSlots() {
        let slots = 1 << 12
        var used = Set<Int>()
        for number in 0..<4_000 {
            let key = ValueKeys.key(7, UInt64(number), ValueKeys.hash("NOUN"))
            used.insert(Int(truncatingIfNeeded: key ^ (key >> 32)) & (slots - 1))
        }
        // 4,000 keys thrown at random into 4,096 slots fill about 2,580 of them.
        #expect(used.count > 2_400)
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
