@testable import DuidingTime
import Testing

@Suite("TIMEX3 durations")
struct DurationTests {
    @Test func durations() {
        #expect(TimeResolver.duration("3", "Y") == "P3Y")
        #expect(TimeResolver.duration("1.5", "Y") == "P18M")
        #expect(TimeResolver.duration("X", "W") == "PXW")
        #expect(TimeResolver.duration("2", "DE") == "P20Y")
        #expect(TimeResolver.duration("48", "H") == "PT48H")
        #expect(TimeResolver.duration("drie", "Y") == nil)
    }
}
