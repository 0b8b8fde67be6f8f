import ArgumentParser
import DuidingServer
import DuidingStore
import Foundation
import Hummingbird

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API (and, later, the web pages) over HTTP.",
        discussion: """
            Listens on 127.0.0.1:8080 by default (loopback only; give --host 0.0.0.0 to serve others).
            GET /api/v1/health · POST /api/v1/analyze (article text in, duiding.analysis/1 JSON out) · \
            GET /api/v1/articles?q=…&entity=…&type=…&source=…&from=…&until=…&limit=…&offset=… · \
            GET /api/v1/articles/{id} · GET /api/v1/entities?type=…&limit=…
            Example:
              duiding serve --db news.sqlite
              curl -X POST --data-binary @article.txt http://127.0.0.1:8080/api/v1/analyze
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "The database file (default: $DUIDING_DB, else ~/.local/share/duiding/duiding.sqlite).")
    var db: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must lie between 1 and 65535") }
    }

    func run() async throws {
        let path = db ?? SQLiteStore.defaultPath
        guard !path.isEmpty else { throw CLIError("--db needs a path") }
        let store: SQLiteStore
        do { store = try SQLiteStore(path: path, progress: SQLiteStore.reportToStandardError) } catch { throw CLIError("\(error)") }
        let server = DuidingServer(analyzer: try loadAnalyzer(), store: store)
        FileHandle.standardError.write(Data("serving http://\(host):\(port)/api/v1/health (database \(path)); Ctrl-C stops\n".utf8))
        try await server.application(host: host, port: port).runService()
    }
}
