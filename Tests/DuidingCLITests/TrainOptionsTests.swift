import Foundation
import Testing

@testable import duiding

@Suite("Training options")
struct TrainOptionsTests {
    @Test func aTrainingFileCanBeCutToSomeOfItsDocuments() throws {
        let (path, ranges) = try TrainNER.documentRanges("data/ned.testa:1-41,43-47,54")
        #expect(path == "data/ned.testa")
        #expect(ranges == [1...41, 43...47, 54...54])
        // A plain path, or one whose colon is no document list, is the whole file.
        #expect(try TrainNER.documentRanges("data/ned.train").ranges == nil)
        #expect(try TrainNER.documentRanges("C:train").ranges == nil)
    }

    @Test(arguments: ["f:0-3", "f:5-3", "f:1-3,2", "f:1-3,3", "f:1--3", "f:1-3,"])
    func aWrongDocumentListIsAClearError(argument: String) {
        #expect(throws: CLIError.self) { try TrainNER.documentRanges(argument) }
    }
}
