import DuidingStore
import Foundation
import Testing

/// The pages as a person sees them: the real server, opened in headless Chromium, the rendered DOM
/// checked. Skipped (with a message) where Chromium or the built executable is missing; `.ci/run`
/// installs Chromium.
@Suite("Pages in a browser")
struct BrowserTests {
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs a program and returns its standard output.
    static func output(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func articleAndAnalyzePagesRenderNamesAndArcs() async throws {
        guard let chromium = Self.chromium, let duiding = IngestRunTests.executable else {
            print("skipped: the browser test needs chromium (apt-get install chromium) and the built duiding executable")
            return
        }
        let folder = try temporaryFolder()
        let database = folder.appendingPathComponent("db.sqlite").path
        #expect(try IngestRunTests.run(["ingest", "../shared/examples/nos-poetin-china.txt", "--db", database]) == 0)

        // A free loopback port: try a few at random until the server answers.
        var server: Process?
        var base = ""
        for _ in 0..<5 {
            let port = Int.random(in: 20_000..<60_000)
            let process = Process()
            process.executableURL = duiding
            process.arguments = ["serve", "--db", database, "--port", String(port)]
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            for _ in 0..<100 where process.isRunning {
                try await Task.sleep(for: .milliseconds(200))
                if try Self.output("/usr/bin/curl", ["-s", "http://127.0.0.1:\(port)/api/v1/health"]).contains("\"ok\"") {
                    server = process
                    base = "http://127.0.0.1:\(port)"
                    break
                }
            }
            if server != nil { break }
            process.terminate()
        }
        guard let server else {
            Issue.record("the server did not start")
            return
        }
        defer { server.terminate() }

        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/chromium", "--dump-dom"]
        let article = try Self.output(chromium, flags + ["\(base)/articles/1"])
        #expect(article.contains("<h1>"))
        #expect(article.contains("<mark class=\"ent PER\""))
        #expect(article.contains("<mark class=\"ent LOC\""))
        #expect(article.contains("<svg class=\"dependencies\""))
        #expect(article.contains("<path class=\"arc\""))
        // The article's quotes with their speakers, and the quotes page of one speaker (any spelling of the name).
        #expect(article.contains("<h2>Citaten</h2>"))
        #expect(article.contains("class=\"speaker\""))
        let quotes = try Self.output(chromium, flags + ["\(base)/quotes?speaker=Putin"])
        #expect(quotes.contains("Ik koos ervoor China als eerste land te bezoeken"))
        #expect(quotes.contains("href=\"/articles/1\""))

        let text = "Premier Rutte sprak dinsdag in Brussel met Ursula von der Leyen over de begroting."
        let query = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        let analyzed = try Self.output(chromium, flags + ["\(base)/analyze?text=\(query)"])
        #expect(analyzed.contains("<mark class=\"ent"))
        #expect(analyzed.contains("<svg class=\"dependencies\""))
        let form = try Self.output(chromium, flags + ["\(base)/analyze"])
        #expect(form.contains("<textarea name=\"text\""))
    }
}
