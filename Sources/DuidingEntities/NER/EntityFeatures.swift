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

    static func context(_ words: [String], memory: DocumentMemory, gazetteer: Gazetteer, wordList: WordSet? = nil) -> [[UInt64]] {
        context(
            words, lower: words.map { $0.lowercased() }, shapes: words.map(shape), memory: memory, gazetteer: gazetteer,
            wordList: wordList)
    }

    /// Context features, given the words lowercased and their shapes.
    static func context(
        _ words: [String], lower: [String], shapes: [String], memory: DocumentMemory, gazetteer: Gazetteer,
        wordList: WordSet? = nil
    ) -> [[UInt64]] {
        let places = gazetteer.marks(words)
        let listed: [String] = wordList.map { list in words.indices.map { list.verdict(on: words[$0], lower: lower[$0]) } } ?? []
        func at(_ array: [String], _ i: Int) -> String { array.indices.contains(i) ? array[i] : "<pad>" }
        return words.indices.map { i in
            let word = words[i]
            // Affixes by scalar: a character is one scalar in all but decomposed text.
            let scalars = lower[i].unicodeScalars.count
            var keys: [UInt64] = [
                FeatureHasher.key(0, ""), FeatureHasher.key(1, word), FeatureHasher.key(2, lower[i]),
                FeatureHasher.key(3, shapes[i]),
                FeatureHasher.key(10, at(lower, i - 1)), FeatureHasher.key(11, at(lower, i - 2)),
                FeatureHasher.key(12, at(lower, i + 1)), FeatureHasher.key(13, at(lower, i + 2)),
                FeatureHasher.key(14, at(shapes, i - 1)), FeatureHasher.key(15, at(shapes, i + 1)),
                FeatureHasher.key(16, lower[i], at(lower, i + 1)), FeatureHasher.key(17, at(lower, i - 1), lower[i]),
            ]
            for n in 1...3 where scalars >= n { keys.append(FeatureHasher.key(UInt8(3 + n), firstScalars: n, of: lower[i])) }
            for n in 1...4 where scalars >= n { keys.append(FeatureHasher.key(UInt8(30 + n), lastScalars: n, of: lower[i])) }
            let capital = startsUppercase(word)
            if capital { keys.append(FeatureHasher.key(20, i == 0 ? "capital-first" : "capital")) }
            if isAllCaps(word) { keys.append(FeatureHasher.key(21, "all-caps")) }
            if hasDigit(word) { keys.append(FeatureHasher.key(22, "digit")) }
            if hasHyphen(word) { keys.append(FeatureHasher.key(23, "hyphen")) }
            if i + 1 < words.count, startsUppercase(words[i + 1]) { keys.append(FeatureHasher.key(24, "next-capital")) }
            if let type = memory.type(of: word) { keys.append(FeatureHasher.key(25, type)) }
            if capital, memory.occursInLowercase(lowercased: lower[i]) {
                keys.append(FeatureHasher.key(26, i == 0 ? "lowercase-elsewhere-first" : "lowercase-elsewhere"))
            }
            if let place = places[i] { keys.append(FeatureHasher.key(29, place)) }
            if i > 0 { keys.append(FeatureHasher.key(27, lastScalars: 3, of: lower[i - 1])) }
            if i + 1 < words.count { keys.append(FeatureHasher.key(28, lastScalars: 3, of: lower[i + 1])) }
            if !listed.isEmpty {
                keys.append(FeatureHasher.key(50, listed[i]))
                keys.append(FeatureHasher.key(51, i > 0 ? listed[i - 1] : "<pad>"))
                keys.append(FeatureHasher.key(52, i + 1 < listed.count ? listed[i + 1] : "<pad>"))
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

    @inline(__always)
    static func history(_ keys: inout [UInt64], tags: [String], lower: String, shape: String) {
        let previous = tags.last ?? "<s>"
        let beforePrevious = tags.count > 1 ? tags[tags.count - 2] : "<s>"
        keys.append(FeatureHasher.key(40, previous))
        keys.append(FeatureHasher.key(41, beforePrevious))
        keys.append(FeatureHasher.key(42, previous, beforePrevious))
        keys.append(FeatureHasher.key(43, previous, lower))
        keys.append(FeatureHasher.key(44, previous, shape))
    }
}
