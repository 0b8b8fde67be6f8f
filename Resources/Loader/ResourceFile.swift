import DuidingCore
import Foundation

/// A line-oriented data file shipped under `Resources/<lang>/…`.
///
/// Format shared by every resource: UTF-8; lines starting with `#` are comments, and the header
/// (the leading comment block) must name the `format:`, `source:` and `licence:`; blank lines are
/// ignored; fields on a line are separated by a tab. Errors carry the file and line.
public struct ResourceFile: Sendable {
    /// Path relative to the resource root (`nl/reader/credits.txt`).
    public let name: String
    /// The data lines, without comments and blank lines, with their 1-based line numbers.
    public let lines: [Line]
    /// The comment lines of the header, without the leading `#`.
    public let header: [String]

    public struct Line: Sendable {
        public let number: Int
        public let text: String

        /// Tab-separated fields, trimmed of surrounding spaces.
        public var fields: [String] {
            // Split at tab bytes: a tab is never part of a multi-byte character, and bytes are faster than characters.
            var fields: [String] = []
            var start = text.utf8.startIndex
            var index = start
            while index < text.utf8.endIndex {
                if text.utf8[index] == 0x09 {
                    fields.append(ResourceFile.trimmed(text[start..<index]))
                    start = text.utf8.index(after: index)
                }
                index = text.utf8.index(after: index)
            }
            fields.append(ResourceFile.trimmed(text[start..<text.utf8.endIndex]))
            return fields
        }
    }

    /// Parses resource text; `name` is used in errors.
    public init(name: String, contents: String) throws(ResourceError) {
        self.name = name
        var header: [String] = []
        var lines: [Line] = []
        var inHeader = true
        for (index, line) in contents.lines().enumerated() {
            if line.hasPrefix("#") {
                if inHeader { header.append(String(line.dropFirst()).trimmingCharacters(in: .whitespaces)) }
                continue
            }
            inHeader = false
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            lines.append(Line(number: index + 1, text: String(line)))
        }
        for key in ["format:", "source:", "licence:"] where !header.contains(where: { $0.lowercased().hasPrefix(key) }) {
            throw ResourceError(file: name, line: 1, message: "header lacks a `\(key)` line")
        }
        self.header = header
        self.lines = lines
    }

    /// A field without the spaces around it (ASCII space, tab, carriage return and no-break space).
    ///
    /// - Complexity: O(spaces at the ends); no Foundation bridging, as every resource line goes through it.
    public static func trimmed(_ field: Substring) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}" }
        let scalars = field.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(scalars[first...last])
    }

    /// An error for one of this file's lines.
    public func error(_ line: Line, _ message: String) -> ResourceError {
        ResourceError(file: name, line: line.number, message: message)
    }
}

/// A missing or malformed resource, with the file and line at fault.
public struct ResourceError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
