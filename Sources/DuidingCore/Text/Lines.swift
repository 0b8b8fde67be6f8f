extension StringProtocol {
    /// The lines of the text, split at any line break (`\n`, `\r\n`, `\r`, U+2028 …), empty lines kept.
    ///
    /// Swift reads `\r\n` as one character, so splitting at `"\n"` alone misses Windows line endings.
    /// - Complexity: O(n).
    public func lines() -> [SubSequence] {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }
}
