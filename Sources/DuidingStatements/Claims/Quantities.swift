public import DuidingResources

/// The words of one language that make up quantities (`<lang>/claims/quantities.tsv` and the cardinal number
/// words it includes): numbers, scales, fractions, units, modifiers and range words.
public struct Quantities: Sendable {
    /// Number word → value, with the compounds the joiner settings form (`vierentwintig` → 24).
    let numbers: [String: Double]
    let scales: [String: Double]
    let fractions: [String: Double]
    /// A determiner and a fraction that make a share without a number (`de helft`).
    let definiteFractions: Set<String>
    /// Word sequence (lowercased, space-separated) → unit.
    let units: [String: String]
    /// Word sequence → TIMEX3-style modifier, or `-` for words that only stress the number (`slechts`).
    let modifiers: [String: String]
    /// Word between two numbers → the word that must open the range, or nil.
    let ranges: [String: String?]
    let articles: Set<String>
    /// Nouns of time: a number counting them is a duration, which the time layer has (`drie jaar`).
    let durations: Set<String>
    let referring: Set<String>
    /// Prepositions after a unit that name what it measures (`van`).
    let of: Set<String>
    /// Words between two numbers that make a ratio, a share (`een op de vijf` = 0.2).
    let ratios: Set<String>
    let decimal: Character
    let thousands: Character

    /// Reads `<language>/claims/quantities.tsv`; `nil` when the language has none.
    public init?(language: String, bundle: ResourceBundle) throws(ResourceError) {
        let name = "\(language)/claims/quantities.tsv"
        guard bundle.files(under: "\(language)/claims").contains(name) else { return nil }
        let file = try bundle.file(name)
        var numbers: [String: Double] = [:]
        var scales: [String: Double] = [:]
        var fractions: [String: Double] = [:]
        var definiteFractions: Set<String> = []
        var units: [String: String] = [:]
        var modifiers: [String: String] = [:]
        var ranges: [String: String?] = [:]
        var articles: Set<String> = []
        var durations: Set<String> = []
        var referring: Set<String> = []
        var of: Set<String> = []
        var ratios: Set<String> = []
        var settings: [String: String] = [:]
        var decimal: Character = "."
        var thousands: Character = ","
        for line in file.lines {
            let fields = line.fields
            func value() throws(ResourceError) -> String {
                guard fields.count == 3, !fields[1].isEmpty, !fields[2].isEmpty else { throw file.error(line, "expected kind TAB words TAB value") }
                return fields[2]
            }
            func number() throws(ResourceError) -> Double {
                guard let number = Double(try value()) else { throw file.error(line, "the value must be a number") }
                return number
            }
            let words = fields.count > 1 ? fields[1].lowercased() : ""
            switch fields.first {
            case "include":
                guard fields.count == 2 else { throw file.error(line, "expected include TAB file") }
                let included = try bundle.file("\(language)/\(fields[1])")
                for row in included.lines {
                    let parts = row.fields
                    guard parts.count >= 2, let value = Double(parts[0]) else { throw included.error(row, "expected value TAB words") }
                    for word in parts.dropFirst() { numbers[word.lowercased()] = value }
                }
            case "setting": settings[words] = try value()
            case "scale": scales[words] = try number()
            case "fraction": fractions[words] = try number()
            case "definite-fraction":
                guard fields.count == 2, words.split(separator: " ").count == 2 else { throw file.error(line, "expected definite-fraction TAB determiner fraction") }
                definiteFractions.insert(words)
            case "unit": units[words] = try value()
            case "modifier": modifiers[words] = try value()
            case "range":
                let opener = try value()
                ranges[words] = opener == "-" ? String?.none : opener
            case "article": articles.insert(words)
            case "duration": durations.insert(words)
            case "referring": referring.insert(words)
            case "of": of.insert(words)
            case "ratio": ratios.insert(words)
            case "decimal":
                let separators = try value()
                guard fields[1].count == 1, separators.count == 1 else { throw file.error(line, "expected decimal TAB mark TAB thousands mark") }
                decimal = fields[1].first ?? decimal
                thousands = separators.first ?? thousands
            default:
                throw file.error(line, "unknown kind \(fields.first ?? "")")
            }
        }
        // Compounds of a unit and a ten: vier|en|twintig, twee|ën|twintig (unit-ten), twenty|-|four (ten-unit).
        if let joiner = settings["number-joiner"] {
            let tenFirst = settings["number-order"] == "ten-unit"
            let units = numbers.filter { (1...9).contains($0.value) && $0.value == $0.value.rounded() }
            let tens = numbers.filter { $0.value >= 20 && $0.value <= 90 && $0.value.truncatingRemainder(dividingBy: 10) == 0 }
            for (unit, a) in units {
                for (ten, b) in tens {
                    let join = unit.hasSuffix("e") ? settings["number-joiner-after-e"] ?? joiner : joiner
                    numbers[tenFirst ? ten + joiner + unit : unit + join + ten] = a + b
                }
            }
        }
        self.numbers = numbers
        self.scales = scales
        self.fractions = fractions
        self.definiteFractions = definiteFractions
        self.units = units
        self.modifiers = modifiers
        self.ranges = ranges
        self.articles = articles
        self.durations = durations
        self.referring = referring
        self.of = of
        self.ratios = ratios
        self.decimal = decimal
        self.thousands = thousands
    }

    /// A number in digits with a sign written against it (`-0,13`, `−2`, `+3,5`): the digits and whether the sign is a
    /// minus; nil for a word without one.
    public static func signed(_ word: some StringProtocol) -> (number: Substring, negative: Bool)? {
        guard let sign = word.first, ["-", "\u{2212}", "+"].contains(sign), word.dropFirst().first?.isNumber == true else { return nil }
        return (Substring(word.dropFirst()), sign != "+")
    }

    /// The value of a number written in digits (`10.000`, `2,5`, `1.234,5`, with a sign written against it: `-0,13`,
    /// `−2`, `+3,5`) or in words, if the token is one.
    public func value(of word: String) -> Double? {
        let lower = word.lowercased()
        if let value = numbers[lower] { return value }
        if let (number, negative) = Self.signed(word) {
            return value(of: String(number)).map { negative ? -$0 : $0 }
        }
        guard let first = word.first, first.isNumber else { return nil }
        var digits = ""
        var seenDecimal = false
        let parts = word.split(separator: thousands, omittingEmptySubsequences: false)
        // `1.5` in a language whose thousands mark is `.` is a decimal written the English way.
        let groupsAreThousands = parts.count > 1 && parts.dropFirst().allSatisfy { $0.prefix { $0 != decimal }.count == 3 }
        for character in word {
            if character.isNumber, character.isASCII {
                digits.append(character)
            } else if character == thousands {
                if !groupsAreThousands {
                    guard !seenDecimal else { return nil }
                    seenDecimal = true
                    digits.append(".")
                }
            } else if character == decimal {
                guard !seenDecimal else { return nil }
                seenDecimal = true
                digits.append(".")
            } else {
                return nil
            }
        }
        return Double(digits)
    }
}
