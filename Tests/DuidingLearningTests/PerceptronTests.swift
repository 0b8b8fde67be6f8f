import DuidingLearning
import Foundation
import Testing

@Suite("Averaged perceptron and model files")
struct PerceptronTests {
    /// A small separable problem: the class is given by one of two features.
    static func examples() -> [([UInt64], Int)] {
        let a = FeatureHasher.key(1, "a")
        let b = FeatureHasher.key(1, "b")
        let noise = (0..<5).map { FeatureHasher.key(2, String($0)) }
        var examples: [([UInt64], Int)] = []
        for i in 0..<40 {
            let features: [UInt64] = i % 2 == 0 ? [a, noise[i % 5]] : [b, noise[(i + 2) % 5]]
            examples.append((features, i % 2))
        }
        return examples
    }

    static func train(seed: UInt64) -> PerceptronModel {
        var trainer = PerceptronTrainer(classes: 2)
        var data = examples()
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<5 {
            data.shuffle(using: &generator)
            for (features, truth) in data {
                trainer.update(truth: truth, guess: trainer.predict(features), features: features)
            }
        }
        return trainer.model()
    }

    @Test func learnsASeparableProblem() {
        let model = Self.train(seed: 7)
        for (features, truth) in Self.examples() {
            #expect(model.predict(features) == truth)
        }
    }

    @Test func sameSeedSameBytes() {
        #expect(Self.train(seed: 3).encoded() == Self.train(seed: 3).encoded())
    }

    @Test func averagingKeepsEarlyWeights() {
        var trainer = PerceptronTrainer(classes: 2)
        let f = FeatureHasher.key(1, "f")
        trainer.update(truth: 1, guess: 0, features: [f])  // step 1: class 1 gains 1, class 0 loses 1
        for _ in 0..<3 { trainer.update(truth: 1, guess: 1, features: [f]) }  // steps 2-4: no change
        let model = trainer.model()
        var scores: [Float] = [0, 0]
        model.addScores([f], into: &scores)
        // The new weights served the 3 predictions after step 1, of 4 steps in all.
        #expect(scores == [-0.75, 0.75])
    }

    @Test func tiesGoToTheLowestClass() {
        #expect(PerceptronModel.best([1, 3, 3]) == 1)
        #expect(PerceptronModel.best([0, 0]) == 0)
    }

    @Test func weightsRoundTripThroughAModelFile() throws {
        let model = Self.train(seed: 1)
        let file = ModelFile(
            component: "test", name: "test-0.1.0", language: "nl", templateHash: "abc", dataHash: "def",
            settings: ["seed": "1"], sections: ["weights": model.encoded(), "labels": LabelSection.encode(["x", "y"])])
        let read = try ModelFile(data: file.serialized(), component: "test", templateHash: "abc")
        #expect(read.name == "test-0.1.0")
        #expect(read.settings["seed"] == "1")
        #expect(try LabelSection.decode(#require(read.sections["labels"])) == ["x", "y"])
        let again = try PerceptronModel(encoded: #require(read.sections["weights"]))
        #expect(again.encoded() == model.encoded())
        // Weights are stored as 16-bit floats: the scores agree to about three significant digits.
        for (features, _) in Self.examples() {
            var stored: [Float] = [0, 0]
            var trained: [Float] = [0, 0]
            again.addScores(features, into: &stored)
            model.addScores(features, into: &trained)
            for c in 0..<2 { #expect(abs(stored[c] - trained[c]) <= 0.002 * max(1, abs(trained[c]))) }
        }
    }

    /// A model written in the first encoding (32-bit classes and weights) still reads.
    @Test func readsTheFirstWeightsEncoding() throws {
        var writer = BinaryWriter()
        writer.write(UInt32(3))  // classes
        writer.write(UInt32(1))  // rows
        writer.write(UInt32(2))  // entries
        writer.write(FeatureHasher.key(1, "f"))
        writer.write(UInt16(2))
        writer.write(UInt16(0))
        writer.write(Float(-1.25))
        writer.write(UInt16(2))
        writer.write(Float(0.5))
        let model = try PerceptronModel(encoded: writer.data)
        var scores: [Float] = [0, 0, 0]
        model.addScores([FeatureHasher.key(1, "f")], into: &scores)
        #expect(scores == [-1.25, 0, 0.5])
        // A weight beyond the 16-bit range keeps 32 bits.
        var big = PerceptronTrainer(classes: 2)
        // The averaged weight of N changes of 1 is about N / 2.
        for _ in 0..<130_000 { big.update(truth: 1, guess: 0, features: [FeatureHasher.key(1, "f")]) }
        let heavy = big.model()
        scores = [0, 0]
        try PerceptronModel(encoded: heavy.encoded()).addScores([FeatureHasher.key(1, "f")], into: &scores)
        #expect(scores[1] > 60_000 && scores[1].isFinite)
    }

    @Test func refusesNewerFormatsOtherComponentsAndOtherTemplates() {
        let file = ModelFile(component: "test", name: "t", language: "nl", templateHash: "abc", dataHash: "d")
        let data = file.serialized()
        #expect(throws: ModelFile.FormatError.self) { try ModelFile(data: data, component: "tagger", templateHash: "abc") }
        #expect(throws: ModelFile.FormatError.self) { try ModelFile(data: data, component: "test", templateHash: "xyz") }
        let newer = Data("duiding-model 99\ncomponent test\n---\n".utf8)
        #expect(throws: ModelFile.FormatError.self) { try ModelFile(data: newer, component: "test", templateHash: "abc") }
        #expect(throws: ModelFile.FormatError.self) { try ModelFile(data: Data("junk".utf8), component: "test", templateHash: "abc") }
    }
}
