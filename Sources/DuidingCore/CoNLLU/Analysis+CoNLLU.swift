/// Conversions between an ``Analysis`` and CoNLL-U.
extension Analysis {
    /// The sentences as CoNLL-U: `sent_id` and `text` comments, one row per token, and the named-entity tag
    /// in MISC as `NER=B-PER`.
    public func conllu() -> CoNLLUDocument {
        let scalars = ScalarText.scalars(of: text)
        var document = CoNLLUDocument()
        document.sentences.reserveCapacity(sentences.count)
        for (index, sentence) in sentences.enumerated() {
            let sentenceText = ScalarText.string(scalars, sentence.start..<sentence.end)
            var out = CoNLLUSentence(comments: ["sent_id = \(index + 1)", "text = \(Self.oneLine(sentenceText))"])
            for (position, token) in tokens[sentence.tokens].enumerated() {
                var misc: [String] = []
                if !token.spaceAfter { misc.append("SpaceAfter=No") }
                if let ner = token.ner { misc.append("NER=\(ner)") }
                out.rows.append(
                    CoNLLURow(
                        id: String(position + 1), form: Self.column(token.text, empty: "_"),
                        lemma: Self.column(token.lemma), upos: Self.column(token.upos), xpos: Self.column(token.xpos),
                        feats: Self.column(token.feats), head: token.head.map(String.init) ?? "_",
                        deprel: Self.column(token.deprel), deps: "_",
                        misc: misc.isEmpty ? "_" : misc.joined(separator: "|")))
            }
            document.sentences.append(out)
        }
        return document
    }

    /// An analysis holding the tokens and sentence boundaries of pre-tokenised CoNLL-U, without its
    /// annotations, ready to be annotated again.
    ///
    /// The text is each sentence's `# text` comment where the token forms align with it, otherwise the
    /// forms joined as `SpaceAfter` says; sentences are separated by a line break. Words of a multiword
    /// token share the span of their surface token.
    public init(conllu document: CoNLLUDocument, language: String) {
        var text: [Unicode.Scalar] = []
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var offset = 0
        for sentence in document.sentences {
            if !sentences.isEmpty {
                text.append("\n")
                offset += 1
            }
            let surface = Self.surfaceTokens(of: sentence)
            let forms = surface.map(\.form)
            let given = sentence.comment("text").map { ScalarText.scalars(of: $0) }
            var local: [Range<Int>]
            var sentenceScalars: [Unicode.Scalar]
            if let given, case .success(let spans) = ScalarText.align(forms, in: given) {
                local = spans
                sentenceScalars = given
            } else {
                local = []
                sentenceScalars = []
                for piece in surface {
                    let begin = sentenceScalars.count
                    sentenceScalars.append(contentsOf: piece.form.unicodeScalars)
                    local.append(begin..<sentenceScalars.count)
                    if piece.spaceAfter { sentenceScalars.append(" ") }
                }
                if sentenceScalars.last == " " { sentenceScalars.removeLast() }
            }
            let first = tokens.count
            for (piece, span) in zip(surface, local) {
                // Inside the sentence the text says; at its end, the token's own SpaceAfter does.
                let spaceAfter =
                    span.upperBound < sentenceScalars.count
                    ? ScalarText.isSpace(sentenceScalars[span.upperBound]) : piece.spaceAfter
                for word in piece.words {
                    tokens.append(
                        Token(text: word, start: offset + span.lowerBound, end: offset + span.upperBound, spaceAfter: spaceAfter))
                }
            }
            text.append(contentsOf: sentenceScalars)
            let start = offset + (local.first?.lowerBound ?? 0)
            let end = offset + (local.last?.upperBound ?? 0)
            sentences.append(Sentence(start: start, end: end, tokens: first..<tokens.count))
            offset += sentenceScalars.count
        }
        self.init(language: language, text: ScalarText.string(text), tokens: tokens, sentences: sentences)
    }

    private struct SurfaceToken {
        var form: String
        var words: [String]
        var spaceAfter: Bool
    }

    private static func surfaceTokens(of sentence: CoNLLUSentence) -> [SurfaceToken] {
        var result: [SurfaceToken] = []
        var coveredUntil = 0
        var wordIndex = 0
        for row in sentence.rows {
            switch row.kind {
            case .multiword(_, let last):
                result.append(SurfaceToken(form: row.form, words: [], spaceAfter: row.spaceAfter))
                coveredUntil = last
            case .word:
                wordIndex += 1
                if wordIndex <= coveredUntil, !result.isEmpty {
                    result[result.count - 1].words.append(row.form)
                } else {
                    result.append(SurfaceToken(form: row.form, words: [row.form], spaceAfter: row.spaceAfter))
                }
            case .empty:
                continue
            }
        }
        return result
    }

    private static func column(_ value: String?, empty: String = "_") -> String {
        guard let value, !value.isEmpty else { return empty }
        return oneLine(value).replacingTabs()
    }

    private static func oneLine(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" ? " " : $0 }))
    }
}
