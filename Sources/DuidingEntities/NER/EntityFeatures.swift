import DuidingCore
import DuidingLearning

/// The entity tagger's features; changing them changes ``EntityTagger/templateHash``.
enum EntityFeatures {
    static func shape(_ word: String) -> String {
        var shape = ""
        var last: Character = " "
        for scalar in word.unicodeScalars {
            let mark = ScalarText.shapeMark(scalar)
            if mark != last { shape.append(mark) }
            last = mark
        }
        return shape
    }

    /// A sentence's words as the features read them, each view made once: lowercased, and the hashes of the lowercase
    /// forms and of the shapes (``ValueKeys``), which the context and the tag-history features both read.
    struct Sentence {
        let words: [String]
        let lower: [String]
        let lowerKeys: [UInt64]
        let shapeKeys: [UInt64]

        init(_ words: [String]) {
            self.words = words
            // (Typographic marks as CoNLL-2002 writes them: `D’Haese` as `d'haese`.)
            lower = words.map { Typography.plain($0.lowercased()) }
            lowerKeys = lower.map(ValueKeys.hash)
            shapeKeys = words.map { ValueKeys.hash(EntityFeatures.shape($0)) }
        }
    }

    /// The hashes of the fixed values the templates use.
    static let padding = ValueKeys.hash("<pad>")
    static let sentenceStart = ValueKeys.hash("<s>")
    static let sentenceEnd = ValueKeys.hash("</s>")
    static let none = ValueKeys.hash("none")
    static let flags = (
        empty: ValueKeys.hash(""), capitalFirst: ValueKeys.hash("capital-first"), capital: ValueKeys.hash("capital"),
        allCaps: ValueKeys.hash("all-caps"), digit: ValueKeys.hash("digit"), hyphen: ValueKeys.hash("hyphen"),
        nextCapital: ValueKeys.hash("next-capital"), lowercaseElsewhereFirst: ValueKeys.hash("lowercase-elsewhere-first"),
        lowercaseElsewhere: ValueKeys.hash("lowercase-elsewhere")
    )

    /// Context features of every word of a sentence (each value hashed once, ``ValueKeys``).
    static func context(_ sentence: Sentence, memory: DocumentMemory, gazetteer: Gazetteer, wordList: WordSet? = nil) -> [[UInt64]] {
        let (words, lower, lowerKeys, shapeKeys) = (sentence.words, sentence.lower, sentence.lowerKeys, sentence.shapeKeys)
        let places = gazetteer.marks(words)
        let listed: [UInt64] = wordList.map { list in words.indices.map { ValueKeys.hash(list.verdict(on: words[$0], lower: lower[$0])) } } ?? []
        let suffixes3 = lower.map { ValueKeys.affix(of: $0, last: true, scalars: 3) }
        func at(_ array: [UInt64], _ i: Int) -> UInt64 { array.indices.contains(i) ? array[i] : padding }
        return words.indices.map { i in
            let word = words[i]
            // Affixes by scalar: a character is one scalar in all but decomposed text.
            let scalars = lower[i].unicodeScalars.count
            var keys: [UInt64] = [
                ValueKeys.key(0, flags.empty), ValueKeys.key(1, ValueKeys.hash(word)), ValueKeys.key(2, lowerKeys[i]),
                ValueKeys.key(3, shapeKeys[i]),
                ValueKeys.key(10, at(lowerKeys, i - 1)), ValueKeys.key(11, at(lowerKeys, i - 2)),
                ValueKeys.key(12, at(lowerKeys, i + 1)), ValueKeys.key(13, at(lowerKeys, i + 2)),
                ValueKeys.key(14, at(shapeKeys, i - 1)), ValueKeys.key(15, at(shapeKeys, i + 1)),
                ValueKeys.key(16, lowerKeys[i], at(lowerKeys, i + 1)), ValueKeys.key(17, at(lowerKeys, i - 1), lowerKeys[i]),
            ]
            keys.reserveCapacity(keys.count + 20)
            for n in 1...3 where scalars >= n { keys.append(ValueKeys.key(UInt8(3 + n), ValueKeys.affix(of: lower[i], last: false, scalars: n))) }
            for n in 1...4 where scalars >= n {
                keys.append(ValueKeys.key(UInt8(30 + n), n == 3 ? suffixes3[i] : ValueKeys.affix(of: lower[i], last: true, scalars: n)))
            }
            let capital = startsUppercase(word)
            if capital { keys.append(ValueKeys.key(20, i == 0 ? flags.capitalFirst : flags.capital)) }
            if isAllCaps(word) { keys.append(ValueKeys.key(21, flags.allCaps)) }
            if hasDigit(word) { keys.append(ValueKeys.key(22, flags.digit)) }
            if hasHyphen(word) { keys.append(ValueKeys.key(23, flags.hyphen)) }
            if i + 1 < words.count, startsUppercase(words[i + 1]) { keys.append(ValueKeys.key(24, flags.nextCapital)) }
            if let type = memory.type(of: word) { keys.append(ValueKeys.key(25, ValueKeys.hash(type))) }
            if capital, memory.occursInLowercase(lowercased: lower[i]) {
                keys.append(ValueKeys.key(26, i == 0 ? flags.lowercaseElsewhereFirst : flags.lowercaseElsewhere))
            }
            if let place = places[i] { keys.append(ValueKeys.key(29, ValueKeys.hash(place))) }
            if i > 0 { keys.append(ValueKeys.key(27, suffixes3[i - 1])) }
            if i + 1 < words.count { keys.append(ValueKeys.key(28, suffixes3[i + 1])) }
            if !listed.isEmpty {
                keys.append(ValueKeys.key(50, listed[i]))
                keys.append(ValueKeys.key(51, i > 0 ? listed[i - 1] : padding))
                keys.append(ValueKeys.key(52, i + 1 < listed.count ? listed[i + 1] : padding))
            }
            return keys
        }
    }

    // Word classes by character, with the answer for an ASCII word read from its bytes (most words of Dutch
    // news; the same answer as the `Character` properties give) and the others by those properties.

    /// `word.first?.isUppercase`: an ASCII first character is uppercase when it is A–Z, whatever marks follow.
    static func startsUppercase(_ word: String) -> Bool {
        guard let byte = word.utf8.first else { return false }
        return byte < 0x80 ? (byte >= 0x41 && byte <= 0x5A) : word.first?.isUppercase == true
    }

    /// More than one character and no lowercase letter (`NAVO`, `VS-1`).
    static func isAllCaps(_ word: String) -> Bool {
        if ScalarText.hasOneByteCharacters(word) { return word.utf8.count > 1 && !word.utf8.contains { $0 >= 0x61 && $0 <= 0x7A } }
        return word.count > 1 && word.allSatisfy { $0.isUppercase || !$0.isLetter }
    }

    static func hasDigit(_ word: String) -> Bool {
        ScalarText.hasOneByteCharacters(word) ? word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } : word.contains(where: \.isNumber)
    }

    static func hasHyphen(_ word: String) -> Bool {
        ScalarText.hasOneByteCharacters(word) ? word.utf8.contains(0x2D) : word.contains("-")
    }

    /// Features of the tags already chosen (their hashes; ``sentenceStart`` before the sentence), with the word's
    /// lowercase form and shape (their hashes).
    @inline(__always)
    static func history(_ keys: inout [UInt64], tags: [UInt64], lower: UInt64, shape: UInt64) {
        let previous = tags.last ?? sentenceStart
        let beforePrevious = tags.count > 1 ? tags[tags.count - 2] : sentenceStart
        keys.append(ValueKeys.key(40, previous))
        keys.append(ValueKeys.key(41, beforePrevious))
        keys.append(ValueKeys.key(42, previous, beforePrevious))
        keys.append(ValueKeys.key(43, previous, lower))
        keys.append(ValueKeys.key(44, previous, shape))
    }
}
