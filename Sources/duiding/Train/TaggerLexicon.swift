import DuidingLearning
import DuidingSyntax
import Foundation

/// The tagger's word lexicon as `train tagger` builds it (and `train parser` for its fold taggers): a word lexicon
/// (`word SPACE tag`, `;;;` comments), with the forms of a verb inflection table that it lacks, tagged by their role.
/// Both files are training data: `hash` folds them into the data hash the model header records.
struct TaggerLexicon {
    var table: [String: String] = [:]
    /// A spelling list (one word per line), for the word-list features.
    var wordList: WordSet?
    var hash: String

    init(lexicon: String?, verbs: String?, wordList: String? = nil, hash start: String) throws {
        hash = start
        if let wordList {
            let (set, text) = try WordListFile.load(wordList)
            self.wordList = set
            hash = StableKey.hex(hash + StableKey.hex(text))
        }
        if let lexicon {
            let (rows, text) = try InputFiles.table(lexicon, separator: " ", comment: ";;;")
            for (word, tag) in rows { table[word] = tag }
            hash = StableKey.hex(hash + StableKey.hex(text))
            FileHandleErr.write("lexicon: \(table.count) words\n")
        }
        if let verbs {
            let text = try VerbTable.text(verbs)
            var added = 0
            for (form, tag) in VerbInflections.lexiconTags(table: text) where table[form] == nil {
                table[form] = tag
                added += 1
            }
            hash = StableKey.hex(hash + StableKey.hex(text))
            FileHandleErr.write("verb table: \(added) verb forms added to the lexicon\n")
        }
    }
}

/// A spelling list (one word per line, `#` comments), read into a ``WordSet``.
enum WordListFile {
    static func load(_ path: String) throws -> (set: WordSet, text: String) {
        let text = try InputFiles.text(path)
        let words = text.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty && !$0.hasPrefix("#")
        }
        guard !words.isEmpty else { throw CLIError("\(path) holds no words (expected one per line)") }
        FileHandleErr.write("word list: \(words.count) words\n")
        return (WordSet(words), text)
    }
}

/// A verb inflection table (`infinitive,form,…` per line), read and checked.
enum VerbTable {
    static func text(_ path: String) throws -> String {
        let text = try InputFiles.text(path)
        guard !VerbInflections.lexiconTags(table: text).isEmpty else {
            throw CLIError("\(path) holds no verb forms (expected infinitive,form,… per line)")
        }
        return text
    }
}
