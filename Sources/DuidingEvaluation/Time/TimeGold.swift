import DuidingCore
import Foundation

/// A time-expression gold file (`Gold/time/*.timeml`): documents with their creation date and
/// tokenised sentences, time expressions marked inline as
/// `<TIMEX3 type="DATE" value="2000-05-23">gisteren</TIMEX3>`.
public struct TimeGoldDocument: Sendable {
    public var id: String
    /// The document creation date the values are resolved against (`2000-05-24`).
    public var dct: String
    public var sentences: [TimeGoldSentence]
}

public struct TimeGoldSentence: Sendable {
    public var words: [String]
    public var expressions: [TimeGoldExpression]
}

public struct TimeGoldExpression: Sendable, Equatable {
    /// Word indices within the sentence.
    public var tokens: Range<Int>
    public var type: String
    public var value: String
    public var mod: String?
    public var freq: String?
}

/// Why a gold file could not be read, with its line.
public struct TimeGoldError: Error, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

public enum TimeGold {
    /// The TIMEX3 `mod` values of TimeML.
    static let mods: Set<String> = [
        "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID",
        "END", "APPROX",
    ]

    /// Reads a gold file: `# document: …` and `# dct: YYYY-MM-DD (…)` start a document; other `#` lines
    /// are comments; every other non-empty line is a sentence.
    public static func parse(_ text: String) throws(TimeGoldError) -> [TimeGoldDocument] {
        var documents: [TimeGoldDocument] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty { continue }
            if line.hasPrefix("# document:") {
                documents.append(TimeGoldDocument(id: String(line.dropFirst(11)).trimmingCharacters(in: .whitespaces), dct: "", sentences: []))
                continue
            }
            if line.hasPrefix("# dct:") {
                let date = line.dropFirst(6).trimmingCharacters(in: .whitespaces).prefix(10)
                guard !documents.isEmpty, date.count == 10, CalendarDay.isISODate(date, exact: true) else {
                    throw TimeGoldError(line: number, message: "# dct: needs a day that exists, YYYY-MM-DD, after a # document: line")
                }
                documents[documents.count - 1].dct = String(date)
                continue
            }
            if line.hasPrefix("#") { continue }
            guard !documents.isEmpty, !documents[documents.count - 1].dct.isEmpty else {
                throw TimeGoldError(line: number, message: "a sentence before its document's # document: and # dct: lines")
            }
            documents[documents.count - 1].sentences.append(try sentence(line, line: number))
        }
        return documents
    }

    static func sentence(_ text: String, line: Int) throws(TimeGoldError) -> TimeGoldSentence {
        var words: [String] = []
        var expressions: [TimeGoldExpression] = []
        var open: (start: Int, attributes: [String: String])?
        var rest = Substring(text)
        while !rest.isEmpty {
            rest = rest.drop { $0 == " " }
            if rest.hasPrefix("<TIMEX3") {
                guard open == nil, let close = rest.firstIndex(of: ">") else {
                    throw TimeGoldError(line: line, message: "a TIMEX3 tag inside another or not closed")
                }
                open = (words.count, attributes(rest[rest.index(rest.startIndex, offsetBy: 7)..<close]))
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix("</TIMEX3>") {
                guard let started = open, started.start < words.count else {
                    throw TimeGoldError(line: line, message: "</TIMEX3> without an opening tag or words")
                }
                let attributes = started.attributes
                guard let type = attributes["type"], let value = attributes["value"] else {
                    throw TimeGoldError(line: line, message: "a TIMEX3 tag needs type and value")
                }
                guard ["DATE", "TIME", "DURATION", "SET"].contains(type) else {
                    throw TimeGoldError(line: line, message: "a TIMEX3 type is DATE, TIME, DURATION or SET, not \(type)")
                }
                if let mod = attributes["mod"], !Self.mods.contains(mod) {
                    throw TimeGoldError(line: line, message: "a TIMEX3 mod is one of \(Self.mods.sorted().joined(separator: ", ")), not \(mod)")
                }
                expressions.append(
                    TimeGoldExpression(
                        tokens: started.start..<words.count, type: type, value: value, mod: attributes["mod"], freq: attributes["freq"]))
                open = nil
                rest = rest.dropFirst(9)
            } else if !rest.isEmpty {
                var end = rest.firstIndex(of: " ") ?? rest.endIndex
                if let tag = rest.range(of: "</TIMEX3>"), tag.lowerBound < end { end = tag.lowerBound }
                words.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        guard open == nil else { throw TimeGoldError(line: line, message: "a TIMEX3 tag is not closed") }
        return TimeGoldSentence(words: words, expressions: expressions)
    }

    /// `type="DATE" value="2000-05"` as a dictionary.
    static func attributes(_ text: Substring) -> [String: String] {
        var out: [String: String] = [:]
        var rest = text
        while let equals = rest.firstIndex(of: "=") {
            let name = rest[..<equals].trimmingCharacters(in: .whitespaces)
            let afterEquals = rest[rest.index(after: equals)...]
            guard afterEquals.first == "\"", let close = afterEquals.dropFirst().firstIndex(of: "\"") else { break }
            out[name] = String(afterEquals[afterEquals.index(after: afterEquals.startIndex)..<close])
            rest = afterEquals[afterEquals.index(after: close)...]
        }
        return out
    }
}
