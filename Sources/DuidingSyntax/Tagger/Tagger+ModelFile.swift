public import DuidingLearning
public import Foundation

extension Tagger {
    /// Reads a tagger from its model file.
    public init(data: Data) throws(ModelFile.FormatError) {
        let file = try ModelFile(data: data, component: Self.component, templateHash: TaggerFeatures.templateHash)
        func head(_ name: String) throws(ModelFile.FormatError) -> TaggerHead? {
            guard let weights = file.sections["\(name).weights"], let labels = file.sections["\(name).labels"] else { return nil }
            let model = try PerceptronModel(encoded: weights)
            let names = try LabelSection.decode(labels)
            guard model.classes == names.count else {
                throw ModelFile.FormatError("tagger model's \(name) head has \(model.classes) classes for \(names.count) labels")
            }
            return TaggerHead(model: model, labels: names)
        }
        guard let upos = try head("upos") else { throw ModelFile.FormatError("tagger model has no UPOS head") }
        var dictionary: [String: Int] = [:]
        if let section = file.sections["dictionary"] {
            let entries = try LabelSection.decode(section)
            for entry in entries {
                let parts = entry.split(separator: "\t")
                guard parts.count == 2, let label = Int(parts[1]), label >= 0, label < upos.labels.count else {
                    throw ModelFile.FormatError("bad tag dictionary entry")
                }
                dictionary[String(parts[0])] = label
            }
        }
        func laterDictionary(_ name: String, _ head: TaggerHead?) throws(ModelFile.FormatError) -> [LaterKey: Int] {
            guard let head, let section = file.sections[name] else { return [:] }
            var table: [LaterKey: Int] = [:]
            for entry in try LabelSection.decode(section) {
                let parts = entry.split(separator: "\t")
                guard parts.count == 3, let label = Int(parts[2]), label >= 0, label < head.labels.count else {
                    throw ModelFile.FormatError("bad \(name) entry")
                }
                table[LaterKey(normal: String(parts[0]), upos: String(parts[1]))] = label
            }
            return table
        }
        var lexicon: [String: String] = [:]
        for entry in try file.sections["lexicon"].map(LabelSection.decode) ?? [] {
            let parts = entry.split(separator: "\t")
            if parts.count == 2 { lexicon[String(parts[0])] = String(parts[1]) }
        }
        let wordList = try file.sections["wordlist"].map { data throws(ModelFile.FormatError) in try WordSet(encoded: data) }
        let upos2 = try head("upos2")
        if let upos2, upos2.labels != upos.labels { throw ModelFile.FormatError("tagger model's two UPOS heads differ in labels") }
        let xpos = try head("xpos")
        let feats = try head("feats")
        func allowed(_ name: String, _ head: TaggerHead?) throws(ModelFile.FormatError) -> [[Int32]] {
            guard let head, let section = file.sections["\(name).allowed"] else { return [] }
            let rows = try LabelSection.decode(section)
            guard rows.count == upos.labels.count else { throw ModelFile.FormatError("\(name).allowed has \(rows.count) rows") }
            return try rows.map { row throws(ModelFile.FormatError) in
                try row.split(separator: " ").map { value throws(ModelFile.FormatError) in
                    guard let label = Int32(value), label >= 0, Int(label) < head.labels.count else {
                        throw ModelFile.FormatError("bad label \(value) in \(name).allowed")
                    }
                    return label
                }
            }
        }
        self.init(
            name: file.name, upos: upos, upos2: upos2, xpos: xpos, feats: feats, dictionary: dictionary,
            xposDictionary: try laterDictionary("xpos.dictionary", xpos), featsDictionary: try laterDictionary("feats.dictionary", feats),
            lexicon: lexicon, wordList: wordList,
            xposAllowed: try allowed("xpos", xpos), featsAllowed: try allowed("feats", feats))
    }

    /// The model file: settings in the header, each head's labels and weights as sections.
    public func modelFile(language: String, dataHash: String, settings: [String: String]) -> ModelFile {
        var sections: [String: Data] = [:]
        for (key, head) in [("upos", upos), ("upos2", upos2), ("xpos", xpos), ("feats", feats)] {
            guard let head else { continue }
            sections["\(key).labels"] = LabelSection.encode(head.labels)
            sections["\(key).weights"] = head.model.encoded()
        }
        for (key, table) in [("xpos", xposAllowed), ("feats", featsAllowed)] where !table.isEmpty {
            sections["\(key).allowed"] = LabelSection.encode(table.map { $0.map(String.init).joined(separator: " ") })
        }
        sections["dictionary"] = LabelSection.encode(dictionary.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" })
        for (key, table) in [("xpos.dictionary", xposDictionary), ("feats.dictionary", featsDictionary)] where !table.isEmpty {
            // Sorted as the joined `normal TAB upos` strings sort, so that the same data gives the same bytes.
            let rows = table.map { ("\($0.key.normal)\t\($0.key.upos)", $0.value) }.sorted { $0.0 < $1.0 }
            sections[key] = LabelSection.encode(rows.map { "\($0.0)\t\($0.1)" })
        }
        if let wordList { sections["wordlist"] = wordList.encoded() }
        if !lexicon.isEmpty {
            sections["lexicon"] = LabelSection.encode(lexicon.sorted { $0.key < $1.key }.map { "\($0.key)\t\($0.value)" })
        }
        return ModelFile(
            component: Self.component, name: name, language: language, templateHash: TaggerFeatures.templateHash,
            dataHash: dataHash, settings: settings, sections: sections)
    }
}
