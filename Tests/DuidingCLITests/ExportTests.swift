import DuidingStore
import Foundation
import Testing

/// `duiding export events` end to end: articles ingested, their events written as GDELT rows and CSV.
@Suite struct ExportEventsTests {
    @Test func ingestedEventsExportAsGDELTAndCSV() throws {
        guard IngestRunTests.executable != nil else {
            print("skipped: no duiding executable beside the test bundle (build it with swift build)")
            return
        }
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("articles.jsonl")
        try """
        {"text": "De Russische president Vladimir Poetin bezoekt China. De Chinese president Xi Jinping ontving Poetin in Peking.", "headline": "Poetin bezoekt China", "source": "NOS", "published": "2024-05-16T10:00:00+02:00", "url": "https://example.org/1"}
        {"text": "De Chinese president Xi Jinping bezocht Rusland.", "headline": "Xi in Moskou", "source": "NU.nl", "published": "2023-03-21T10:00:00+01:00"}

        """.write(to: input, atomically: true, encoding: .utf8)
        let database = folder.appendingPathComponent("news.sqlite").path
        #expect(try IngestRunTests.run(["ingest", input.path, "--db", database]) == 0)

        let gdelt = folder.appendingPathComponent("events.tsv")
        #expect(try IngestRunTests.run(["export", "events", "--format", "gdelt", "--db", database, "--output", gdelt.path]) == 0)
        let rows = try String(contentsOf: gdelt, encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 61 })
        // Newest first: the 2024 visit and reception, then Xi's visit of 2023.
        #expect(rows.last?.contains("\t20230321\t") == true)
        #expect(rows.contains { $0.contains("\tRUSGOV\t") && $0.contains("\t042\t") && $0.hasSuffix("https://example.org/1") })

        let csv = folder.appendingPathComponent("events.csv")
        let arguments = ["export", "events", "--format", "csv", "--source", "CHN", "--db", database, "--output", csv.path]
        #expect(try IngestRunTests.run(arguments) == 0)
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.first?.hasPrefix("id,date,day,code") == true)
        #expect(lines.count == 3)

        // Bad arguments and a missing database are errors, and leave no file behind.
        let nothing = folder.appendingPathComponent("nothing.tsv").path
        #expect(try IngestRunTests.run(["export", "events", "--format", "xml", "--db", database, "--output", nothing]) != 0)
        #expect(try IngestRunTests.run(["export", "events", "--format", "csv", "--code", "4x", "--db", database]) != 0)
        #expect(try IngestRunTests.run(["export", "events", "--format", "csv", "--db", folder.appendingPathComponent("none.sqlite").path]) != 0)
        #expect(!FileManager.default.fileExists(atPath: nothing))
    }

    @Test func analyzeWritesAnArticlesEventsAsGDELTRows() throws {
        guard let executable = IngestRunTests.executable else { return }
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("article.txt")
        try "De Russische president Vladimir Poetin bezoekt China.\n".write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["analyze", input.path, "--format", "gdelt", "--reference-time", "2024-05-16T10:00:00+02:00"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rows = output.split(separator: "\n")
        #expect(rows.count == 1)
        let columns = rows.first?.split(separator: "\t", omittingEmptySubsequences: false) ?? []
        #expect(columns.count == 61)
        #expect(columns.count > 26 && columns[1] == "20240516" && columns[5] == "RUSGOV" && columns[26] == "042")
    }
}
