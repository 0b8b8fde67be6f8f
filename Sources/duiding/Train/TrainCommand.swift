import ArgumentParser
import DuidingCore
import DuidingEvaluation
import DuidingText
import Foundation

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model from data, deterministically.",
        subcommands: [TrainLanguageID.self, TrainTagger.self, TrainLemmatizer.self, TrainParser.self, TrainNER.self]
    )
}

struct TrainLanguageID: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "langid",
        abstract: "Train the language identifier from CoNLL-U or plain-text files of known language.",
        discussion: """
            The recipe of the shipped model is in Resources/models/README.md.
            """
    )

    @Option(help: "LANG=FILE: a CoNLL-U file (its sentences) or a text file (its lines) in LANG (repeatable).")
    var train: [String]

    @Option(help: "LANG=FILE: a word frequency list (word TAB Zipf frequency, # comments) for LANG (repeatable).")
    var words: [String] = []

    @Option(help: "Weight of the word features against the character n-grams.")
    var wordWeight = 1.0

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "Model name recorded in the file.")
    var name = "langid-nl-en-0.1.0"

    @Option(help: "Keep at most this many n-grams.")
    var maxFeatures = 40_000

    func validate() throws {
        guard wordWeight.isFinite, wordWeight >= 0 else { throw ValidationError("--word-weight must be a number of at least 0") }
        guard maxFeatures >= 1 else { throw ValidationError("--max-features must be at least 1") }
    }

    func run() throws {
        var sentences: [(language: String, text: String)] = []
        for spec in train {
            let (language, path) = try languageAndPath(spec)
            if path.hasSuffix(".conllu") {
                for text in LanguageIdentificationEvaluation.sentences(of: try readCoNLLU(path), minimumWords: 1) {
                    sentences.append((language, text))
                }
            } else {
                for line in try InputFiles.text(path).lines() where !line.isEmpty {
                    sentences.append((language, String(line)))
                }
            }
            FileHandleErr.write("read \(path)\n")
        }
        // An identifier tells languages apart: it needs sentences of two at least.
        let languages = Set(sentences.map(\.language))
        guard languages.count >= 2 else {
            throw CLIError("the training text has sentences of \(languages.count) language\(languages.count == 1 ? "" : "s"); give at least two with --train LANG=FILE")
        }
        var frequencies: [String: [String: Double]] = [:]
        for spec in words {
            let (language, path) = try languageAndPath(spec)
            for line in try InputFiles.text(path).lines() where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t")
                guard fields.count >= 2, let zipf = Double(fields[1]) else { continue }
                guard zipf.isFinite, zipf >= 0 else { throw CLIError("\(path): the Zipf frequency of \(fields[0]) is \(fields[1]), not a number of at least 0") }
                frequencies[language, default: [:]][String(fields[0]).lowercased()] = zipf
            }
            FileHandleErr.write("read \(path)\n")
        }
        var trainer = LanguageIdentifierTrainer()
        trainer.maximumFeatures = maxFeatures
        trainer.wordWeight = wordWeight
        let model = trainer.train(name: name, sentences: sentences, wordFrequencies: frequencies)
        do {
            try model.serialized().write(to: URL(fileURLWithPath: out))
        } catch {
            throw CLIError("cannot write \(out): \(error.localizedDescription)")
        }
        FileHandleErr.write("wrote \(out): \(model.weights.count) n-grams, \(sentences.count) sentences, data \(model.dataHash)\n")
    }
}

enum FileHandleErr {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Refuses training data with more distinct labels than a model can hold: a perceptron scores at most 65,535 classes,
/// and a label may need several (`classesPerLabel`: a parser's relation is a left and a right arc).
func checkLabelCount(_ labels: Int, _ what: String, classesPerLabel: Int = 1) throws {
    let most = (Int(UInt16.max) - 1) / classesPerLabel
    guard labels <= most else {
        throw CLIError("the training data has \(labels) distinct \(what); a model holds at most \(most) (is the file in the right format?)")
    }
}
