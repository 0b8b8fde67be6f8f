/// Splits one whitespace-free chunk of text into tokens.
struct ChunkScanner {
    let tokenizer: Tokenizer
    let scalars: [Unicode.Scalar]
    let start: Int
    let end: Int

    private var rules: TokenizerRules { tokenizer.rules }

    func scan(into tokens: inout [TokenSpan]) {
        if let webEnd = webTokenEnd() {
            emit(start, webEnd, into: &tokens)
            if webEnd < end {
                ChunkScanner(tokenizer: tokenizer, scalars: scalars, start: webEnd, end: end).scan(into: &tokens)
            }
            return
        }
        var p = start
        while p < end {
            let s = scalars[p]
            if ScalarClass.isAlphanumeric(s) || startsWord(at: p) {
                let wordEnd = scanWord(from: p)
                emitWord(p, wordEnd, into: &tokens)
                p = wordEnd
            } else if ScalarClass.isEmoji(s) {
                var q = p + 1
                while q < end, joinsEmoji(previous: scalars[q - 1], next: scalars[q]) { q += 1 }
                emit(p, q, into: &tokens)
                p = q
            } else {
                let q = punctuationEnd(at: p)
                emit(p, q, into: &tokens)
                p = q
            }
        }
    }

    // MARK: Words

    /// Symbols that begin a word although they are not letters or digits: a leading hyphen before a
    /// lowercase letter (`-ie`) or a digit (`-5`), and an elision (`'s`, `'t`) or a year (`'30`).
    private func startsWord(at p: Int) -> Bool {
        let s = scalars[p]
        if ScalarClass.isHyphen(s), p == start, p + 1 < end {
            let next = scalars[p + 1]
            return ScalarClass.isLowercase(next) || ScalarClass.isDigit(next)
        }
        if ScalarClass.isApostrophe(s) { return elisionEnd(at: p) != nil }
        return false
    }

    /// The end of the word starting at `p`. A word may go on after an elision or an abbreviation
    /// joined by a hyphen (`'s-Hertogenbosch`, `St.-Janstraat`); the loop takes one such piece per turn.
    private func scanWord(from p: Int) -> Int {
        var piece = p
        while true {
            let (pieceEnd, goesOn) = scanPiece(from: piece)
            guard goesOn else { return pieceEnd }
            piece = pieceEnd
        }
    }

    /// One piece of a word, and whether a hyphen joins another piece to it.
    private func scanPiece(from p: Int) -> (end: Int, goesOn: Bool) {
        if ScalarClass.isApostrophe(scalars[p]), let elision = elisionEnd(at: p) {
            guard elision + 1 < end, ScalarClass.isHyphen(scalars[elision]), ScalarClass.isUppercase(scalars[elision + 1])
            else { return (elision, false) }
            return (elision + 1, true)
        }
        var q = p + 1
        while q < end {
            let s = scalars[q]
            if ScalarClass.isAlphanumeric(s) || ScalarClass.isMark(s) {
                q += 1
            } else if q + 1 < end, joins(s, previous: scalars[q - 1], next: scalars[q + 1]) {
                q += 2
            } else if s == "%" || s == "\u{2030}" || s == "\u{00B0}", ScalarClass.isDigit(scalars[q - 1]) {
                q += 1
            } else {
                break
            }
        }
        // A trailing hyphen stays on a truncated compound (`Spraak-` in `Spraak- en taalstoornissen`).
        if q < end, ScalarClass.isHyphen(scalars[q]), ScalarClass.isLetter(scalars[q - 1]),
            q + 1 == end || !ScalarClass.isAlphanumeric(scalars[q + 1])
        {
            q += 1
        }
        // A full stop stays on an abbreviation or an initial.
        if q < end, scalars[q] == ".", q + 1 == end || scalars[q + 1] != ".", keepsFullStop(p, q) {
            q += 1
            // An abbreviation that starts a compound (`St.-Janstraat`) goes on.
            if q + 1 < end, ScalarClass.isHyphen(scalars[q]), ScalarClass.isAlphanumeric(scalars[q + 1]) {
                return (q + 1, true)
            }
        }
        return (q, false)
    }

    /// Whether the punctuation `s` between `previous` and `next` joins them into one word.
    @inline(__always)
    private func joins(_ s: Unicode.Scalar, previous: Unicode.Scalar, next: Unicode.Scalar) -> Bool {
        switch s {
        case "-", "\u{2010}", "\u{2011}", "/", "&", "+", "_", "@", "=":
            return ScalarClass.isAlphanumeric(previous) && ScalarClass.isAlphanumeric(next)
        case ".":
            return ScalarClass.isAlphanumeric(previous) && ScalarClass.isAlphanumeric(next)
        case ",", ":":
            return ScalarClass.isDigit(previous) && ScalarClass.isDigit(next)
        case "'", "\u{2019}":
            return ScalarClass.isLetter(previous) && ScalarClass.isLetter(next)
        default:
            return false
        }
    }

    /// Whether the word `scalars[p..<q]` followed by a full stop is an abbreviation or initials.
    private func keepsFullStop(_ p: Int, _ q: Int) -> Bool {
        let length = q - p
        // A single capital: an initial (`A.`), unless listed as a word (`X.`); lowercase one-letter abbreviations are listed.
        if length == 1, ScalarClass.isUppercase(scalars[p]) {
            return rules.abbreviationClass(of: String(Character(scalars[p])) + ".") != .word
        }
        // Initials joined by full stops (`O.J`, `F.J.G`): single letters between dots.
        if length >= 3, isInitials(p, q) { return true }
        guard length < 12 else { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[p..<q])
        view.append(".")
        return rules.abbreviationClass(of: String(view)) != nil
    }

    private func isInitials(_ p: Int, _ q: Int) -> Bool {
        var i = p
        while i < q {
            guard ScalarClass.isLetter(scalars[i]) else { return false }
            i += 1
            if i == q { return true }
            guard scalars[i] == "." else { return false }
            i += 1
        }
        return false
    }

    /// The end of an elision (`'s`, `'t`) or an abbreviated year (`'30`) starting at the apostrophe `p`.
    private func elisionEnd(at p: Int) -> Int? {
        var q = p + 1
        while q < end, ScalarClass.isLetter(scalars[q]) { q += 1 }
        if q > p + 1, q == end || !ScalarClass.isAlphanumeric(scalars[q]) {
            var view = String.UnicodeScalarView()
            view.append("'")
            view.append(contentsOf: scalars[(p + 1)..<q])
            if rules.elisions.contains(String(view).lowercased()) { return q }
            return nil
        }
        if q == p + 1, p + 2 < end, ScalarClass.isDigit(scalars[p + 1]), ScalarClass.isDigit(scalars[p + 2]),
            p + 3 == end || !ScalarClass.isDigit(scalars[p + 3])
        {
            var r = p + 3
            if r < end, scalars[r] == "s" { r += 1 }
            return r
        }
        return nil
    }

    /// Emits a word, splitting off a clitic the language separates (English `do|n't`).
    private func emitWord(_ p: Int, _ q: Int, into tokens: inout [TokenSpan]) {
        if !rules.clitics.isEmpty, q - p > 2 {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[p..<q])
            let word = String(view).lowercased()
            for clitic in rules.clitics where word.count > clitic.count && word.hasSuffix(clitic) {
                let cut = q - clitic.unicodeScalars.count
                emit(p, cut, into: &tokens)
                emit(cut, q, into: &tokens)
                return
            }
        }
        emit(p, q, into: &tokens)
    }

    // MARK: Punctuation, emoji, the web

    /// The end of the punctuation token at `p`: runs of the same mark that form one sign (`,,` `''` `...` `--` `?!`).
    private func punctuationEnd(at p: Int) -> Int {
        let s = scalars[p]
        var q = p + 1
        switch s {
        case ",":
            // Three commas are a comma and the opening mark after it (`zei hij,,,maar …`).
            if q < end, scalars[q] == s, !(q + 1 < end && scalars[q + 1] == s) { q += 1 }
        case "'", "`", "-", "\u{2018}", "\u{2019}":
            if q < end, scalars[q] == s { q += 1 }
        case ".":
            while q < end, scalars[q] == "." { q += 1 }
        case "?", "!":
            while q < end, scalars[q] == "?" || scalars[q] == "!" { q += 1 }
        default:
            break
        }
        return q
    }

    @inline(__always)
    private func joinsEmoji(previous: Unicode.Scalar, next: Unicode.Scalar) -> Bool {
        let v = next.value
        if v == 0x200D || v == 0xFE0F || v == 0x20E3 || (v >= 0x1F3FB && v <= 0x1F3FF) || (v >= 0xE0020 && v <= 0xE007F) {
            return true
        }
        if previous.value == 0x200D { return ScalarClass.isEmoji(next) }
        // Regional indicators pair into flags.
        let p = previous.value
        return p >= 0x1F1E6 && p <= 0x1F1FF && v >= 0x1F1E6 && v <= 0x1F1FF
    }

    /// The end of a URL, e-mail address or handle that starts the chunk, minus trailing punctuation.
    private func webTokenEnd() -> Int? {
        let length = end - start
        guard length >= 4 else { return nil }
        let first = scalars[start]
        var isWeb = false
        switch first {
        case "h", "H", "w", "W", "f", "F":
            isWeb = hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") || hasPrefix("ftp://")
        default:
            break
        }
        if !isWeb {
            // user@host.tld
            if let at = (start..<end).first(where: { scalars[$0] == "@" }), at > start,
                ScalarClass.isAlphanumeric(scalars[at - 1]),
                (at + 1..<end).contains(where: { scalars[$0] == "." }),
                ScalarClass.isAlphanumeric(scalars[start])
            {
                isWeb = true
            } else if scalars[start] == "#" || scalars[start] == "@", ScalarClass.isLetter(scalars[start + 1]) {
                isWeb = true
            }
        }
        guard isWeb else { return nil }
        var q = end
        // A closing bracket belongs to the address only when it opened one (`…/Foo_(bar)`).
        let hasOpening = (start..<end).contains { scalars[$0] == "(" }
        while q > start + 1 {
            let s = scalars[q - 1]
            if s == "." || s == "," || s == ";" || s == ":" || s == "!" || s == "?" || s == "\"" || s == "'"
                || s == "\u{201D}" || s == "\u{2019}" || s == "\u{00BB}" || (s == ")" && !hasOpening)
            {
                q -= 1
            } else {
                break
            }
        }
        if scalars[start] == "#" || scalars[start] == "@" {
            var r = start + 1
            while r < q, ScalarClass.isAlphanumeric(scalars[r]) || scalars[r] == "_" { r += 1 }
            return r
        }
        return q
    }

    private func hasPrefix(_ prefix: String) -> Bool {
        var i = start
        for s in prefix.unicodeScalars {
            guard i < end else { return false }
            let c = scalars[i]
            let lower = c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 32) ?? c : c
            guard lower == s else { return false }
            i += 1
        }
        return true
    }

    @inline(__always)
    private func emit(_ p: Int, _ q: Int, into tokens: inout [TokenSpan]) {
        tokens.append(TokenSpan(start: p, end: q, spaceAfter: false))
    }
}
