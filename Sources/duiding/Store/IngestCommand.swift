import ArgumentParser
import DuidingCore
import DuidingPipeline
import DuidingStore
import Foundation

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse articles and store them in the database, ready to search and browse.",
        discussion: """
            Reads .txt files (one article each), .json files (an object or an array of objects), .jsonl files \
            (one object per line), folders (searched recursively) and - for standard input. A JSON record has \
            "text" and, optionally, "headline", "source", "published" (ISO 8601) and "url", which take \
            precedence over what the reader finds in the text.
            Articles are analysed on all cores and written in batches, each in one transaction. An article \
            whose text is stored already is skipped without being analysed again, so running the same ingest \
            twice adds nothing, and an interrupted ingest (even killed) resumes where it stopped. With \
            --refresh, stored articles are analysed again and their analysis replaced: after an upgrade, this \
            brings new layers (such as time expressions) to articles stored before.
            Exit status: 0 when every article was stored or was there already, 3 when some failed (listed \
            in the summary), 1 when nothing could be done.
            Examples:
              duiding ingest ~/news/
              cat articles.jsonl | duiding ingest - --db news.sqlite
              duiding ingest ~/news/ --refresh
            """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var inputs: [String]

    @Option(help: "The database file (default: $DUIDING_DB, else ~/.local/share/duiding/duiding.sqlite).")
    var db: String?

    @Option(help: "Language of the articles (default: identified per article).")
    var language: String?

    @Option(help: "Articles analysed at the same time (default: one per core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Articles per transaction.")
    var batch = 64

    @Flag(help: "Analyse stored articles again and replace their analysis (after an upgrade of Duiding).")
    var refresh = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give files, folders or - for standard input") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard (1...10_000).contains(batch) else { throw ValidationError("--batch must lie between 1 and 10000") }
    }

    func run() async throws {
        let path = db ?? SQLiteStore.defaultPath
        guard !path.isEmpty else { throw CLIError("--db needs a path") }
        let store: SQLiteStore
        do { store = try SQLiteStore(path: path, progress: SQLiteStore.reportToStandardError) } catch { throw CLIError("\(error)") }
        let analyzer = try loadAnalyzer()
        let (files, skippedPaths) = IngestSources.files(inputs)
        var report = IngestReport(files: files.count)
        for (path, reason) in skippedPaths { report.fail(path, reason) }
        guard !files.isEmpty else {
            report.finish(database: path)
            throw ExitCode(1)
        }
        var pending: [IngestItem] = []
        for file in files {
            let (items, failed) = IngestSources.items(in: file)
            for (origin, reason) in failed { report.fail(origin, reason) }
            pending += items
            while pending.count >= batch {
                let chunk = Array(pending.prefix(batch))
                pending.removeFirst(batch)
                try await ingest(chunk, store: store, analyzer: analyzer, report: &report)
            }
            report.fileDone()
        }
        if !pending.isEmpty { try await ingest(pending, store: store, analyzer: analyzer, report: &report) }
        report.finish(database: path)
        if report.added + report.duplicates + report.replaced == 0 && !report.failures.isEmpty { throw ExitCode(1) }
        if !report.failures.isEmpty { throw ExitCode(3) }
    }

    /// Skips what is stored, analyses the rest in parallel, stores it in one transaction.
    private func ingest(_ items: [IngestItem], store: SQLiteStore, analyzer: Analyzer, report: inout IngestReport) async throws {
        var seen = Set<String>()
        var fresh: [(IngestItem, String)] = []
        let hashes = items.map { SHA256.hex($0.text) }
        let stored: Set<String>
        do { stored = try await store.stored(contentHashes: hashes) } catch { throw CLIError("\(error)") }
        for (item, hash) in zip(items, hashes) {
            if (stored.contains(hash) && !refresh) || !seen.insert(hash).inserted {
                report.duplicates += 1
            } else {
                fresh.append((item, hash))
            }
        }
        let language = self.language
        let results = Parallel.map(fresh, jobs: jobs) { pair -> Result<ArticleInput, IngestFailure> in
            let (item, hash) = pair
            do {
                var analysis = try analyzer.analyze(
                    item.text, options: AnalyzeOptions(language: language, referenceText: item.published, now: Date()))
                if let headline = item.headline { analysis.metadata.headline = headline }
                if let source = item.source { analysis.metadata.source = source }
                if let published = item.published { analysis.metadata.published = published }
                if let url = item.url { analysis.metadata.url = url }
                return .success(ArticleInput(contentHash: hash, origin: item.origin, analysis: analysis))
            } catch {
                return .failure(IngestFailure(origin: item.origin, reason: "\(error)"))
            }
        }
        var inputs: [ArticleInput] = []
        for result in results {
            switch result {
            case .success(let input): inputs.append(input)
            case .failure(let failure): report.fail(failure.origin, failure.reason)
            }
        }
        do {
            for outcome in try await store.add(inputs, replacing: refresh) {
                switch outcome {
                case .added: report.added += 1
                case .duplicate: report.duplicates += 1
                case .replaced: report.replaced += 1
                }
            }
        } catch {
            throw CLIError("cannot write to the database: \(error)")
        }
        report.progress()
    }
}

struct IngestFailure: Error {
    var origin: String
    var reason: String
}

/// Counts, progress on standard error (a live line on a terminal, a line per batch otherwise) and the
/// final summary.
struct IngestReport {
    let files: Int
    var filesDone = 0
    var added = 0
    var duplicates = 0
    var replaced = 0
    var failures: [(String, String)] = []
    let start = Date()
    let interactive = isatty(FileHandle.standardError.fileDescriptor) != 0

    init(files: Int) {
        self.files = files
    }

    mutating func fail(_ origin: String, _ reason: String) {
        failures.append((origin, reason))
    }

    mutating func fileDone() {
        filesDone += 1
        if interactive { progress() }
    }

    func progress() {
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(added + replaced) / seconds
        var line = "ingest: \(filesDone)/\(files) files, \(added) added, \(duplicates) already stored, "
        if replaced > 0 { line += "\(replaced) analysed again, " }
        line += "\(failures.count) failed" + String(format: ", %.1f articles/s", rate)
        if filesDone > 0, filesDone < files {
            let remaining = seconds / Double(filesDone) * Double(files - filesDone)
            line += ", about \(Self.duration(remaining)) left"
        }
        FileHandle.standardError.write(Data((interactive ? "\r\u{1B}[K" + line : line + "\n").utf8))
    }

    func finish(database: String) {
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let seconds = Date().timeIntervalSince(start)
        var text = "added \(added) articles, \(duplicates) already stored, "
        if replaced > 0 { text += "\(replaced) analysed again, " }
        text += "\(failures.count) failed"
        text += String(format: " in %.1f s (%.1f articles/s)", seconds, Double(added + replaced) / max(seconds, 0.001))
        let size = (try? FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? nil
        text += "; database \(database)" + (size.map { String(format: " (%.1f MB)", Double($0) / 1e6) } ?? "") + "\n"
        for (origin, reason) in failures.prefix(20) { text += "  failed: \(origin): \(reason)\n" }
        if failures.count > 20 { text += "  … and \(failures.count - 20) more\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 90 ? "\(Int(seconds.rounded())) s" : seconds < 5400 ? "\(Int((seconds / 60).rounded())) min" : String(format: "%.1f h", seconds / 3600)
    }
}

/// Runs a function over items on several threads, results in the items' order.
enum Parallel {
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> Output
    ) -> [Output] {
        guard !items.isEmpty else { return [] }
        let box = ResultBox<Output>(count: items.count)
        let workers = min(max(jobs, 1), items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < items.count {
                box.set(index, transform(items[index]))
                index += workers
            }
        }
        return box.values()
    }

    private final class ResultBox<Output>: @unchecked Sendable {
        private var slots: [Output?]
        private let lock = NSLock()

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Output) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func values() -> [Output] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
