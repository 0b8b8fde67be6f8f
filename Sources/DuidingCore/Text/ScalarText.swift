/// Helpers for text addressed by Unicode-scalar offsets, the unit of every offset in an analysis.
public enum ScalarText {
    /// Whether every character of `text` is one ASCII byte (ASCII without a carriage return, the one ASCII pair that
    /// makes a single `Character`): its characters, scalars and bytes are then the same, and character tests can read
    /// the bytes.
    public static func hasOneByteCharacters(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// The scalars of a string, for O(1) offset access, decoded straight from its UTF-8 with an ASCII fast path.
    ///
    /// - Complexity: O(n).
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes in
            var result: [Unicode.Scalar] = []
            result.reserveCapacity(bytes.count)
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    result.append(Unicode.Scalar(lead))
                    index += 1
                    continue
                }
                // Valid UTF-8 (a Swift String always is): 2, 3 or 4 bytes.
                var value: UInt32
                var length: Int
                if lead < 0xE0 {
                    value = UInt32(lead & 0x1F)
                    length = 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F)
                    length = 3
                } else {
                    value = UInt32(lead & 0x07)
                    length = 4
                }
                for offset in 1..<length where index + offset < count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += length
            }
            return result
        }
        return decoded ?? Array(text.unicodeScalars)
    }

    /// The string made of `scalars[range]`, encoded straight into the string's UTF-8 storage.
    ///
    /// - Complexity: O(range.count), one allocation at most (none for short strings).
    public static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var capacity = 0
        for index in range { capacity += UTF8.width(scalars[index]) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for index in range {
                UTF8.encode(scalars[index]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The string made of all the scalars.
    public static func string(_ scalars: [Unicode.Scalar]) -> String {
        string(scalars, 0..<scalars.count)
    }

    /// Whether a scalar separates tokens: Unicode white space, plus the zero-width space and BOM,
    /// which pasted text often carries.
    @inlinable @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value == 0x200B || value == 0xFEFF || value == 0x2060 || scalar.properties.isWhitespace
    }

    /// Finds each piece in `scalars` in order, skipping whitespace between pieces, and returns
    /// their spans; `nil` with the index of the first piece that does not match.
    ///
    /// - Complexity: O(n + total length of the pieces).
    public static func align(
        _ pieces: [String], in scalars: [Unicode.Scalar], from start: Int = 0
    ) -> Result<[Range<Int>], AlignmentError> {
        var position = start
        var spans: [Range<Int>] = []
        spans.reserveCapacity(pieces.count)
        for (index, piece) in pieces.enumerated() {
            while position < scalars.count, isSpace(scalars[position]) { position += 1 }
            let begin = position
            for scalar in piece.unicodeScalars {
                guard position < scalars.count, scalars[position] == scalar else {
                    return .failure(AlignmentError(piece: index, offset: begin))
                }
                position += 1
            }
            spans.append(begin..<position)
        }
        return .success(spans)
    }

    /// Where a piece failed to align.
    public struct AlignmentError: Error, Sendable, Equatable {
        public var piece: Int
        public var offset: Int
    }
}
