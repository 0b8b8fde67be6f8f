/// A CoNLL-U file as written: sentences with their comment lines and their token rows, kept
/// exactly so that reading and writing a well-formed file gives back the same bytes.
///
/// Rows are words (`5`), multiword tokens (`3-4`) and empty nodes (`5.1`). ``CoNLLUReader``
/// validates what it reads; ``CoNLLUWriter`` writes it back.
public struct CoNLLUDocument: Sendable, Equatable {
    public var sentences: [CoNLLUSentence]

    public init(sentences: [CoNLLUSentence] = []) {
        self.sentences = sentences
    }
}

/// One sentence of a CoNLL-U file.
public struct CoNLLUSentence: Sendable, Equatable {
    /// Comment lines without the leading `# ` (`text = …`, `sent_id = …`).
    public var comments: [String]
    public var rows: [CoNLLURow]

    public init(comments: [String] = [], rows: [CoNLLURow] = []) {
        self.comments = comments
        self.rows = rows
    }

    /// The value of a `key = value` comment (`text`, `sent_id`, `newdoc id`).
    public func comment(_ key: String) -> String? {
        for line in comments {
            guard line.hasPrefix(key) else { continue }
            let rest = line.dropFirst(key.count)
            if rest.hasPrefix(" = ") { return String(rest.dropFirst(3)) }
            if rest.hasPrefix("=") { return String(rest.dropFirst()).trimmingSpaces() }
            if rest.isEmpty { return "" }
        }
        return nil
    }

    /// The syntactic words, without multiword-token ranges and empty nodes.
    public var words: [CoNLLURow] { rows.filter { $0.kind == .word } }

    /// A word (its number) of a cycle of heads, which the first word that never reaches the root by going up its heads
    /// leads into: the heads make no tree. `nil` when they make a tree, or when some word has no head (`_`) or one the
    /// reader would not accept.
    public var wordInCycle: Int? {
        let heads = words.compactMap { Int($0.head) }
        guard heads.count == words.count, heads.allSatisfy({ 0...heads.count ~= $0 }) else { return nil }
        for start in heads.indices {
            var current = start + 1
            // After as many steps as there are words, a walk that has not reached the root is inside the cycle.
            for _ in 0...heads.count where current != 0 { current = heads[current - 1] }
            if current != 0 { return current }
        }
        return nil
    }
}

/// One row of ten tab-separated columns.
public struct CoNLLURow: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        /// A surface token spanning the words `first...last`.
        case multiword(first: Int, last: Int)
        case empty
    }

    public var id: String
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    public var head: String
    public var deprel: String
    public var deps: String
    public var misc: String

    public init(
        id: String, form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", feats: String = "_",
        head: String = "_", deprel: String = "_", deps: String = "_", misc: String = "_"
    ) {
        self.id = id
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.feats = feats
        self.head = head
        self.deprel = deprel
        self.deps = deps
        self.misc = misc
    }

    public var kind: Kind {
        if let dash = id.firstIndex(of: "-"), let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) {
            return .multiword(first: first, last: last)
        }
        return id.contains(".") ? .empty : .word
    }

    /// `SpaceAfter=No` in MISC means no whitespace follows the token.
    public var spaceAfter: Bool {
        !misc.split(separator: "|").contains("SpaceAfter=No")
    }

    /// The value of a `Key=Value` entry of MISC.
    public func miscValue(_ key: String) -> String? {
        for item in misc.split(separator: "|") where item.hasPrefix(key + "=") {
            return String(item.dropFirst(key.count + 1))
        }
        return nil
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars = scalars.dropFirst() }
        scalars = scalars.droppingLast { $0 == " " }
        return String(scalars)
    }
}
