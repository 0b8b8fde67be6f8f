import DuidingCore
import Testing

@Suite("Binary search for a partition point")
struct PartitioningTests {
    @Test func firstIndexNotBefore() {
        let tokens = [2, 5, 9, 14]
        #expect(tokens.partitioningIndex { $0 < 9 } == 2)
        #expect(tokens.partitioningIndex { $0 < 1 } == 0)
        #expect(tokens.partitioningIndex { $0 < 100 } == 4)
        #expect([Int]().partitioningIndex { $0 < 3 } == 0)
        #expect(tokens[1...].partitioningIndex { $0 <= 9 } == 3)
    }
}
