public import DuidingResources
import DuidingCore

/// One quotation found by its marks: where it stands (marks included) and what it quotes.
public struct Quotation: Sendable, Equatable {
    /// From the opening mark to the closing mark, both included, in Unicode scalars.
    public var outer: Range<Int>
    /// The quoted text: one range per paragraph it runs over (Dutch repeats the opening mark at each new
    /// paragraph and closes only at the end).
    public var pieces: [Range<Int>]
    /// Whether it was left open and ended with its paragraph because the next paragraph's quotation, opened with the
    /// same mark, closes before an attribution of its own (`"…", reageert X.`): in text whose paragraphs keep their order,
    /// that attribution is likely this one's too.
    public var endedByNext = false

    /// From the first quoted character to the last.
    public var content: Range<Int> { (pieces.first?.lowerBound ?? outer.lowerBound)..<(pieces.last?.upperBound ?? outer.upperBound) }
}

/// The quotation marks of every language (`common/quotes/marks.tsv`) and the scanner that pairs them.
///
/// Marks are paired per block; a quotation left open at the end of a paragraph goes on when the next
/// paragraph opens with the same mark (unless that paragraph's quotation closes before an attribution of its own:
/// `"…", reageert X.`), and ends with its paragraph when it opened the paragraph.
/// Apostrophe words (`'s`, `'t`, `'81`) and apostrophes between letters (`zo'n`) are no marks.
public struct QuoteMarks: Sendable {
    struct Mark {
        let open: [Unicode.Scalar]
        let close: [Unicode.Scalar]
        let symmetric: Bool
    }

    let marks: [Mark]
    /// Words that begin with an apostrophe and stay one word (`'s`, `'t`), lowercased, without it.
    let elisions: Set<String>

    /// Reads the marks; `elisions` are the apostrophe words of the language (its tokenizer's `elisions.txt`).
    public init(bundle: ResourceBundle, elisions: [String] = []) throws(ResourceError) {
        let file = try bundle.file("common/quotes/marks.tsv")
        var marks: [Mark] = []
        for line in file.lines {
            let fields = line.fields
            guard fields.count == 3, ["pair", "symmetric"].contains(fields[0]), !fields[1].isEmpty, !fields[2].isEmpty else {
                throw file.error(line, "expected pair|symmetric TAB opening mark TAB closing mark")
            }
            marks.append(Mark(open: Array(fields[1].unicodeScalars), close: Array(fields[2].unicodeScalars), symmetric: fields[0] == "symmetric"))
        }
        // Longer marks first: `''` before `'`, `,,` before `,`.
        self.marks = marks.sorted { max($0.open.count, $0.close.count) > max($1.open.count, $1.close.count) }
        self.elisions = Set(elisions.map { String($0.lowercased().unicodeScalars.drop(while: Self.isApostrophe)) })
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "’" || scalar == "‘" }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    private static func isOpeningContext(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return ScalarText.isSpace(scalar) || "([{-–—/:".unicodeScalars.contains(scalar) || isMarkCharacter(scalar)
    }

    private static func isClosingContext(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return ScalarText.isSpace(scalar) || ".,;:!?)]}-–—/…".unicodeScalars.contains(scalar) || isMarkCharacter(scalar)
    }

    private static func isMarkCharacter(_ scalar: Unicode.Scalar) -> Bool {
        "\"'„“”‘’‚«»‹›`".unicodeScalars.contains(scalar)
    }

    private static func matches(_ mark: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        guard index + mark.count <= end else { return false }
        for (offset, scalar) in mark.enumerated() where scalars[index + offset] != scalar { return false }
        return true
    }

    /// Whether an apostrophe at `index` begins an apostrophe word (`'s avonds`, `'81`).
    private func isElision(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
        var word = ""
        var cursor = index + 1
        while cursor < end, Self.isLetterOrDigit(scalars[cursor]) {
            word.unicodeScalars.append(scalars[cursor])
            cursor += 1
        }
        if word.count == 2, word.allSatisfy(\.isNumber) { return true }
        return elisions.contains(word.lowercased())
    }

    /// Whether the first closing mark from `start` on (any that closes the opening mark: `''` or `"` after `,,`) is
    /// followed by a comma and a lowercase word (`", zei hij`).
    private func attributesItself(_ scalars: [Unicode.Scalar], from start: Int, end: Int, closes: [[Unicode.Scalar]]) -> Bool {
        var index = start
        var width = 0
        while index < end {
            if let close = closes.first(where: { Self.matches($0, in: scalars, at: index, end: end) }) {
                width = close.count
                break
            }
            index += 1
        }
        guard index < end else { return false }
        var next = index + width
        guard next < end, scalars[next] == "," else { return false }
        next += 1
        while next < end, ScalarText.isSpace(scalars[next]) { next += 1 }
        return next < end && scalars[next].properties.isLowercase
    }

    private struct Open {
        let mark: Int
        let at: Int
        let contentStart: Int
        var pieces: [Range<Int>]
        var outerStart: Int

        /// The quotation as it stands when it ends with the last paragraph it ran over, its closing mark lost.
        var endedOpen: Quotation { Quotation(outer: outerStart..<(pieces.last?.upperBound ?? outerStart), pieces: pieces) }
    }

    /// How many quotation marks stand where the text's order cannot have put them, read across all blocks in turn: a
    /// mark that can only close while no quotation it closes is open, or one that can only open, inside its paragraph,
    /// while a quotation of its own kind is still open (one of another kind opening is nested: `«… zei hij: "…" …»`).
    /// Text whose sentences keep their order has none, however its paragraphs run (a quotation over three one-sentence
    /// paragraphs opens in the first and closes in the third); text whose sentences came shuffled, as in sentence
    /// corpora, has them wherever a quotation ran over several sentences.
    ///
    /// - Complexity: O(n × marks).
    public func orderBreaks(in scalars: [Unicode.Scalar], blocks: [Range<Int>]) -> Int {
        // The quotations open, innermost last, each by the marks that may close it.
        var open: [[[Unicode.Scalar]]] = []
        var breaks = 0
        // (Only a scalar that begins a mark is read further.)
        let firsts = Set(marks.flatMap { [$0.open[0], $0.close[0]] })
        for block in blocks {
            let firstVisible = (block.lowerBound..<block.upperBound).first { !ScalarText.isSpace(scalars[$0]) } ?? block.upperBound
            var index = block.lowerBound
            while index < block.upperBound {
                guard firsts.contains(scalars[index]) else {
                    index += 1
                    continue
                }
                // Every mark that could close here and every one that could open, apostrophes aside (they are also
                // letters' marks: `zo'n`, `'s`).
                let before = index > block.lowerBound ? scalars[index - 1] : nil
                var width = 0
                var closing: [Unicode.Scalar]?
                var opening: [[Unicode.Scalar]] = []
                for mark in marks {
                    // (As the scanner reads them: a mark of two characters is never anything else, spaced off or not; a
                    // straight mark after a digit with no quotation open is an inch, `2" staat`; of three commas the first
                    // is a comma, `aldus Jansen,,, waar`. A quotation open may end in a number: `nummer 281".`)
                    let double = mark.open.count > 1 && mark.open != mark.close
                    if Self.matches(mark.close, in: scalars, at: index, end: block.upperBound), !(mark.close.count == 1 && Self.isApostrophe(mark.close[0])),
                        !(mark.close == ["\""] && before.map({ ("0"..."9").contains($0) }) == true && open.isEmpty)
                    {
                        let after = index + mark.close.count < block.upperBound ? scalars[index + mark.close.count] : nil
                        let fits = double ? !Self.isLetterOrDigit(after) : before.map({ !ScalarText.isSpace($0) }) == true && Self.isClosingContext(after)
                        if fits { closing = mark.close }
                        width = max(width, mark.close.count)
                    }
                    if Self.matches(mark.open, in: scalars, at: index, end: block.upperBound), !(mark.open.count == 1 && Self.isApostrophe(mark.open[0])) {
                        let after = index + mark.open.count < block.upperBound ? scalars[index + mark.open.count] : nil
                        if double, mark.open.allSatisfy({ $0 == "," }), after == "," {
                            width = -1
                            break
                        }
                        if double ? after != nil : after.map({ !ScalarText.isSpace($0) }) == true, !mark.symmetric || Self.isOpeningContext(before) {
                            opening = marks.filter { $0.open == mark.open }.map(\.close)
                        }
                        width = max(width, mark.open.count)
                    }
                }
                guard width > 0 else {
                    index += 1
                    continue
                }
                let closes = closing.flatMap { close in open.lastIndex { $0.contains(close) } }
                if let closing, opening.isEmpty || closes == open.indices.last && open.last?.contains(closing) == true {
                    // Closing: the quotation it closes, with any left open inside it.
                    if let closes { open.removeSubrange(closes...) } else { breaks += 1 }
                } else if !opening.isEmpty {
                    // Opening: a paragraph that repeats the mark of the quotation it goes on with opens nothing new; one
                    // of the same kind inside a paragraph means that quotation was never closed.
                    let same = open.last.map { !Set($0).isDisjoint(with: opening) } ?? false
                    if same, index != firstVisible {
                        breaks += 1
                        open.removeLast()
                    }
                    if !same || index != firstVisible { open.append(opening) }
                }
                index += width
            }
        }
        return breaks
    }

    /// The quotations in `scalars`, block by block (`blocks` in text order), outermost only.
    ///
    /// - Complexity: O(n × marks).
    public func quotations(in scalars: [Unicode.Scalar], blocks: [Range<Int>]) -> [Quotation] {
        var found: [Quotation] = []
        var carried: Open?
        for block in blocks {
            var stack: [Open] = []
            var index = block.lowerBound
            let firstVisible = (block.lowerBound..<block.upperBound).first { !ScalarText.isSpace(scalars[$0]) } ?? block.upperBound
            if let previous = carried, !Self.matches(marks[previous.mark].open, in: scalars, at: firstVisible, end: block.upperBound) {
                // Left open and not taken up by this paragraph: it ended with its own.
                found.append(previous.endedOpen)
                carried = nil
            }
            // (Counted after the quotation the paragraph before left open, which is no quotation of this one.)
            let foundBefore = found.count
            while index < block.upperBound {
                let before = index > block.lowerBound ? scalars[index - 1] : nil
                var advanced = false
                for (number, mark) in marks.enumerated() {
                    let closes = Self.matches(mark.close, in: scalars, at: index, end: block.upperBound)
                    let opens = Self.matches(mark.open, in: scalars, at: index, end: block.upperBound)
                    guard closes || opens else { continue }
                    let width = closes ? mark.close.count : mark.open.count
                    let after = index + width < block.upperBound ? scalars[index + width] : nil
                    let apostrophe = width == 1 && Self.isApostrophe(scalars[index])
                    // A mark of two characters (`,,` `''`) is never anything else, and treebank text spaces it off.
                    let double = width > 1 && mark.open != mark.close
                    let canClose = closes && (double ? !Self.isLetterOrDigit(after) : before.map { !ScalarText.isSpace($0) } == true && Self.isClosingContext(after))
                        && !(apostrophe && Self.isLetterOrDigit(before) && Self.isLetterOrDigit(after))
                    var canOpen = opens && (double ? index + width < block.upperBound : after.map { !ScalarText.isSpace($0) } == true)
                    // Three commas are a comma and then the opening mark (`aldus Jansen,,, waar …`).
                    if canOpen, double, after == ",", mark.open.allSatisfy({ $0 == "," }) { canOpen = false }
                    if canOpen, mark.symmetric || apostrophe { canOpen = Self.isOpeningContext(before) }
                    if canOpen, apostrophe || mark.open == ["'"], isElision(scalars, at: index, end: block.upperBound) { canOpen = false }
                    if canClose, let depth = stack.lastIndex(where: { marks[$0.mark].open == mark.open }) {
                        var open = stack[depth]
                        stack.removeSubrange(depth...)
                        open.pieces.append(open.contentStart..<index)
                        found.append(Quotation(outer: open.outerStart..<(index + width), pieces: open.pieces))
                        index += width
                        advanced = true
                        break
                    }
                    if canClose, stack.isEmpty, !canOpen, found.count == foundBefore, carried == nil, index > firstVisible {
                        // The first mark of the paragraph closes: the quotation began before it, its opening mark lost
                        // (`Je creëert problemen", aldus Gminder.`). Taken when the clause ends there.
                        var next = index + width
                        while next < block.upperBound, ScalarText.isSpace(scalars[next]) { next += 1 }
                        if next == block.upperBound || [",", ".", ";"].contains(scalars[next]) {
                            found.append(Quotation(outer: firstVisible..<(index + width), pieces: [firstVisible..<index]))
                            index += width
                            advanced = true
                            break
                        }
                    }
                    if canOpen {
                        if index == firstVisible, stack.isEmpty, let previous = carried, marks[previous.mark].open == mark.open {
                            if attributesItself(scalars, from: index + mark.open.count, end: block.upperBound, closes: marks.filter { $0.open == mark.open }.map(\.close)) {
                                // A paragraph whose quotation closes before its own attribution (`"…", reageert minister
                                // Durant.`) is a quotation of its own, not the last part of the one before: that one ended
                                // with its paragraph.
                                var ended = previous.endedOpen
                                ended.endedByNext = true
                                found.append(ended)
                                stack.append(Open(mark: number, at: index, contentStart: index + mark.open.count, pieces: [], outerStart: index))
                            } else {
                                // The quotation of the paragraph before goes on.
                                stack.append(Open(mark: previous.mark, at: index, contentStart: index + mark.open.count, pieces: previous.pieces, outerStart: previous.outerStart))
                            }
                        } else {
                            stack.append(Open(mark: number, at: index, contentStart: index + mark.open.count, pieces: [], outerStart: index))
                        }
                        carried = nil
                        index += mark.open.count
                        advanced = true
                        break
                    }
                }
                if !advanced { index += 1 }
            }
            if let previous = carried {
                // Its opening mark here was not one (a closing mark in the same place): it ended with its paragraph.
                found.append(previous.endedOpen)
                carried = nil
            }
            // A quotation still open goes on in the next paragraph when that opens with the same mark, or ends here.
            if let first = stack.first {
                var end = block.upperBound
                while end > first.contentStart, ScalarText.isSpace(scalars[end - 1]) { end -= 1 }
                var open = first
                open.pieces.append(first.contentStart..<end)
                carried = open
            }
        }
        if let previous = carried {
            found.append(previous.endedOpen)
        }
        for index in found.indices {
            found[index].pieces = found[index].pieces.map { piece in
                var low = piece.lowerBound
                var high = piece.upperBound
                while low < high, ScalarText.isSpace(scalars[low]) { low += 1 }
                while high > low, ScalarText.isSpace(scalars[high - 1]) { high -= 1 }
                return low..<high
            }
        }
        found.sort { $0.outer.lowerBound < $1.outer.lowerBound }
        // Outermost only: a quotation inside another is part of it.
        var outermost: [Quotation] = []
        for quotation in found {
            if let last = outermost.last, last.outer.upperBound >= quotation.outer.upperBound { continue }
            outermost.append(quotation)
        }
        return outermost
    }
}
