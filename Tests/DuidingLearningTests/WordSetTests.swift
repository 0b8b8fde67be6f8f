import DuidingLearning
import Foundation
import Testing

@Suite("Word sets and mean models")
struct WordSetTests {
    static let words = (0..<5_000).map { "woord\($0)" } + ["Poetin", "peking", "beloöesov", "東京"]

    @Test func holdsEveryWordAndFewOthers() throws {
        let set = WordSet(Self.words)
        #expect(Self.words.allSatisfy(set.contains))
        let absent = (0..<10_000).map { "ander\($0)" }
        let wrong = absent.filter(set.contains).count
        // Sized for 1% false positives; allow for chance.
        #expect(wrong < 250, "\(wrong) of 10,000 absent words reported present")
        #expect(!set.contains("poetin"), "case matters")
        let again = try WordSet(encoded: set.encoded())
        #expect(again == set)
        #expect(throws: ModelFile.FormatError.self) { try WordSet(encoded: Data([1, 2, 3])) }
    }

    @Test func anEmptySetHoldsNothing() {
        #expect(!WordSet([]).contains("a"))
    }

    /// Two models, each with a weight for one class of a shared feature and one of its own.
    @Test func theMeanModelAveragesEveryWeight() {
        let shared = FeatureHasher.key(1, "shared")
        let own = [FeatureHasher.key(1, "a"), FeatureHasher.key(1, "b")]
        let models = (0..<2).map { index in
            var trainer = PerceptronTrainer(classes: 3)
            trainer.update(truth: index + 1, guess: 0, features: [shared, own[index]])
            // Three more examples without a change: the averaged weights are 3/4 of the changed ones.
            for _ in 0..<3 { trainer.update(truth: 0, guess: 0, features: [shared]) }
            return trainer.model()
        }
        let mean = PerceptronModel.mean(models)
        var scores: [Float] = [0, 0, 0]
        mean.addScores([shared], into: &scores)
        #expect(scores == [-0.75, 0.375, 0.375])
        scores = [0, 0, 0]
        mean.addScores([own[1]], into: &scores)
        #expect(scores == [-0.375, 0, 0.375])
    }
}
