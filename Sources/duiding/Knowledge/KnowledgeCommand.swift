import ArgumentParser
import DuidingCore
import DuidingKnowledge
import DuidingPipeline
import DuidingResources
import Foundation

struct KnowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "The knowledge base: import entities from Wikidata dumps, look names up.",
        subcommands: [KnowledgeImport.self, KnowledgeLookup.self]
    )
}

struct KnowledgeImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add entities and roles from a Wikidata JSON dump (.json, .json.gz, .json.bz2).",
        discussion: """
            Streams the dump one item per line (bounded memory) and keeps the items whose P31 class is listed in \
            Resources/knowledge/wikidata-classes.tsv: labels, aliases and descriptions in English and Dutch, the English \
            Wikipedia title, the country (P17, P27), a popularity prior from the number of sitelinks, and roles from \
            P39 statements whose position is listed in Resources/knowledge/wikidata-positions.tsv (with P580 and P582). \
            Writes <out>/entities/<name>.tsv and <out>/roles/<name>.tsv (replacing an earlier import of the same name); \
            `duiding analyze`, `ingest` and `serve` load them beside the shipped knowledge base, merged by Wikidata id.
            Example: duiding kb import latest-all.json.bz2
            """
    )

    @Argument(help: "The dump file.")
    var dump: String

    @Option(help: "The knowledge folder to write (default: $DUIDING_KB, else ~/.local/share/duiding/knowledge).")
    var out: String?

    @Option(help: "Name of the imported files.")
    var name = "wikidata"

    func run() throws {
        let folder = out.map { URL(fileURLWithPath: $0) } ?? KnowledgeFolder.path
        let kb: KnowledgeBase
        let importer: WikidataImport
        do {
            kb = try Analyzer.shippedKnowledgeBase() ?? KnowledgeBase()
            importer = try WikidataImport(bundle: .shipped, kb: kb)
        } catch { throw CLIError("cannot load the knowledge base: \(error)") }
        let stream = try LineStream(path: dump)
        let manager = FileManager.default
        let parts = [("entities", WikidataImport.entitiesFormat), ("roles", WikidataImport.rolesFormat)]
        // Written in a folder of its own beside the final files, checked, and only then moved into place: an interrupted,
        // empty or unreadable import leaves the previous one as it was.
        let staging = folder.appendingPathComponent(".\(name).import")
        try? manager.removeItem(at: staging)
        defer { try? manager.removeItem(at: staging) }
        var handles: [FileHandle] = []
        var temporary: [URL] = []
        for (part, format) in parts {
            let directory = staging.appendingPathComponent(part)
            do { try manager.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
                throw CLIError("cannot create \(directory.path): \(error.localizedDescription)")
            }
            let url = directory.appendingPathComponent("\(name).tsv")
            guard manager.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
                throw CLIError("cannot write \(url.path)")
            }
            let source = "Wikidata JSON dump \((dump as NSString).lastPathComponent), imported by duiding kb import"
            handle.write(Data(WikidataImport.header(format: format, source: source).utf8))
            handles.append(handle)
            temporary.append(url)
        }
        let summary = try copy(from: stream, to: handles, with: importer)
        for handle in handles { try handle.close() }
        guard summary.items > 0 else {
            throw CLIError("\(dump) holds no Wikidata items (one JSON object per line, as in the dumps); nothing was changed")
        }
        // Check what was written loads, so that a problem shows now and not at the next analysis.
        var check = kb
        do { try check.add(bundle: ResourceBundle(root: staging)) } catch {
            throw CLIError("the imported files do not load, so the previous import was kept: \(error)")
        }
        for (index, (part, _)) in parts.enumerated() {
            let directory = folder.appendingPathComponent(part)
            let final = directory.appendingPathComponent("\(name).tsv")
            do {
                try manager.createDirectory(at: directory, withIntermediateDirectories: true)
                _ = try? manager.removeItem(at: final)
                try manager.moveItem(at: temporary[index], to: final)
            } catch {
                throw CLIError("cannot move the import into place at \(final.path): \(error.localizedDescription)")
            }
        }
        print("\(summary.items) items read, \(summary.entities) entities and \(summary.roles) roles written to \(folder.path)")
    }

    /// Streams the dump through the importer into the entities and roles files, reporting progress on standard error.
    private func copy(from stream: LineStream, to handles: [FileHandle], with importer: WikidataImport) throws -> WikidataImport.Summary {
        var summary = WikidataImport.Summary()
        var lineNumber = 0
        var lastReport = Date()
        let terminal = isatty(STDERR_FILENO) == 1
        while let line = try stream.next() {
            lineNumber += 1
            let result: (entity: String?, roles: [String])
            do { result = try importer.lines(for: line, summary: &summary) } catch {
                throw CLIError("\(dump):\(lineNumber): \(error)")
            }
            if let entity = result.entity { handles[0].write(Data((entity + "\n").utf8)) }
            for role in result.roles { handles[1].write(Data((role + "\n").utf8)) }
            if Date().timeIntervalSince(lastReport) > 2 {
                lastReport = Date()
                let message = String(format: "%d items read (%.0f MB), %d kept, %d roles", summary.items, Double(stream.bytes) / 1e6, summary.entities, summary.roles)
                FileHandle.standardError.write(Data(((terminal ? "\r" : "") + message + (terminal ? "" : "\n")).utf8))
            }
        }
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
        return summary
    }
}

struct KnowledgeLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "The entities a name can refer to, in any language or spelling, with their offices.",
        discussion: "Example: duiding kb lookup Sjojgoe --date 2024-05-16"
    )

    @Argument(help: "The name (Poetin, Putin, NAVO, Peking …).")
    var name: String

    @Option(help: "Show the offices held on this day (YYYY-MM-DD).")
    var date: String?

    func run() throws {
        let analyzer = try loadAnalyzer()
        guard let kb = analyzer.knowledgeBase else { throw CLIError("no knowledge base is shipped with this build") }
        let day = try date.map { text in
            guard CalendarDay.isISODate(text, exact: true), let day = CalendarDay(iso: text) else {
                throw CLIError("--date must be a day that exists, YYYY-MM-DD, not \(text)")
            }
            return day
        }
        let found = kb.names.candidates(name)
        guard !found.isEmpty else {
            print("no entity goes by \(name)")
            return
        }
        for (entity, match) in found.prefix(20) {
            let known = kb.entities[entity]
            let facts = [known.qid, known.kind.rawValue, known.country, known.descriptions["nl"] ?? known.descriptions["en"]].compactMap { $0 }
            print("\(known.title)\t\(match)\t\(facts.joined(separator: " · "))")
            for index in kb.rolesByPerson[entity] ?? [] {
                let role = kb.roles[index]
                if let day, !role.held(on: day) { continue }
                let span = "\(role.start?.iso ?? "?") – \(role.end?.iso ?? "")"
                print("    \(role.titles["nl"] ?? role.titles["en"] ?? role.role) (\(role.role) \(role.of))  \(span)")
            }
        }
    }
}
