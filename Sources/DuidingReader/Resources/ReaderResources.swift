public import DuidingResources

/// Everything the ``ArticleReader`` knows about one language's news pages, loaded from
/// `Resources/<lang>/reader/` and `Resources/<lang>/calendar/`.
public struct ReaderResources: Sendable {
    public var language: String
    /// Agency names that credit photos.
    public var credits: Set<String>
    /// The most words a credit name has.
    public var longestCredit: Int
    public var labels: [Label.Role: [String]]
    public var furniture: [FurniturePattern]
    public var calendar: CalendarNames
    /// IANA time zone in which datelines are read by default.
    public var timeZone: String
    public var maxTitleWords: Int
    public var maxHeadingWords: Int
    public var maxEmbedWords: Int
    public var maxCaptionWords: Int
    public var maxCreditWords: Int
    public var maxBylineWords: Int
    public var maxSourceWords: Int
    public var maxFurnitureWords: Int
    var wrap: WrapSettings
    /// Whether numeric dates put the month first (`5/16/2024`).
    public var monthFirst: Bool
    public var twoDigitYearPivot: Int

    public enum Label {
        public enum Role: String, Sendable, CaseIterable {
            case credit, source, byline, published, updated, separator, conjunction
        }
    }

    public struct FurniturePattern: Sendable {
        public enum Match: String, Sendable { case exact, prefix, contains }
        public enum Role: String, Sendable { case line, teasers }
        public var match: Match
        /// Lowercased text.
        public var text: String
        public var role: Role
    }

    public init(language: String, bundle: ResourceBundle = .shipped) throws(ResourceError) {
        self.language = language
        // Agencies credit photos the same way in every language: one list for all.
        let creditFile = try bundle.file("common/credits.txt")
        credits = Set(creditFile.lines.map { $0.fields[0] })
        longestCredit = credits.map { $0.split(separator: " ").count }.max() ?? 1

        let labelFile = try bundle.file("\(language)/reader/labels.txt")
        var labels: [Label.Role: [String]] = [:]
        for line in labelFile.lines {
            let fields = line.fields
            guard fields.count == 2, let role = Label.Role(rawValue: fields[0]), !fields[1].isEmpty else {
                throw labelFile.error(line, "expected a role (\(Label.Role.allCases.map(\.rawValue).joined(separator: ", "))) and a label")
            }
            labels[role, default: []].append(fields[1])
        }
        // Longest labels first, so that `Foto:` is tried before `Foto`.
        self.labels = labels.mapValues { $0.sorted { $0.count > $1.count } }

        let furnitureFile = try bundle.file("\(language)/reader/furniture.txt")
        furniture = []
        for line in furnitureFile.lines {
            let fields = line.fields
            guard fields.count == 3, let match = FurniturePattern.Match(rawValue: fields[0]),
                let role = FurniturePattern.Role(rawValue: fields[2]), !fields[1].isEmpty
            else {
                throw furnitureFile.error(line, "expected exact|prefix|contains, a text and line|teasers")
            }
            furniture.append(FurniturePattern(match: match, text: fields[1].lowercased(), role: role))
        }

        calendar = try CalendarNames(language: language, bundle: bundle)

        let defaultsFile = try bundle.file("\(language)/reader/defaults.txt")
        var defaults: [String: String] = [:]
        for line in defaultsFile.lines {
            let fields = line.fields
            guard fields.count == 2 else { throw defaultsFile.error(line, "expected a key and a value") }
            defaults[fields[0]] = fields[1]
        }
        func value(_ key: String) throws(ResourceError) -> String {
            guard let value = defaults[key] else {
                throw ResourceError(file: defaultsFile.name, line: 0, message: "missing `\(key)`")
            }
            return value
        }
        func number(_ key: String) throws(ResourceError) -> Int {
            guard let number = Int(try value(key)) else {
                throw ResourceError(file: defaultsFile.name, line: 0, message: "`\(key)` must be a whole number")
            }
            return number
        }
        func share(_ key: String) throws(ResourceError) -> Double {
            guard let share = Double(try value(key)), (0...1).contains(share) else {
                throw ResourceError(file: defaultsFile.name, line: 0, message: "`\(key)` must be a number in 0...1")
            }
            return share
        }
        timeZone = try value("timezone")
        let order = try value("date-order")
        guard order == "dmy" || order == "mdy" else {
            throw ResourceError(file: defaultsFile.name, line: 0, message: "`date-order` must be dmy or mdy")
        }
        monthFirst = order == "mdy"
        twoDigitYearPivot = try number("two-digit-year-pivot")
        maxTitleWords = try number("max-title-words")
        maxHeadingWords = try number("max-heading-words")
        maxEmbedWords = try number("max-embed-words")
        maxCaptionWords = try number("max-caption-words")
        maxCreditWords = try number("max-credit-words")
        maxBylineWords = try number("max-byline-words")
        maxSourceWords = try number("max-source-words")
        maxFurnitureWords = try number("max-furniture-words")
        wrap = WrapSettings(
            minimumLines: try number("wrap-minimum-lines"), maximumWidth: try number("wrap-maximum-width"),
            lineShare: try share("wrap-line-share"), fullShare: try share("wrap-full-share"))
    }
}
