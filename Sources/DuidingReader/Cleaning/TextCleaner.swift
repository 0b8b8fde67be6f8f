import DuidingCore

/// Cleans pasted text into lines: one kind of line break, no control or zero-width characters, and
/// single spaces between words.
///
/// Non-breaking, thin and other Unicode spaces and tabs become a plain space; zero-width spaces,
/// byte-order marks, soft hyphens and direction marks are dropped; CRLF, CR, NEL and the Unicode
/// line and paragraph separators end a line. The zero-width joiner stays, since emoji need it.
public enum TextCleaner {
    /// - Complexity: O(n).
    public static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        // Scalars of the current line; made into a String once per line.
        var current: [Unicode.Scalar] = []
        var pendingSpace = false
        var previousWasCR = false
        func endLine() {
            lines.append(ScalarText.string(current))
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = value == 0x0D
            switch value {
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                endLine()
            case 0x200B, 0xFEFF, 0x2060, 0x00AD, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                if !current.isEmpty { pendingSpace = true }
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                if pendingSpace {
                    current.append(" ")
                    pendingSpace = false
                }
                current.append(scalar)
            }
        }
        endLine()
        return lines
    }
}
