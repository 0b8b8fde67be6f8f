import DuidingCore
import DuidingReader
import Foundation

/// Reads an article with the shipped resources of a language, against a fixed reference time.
func read(_ text: String, language: String = "nl", reference: String = "2024-05-16T09:34:00+02:00", zone: String? = nil) throws
    -> Article
{
    let resources = try ReaderResources(language: language)
    guard let timeZone = TimeZone(identifier: zone ?? resources.timeZone),
        let date = ISOTime.parse(reference, timeZone: timeZone)
    else { throw ReaderTestError.badSetup }
    return ArticleReader(resources: resources).read(text, context: ReadingContext(reference: date, timeZone: timeZone))
}

enum ReaderTestError: Error { case badSetup }

extension Article {
    /// Each block as `kind: text`.
    var parts: [String] {
        let scalars = Array(text.unicodeScalars)
        return blocks.map { "\($0.kind.rawValue): " + String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    func texts(of kind: Block.Kind) -> [String] {
        parts.filter { $0.hasPrefix(kind.rawValue + ": ") }.map { String($0.dropFirst(kind.rawValue.count + 2)) }
    }
}

/// Paths into the shared folder beside the repository.
enum Shared {
    static func path(_ relative: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared").appendingPathComponent(relative).path
    }
}
