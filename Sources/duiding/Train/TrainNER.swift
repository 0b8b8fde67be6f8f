import ArgumentParser
import DuidingCore
import DuidingEntities
import Foundation

struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the named-entity tagger from CoNLL-2002-format files.",
        discussion: """
            Example: duiding train ner --train ../shared/data/conll2002-nl/ned.train \\
                       --dev ../shared/data/conll2002-nl/ned.testa --out Resources/models/nl-conll-ner-0.2.0.model
            """
    )

    @Option(help: "Training file(s) in the CoNLL-2002 format (repeatable).")
    var train: [String]

    @Option(help: "Tuning file scored after every iteration.")
    var dev: String?

    @Option(help: "A gazetteer (name TAB type per line, # comments) whose names the tagger marks; stored in the model.")
    var gazetteer: String?

    @OptionGroup var model: ModelOptions

    @Flag(inversion: .prefixedNo, help: "Learn BILOU tags (a tag of their own for single-word entities and last words) instead of IOB2; output stays IOB2.")
    var bilou = true

    func run() throws {
        let iterations = model.iterations ?? 10
        let name = model.name ?? "nl-conll-ner-0.2.0"
        var documents: [EntityDocument] = []
        var hasher = DataHash()
        for path in train {
            let text = try InputFiles.text(path)
            hasher.add(text)
            documents += CoNLL2002.read(text)
        }
        let tune = try dev.map { CoNLL2002.read(try InputFiles.text($0)) } ?? []
        FileHandleErr.write("\(documents.count) training documents, \(tune.count) tuning documents\n")
        var names = Gazetteer()
        if let gazetteer {
            let (rows, text) = try InputFiles.table(gazetteer, separator: "\t", comment: "#")
            hasher.add(text)
            for (name, type) in rows { names.add(name, type: type) }
            FileHandleErr.write("gazetteer: \(names.count) names\n")
        }
        var trainer = EntityTaggerTrainer()
        trainer.iterations = iterations
        trainer.seed = model.seed
        trainer.pruneBelow = model.prune
        trainer.bilou = bilou
        let start = Date()
        let tagger = trainer.train(name: name, documents: documents, tune: tune, gazetteer: names) {
            FileHandleErr.write($0 + "\n")
        }
        FileHandleErr.write("trained in \(Int(Date().timeIntervalSince(start))) s\n")
        guard let out = model.out else { return }
        try writeModel(
            tagger.modelFile(language: model.language, dataHash: hasher.hex, settings: model.settings(iterations: iterations).merging(
                    ["bilou": String(bilou)]) { a, _ in a }),
            to: out)
    }
}
