import DuidingCore
import DuidingPipeline
import Foundation

/// Reading the files or standard input a command is given.
enum InputFiles {
    /// The bytes of a file, or of standard input for `-`.
    static func data(_ path: String) throws -> Data {
        if path == "-" {
            if isatty(FileHandle.standardInput.fileDescriptor) != 0 {
                FileHandle.standardError.write(Data("reading the article from standard input; end with Ctrl-D\n".utf8))
            }
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("no such file: \(path)")
        }
        guard !isDirectory.boolValue else { throw CLIError("\(path) is a folder; give a file, or - for standard input") }
        // A pipe, a process substitution (`<(curl …)`) or a device is read as a stream: it cannot be mapped.
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        if type != .typeRegular, let handle = FileHandle(forReadingAtPath: path) {
            defer { try? handle.close() }
            do { return try handle.readToEnd() ?? Data() } catch { throw CLIError("cannot read \(path): \(error.localizedDescription)") }
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw CLIError("cannot read \(path): \(error.localizedDescription)")
        }
    }

    /// The text of a file or of standard input, refusing binary data and invalid UTF-8 with a clear message.
    static func text(_ path: String) throws -> String {
        let name = path == "-" ? "standard input" : path
        do {
            return try InputText.decode(try data(path), name: name)
        } catch let error as PipelineError {
            throw CLIError(error.description)
        }
    }

    /// Writes to standard output without building one more copy of a large string.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// A two-column table (`key SEPARATOR value` per line, lines starting with `comment` skipped), and the
    /// file's text for hashing into a model header.
    static func table(_ path: String, separator: Character, comment: String) throws -> (rows: [(String, String)], text: String) {
        let text = try self.text(path)
        var rows: [(String, String)] = []
        for line in text.lines() where !line.hasPrefix(comment) {
            let fields = line.split(separator: separator)
            if fields.count >= 2 { rows.append((String(fields[0]), String(fields[1]))) }
        }
        return (rows, text)
    }

    /// Writes a report as indented JSON with sorted keys and a final line break.
    static func writeJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        write(try encoder.encode(value))
        write("\n")
    }
}
