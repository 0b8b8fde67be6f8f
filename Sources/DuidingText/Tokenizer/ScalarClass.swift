/// Character classes the tokenizer and splitter decide on, with an ASCII fast path.
enum ScalarClass {
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if isEmoji(s) { return false }
        let p = s.properties
        return p.isAlphabetic || isMark(s)
    }

    @inline(__always)
    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        switch s.properties.generalCategory {
        case .decimalNumber, .otherNumber: return true
        default: return false
        }
    }

    @inline(__always)
    static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isDigit(s)
    }

    @inline(__always)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always)
    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Pictographic emoji and the parts that join them (ZWJ, variation selectors, skin tones, keycaps, flags).
    @inline(__always)
    static func isEmoji(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x2000 { return false }
        if v == 0x200D || v == 0xFE0F || v == 0x20E3 || (v >= 0x1F3FB && v <= 0x1F3FF) || (v >= 0x1F1E6 && v <= 0x1F1FF) {
            return true
        }
        let p = s.properties
        return p.isEmojiPresentation || (p.isEmoji && p.isPictographicForEmoji)
    }

    /// Apostrophes: ASCII and typographic.
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "`" || s == "\u{2018}"
    }

    /// Dashes and hyphens that may join the parts of a compound.
    @inline(__always)
    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// Punctuation that ends a sentence.
    @inline(__always)
    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "?" || s == "!" || s == "\u{2026}" || s == "\u{203D}"
    }
}

extension Unicode.Scalar.Properties {
    /// Extended_Pictographic is what the emoji data calls pictographic; approximated by the emoji
    /// modifier base and emoji properties of scalars above the Latin ranges.
    var isPictographicForEmoji: Bool {
        isEmojiModifierBase || generalCategory == .otherSymbol
    }
}
