import DuidingCore
import Foundation

/// One article to ingest, as read from a file, a JSON record or standard input.
struct IngestItem: Sendable {
    /// Where it came from: a path, `path:line` for JSONL, `stdin`.
    var origin: String
    var text: String
    var headline: String?
    var source: String?
    var published: String?
    var url: String?
}

/// Finds the articles in the paths given to `duiding ingest`: `.txt` files (one article each), `.json`
/// files (an object or an array of objects with `text` and optional `headline`, `source`, `published`,
/// `url`), `.jsonl` files (one such object per line), folders (searched recursively for those), and `-`
/// for standard input (JSONL when it starts with `{`, else one article).
enum IngestSources {
    static let extensions: Set<String> = ["txt", "json", "jsonl"]

    /// The files to read, in a stable order, and the paths that were skipped with why.
    static func files(_ paths: [String]) -> (files: [String], skipped: [(String, String)]) {
        var files: [String] = []
        var skipped: [(String, String)] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                skipped.append((path, "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            guard let enumerator = FileManager.default.enumerator(atPath: path) else {
                skipped.append((path, "cannot list the folder"))
                continue
            }
            var found: [String] = []
            while let item = enumerator.nextObject() as? String {
                let full = (path as NSString).appendingPathComponent(item)
                var isFolder: ObjCBool = false
                // A file that vanished since the listing is skipped.
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue || (item as NSString).lastPathComponent.hasPrefix(".") { continue }
                if extensions.contains((item as NSString).pathExtension.lowercased()) { found.append(full) }
            }
            files += found.sorted()
        }
        return (files, skipped)
    }

    /// The articles of one file, and the records that could not be read with why.
    static func items(in path: String) -> (items: [IngestItem], failed: [(String, String)]) {
        let name = path == "-" ? "stdin" : path
        let text: String
        do {
            text = try InputFiles.text(path)
        } catch {
            return ([], [(name, "\(error)")])
        }
        let kind = path == "-" ? (text.first == "{" ? "jsonl" : "txt") : (path as NSString).pathExtension.lowercased()
        switch kind {
        case "json":
            guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else {
                return ([], [(name, "not valid JSON")])
            }
            let records = (value as? [Any]) ?? [value]
            var items: [IngestItem] = []
            var failed: [(String, String)] = []
            for (index, record) in records.enumerated() {
                let origin = records.count == 1 ? name : "\(name)[\(index)]"
                switch item(record, origin: origin) {
                case .success(let item): items.append(item)
                case .failure(let reason): failed.append((origin, reason.description))
                }
            }
            return (items, failed)
        case "jsonl":
            var items: [IngestItem] = []
            var failed: [(String, String)] = []
            // Lines end at LF, with or without a CR before it (Swift reads CR LF as one character, so splitting the
            // characters at "\n" would leave a Windows file one line); U+2028 may stand unescaped inside a JSON string.
            let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, scalars) in lines.enumerated() {
                let line = String(String.UnicodeScalarView(scalars.last == "\r" ? scalars.dropLast() : scalars[...]))
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else { continue }
                let origin = "\(name):\(index + 1)"
                guard let record = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: .fragmentsAllowed) else {
                    failed.append((origin, "not valid JSON"))
                    continue
                }
                switch item(record, origin: origin) {
                case .success(let item): items.append(item)
                case .failure(let reason): failed.append((origin, reason.description))
                }
            }
            return (items, failed)
        default:
            return ([IngestItem(origin: name, text: text)], [])
        }
    }

    struct Reason: Error, CustomStringConvertible {
        var description: String
    }

    static func item(_ record: Any, origin: String) -> Result<IngestItem, Reason> {
        guard let object = record as? [String: Any] else { return .failure(Reason(description: "a record must be a JSON object")) }
        guard let text = object["text"] as? String else { return .failure(Reason(description: "the record has no \"text\" string")) }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .failure(Reason(description: "the text is empty"))
        }
        // The optional fields are strings when given; a publication time is an ISO 8601 date or time (`2024-05-16`,
        // `2024-05-16T09:34:00+02:00`) on a day that exists, as searches by date compare it.
        for field in ["headline", "source", "url", "published"] where object[field] != nil && !(object[field] is NSNull) {
            guard object[field] is String else { return .failure(Reason(description: "\"\(field)\" must be a string")) }
        }
        let published = object["published"] as? String
        if let published {
            guard published.count >= 10, CalendarDay.isISODate(published),
                ISOTime.parse(published, timeZone: TimeZone(identifier: "UTC") ?? .current) != nil
            else {
                return .failure(Reason(description: "\"published\" is not an ISO 8601 date or time (2024-05-16T09:34:00+02:00): \(published)"))
            }
        }
        return .success(
            IngestItem(
                origin: origin, text: text, headline: object["headline"] as? String, source: object["source"] as? String,
                published: published, url: object["url"] as? String))
    }
}
