import ArgumentParser
import DuidingCore
import DuidingEvents
import DuidingStore
import Foundation

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export stored data as files other tools read.",
        subcommands: [ExportEvents.self]
    )
}

struct ExportEvents: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Export the stored events as GDELT 2.0 event rows, PLOVER JSON or CSV.",
        discussion: """
            One line per event: an event several articles report is one line, with their number (NumArticles in \
            GDELT, articles in CSV and PLOVER). Newest first. Formats:
              gdelt   the 61 tab-separated columns of the GDELT 2.0 event table, no header line (as GDELT's own \
            files; --header adds the column names). Filled: GlobalEventID, Day, MonthYear, Year, FractionDate, \
            Actor1/2 Code, Name, CountryCode and Type1Code, IsRootEvent (reported in the first three sentences), \
            EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles, \
            ActionGeo_FullName, SOURCEURL; the others are empty.
              plover  one JSON object per line with PLOVER's field names (id, date, source, target, event, mode, \
            context, eventText, text, publication) and Duiding's (cameo, goldstein, modality, negated, articles); \
            events of CAMEO 01 and 02, which PLOVER does not code, are left out.
              csv     a header line and Duiding's columns (id, date, day, code, root, label, plover, quad_class, \
            goldstein, source, source_actor, target, target_actor, modality, negated, trigger, evidence, location, \
            articles, article_ids, headline, url), RFC 4180 quoting.
            Examples:
              duiding export events --format gdelt > events.tsv
              duiding export events --format csv --source RUS --target CHN --either-direction --output rus-chn.csv
              duiding export events --format plover --from 2024-01-01 --code 04
            """
    )

    @Option(help: "gdelt, plover or csv.")
    var format: String

    @Option(help: "Only events by this actor: a CAMEO actor code or its start (RUS, RUSGOV) or a name (Poetin).")
    var source: String?

    @Option(help: "Only events aimed at this actor (as --source).")
    var target: String?

    @Flag(help: "With --source and --target: events between the two in either direction.")
    var eitherDirection = false

    @Option(help: "Only events on or after this day (ISO 8601: 2024-05-01).")
    var from: String?

    @Option(help: "Only events on or before this day.")
    var until: String?

    @Option(help: "Only events of this CAMEO code or its start (04, 042).")
    var code: String?

    @Flag(help: "With --format gdelt: a first line with the column names.")
    var header = false

    @Option(help: "Write to this file (written whole or not at all) instead of standard output.")
    var output: String?

    @Option(help: "The database file (default: $DUIDING_DB, else ~/.local/share/duiding/duiding.sqlite).")
    var db: String?

    func validate() throws {
        guard EventExport.Format(rawValue: format) != nil else { throw ValidationError("--format must be gdelt, plover or csv") }
        if let output, output.isEmpty { throw ValidationError("--output needs a file name") }
        do {
            try EventQuery.validate(code: code)
            try SearchQuery.validate(date: from, named: "--from")
            try SearchQuery.validate(date: until, named: "--until")
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        let store = try SQLiteStore.existing(db)
        guard let format = EventExport.Format(rawValue: format) else { return }
        let export: EventExport
        do { export = EventExport(format: format, codebook: try EventCodebook()) } catch { throw CLIError("\(error)") }
        var text = ""
        if let header = export.header(gdeltHeader: header) { text += header + "\n" }
        var query = EventQuery(
            source: source, target: target, eitherDirection: eitherDirection, from: from, until: until, code: code, limit: 1000)
        var written = 0
        var left = 0
        while true {
            let page: EventPage
            do { page = try await store.events(query) } catch { throw CLIError("\(error)") }
            for event in page.events {
                if let line = export.line(event) {
                    text += line + "\n"
                    written += 1
                } else {
                    left += 1
                }
            }
            query.offset += page.events.count
            if page.events.isEmpty || query.offset >= page.total { break }
            if page.total > 5000 { FileHandle.standardError.write(Data("\(query.offset) of \(page.total) events\n".utf8)) }
        }
        if let output {
            // Through a file beside it, so that an interrupted export leaves no half-written file.
            let partial = output + ".partial"
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: partial))
                if FileManager.default.fileExists(atPath: output) { try FileManager.default.removeItem(atPath: output) }
                try FileManager.default.moveItem(atPath: partial, toPath: output)
            } catch {
                try? FileManager.default.removeItem(atPath: partial)
                throw CLIError("cannot write \(output): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        var note = "\(written) event\(written == 1 ? "" : "s")"
        if left > 0 { note += " (\(left) of CAMEO 01 or 02 left out: PLOVER does not code them)" }
        FileHandle.standardError.write(Data((note + (output.map { " written to \($0)" } ?? "") + "\n").utf8))
    }
}
