import DuidingCore
import DuidingLearning

/// The parser's feature templates over the stack, the buffer and the arcs built so far.
enum ParserFeatures {
    static let description = """
        parser v1: s0,s1,s2,b0,b1,b2 word and UPOS; s0 and b0 FEATS; leftmost/rightmost children of s0, s1 and \
        leftmost of b0 with UPOS and label; pairs s0w+s0t, b0w+b0t, s0t+b0t, s0w+b0w, s1t+s0t, s0t+b0t+b1t, \
        s1t+s0t+b0t; s0-b0 distance; s0 and s1 valency; \
        v2: suffix3 of s0,s1,b0,b1; s1 FEATS; s1w+s0t, s1t+s0w, s1w+s0w; s1-s0 distance with tags; \
        s0t+s0 FEATS+b0t; s2t+s1t+s0t; b0t+b1t+b2t; second leftmost/rightmost children of s0 with labels; \
        b0 leftmost child word; \
        v3: s0 leftmost child word with b0 word, s1 word, s0 word, s1t+s0t and s0t+b0t; label sets of the left and \
        right dependents of s0 and s1 and the left ones of b0, with their tags
        """
    static let templateHash = StableKey.hex(description + "\nkeys: ValueKeys (each value hashed once per sentence)")

    /// The hashes of the fixed values the templates use.
    static let none = ValueKeys.hash("<none>")
    static let empty = ValueKeys.hash("")
    static let s1Root = ValueKeys.hash("s1-root")
    static let s1Word = ValueKeys.hash("s1-word")
    static let end = ValueKeys.hash("end")
    static let more = ValueKeys.hash("more")
    static let root = ValueKeys.hash("<root>")
    static let rootTag = ValueKeys.hash("ROOT")
    static let noFeats = ValueKeys.hash("_")

    /// The words of a sentence as the parser sees them (index 0 is the root), with every value the templates
    /// use (words, tags, suffixes, FEATS) hashed once (``ValueKeys``), so that the seventy keys of a move are a few
    /// multiplications each instead of hashes over the values' bytes.
    struct Sentence {
        /// Lowercased words, UPOS tags, the last three characters of the lowercased words, and FEATS.
        private(set) var words: [UInt64] = []
        private(set) var tags: [UInt64] = []
        private(set) var suffixes: [UInt64] = []
        private(set) var feats: [UInt64] = []
        /// The relation labels' hashes by index (the parser's, hashed once).
        let labels: [UInt64]

        init(words: [String], tags: [String], feats: [String], labels: [UInt64]) {
            // The root's suffix is its word, `<root>`.
            self.words = [root]
            suffixes = [root]
            self.words.reserveCapacity(words.count + 1)
            suffixes.reserveCapacity(words.count + 1)
            var lowered: [UInt8] = []
            for word in words {
                lowered.removeAll(keepingCapacity: true)
                // Lowercased: ASCII byte by byte, anything else by the Unicode rules.
                if word.utf8.allSatisfy({ $0 < 0x80 }) {
                    for byte in word.utf8 { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
                } else {
                    lowered.append(contentsOf: Typography.plain(word.lowercased()).utf8)
                }
                self.words.append(ValueKeys.hash(lowered))
                suffixes.append(lowered.withUnsafeBufferPointer { ValueKeys.affix(of: $0, last: true, scalars: 3) })
            }
            self.tags = [rootTag] + tags.map(ValueKeys.hash)
            self.feats = [noFeats] + feats.map(ValueKeys.hash)
            self.labels = labels
        }
    }

    static func extract(_ state: ParserState, _ sentence: Sentence, into keys: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        func key(_ template: UInt8, _ value: UInt64) -> UInt64 { ValueKeys.key(template, value) }
        func key(_ template: UInt8, _ first: UInt64, _ second: UInt64) -> UInt64 { ValueKeys.key(template, first, second) }
        func key(_ template: UInt8, _ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
            ValueKeys.key(template, first, second, third)
        }
        func word(_ i: Int?) -> UInt64 { i.map { sentence.words[$0] } ?? none }
        func tag(_ i: Int?) -> UInt64 { i.map { sentence.tags[$0] } ?? none }
        func label(_ i: Int?) -> UInt64 {
            guard let i, state.labels[i] >= 0 else { return none }
            return sentence.labels[state.labels[i]]
        }
        func nonzero(_ i: Int) -> Int? { i == 0 ? nil : i }
        let depth = state.stack.count
        let s0 = depth > 1 ? state.stack[depth - 1] : nil
        let s1 = depth > 1 ? state.stack[depth - 2] : nil
        let s2 = depth > 2 ? state.stack[depth - 3] : nil
        let b0 = state.bufferFirst
        let b1 = state.next + 1 <= state.count ? state.next + 1 : nil
        let b2 = state.next + 2 <= state.count ? state.next + 2 : nil
        let s0l = s0.flatMap { nonzero(state.leftmost[$0]) }
        let s0r = s0.flatMap { nonzero(state.rightmost[$0]) }
        let s1l = s1.flatMap { nonzero(state.leftmost[$0]) }
        let s1r = s1.flatMap { nonzero(state.rightmost[$0]) }
        let b0l = b0.flatMap { nonzero(state.leftmost[$0]) }

        keys.append(key(0, empty))
        for (template, position) in [(1, s0), (2, s1), (3, s2), (4, b0), (5, b1), (6, b2)] as [(UInt8, Int?)] {
            keys.append(key(template, word(position)))
            keys.append(key(template + 10, tag(position)))
        }
        keys.append(key(21, s0.map { sentence.feats[$0] } ?? none))
        keys.append(key(22, b0.map { sentence.feats[$0] } ?? none))
        for (template, child) in [(30, s0l), (32, s0r), (34, s1l), (36, s1r), (38, b0l)] as [(UInt8, Int?)] {
            keys.append(key(template, tag(child)))
            keys.append(key(template + 1, label(child)))
        }
        keys.append(key(50, word(s0), tag(s0)))
        keys.append(key(51, word(b0), tag(b0)))
        keys.append(key(52, tag(s0), tag(b0)))
        keys.append(key(53, word(s0), word(b0)))
        keys.append(key(54, tag(s1), tag(s0)))
        keys.append(key(55, tag(s0), tag(b0), tag(b1)))
        keys.append(key(56, tag(s1), tag(s0), tag(b0)))
        keys.append(key(57, word(s0), tag(b0)))
        keys.append(key(58, tag(s0), word(b0)))
        keys.append(key(59, tag(s0), label(s0l), label(s0r)))
        // Distance (capped at 6) between two words with both their tags.
        func distance(_ template: UInt8, _ left: Int, _ right: Int) -> UInt64 {
            key(template, UInt64(min(right - left, 6)), tag(left), tag(right))
        }
        if let s0, let b0 { keys.append(distance(60, s0, b0)) }
        // Valency: the numbers of left and right dependents, with the word's tag.
        for (template, word) in [(61, s0), (62, s1)] as [(UInt8, Int?)] {
            guard let word else { continue }
            keys.append(key(template, UInt64(state.leftCount[word]) << 32 | UInt64(state.rightCount[word]), tag(word)))
        }
        keys.append(key(63, s1 == 0 ? s1Root : s1Word, state.next > state.count ? end : more))
        // v2
        func suffix(_ i: Int?) -> UInt64 { i.map { sentence.suffixes[$0] } ?? none }
        func feats(_ i: Int?) -> UInt64 { i.map { sentence.feats[$0] } ?? none }
        keys.append(key(70, suffix(s0)))
        keys.append(key(71, suffix(s1)))
        keys.append(key(72, suffix(b0)))
        keys.append(key(73, suffix(b1)))
        keys.append(key(74, feats(s1)))
        keys.append(key(75, word(s1), tag(s0)))
        keys.append(key(76, tag(s1), word(s0)))
        keys.append(key(77, word(s1), word(s0)))
        if let s0, let s1 { keys.append(distance(78, s1, s0)) }
        keys.append(key(79, tag(s0), feats(s0), tag(b0)))
        keys.append(key(80, tag(s2), tag(s1), tag(s0)))
        keys.append(key(81, tag(b0), tag(b1), tag(b2)))
        let s0l2 = s0l.flatMap { first in (first + 1..<(s0 ?? 0)).first { state.heads[$0] == s0 && $0 != first } }
        let s0r2 = s0r.flatMap { last in ((s0 ?? 0) + 1..<last).last { state.heads[$0] == s0 } }
        keys.append(key(82, tag(s0l2), label(s0l2)))
        keys.append(key(83, tag(s0r2), label(s0r2)))
        keys.append(key(84, word(b0l)))
        // v3: the leftmost child of the stack top is mostly its preposition (UD hangs `case` on the noun),
        // which decides where the phrase attaches and how.
        let s0lw = word(s0l)
        keys.append(key(85, s0lw, word(b0)))
        keys.append(key(86, s0lw, word(s1)))
        keys.append(key(87, s0lw, word(s0)))
        keys.append(key(88, s0lw, tag(s1), tag(s0)))
        keys.append(key(89, s0lw, tag(s0), tag(b0)))
        // The set of relations of a word's dependents on one side (a bit per relation), with the word's tag.
        func labelSet(_ template: UInt8, _ i: Int?, _ sets: [UInt64]) -> UInt64 {
            key(template, i.map { sets[$0] } ?? none, tag(i))
        }
        keys.append(labelSet(90, s0, state.leftLabels))
        keys.append(labelSet(91, s0, state.rightLabels))
        keys.append(labelSet(92, s1, state.leftLabels))
        keys.append(labelSet(93, s1, state.rightLabels))
        keys.append(labelSet(94, b0, state.leftLabels))
    }
}
