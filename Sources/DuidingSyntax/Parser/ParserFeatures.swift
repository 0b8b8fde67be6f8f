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
    static let templateHash = StableKey.hex(description)

    /// Where a value's UTF-8 bytes lie in ``Sentence/bytes``.
    struct Span {
        var start: Int32
        var count: Int32
    }

    /// The words of a sentence as the parser sees them (index 0 is the root), with every value the templates
    /// hash (words, tags, suffixes, FEATS, relation labels, fixed strings) stored once as bytes, so that the
    /// two million hashes of a parse read bytes in place instead of going through `String`s.
    struct Sentence {
        private(set) var bytes: [UInt8] = []
        /// Lowercased words, UPOS tags, the last three characters of the lowercased words, and FEATS.
        private(set) var words: [Span] = []
        private(set) var tags: [Span] = []
        private(set) var suffixes: [Span] = []
        private(set) var feats: [Span] = []
        /// The relation labels by index.
        private(set) var labels: [Span] = []
        private(set) var none = Span(start: 0, count: 0)
        private(set) var empty = Span(start: 0, count: 0)
        private(set) var s1Root = Span(start: 0, count: 0)
        private(set) var s1Word = Span(start: 0, count: 0)
        private(set) var end = Span(start: 0, count: 0)
        private(set) var more = Span(start: 0, count: 0)

        init(words: [String], tags: [String], feats: [String], labels: [String]) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(words.count * 40 + labels.count * 8 + 64)
            func span(from start: Int) -> Span { Span(start: Int32(start), count: Int32(bytes.count - start)) }
            func store(_ value: String) -> Span {
                let start = bytes.count
                bytes.append(contentsOf: value.utf8)
                return span(from: start)
            }
            let root = store("<root>")
            var wordSpans = [root]
            // The root's suffix is its word, `<root>`.
            var suffixSpans = [root]
            wordSpans.reserveCapacity(words.count + 1)
            suffixSpans.reserveCapacity(words.count + 1)
            for word in words {
                let start = bytes.count
                // Lowercased: ASCII byte by byte, anything else by the Unicode rules.
                if word.utf8.allSatisfy({ $0 < 0x80 }) {
                    for byte in word.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
                } else {
                    bytes.append(contentsOf: word.lowercased().utf8)
                }
                wordSpans.append(span(from: start))
                // The last three scalars: back from the end over three bytes that start a scalar (not 10xxxxxx).
                var first = bytes.count
                var scalars = 0
                while first > start && scalars < 3 {
                    first -= 1
                    if bytes[first] & 0xC0 != 0x80 { scalars += 1 }
                }
                suffixSpans.append(span(from: first))
            }
            self.words = wordSpans
            suffixes = suffixSpans
            self.tags = [store("ROOT")] + tags.map { store($0) }
            self.feats = [store("_")] + feats.map { store($0) }
            self.labels = labels.map { store($0) }
            none = store("<none>")
            s1Root = store("s1-root")
            s1Word = store("s1-word")
            end = store("end")
            more = store("more")
            self.bytes = bytes
        }
    }

    static func extract(_ state: ParserState, _ sentence: Sentence, into keys: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        sentence.bytes.withUnsafeBufferPointer { bytes in extract(state, sentence, bytes, into: &keys) }
    }

    @inline(__always)
    private static func extract(_ state: ParserState, _ sentence: Sentence, _ bytes: UnsafeBufferPointer<UInt8>, into keys: inout [UInt64]) {
        let none = sentence.none
        func add(_ span: Span, to stream: inout FeatureHasher.Stream) {
            stream.add(UnsafeBufferPointer(rebasing: bytes[Int(span.start)..<Int(span.start + span.count)]))
        }
        func key(_ template: UInt8, _ value: Span) -> UInt64 {
            var stream = FeatureHasher.Stream(template)
            add(value, to: &stream)
            return stream.key
        }
        func key(_ template: UInt8, _ first: Span, _ second: Span) -> UInt64 {
            var stream = FeatureHasher.Stream(template)
            add(first, to: &stream)
            stream.next()
            add(second, to: &stream)
            return stream.key
        }
        func word(_ i: Int?) -> Span { i.map { sentence.words[$0] } ?? none }
        func tag(_ i: Int?) -> Span { i.map { sentence.tags[$0] } ?? none }
        func label(_ i: Int?) -> Span {
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

        keys.append(key(0, sentence.empty))
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
        // Joined values are hashed piece by piece (same keys as hashing the joined strings).
        let bar = UInt8(ascii: "|")
        func joined(_ template: UInt8, _ a: Span, _ b: Span, then c: Span) -> UInt64 {
            var stream = FeatureHasher.Stream(template)
            add(a, to: &stream)
            stream.add(bar)
            add(b, to: &stream)
            stream.next()
            add(c, to: &stream)
            return stream.key
        }
        keys.append(joined(55, tag(s0), tag(b0), then: tag(b1)))
        keys.append(joined(56, tag(s1), tag(s0), then: tag(b0)))
        keys.append(key(57, word(s0), tag(b0)))
        keys.append(key(58, tag(s0), word(b0)))
        keys.append(joined(59, tag(s0), label(s0l), then: label(s0r)))
        // Distance (capped at 6) between two words with both their tags.
        func distance(_ template: UInt8, _ left: Int, _ right: Int) -> UInt64 {
            var stream = FeatureHasher.Stream(template)
            stream.add(number: min(right - left, 6))
            stream.next()
            add(tag(left), to: &stream)
            stream.add(bar)
            add(tag(right), to: &stream)
            return stream.key
        }
        if let s0, let b0 { keys.append(distance(60, s0, b0)) }
        for (template, word) in [(61, s0), (62, s1)] as [(UInt8, Int?)] {
            guard let word else { continue }
            var stream = FeatureHasher.Stream(template)
            stream.add(number: state.leftCount[word])
            stream.add(UInt8(ascii: "/"))
            stream.add(number: state.rightCount[word])
            stream.next()
            add(tag(word), to: &stream)
            keys.append(stream.key)
        }
        keys.append(key(63, s1 == 0 ? sentence.s1Root : sentence.s1Word, state.next > state.count ? sentence.end : sentence.more))
        // v2
        func suffix(_ i: Int?) -> Span { i.map { sentence.suffixes[$0] } ?? none }
        func feats(_ i: Int?) -> Span { i.map { sentence.feats[$0] } ?? none }
        keys.append(key(70, suffix(s0)))
        keys.append(key(71, suffix(s1)))
        keys.append(key(72, suffix(b0)))
        keys.append(key(73, suffix(b1)))
        keys.append(key(74, feats(s1)))
        keys.append(key(75, word(s1), tag(s0)))
        keys.append(key(76, tag(s1), word(s0)))
        keys.append(key(77, word(s1), word(s0)))
        if let s0, let s1 { keys.append(distance(78, s1, s0)) }
        keys.append(joined(79, tag(s0), feats(s0), then: tag(b0)))
        keys.append(joined(80, tag(s2), tag(s1), then: tag(s0)))
        keys.append(joined(81, tag(b0), tag(b1), then: tag(b2)))
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
        keys.append(joined(88, s0lw, tag(s1), then: tag(s0)))
        keys.append(joined(89, s0lw, tag(s0), then: tag(b0)))
        func labelSet(_ template: UInt8, _ i: Int?, _ sets: [UInt64]) -> UInt64 {
            var stream = FeatureHasher.Stream(template)
            if let i {
                let set = sets[i]
                for shift in stride(from: 0, to: 64, by: 8) { stream.add(UInt8(truncatingIfNeeded: set >> UInt64(shift))) }
            } else {
                stream.add(0xFF)
            }
            stream.next()
            add(tag(i), to: &stream)
            return stream.key
        }
        keys.append(labelSet(90, s0, state.leftLabels))
        keys.append(labelSet(91, s0, state.rightLabels))
        keys.append(labelSet(92, s1, state.leftLabels))
        keys.append(labelSet(93, s1, state.rightLabels))
        keys.append(labelSet(94, b0, state.leftLabels))
    }
}
