import DuidingCore
public import Foundation

/// The versioned file of a language-identification model.
///
/// ```
/// duiding-model 1                      magic and format version (readers refuse newer ones)
/// component langid
/// name langid-nl-en-0.1.0
/// languages nl en
/// template <hash of the feature template>
/// data <hash of the training data>
/// priors <log prior per language>
/// unseen <log-probability of an unseen n-gram per language>
/// word-weight <how much a word's log-probability counts against an n-gram's>
/// ---
/// <n-gram> TAB <log-probability per language, tab-separated>
/// w=<word> TAB <log-frequency per language, tab-separated>
/// ```
public struct LanguageModelFile: Sendable {
    public static let magic = "duiding-model"
    public static let formatVersion = 1
    public static let shippedName = "langid-nl-en-0.1.0.model"

    public var name: String
    public var languages: [String]
    public var templateHash: String
    public var dataHash: String
    public var priors: [Double]
    public var unseen: [Double]
    public var wordWeight: Double
    public var weights: [String: [Double]]

    public init(
        name: String, languages: [String], templateHash: String, dataHash: String, priors: [Double], unseen: [Double],
        wordWeight: Double, weights: [String: [Double]]
    ) {
        self.name = name
        self.languages = languages
        self.templateHash = templateHash
        self.dataHash = dataHash
        self.priors = priors
        self.unseen = unseen
        self.wordWeight = wordWeight
        self.weights = weights
    }

    /// A malformed model file.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "model line \(line): \(message)" }
    }

    public init(data: Data) throws(FormatError) {
        guard let text = String(data: data, encoding: .utf8) else { throw FormatError(line: 0, message: "not UTF-8") }
        let lines = text.lines()
        var header: [String: [Substring]] = [:]
        var index = 0
        while index < lines.count, lines[index] != "---" {
            let parts = lines[index].split(separator: " ")
            if let key = parts.first { header[String(key)] = Array(parts.dropFirst()) }
            index += 1
        }
        guard let version = header[Self.magic]?.first.flatMap({ Int($0) }) else {
            throw FormatError(line: 1, message: "not a Duiding model file (no `\(Self.magic)` line)")
        }
        guard version <= Self.formatVersion else {
            throw FormatError(line: 1, message: "model format \(version) is newer than this engine reads (\(Self.formatVersion))")
        }
        guard header["component"]?.first == "langid" else {
            throw FormatError(line: 2, message: "not a langid model")
        }
        guard let languages = header["languages"]?.map(String.init), !languages.isEmpty else {
            throw FormatError(line: 0, message: "no languages")
        }
        let template = header["template"]?.first.map(String.init) ?? ""
        guard template == Self.templateHash else {
            throw FormatError(
                line: 0, message: "feature template \(template) differs from this engine's \(Self.templateHash); retrain")
        }
        func numbers(_ key: String) throws(FormatError) -> [Double] {
            guard let values = header[key]?.compactMap({ Double($0) }), values.count == languages.count else {
                throw FormatError(line: 0, message: "`\(key)` needs one number per language")
            }
            return values
        }
        var weights: [String: [Double]] = [:]
        weights.reserveCapacity(lines.count - index)
        for number in (index + 1)..<max(index + 1, lines.count) where !lines[number].isEmpty {
            let fields = lines[number].split(separator: "\t", omittingEmptySubsequences: false)
            let values = fields.dropFirst().compactMap { Double($0) }
            guard fields.count == languages.count + 1, values.count == languages.count else {
                throw FormatError(line: number + 1, message: "expected an n-gram and \(languages.count) numbers")
            }
            weights[String(fields[0])] = values
        }
        self.init(
            name: header["name"]?.first.map(String.init) ?? "langid", languages: languages, templateHash: template,
            dataHash: header["data"]?.first.map(String.init) ?? "", priors: try numbers("priors"),
            unseen: try numbers("unseen"), wordWeight: header["word-weight"]?.first.flatMap { Double($0) } ?? 0,
            weights: weights)
    }

    /// The file's bytes; n-grams sorted so that the same training gives the same file.
    public func serialized() -> Data {
        var out = "\(Self.magic) \(Self.formatVersion)\ncomponent langid\nname \(name)\n"
        out += "languages \(languages.joined(separator: " "))\ntemplate \(templateHash)\ndata \(dataHash)\n"
        out += "priors \(priors.map(Self.format).joined(separator: " "))\n"
        out += "unseen \(unseen.map(Self.format).joined(separator: " "))\n"
        out += "word-weight \(Self.format(wordWeight))\n---\n"
        for gram in weights.keys.sorted() {
            out += gram
            for value in weights[gram] ?? [] { out += "\t" + Self.format(value) }
            out += "\n"
        }
        return Data(out.utf8)
    }

    static func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// Hash of the feature template this engine computes.
    public static var templateHash: String { StableHash.hex(CharacterNGrams.template) }
}

/// FNV-1a 64-bit: a stable hash for identifying templates and training data in model headers.
public enum StableHash {
    public static func hex(_ text: String) -> String {
        var hash = Hasher64()
        hash.add(text)
        return hash.hex
    }

    public struct Hasher64: Sendable {
        public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
        public init() {}

        public mutating func add(_ text: String) {
            for byte in text.utf8 {
                value ^= UInt64(byte)
                value = value &* 0x100_0000_01b3
            }
        }

        public var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}
