import ArgumentParser
import DuidingCore
import DuidingEvaluation
import DuidingPipeline
import DuidingText
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks: throughput and memory on one core (never part of the tests).",
        subcommands: [BenchTokenize.self, BenchAnalyze.self, BenchPipeline.self]
    )
}

/// Options shared by the benchmarks: where the text comes from and how much of it.
struct CorpusOptions: ParsableArguments {
    @Option(help: "Text to measure on: CoNLL-U files (their # text lines) or plain-text files (repeatable).")
    var corpus: [String] = ["../shared/data/ud-nl/nl_lassysmall-2017-train.dedup.conllu", "../shared/data/ud-nl/nl_alpino-ud-dev.conllu"]

    @Option(help: "Repeat the corpus until the text is at least this many megabytes (UTF-8).")
    var megabytes = 8.0

    @Option(help: "Timed runs; the median is reported.")
    var repeats = 5

    func validate() throws {
        guard megabytes.isFinite, megabytes > 0, megabytes <= 10_000 else {
            throw ValidationError("--megabytes must be a number above 0 and at most 10000")
        }
        guard (1...1000).contains(repeats) else { throw ValidationError("--repeats must lie between 1 and 1000") }
    }

    /// The corpus as paragraphs of a few sentences each, repeated to the requested size.
    func text() throws -> String {
        var paragraphs: [String] = []
        for path in corpus {
            let content = try InputFiles.text(path)
            var sentences: [String] = []
            if path.hasSuffix(".conllu") {
                for line in content.lines() where line.hasPrefix("# text = ") {
                    sentences.append(String(line.dropFirst(9)))
                }
            } else {
                sentences = content.lines().map(String.init)
            }
            for start in stride(from: 0, to: sentences.count, by: 5) {
                paragraphs.append(sentences[start..<min(start + 5, sentences.count)].joined(separator: " "))
            }
        }
        guard !paragraphs.isEmpty else { throw CLIError("the corpus has no text") }
        let unit = paragraphs.joined(separator: "\n\n")
        let target = Int(megabytes * 1_000_000)
        var text = unit
        text.reserveCapacity(target + unit.utf8.count)
        while text.utf8.count < target { text += "\n\n" + unit }
        return text
    }
}

struct BenchTokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Tokenizer and sentence-splitter throughput in MB/s on one core.",
        discussion: "Example: swift run -c release duiding bench tokenize --megabytes 8"
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Language of the tokenizer rules.")
    var language = "nl"

    func run() throws {
        let text = try corpus.text()
        let segmenter: Segmenter
        do { segmenter = try Segmenter(language: language) } catch { throw CLIError("\(error)") }
        let megabytes = Double(text.utf8.count) / 1_000_000
        var tokenCount = 0
        var sentenceCount = 0
        // Timed: decoding the text into scalars, tokenizing and splitting.
        let seconds = Throughput.time(repeats: corpus.repeats) {
            let scalars = ScalarText.scalars(of: text)
            let (tokens, sentences) = segmenter.segment(scalars, in: 0..<scalars.count)
            tokenCount = tokens.count
            sentenceCount = sentences.count
        }
        let median = Throughput.median(seconds)
        print(String(format: "text: %.1f MB, %d tokens, %d sentences", megabytes, tokenCount, sentenceCount))
        print(
            String(
                format: "tokenize + split: median %.3f s over %d runs → %.1f MB/s, %.2f M tokens/s (one core)",
                median, seconds.count, megabytes / median, Double(tokenCount) / median / 1e6))
        if let peak = Throughput.peakMemoryMiB() { print(String(format: "peak memory: %.0f MiB", peak)) }
    }
}

struct BenchAnalyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Whole-article analysis (reader, tokenizer, splitter, JSON) on a large input: time and peak memory.",
        discussion: "Example: swift run -c release duiding bench analyze --megabytes 50 --repeats 1"
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Also encode the analysis as JSON.")
    var json = false

    func run() throws {
        let text = try corpus.text()
        let analyzer = try loadAnalyzer()
        let megabytes = Double(text.utf8.count) / 1_000_000
        var tokens = 0
        var bytes = 0
        let seconds = Throughput.time(repeats: corpus.repeats) {
            let analysis = try? analyzer.analyze(text, options: AnalyzeOptions(now: Date()))
            tokens = analysis?.tokens.count ?? 0
            if json, let analysis { bytes = analysis.jsonData(pretty: false).count }
        }
        let median = Throughput.median(seconds)
        print(String(format: "text: %.1f MB → %d tokens%@", megabytes, tokens, json ? ", \(bytes / 1_000_000) MB of JSON" : ""))
        print(String(format: "analyze: median %.2f s over %d runs → %.1f MB/s", median, seconds.count, megabytes / median))
        if let peak = Throughput.peakMemoryMiB() { print(String(format: "peak memory: %.0f MiB", peak)) }
    }
}

struct BenchPipeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Tokens per second of each component and of the whole pipeline, model load time and peak memory.",
        discussion: """
            Runs the whole analysis on the test texts (raw text, one paragraph per document or five \
            sentences), on one core, and reports the median of --repeats runs per component, for the \
            language core (tokenize → tag → lemmatize → parse → NER: the sum of its components) and whole.
            Example: swift run -c release duiding bench pipeline
            """
    )

    @Option(help: "CoNLL-U files (their # text lines) or CoNLL-2002 files (tokens joined by spaces) to measure on (repeatable).")
    var corpus: [String] = [
        "../shared/data/ud-nl/nl_alpino-ud-test.conllu", "../shared/data/ud-nl/nl_lassysmall-ud-test.conllu",
        "../shared/data/conll2002-nl/ned.testb",
    ]

    @Option(help: "Timed runs; the median is reported.")
    var repeats = 5

    @Option(help: "Language of the text.")
    var language = "nl"

    func run() throws {
        let clock = ContinuousClock()
        var analyzerOrNil: Analyzer?
        let load = clock.measure { analyzerOrNil = try? Analyzer() }
        guard let analyzer = analyzerOrNil else { _ = try loadAnalyzer(); return }
        var paragraphs: [String] = []
        for path in corpus { paragraphs += try Self.paragraphs(path) }
        guard !paragraphs.isEmpty else { throw CLIError("the corpus has no text") }
        let text = paragraphs.joined(separator: "\n\n")
        var runs: [[String: Double]] = []
        var totals: [Double] = []
        var tokens = 0
        for _ in 0..<max(repeats, 1) {
            var seconds: [String: Double] = [:]
            var analysis: Analysis?
            let whole = clock.measure {
                analysis = try? analyzer.analyze(plainText: text, options: AnalyzeOptions(language: language, now: Date()), seconds: &seconds)
            }
            guard let analysis else { throw CLIError("the analysis failed") }
            tokens = analysis.tokens.count
            runs.append(seconds)
            totals.append(Self.seconds(whole))
        }
        print(String(format: "text: %.2f MB, %d tokens (%@)", Double(text.utf8.count) / 1e6, tokens, corpus.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")))
        // The knowledge base alone, loaded once more (it is part of the model load above).
        let knowledge = clock.measure { _ = try? Analyzer.shippedKnowledgeBase() }
        print(String(format: "model load: %.3f s (the knowledge base alone: %.3f s)", Self.seconds(load), Self.seconds(knowledge)))
        for name in runs[0].keys.sorted(by: { runs[0][$0]! > runs[0][$1]! }) {
            let median = Throughput.median(runs.map { $0[name] ?? 0 })
            print(Self.padded(name) + String(format: " %8.3f s  %10.0f tokens/s", median, Double(tokens) / median))
        }
        // The language core the statistical models make up: tokenize → tag → lemmatize → parse → NER.
        let core = runs.map { run in run.filter { Self.isCore($0.key) }.values.reduce(0, +) }
        let coreMedian = Throughput.median(core)
        print(Self.padded("core") + String(format: " %8.3f s  %10.0f tokens/s (tokenize → tag → lemmatize → parse → NER)", coreMedian, Double(tokens) / coreMedian))
        let median = Throughput.median(totals)
        print(Self.padded("whole") + String(format: " %8.3f s  %10.0f tokens/s (median of %d runs, one core)", median, Double(tokens) / median, totals.count))
        if let peak = Throughput.peakMemoryMiB() { print(String(format: "peak memory: %.0f MiB", peak)) }
    }

    /// Components of the language core (by name, without the version).
    static let coreComponents: Set<String> = ["segmenter", "tagger", "lemmatizer", "parser", "particle-verbs", "ner"]

    static func isCore(_ component: String) -> Bool {
        coreComponents.contains(component.split(separator: ".").first.map(String.init) ?? component)
    }

    static func padded(_ name: String) -> String {
        name.count >= 18 ? name : name + String(repeating: " ", count: 18 - name.count)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    /// Paragraphs of raw text: per document (`# newdoc`, `-DOCSTART-`) or per five sentences.
    static func paragraphs(_ path: String) throws -> [String] {
        let content = try InputFiles.text(path)
        var sentences: [String] = []
        if path.hasSuffix(".conllu") {
            for line in content.lines() where line.hasPrefix("# text = ") { sentences.append(String(line.dropFirst(9))) }
        } else {
            var words: [String] = []
            for line in content.lines() {
                if line.isEmpty || line.hasPrefix("-DOCSTART-") {
                    if !words.isEmpty { sentences.append(words.joined(separator: " ")) }
                    words.removeAll()
                } else if let word = line.split(separator: " ").first {
                    words.append(String(word))
                }
            }
            if !words.isEmpty { sentences.append(words.joined(separator: " ")) }
        }
        return stride(from: 0, to: sentences.count, by: 5).map { sentences[$0..<min($0 + 5, sentences.count)].joined(separator: " ") }
    }
}
