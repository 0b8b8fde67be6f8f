import DuidingCore
import DuidingKnowledge
import DuidingPipeline
import DuidingResources
import Foundation
import Testing

@Suite("Knowledge import from Wikidata dumps")
struct KnowledgeImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Runs `duiding` with arguments, returning the exit status and standard error.
    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = IngestRunTests.executable
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }

    @Test(arguments: ["wikidata-sample.json", "wikidata-sample.json.gz", "wikidata-sample.json.bz2"])
    func importsPlainAndCompressedDumps(file: String) throws {
        guard IngestRunTests.executable != nil else {
            print("skipped: no duiding executable beside the test bundle (build it with swift build)")
            return
        }
        let out = try temporaryFolder()
        let (status, message) = try Self.run(["kb", "import", Self.fixtures.appendingPathComponent(file).path, "--out", out.path])
        #expect(status == 0, "\(message)")
        let entities = try String(contentsOf: out.appendingPathComponent("entities/wikidata.tsv"), encoding: .utf8)
        let rows = entities.lines().filter { !$0.hasPrefix("#") && !$0.isEmpty }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        // The person and the city are kept; the scholarly article (class not listed) and the deprecated class are not.
        #expect(rows.map { String($0[0]) } == ["Q9000001", "Q9000002"])
        #expect(rows[0][4] == "Jan Testpersoon (test) | Jan Testpersoon" && rows[0][5] == "Jan Testpersoon | Testpersoon")
        #expect(rows[0][2] == "US" && rows[1][2] == "NL")
        #expect(rows[1][6] == "city / with a bar and a tab")
        let roles = try String(contentsOf: out.appendingPathComponent("roles/wikidata.tsv"), encoding: .utf8)
        #expect(roles.contains("Jan Testpersoon (test)\thead-of-state\tUS\t2031-01-20\t2035-01-20"))
        #expect(!roles.contains("Q999999999\t"))

        // The imported folder joins the shipped knowledge base: the description resolves on the right day.
        var kb = try #require(try Analyzer.shippedKnowledgeBase())
        try kb.add(bundle: ResourceBundle(root: out))
        let person = try #require(kb.byQID["Q9000001"])
        #expect(kb.holders(of: "head-of-state", of: "US", on: CalendarDay(year: 2032, month: 6, day: 1)).contains(person))
        #expect(!kb.holders(of: "head-of-state", of: "US", on: CalendarDay(year: 2036, month: 1, day: 1)).contains(person))
        #expect(kb.names.candidates("Teststad").first.map { kb.entities[$0.entity].title } == "Testville")
    }

    @Test func analyzeLinksToImportedEntities() throws {
        guard let executable = IngestRunTests.executable else { return }
        let out = try temporaryFolder()
        let file = Self.fixtures.appendingPathComponent("wikidata-sample.json").path
        #expect(try Self.run(["kb", "import", file, "--out", out.path]).0 == 0)
        let article = out.appendingPathComponent("article.txt")
        try "Jan Testpersoon bezocht gisteren Teststad in Nederland.".write(to: article, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["analyze", article.path, "--format", "json", "--reference-time", "2032-03-01T12:00:00+01:00"]
        process.environment = ProcessInfo.processInfo.environment.merging(["DUIDING_KB": out.path]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let json = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let analysis = try Analysis(jsonData: json)
        #expect(analysis.entities.contains { $0.kb == "Q9000001" }, "\(analysis.entities.map(\.name))")
    }

    @Test func aDamagedDumpIsAClearError() throws {
        guard IngestRunTests.executable != nil else { return }
        let folder = try temporaryFolder()
        let broken = folder.appendingPathComponent("broken.json.gz")
        try Data("not gzip at all".utf8).write(to: broken)
        let (status, message) = try Self.run(["kb", "import", broken.path, "--out", folder.appendingPathComponent("kb").path])
        #expect(status != 0)
        #expect(message.contains("decompression failed"))
        let truncated = folder.appendingPathComponent("truncated.json")
        try Data("[\n{\"type\":\"item\",\"id\":\"Q1\",\"labels\":\n]\n".utf8).write(to: truncated)
        let (truncatedStatus, truncatedMessage) = try Self.run(["kb", "import", truncated.path, "--out", folder.appendingPathComponent("kb").path])
        #expect(truncatedStatus != 0)
        #expect(truncatedMessage.contains("truncated.json:2"))
        // Nothing half-written is left where the analyzer would load it.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("kb/entities/wikidata.tsv").path))
    }

    /// A label with a line break of any kind stays one field of one line; an empty dump changes nothing.
    @Test func labelsWithLineBreaksAndEmptyDumps() throws {
        guard IngestRunTests.executable != nil else { return }
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("kb")
        let entities = out.appendingPathComponent("entities/wikidata.tsv")
        let dump = folder.appendingPathComponent("breaks.json")
        let item = { (id: String, label: String) in
            #"{"id": "\#(id)", "type": "item", "labels": {"en": {"language": "en", "value": "\#(label)"}}, "claims": {"P31": [{"mainsnak": {"datavalue": {"value": {"id": "Q5"}}}, "rank": "normal"}]}}"#
        }
        let labels = [#"Jan\u2028Eén"#, #"Piet\r\nTwee"#, #"Kees\u0085Drie"#]
        let items = zip(["Q9000011", "Q9000012", "Q9000013"], labels).map(item) + [item("#Q1", "Geen")]
        try ("[\n" + items.joined(separator: ",\n") + "\n]\n").write(to: dump, atomically: true, encoding: .utf8)
        let (status, message) = try Self.run(["kb", "import", dump.path, "--out", out.path])
        #expect(status == 0, "\(message)")
        let written = try String(contentsOf: entities, encoding: .utf8)
        let rows = written.lines().filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(rows.map { $0.split(separator: "\t").first.map(String.init) } == ["Q9000011", "Q9000012", "Q9000013"])
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 9 })
        #expect(rows[1].contains("Piet Twee"))
        var kb = try #require(try Analyzer.shippedKnowledgeBase())
        try kb.add(bundle: ResourceBundle(root: out))

        let empty = folder.appendingPathComponent("empty.json")
        try Data("[\n]\n".utf8).write(to: empty)
        let (emptyStatus, emptyMessage) = try Self.run(["kb", "import", empty.path, "--out", out.path])
        #expect(emptyStatus != 0)
        #expect(emptyMessage.contains("holds no Wikidata items"))
        #expect(try String(contentsOf: entities, encoding: .utf8) == written)
    }
}
