import DuidingCore
import DuidingPipeline
import DuidingReader
import Foundation

/// One analyzer for all tests: loading it reads the resources and the language model once.
let sharedAnalyzer: Analyzer = {
    do { return try Analyzer() } catch { fatalError("cannot load the analyzer: \(error)") }
}()

/// The reference moment of the tests: Thursday 16 May 2024, 09:34 in Amsterdam.
let referenceMoment = ISOTime.parse("2024-05-16T09:34:00+02:00", timeZone: TimeZone(secondsFromGMT: 0) ?? .current) ?? Date()

func options(language: String? = nil) -> AnalyzeOptions {
    AnalyzeOptions(language: language, referenceTime: referenceMoment, now: referenceMoment)
}

/// Paths of the repository and of the shared folder beside it.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let golden = repository.appendingPathComponent("Tests/DuidingPipelineTests/Golden")
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")

    static func data(_ relative: String) -> String {
        shared.appendingPathComponent("data").appendingPathComponent(relative).path
    }
}
