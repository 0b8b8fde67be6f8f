import DuidingResources
import Foundation
import Testing

@Suite("Resource files")
struct ResourceFilesTests {
    static let bundle = ResourceBundle.shipped

    @Test func everyLanguageHasTheSameFileSet() throws {
        let languages = Self.bundle.languages
        #expect(languages == ["en", "nl"])
        let sets = languages.map { language in
            Set(Self.bundle.files(under: language).map { $0.dropFirst(language.count + 1) })
        }
        #expect(Set(sets.map { $0.sorted().joined(separator: ",") }).count == 1)
        #expect(sets.first?.isEmpty == false)
    }

    @Test func everyTextResourceNamesFormatSourceAndLicence() throws {
        for language in Self.bundle.languages {
            for name in Self.bundle.files(under: language) where name.hasSuffix(".txt") {
                _ = try Self.bundle.file(name)  // throws when the header lacks format, source or licence
            }
        }
    }

    @Test func headerIsRequired() {
        #expect(throws: ResourceError.self) { try ResourceFile(name: "x.txt", contents: "# format: a\nword\n") }
        #expect(throws: Never.self) {
            try ResourceFile(name: "x.txt", contents: "# format: a\n# source: b\n# licence: c\r\nword\r\n")
        }
    }
}
