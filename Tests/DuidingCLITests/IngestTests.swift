import DuidingStore
import Foundation
import Testing

@testable import duiding

/// A fresh temporary folder.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("duiding-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Short distinct Dutch articles as JSONL lines.
func sampleLines(_ count: Int) -> String {
    let cities = ["Amsterdam", "Rotterdam", "Utrecht", "Groningen", "Maastricht", "Eindhoven", "Leiden", "Delft"]
    return (0..<count).map { index in
        let city = cities[index % cities.count]
        let text = "In \(city) stemde de gemeenteraad op dag \(index + 1) over plan \(index * 7 + 3). Wethouder Jansen sprak."
        return "{\"text\": \"\(text)\", \"source\": \"Test\", \"published\": \"2024-05-\(String(format: "%02d", index % 28 + 1))T10:00:00+02:00\"}"
    }.joined(separator: "\n") + "\n"
}

@Suite("Ingest sources")
struct IngestSourceTests {
    @Test func readsTextJSONAndJSONLFilesAndFolders() throws {
        let folder = try temporaryFolder()
        try "Een artikel over Utrecht.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try #"[{"text": "Eerste.", "headline": "Kop"}, {"text": "Tweede."}]"#.write(
            to: folder.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        try "{\"text\": \"Derde.\"}\n\nnot json\n{\"title\": \"no text\"}\n{\"text\": \"   \"}\n".write(
            to: folder.appendingPathComponent("c.jsonl"), atomically: true, encoding: .utf8)
        try "ignored".write(to: folder.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        let (files, skipped) = IngestSources.files([folder.path, folder.appendingPathComponent("missing.txt").path])
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.txt", "b.json", "c.jsonl"])
        #expect(skipped.count == 1)
        var items: [IngestItem] = []
        var failed: [(String, String)] = []
        for file in files {
            let read = IngestSources.items(in: file)
            items += read.items
            failed += read.failed
        }
        #expect(items.map(\.text) == ["Een artikel over Utrecht.", "Eerste.", "Tweede.", "Derde."])
        #expect(items[1].headline == "Kop")
        #expect(failed.map(\.1) == ["not valid JSON", "the record has no \"text\" string", "the text is empty"])
        #expect(failed[0].0.hasSuffix("c.jsonl:3"))
    }

    /// Windows line endings end JSONL records too; a line separator inside a string does not.
    @Test func jsonlWithCRLFLineEndings() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("crlf.jsonl")
        try "{\"text\": \"Een over Rutte.\"}\r\n{\"text\": \"Twee\u{2028}over Rutte.\"}\r\n".write(to: file, atomically: true, encoding: .utf8)
        let read = IngestSources.items(in: file.path)
        #expect(read.failed.isEmpty, "\(read.failed)")
        #expect(read.items.map(\.text) == ["Een over Rutte.", "Twee\u{2028}over Rutte."])
        // Valid JSON that is no object is told as such.
        try "42\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(IngestSources.items(in: file.path).failed.first?.1 == "a record must be a JSON object")
    }

    /// Commands that read a database refuse what is no database file, before SQLite writes a journal beside it.
    @Test func aDatabasePathMustBeAFile() throws {
        for path in ["", "/dev/null", FileManager.default.temporaryDirectory.path] {
            #expect(throws: CLIError.self) { _ = try SQLiteStore.existing(path) }
        }
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
    }

    /// A publication time is an ISO 8601 date or time on a day that exists, and the optional fields are strings.
    @Test func badFieldsAreReported() {
        let good = IngestSources.item(["text": "Tekst.", "published": "2024-02-29T09:34:00+01:00"], origin: "x")
        #expect((try? good.get())?.published == "2024-02-29T09:34:00+01:00")
        for published in ["gisteren", "2023-02-29", "2024-13-01", "99999-01-01", "2024-05-16T25:00"] {
            let result = IngestSources.item(["text": "Tekst.", "published": published], origin: "x")
            #expect((try? result.get()) == nil, "\(published)")
        }
        #expect((try? IngestSources.item(["text": "Tekst.", "headline": 42], origin: "x").get()) == nil)
        #expect((try? IngestSources.item(["text": "Tekst.", "headline": NSNull()], origin: "x").get()) != nil)
    }

    @Test func binaryAndBrokenFilesFailClearly() throws {
        let folder = try temporaryFolder()
        let binary = folder.appendingPathComponent("x.txt")
        try Data([0x00, 0xFF, 0x10, 0x00, 0x01]).write(to: binary)
        let broken = folder.appendingPathComponent("y.json")
        try "{\"text\": ".write(to: broken, atomically: true, encoding: .utf8)
        #expect(IngestSources.items(in: binary.path).failed.count == 1)
        #expect(IngestSources.items(in: broken.path).failed.first?.1 == "not valid JSON")
    }
}

@Suite("Ingest into a database")
struct IngestRunTests {
    /// The `duiding` executable built beside the test bundle, when there is one.
    static var executable: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("duiding")
        return FileManager.default.isExecutableFile(atPath: beside.path) ? beside : nil
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func ingestIsIdempotentAndSurvivesSIGKILL() async throws {
        guard let executable = Self.executable else {
            print("skipped: no duiding executable beside the test bundle (build it with swift build)")
            return
        }
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("articles.jsonl")
        let count = 240
        try sampleLines(count).write(to: input, atomically: true, encoding: .utf8)
        let database = folder.appendingPathComponent("news.sqlite").path

        // Kill the first ingest with SIGKILL once some batches are in.
        let process = Process()
        process.executableURL = executable
        process.arguments = ["ingest", input.path, "--db", database, "--batch", "8", "--jobs", "2"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        var stored = 0
        for _ in 0..<600 {
            try await Task.sleep(for: .milliseconds(50))
            if FileManager.default.fileExists(atPath: database), let store = try? SQLiteStore(path: database) {
                stored = (try? await store.articleCount()) ?? 0
            }
            if stored >= 16 || !process.isRunning { break }
        }
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        // The database opens and holds whole batches only.
        let afterKill = try await SQLiteStore(path: database).articleCount()
        print("SIGKILL test: killed \(killedMidway ? "while running" : "after it ended") with \(afterKill) of \(count) articles stored")
        #expect(afterKill <= count)
        if killedMidway { #expect(afterKill < count && afterKill % 8 == 0, "killed with \(afterKill) stored") }

        // Running again completes it, without duplicates; a third run adds nothing.
        #expect(try Self.run(["ingest", input.path, "--db", database, "--batch", "8"]) == 0)
        let store = try SQLiteStore(path: database)
        #expect(try await store.articleCount() == count)
        #expect(try Self.run(["ingest", input.path, "--db", database]) == 0)
        #expect(try await store.articleCount() == count)
        #expect(try await store.search(SearchQuery(text: "gemeenteraad utrecht")).total == count / 8)
    }

    @Test func failuresAreReportedWithExitStatus3() throws {
        guard Self.executable != nil else { return }
        let folder = try temporaryFolder()
        let input = folder.appendingPathComponent("mixed.jsonl")
        try "{\"text\": \"Een goed artikel over Delft.\"}\n{broken\n".write(to: input, atomically: true, encoding: .utf8)
        let database = folder.appendingPathComponent("db.sqlite").path
        #expect(try Self.run(["ingest", input.path, "--db", database]) == 3)
        #expect(try Self.run(["ingest", folder.appendingPathComponent("nothing-here").path, "--db", database]) == 1)
    }
}
