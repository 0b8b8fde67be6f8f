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
        subcommands: [BenchTokenize.self, BenchAnalyze.self]
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
