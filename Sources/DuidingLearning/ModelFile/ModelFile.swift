public import Foundation

/// The versioned file of a trained component.
///
/// ```
/// duiding-model 2                 magic and format version (an engine refuses newer formats)
/// component <id>                  e.g. tagger.upos
/// name <name with version>        e.g. nl-news-tagger-0.1.0
/// language <code>
/// template <feature-template hash>  the engine refuses a model whose features it does not compute
/// data <training-data hash>
/// <key> <value>                   component-specific settings
/// ---
/// sections: a name line, a byte count line, then that many bytes (labels, weights, tables)
/// ```
public struct ModelFile: Sendable {
    public static let magic = "duiding-model"
    public static let formatVersion = 2

    public var component: String
    public var name: String
    public var language: String
    public var templateHash: String
    public var dataHash: String
    public var settings: [String: String]
    public var sections: [String: Data]

    public init(
        component: String, name: String, language: String, templateHash: String, dataHash: String,
        settings: [String: String] = [:], sections: [String: Data] = [:]
    ) {
        self.component = component
        self.name = name
        self.language = language
        self.templateHash = templateHash
        self.dataHash = dataHash
        self.settings = settings
        self.sections = sections
    }

    /// A malformed or incompatible model file.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public init(_ message: String) { self.message = message }
        public var description: String { message }
    }

    public func serialized() -> Data {
        var header = "\(Self.magic) \(Self.formatVersion)\ncomponent \(component)\nname \(name)\nlanguage \(language)\n"
        header += "template \(templateHash)\ndata \(dataHash)\n"
        for key in settings.keys.sorted() { header += "\(key) \(settings[key] ?? "")\n" }
        header += "---\n"
        var data = Data(header.utf8)
        for key in sections.keys.sorted() {
            let body = sections[key] ?? Data()
            data.append(Data("\(key)\n\(body.count)\n".utf8))
            data.append(body)
        }
        return data
    }

    /// Reads a model file, checking the format version, the component and the feature template.
    public init(data: Data, component expected: String, templateHash expectedTemplate: String) throws(FormatError) {
        var offset = data.startIndex
        func line() throws(FormatError) -> String {
            guard let end = data[offset...].firstIndex(of: 0x0A) else { throw FormatError("truncated model file") }
            let text = String(decoding: data[offset..<end], as: UTF8.self)
            offset = end + 1
            return text
        }
        var header: [String: String] = [:]
        var first = true
        while true {
            let text = try line()
            if text == "---" { break }
            let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
            if first {
                guard parts.first == Self.magic, let version = parts.last.flatMap({ Int($0) }) else {
                    throw FormatError("not a Duiding model file")
                }
                guard version <= Self.formatVersion else {
                    throw FormatError("model format \(version) is newer than this engine reads (\(Self.formatVersion))")
                }
                first = false
                continue
            }
            header[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        guard header["component"] == expected else {
            throw FormatError("model is a \(header["component"] ?? "?") model, expected \(expected)")
        }
        guard header["template"] == expectedTemplate else {
            throw FormatError("feature template \(header["template"] ?? "?") differs from this engine's \(expectedTemplate); retrain")
        }
        var sections: [String: Data] = [:]
        while offset < data.endIndex {
            let name = try line()
            guard let count = Int(try line()), count >= 0, offset + count <= data.endIndex else {
                throw FormatError("section \(name) is truncated")
            }
            sections[name] = data[offset..<(offset + count)]
            offset += count
        }
        self.init(
            component: expected, name: header["name"] ?? expected, language: header["language"] ?? "",
            templateHash: expectedTemplate, dataHash: header["data"] ?? "",
            settings: header.filter { !["component", "name", "language", "template", "data"].contains($0.key) },
            sections: sections)
    }
}
