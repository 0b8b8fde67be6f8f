/// Writes a ``CoNLLUDocument`` as CoNLL-U text: comments, rows, a blank line after each sentence.
public enum CoNLLUWriter {
    /// - Complexity: O(n) in the size of the document.
    public static func write(_ document: CoNLLUDocument) -> String {
        var out = ""
        for sentence in document.sentences {
            write(sentence, into: &out)
        }
        return out
    }

    public static func write(_ sentence: CoNLLUSentence, into out: inout String) {
        for comment in sentence.comments {
            out += comment.isEmpty ? "#\n" : "# \(comment)\n"
        }
        for row in sentence.rows {
            out += row.id
            for column in [row.form, row.lemma, row.upos, row.xpos, row.feats, row.head, row.deprel, row.deps, row.misc] {
                out += "\t"
                out += column
            }
            out += "\n"
        }
        out += "\n"
    }
}
