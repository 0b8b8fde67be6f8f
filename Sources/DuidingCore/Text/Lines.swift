extension StringProtocol {
    /// The lines of the text, split at any line break (`\n`, `\r\n`, `\r`, U+2028 …), empty lines kept.
    ///
    /// Swift reads `\r\n` as one character, so splitting at `"\n"` alone misses Windows line endings.
    ///
    /// - Complexity: O(n) over the UTF-8 bytes when the only line breaks are `\n`, `\r\n` and `\r` (the
    ///   usual case: resource files and corpora are read this way); else O(n) over the characters.
    @inlinable public func lines() -> [SubSequence] {
        let utf8 = self.utf8
        var others = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in utf8 {
            // VT, FF, NEL (C2 85), LS and PS (E2 80 A8/A9) are line breaks too: take the general path.
            if byte == 0x0B || byte == 0x0C || (previous == 0xC2 && byte == 0x85)
                || (beforePrevious == 0xE2 && previous == 0x80 && (byte == 0xA8 || byte == 0xA9))
            {
                others = true
                break
            }
            beforePrevious = previous
            previous = byte
        }
        if others { return split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) }
        var lines: [SubSequence] = []
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(self[start..<index])
                var next = utf8.index(after: index)
                if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(self[start..<utf8.endIndex])
        return lines
    }
}
