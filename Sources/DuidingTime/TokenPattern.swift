/// A rule's `match`: tokens separated by spaces. A token is one or more alternatives separated by `|`,
/// optional when it ends in `?`; an alternative is literal text and word classes written `<class>` or
/// `<name:class>` (captured under `name`), concatenated within the token: `<d:weekday><p:daypart>` matches
/// `dinsdagavond`, `<h:hour>.<m:minute>` matches `19.15`. Matching ignores case.
struct TokenPattern: Sendable {
    var tokens: [Slot]
    var captureNames: Set<String>

    static let empty = TokenPattern(tokens: [], captureNames: [])

    struct Slot: Sendable {
        var alternatives: [[Piece]]
        var optional: Bool
    }

    enum Piece: Sendable {
        case literal(String)
        case word(WordClasses.Reference, capture: String?)
    }

    init(tokens: [Slot], captureNames: Set<String>) {
        self.tokens = tokens
        self.captureNames = captureNames
    }

    init(_ text: String, words: WordClasses) throws(GrammarError) {
        var slots: [Slot] = []
        var names = Set<String>()
        for part in text.split(separator: " ") {
            var body = Substring(part)
            let optional = body.count > 1 && body.hasSuffix("?")
            if optional { body = body.dropLast() }
            var alternatives: [[Piece]] = []
            for alternative in body.split(separator: "|") {
                var pieces: [Piece] = []
                var rest = alternative
                while !rest.isEmpty {
                    if rest.first == "<" {
                        guard let close = rest.firstIndex(of: ">") else { throw GrammarError("unclosed < in \(part)") }
                        let inside = rest[rest.index(after: rest.startIndex)..<close]
                        let halves = inside.split(separator: ":", maxSplits: 1).map(String.init)
                        let (capture, name) = halves.count == 2 ? (halves[0], halves[1]) : (nil, halves.first ?? "")
                        guard let reference = words.reference(name) else { throw GrammarError("unknown word class <\(name)> in \(part)") }
                        if let capture { names.insert(capture) }
                        pieces.append(.word(reference, capture: capture))
                        rest = rest[rest.index(after: close)...]
                    } else {
                        let end = rest.firstIndex(of: "<") ?? rest.endIndex
                        pieces.append(.literal(rest[..<end].lowercased()))
                        rest = rest[end...]
                    }
                }
                alternatives.append(pieces)
            }
            guard !alternatives.isEmpty else { throw GrammarError("empty token in pattern") }
            slots.append(Slot(alternatives: alternatives, optional: optional))
        }
        guard slots.contains(where: { !$0.optional }) else { throw GrammarError("a pattern needs a token that is not optional") }
        tokens = slots
        captureNames = names
    }

    typealias Captures = [String: String]

    /// A word of the sentence as the patterns see it: lowercased, with the classes it belongs to as a whole.
    struct Word {
        var text: String
        var memberships: [WordClasses.Membership]

        init(_ text: String, words: WordClasses) {
            self.text = text
            memberships = words.memberships(of: text)
        }
    }

    /// Whether the pattern can start at this word: a cheap test of the slots up to the first one that is
    /// not optional, without captures, before the full match is tried.
    func mayStart(at word: Word, words: WordClasses) -> Bool {
        for slot in tokens {
            for pieces in slot.alternatives where Self.match(pieces, word, words: words, [:]) != nil { return true }
            if !slot.optional { return false }
        }
        return false
    }

    /// The longest match starting at `start`: the number of words and the captures.
    func match(_ tokens: [Word], at start: Int, words: WordClasses) -> (length: Int, captures: Captures)? {
        var best: (length: Int, captures: Captures)?
        func walk(_ slot: Int, _ position: Int, _ captures: Captures) {
            if slot == self.tokens.count {
                if position > start, position - start > (best?.length ?? 0) { best = (position - start, captures) }
                return
            }
            let current = self.tokens[slot]
            if position < tokens.count {
                for pieces in current.alternatives {
                    if let found = Self.match(pieces, tokens[position], words: words, captures) {
                        walk(slot + 1, position + 1, found)
                    }
                }
            }
            if current.optional { walk(slot + 1, position, captures) }
        }
        walk(0, start, [:])
        return best
    }

    /// Whether a whole word is the pieces concatenated; with the captures added. One piece alone is
    /// checked without cutting the word (the common case, and the fast one).
    static func match(_ pieces: [Piece], _ word: Word, words: WordClasses, _ captures: Captures) -> Captures? {
        if pieces.count == 1 {
            switch pieces[0] {
            case .literal(let text):
                return word.text == text ? captures : nil
            case .word(.table(let table), let capture):
                guard let member = word.memberships.first(where: { $0.table == table }) else { return nil }
                var next = captures
                if let capture { next[capture] = member.value }
                return next
            case .word(let reference, let capture):
                guard let value = words.value(of: reference, word.text[...]) else { return nil }
                var next = captures
                if let capture { next[capture] = value }
                return next
            }
        }
        // Several pieces ending in literal text (`<n:count>daags`): the word must end with it.
        // Ending in a listed class (`<d:weekday><p:daypart>`): the word must end as one of its members does.
        switch pieces[pieces.count - 1] {
        case .literal(let suffix): if !word.text.hasSuffix(suffix) { return nil }
        case .word(.table(let table), _): if !words.mayEnd(word.text, asMemberOf: table) { return nil }
        case .word(.builtIn, _): break
        }
        return match(pieces[...], word.text[...], words: words, captures)
    }

    private static func match(_ pieces: ArraySlice<Piece>, _ token: Substring, words: WordClasses, _ captures: Captures) -> Captures? {
        guard let piece = pieces.first else { return token.isEmpty ? captures : nil }
        let rest = pieces.dropFirst()
        switch piece {
        case .literal(let text):
            guard token.hasPrefix(text) else { return nil }
            return match(rest, token.dropFirst(text.count), words: words, captures)
        case .word(let reference, let capture):
            // A class alone takes the whole token; before other pieces, try the longest member first,
            // only at lengths the class has.
            let startsWithDigit = token.utf8.first.map { $0 >= 48 && $0 <= 57 } ?? false
            if case .builtIn(let shape) = reference, shape != .count, !startsWithDigit { return nil }
            var end = token.endIndex
            var length = token.count
            while end > token.startIndex {
                if words.mayHave(reference, length: length, digits: startsWithDigit), let value = words.value(of: reference, token[..<end]) {
                    var next = captures
                    if let capture { next[capture] = value }
                    if let found = match(rest, token[end...], words: words, next) { return found }
                }
                if rest.isEmpty { return nil }
                end = token.index(before: end)
                length -= 1
            }
            return nil
        }
    }

    /// What a word must be for this pattern to start at it: the alternatives of the slots up to the
    /// first one that is not optional, each as a key a word can be looked up by.
    enum EntryKey: Hashable {
        /// The whole word is this text.
        case text(String)
        /// The whole word is a member of this listed class.
        case table(Int)
        /// The whole word is digits.
        case digits
        /// The word starts with this character (for alternatives made of several pieces).
        case prefix(Character)
    }

    func entryKeys(words: WordClasses) -> Set<EntryKey> {
        var keys = Set<EntryKey>()
        for slot in tokens {
            for pieces in slot.alternatives {
                guard let first = pieces.first else { continue }
                switch (first, pieces.count) {
                case (.literal(let text), 1): keys.insert(.text(text))
                case (.word(.table(let table), _), 1): keys.insert(.table(table))
                case (.word(.builtIn(.count), _), 1):
                    keys.insert(.digits)
                    if let table = words.numberTableIndex { keys.insert(.table(table)) }
                case (.word(.builtIn, _), 1): keys.insert(.digits)
                case (.literal(let text), _):
                    if let character = text.first { keys.insert(.prefix(character)) }
                case (.word(let reference, _), _):
                    for character in words.firstCharacters(of: reference) { keys.insert(.prefix(character)) }
                }
            }
            if !slot.optional { break }
        }
        return keys
    }
}
