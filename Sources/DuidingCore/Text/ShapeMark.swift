extension ScalarText {
    /// The word-shape class of one scalar: `X` uppercase, `x` lowercase, `d` digit, else the character
    /// itself (as `Character.isUppercase` and friends decide). ASCII is decided without looking up
    /// Unicode properties, which is most of the cost of word shapes otherwise.
    @inlinable
    public static func shapeMark(_ scalar: Unicode.Scalar) -> Character {
        if scalar.isASCII {
            switch scalar.value {
            case 65...90: return "X"
            case 97...122: return "x"
            case 48...57: return "d"
            default: return Character(scalar)
            }
        }
        let character = Character(scalar)
        return character.isUppercase ? "X" : character.isLowercase ? "x" : character.isNumber ? "d" : character
    }
}
