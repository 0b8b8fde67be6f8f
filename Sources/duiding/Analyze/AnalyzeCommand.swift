import ArgumentParser
import DuidingCore
import DuidingEvents
import DuidingPipeline
import DuidingResources
import DuidingReader
import Foundation

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyse an article: its parts, metadata, sentences and tokens.",
        discussion: """
            Reads pasted article text (or pre-tokenised CoNLL-U with --input conllu) from a file or from
            standard input (-). Writes a readable view (text), the analysis as JSON (duiding.analysis/1),
            the sentences as CoNLL-U, or the article's events as event data: gdelt (the 61 columns of the GDELT 2.0
            event table, tab-separated, no header), plover (JSON lines) or events-csv (with a header), as
            `duiding export events` writes them from a database.
            Example: duiding analyze article.txt --format gdelt --reference-time 2024-05-16T09:34:00+02:00
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, conllu, gdelt, plover
        case eventsCSV = "events-csv"
    }

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, conllu
    }

    @Argument(help: "The article file, or - for standard input.")
    var input: String = "-"

    @Option(help: "Output: text (readable), json (duiding.analysis/1), conllu, or the events as gdelt, plover or events-csv.")
    var format: Format = .text

    @Option(name: .customLong("input"), help: "Input: text (pasted article) or conllu (pre-tokenised; tokens and sentences are kept).")
    var inputFormat: InputFormat = .text

    @Option(help: "Language code (nl, en); identified from the text when not given.")
    var language: String?

    @Option(help: "What relative times (vandaag, gisteren) resolve against, ISO 8601 (2024-05-16T09:34:00+02:00). Default: now.")
    var referenceTime: String?

    @Option(help: "IANA time zone of the source (Europe/Amsterdam); default per language.")
    var timezone: String?

    @Flag(help: "Write JSON on one line (for JSONL pipelines).")
    var compact = false

    func run() throws {
        let analyzer = try loadAnalyzer()
        var zone: TimeZone?
        if let timezone {
            guard let parsed = TimeZone(identifier: timezone) else {
                throw CLIError("unknown time zone \"\(timezone)\" (use an IANA name such as Europe/Amsterdam)")
            }
            zone = parsed
        }
        // Checked here for a clear message; read by the analyzer in the source's time zone when it has no offset.
        if let referenceTime, ISOTime.parse(referenceTime, timeZone: zone ?? TimeZone(secondsFromGMT: 0) ?? .current) == nil {
            throw CLIError("--reference-time \"\(referenceTime)\" is not an ISO 8601 time such as 2024-05-16T09:34:00+02:00")
        }
        let options = AnalyzeOptions(language: language, referenceText: referenceTime, timeZone: zone, now: Date())
        let text = try InputFiles.text(input)
        let analysis: Analysis
        do {
            switch inputFormat {
            case .text:
                analysis = try analyzer.analyze(text, options: options)
            case .conllu:
                analysis = try analyzer.analyze(conllu: try CoNLLUReader.read(text), options: options)
            }
        } catch let error as CoNLLUError {
            throw CLIError("\(input == "-" ? "standard input" : input): \(error)")
        } catch let error as PipelineError {
            throw CLIError(error.description)
        }
        switch format {
        case .json:
            var data = analysis.jsonData(pretty: !compact)
            data.append(0x0A)
            InputFiles.write(data)
        case .conllu:
            InputFiles.write(CoNLLUWriter.write(analysis.conllu()))
        case .text:
            InputFiles.write(TextView.render(analysis))
        case .gdelt, .plover, .eventsCSV:
            let kind: EventExport.Format = format == .gdelt ? .gdelt : format == .plover ? .plover : .csv
            let export: EventExport
            do { export = EventExport(format: kind, codebook: try EventCodebook()) } catch { throw CLIError("\(error)") }
            InputFiles.write(Self.events(analysis, export: export))
        }
    }
}

extension AnalyzeCommand {
    /// The article's events as lines of `export` (numbered from 1 in the article; the article is their one report).
    static func events(_ analysis: Analysis, export: EventExport) -> String {
        let report = { (record: EventRecord) in
            EventReport(
                articleID: 0, headline: analysis.metadata.headline, published: analysis.metadata.published,
                outlet: analysis.metadata.source, url: analysis.metadata.url, trigger: record.trigger, evidence: record.evidence)
        }
        var lines: [String] = export.header().map { [$0] } ?? []
        for (index, record) in analysis.eventRecords().enumerated() {
            if let line = export.line(StoredEvent(id: Int64(index + 1), event: record, reports: [report(record)])) { lines.append(line) }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}

/// Loads the analyzer with the user's imported knowledge (``KnowledgeFolder``), turning a resource
/// problem into one clear line.
func loadAnalyzer() throws -> Analyzer {
    do {
        return try Analyzer(knowledge: KnowledgeFolder.imported.map { [ResourceBundle(root: $0)] } ?? [])
    } catch {
        throw CLIError("cannot load Duiding's resources: \(error)")
    }
}
