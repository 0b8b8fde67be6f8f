public import Foundation

/// Turns the bytes a user gives into text, or says clearly why they are not text.
///
/// UTF-8 (with or without byte-order mark) and UTF-16 with a byte-order mark are read; binary data,
/// invalid UTF-8 and empty input are refused with the reason and, for invalid UTF-8, the byte offset.
public enum InputText {
    public static func decode(_ data: Data, name: String = "input") throws(PipelineError) -> String {
        guard !data.isEmpty else { throw .invalidInput("\(name) is empty") }
        let bytes = [UInt8](data.prefix(2))
        if bytes == [0xFF, 0xFE] || bytes == [0xFE, 0xFF] {
            guard let text = String(data: data, encoding: .utf16) else {
                throw .invalidInput("\(name) starts like UTF-16 but is not valid UTF-16")
            }
            return try nonEmpty(text, name: name)
        }
        if let nul = data.prefix(65_536).firstIndex(of: 0) {
            throw .invalidInput(
                "\(name) looks like a binary file (a NUL byte at offset \(nul - data.startIndex)); Duiding reads UTF-8 text")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .invalidInput("\(name) is not valid UTF-8 (first bad byte at offset \(firstInvalidUTF8(data)))")
        }
        return try nonEmpty(text, name: name)
    }

    private static func nonEmpty(_ text: String, name: String) throws(PipelineError) -> String {
        // Text is something to read: not only spaces, line breaks, control characters or invisible format characters
        // (byte-order marks, zero-width spaces, direction marks).
        let invisible: Set<Unicode.GeneralCategory> = [.control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator]
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && !invisible.contains($0.properties.generalCategory) }) else {
            throw .invalidInput("\(name) has no text (only whitespace or invisible characters)")
        }
        return text
    }

    /// Byte offset of the first invalid UTF-8 sequence.
    static func firstInvalidUTF8(_ data: Data) -> Int {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return offset
            case .error:
                return offset
            }
        }
    }
}
