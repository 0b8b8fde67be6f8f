public import DuidingResources

/// The CAMEO event codes with their labels, Goldstein values and PLOVER mapping
/// (`common/events/cameo.tsv`), the country part of CAMEO actor codes (`common/events/countries.tsv`), and the actor
/// codes of international organisations (`common/events/organisations.tsv`) and of regions (`common/events/regions.tsv`),
/// and the sectors of other organisations by their knowledge-base category (`common/events/sectors.tsv`).
///
/// ```
/// 042  Make a visit  Een bezoek afleggen  1.9  CONSULT visit
/// └┬┘
///  root 04 (CONSULT)
/// ```
public struct EventCodebook: Sendable {
    /// One CAMEO event code.
    public struct Code: Sendable, Equatable {
        public let code: String
        public let english: String
        public let dutch: String?
        /// Conflict (−10) to cooperation (+10), Goldstein (1992) as CAMEO assigns it.
        public let goldstein: Double
        /// PLOVER event category (`CONSULT`), mode (`visit`) and context; nil where PLOVER drops the code (01, 02).
        public let plover: String?
        public let ploverMode: String?
        public let ploverContext: String?

        /// The two-digit root (`04` for `0431`).
        public var root: String { String(code.prefix(2)) }

        /// The label in a language (`nl` or `en`), English when there is no other.
        public func label(in language: String) -> String { language == "nl" ? dutch ?? english : english }
    }

    public let codes: [String: Code]
    /// CAMEO root (`04`) → GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict (`common/events/quadclass.tsv`).
    public let quadClasses: [String: Int]
    /// ISO 3166-1 alpha-2 → alpha-3 (`RU` → `RUS`).
    public let countries: [String: String]
    /// The alpha-3 codes, that CAMEO actor codes of countries start with.
    let alpha3: Set<String>
    /// English Wikipedia title → the actor code of an organisation that acts as itself (`NATO` → `IGOWSTNAT`).
    public let organisations: [String: String]
    /// English Wikipedia title → the CAMEO code of a region or bloc that acts as a whole (`Europe` → `EUR`, `Western world`
    /// → `WST`).
    public let regions: [String: String]
    /// The region codes, that CAMEO actor codes of regions start with.
    let regionCodes: Set<String>
    /// Knowledge-base category of an organisation → the CAMEO sector it acts as in its country (`parliament` → `LEG`).
    public let sectors: [String: String]

    public init(bundle: ResourceBundle = .shipped) throws(ResourceError) {
        let file = try bundle.file("common/events/cameo.tsv")
        var codes: [String: Code] = [:]
        func optional(_ value: String) -> String? { value == "-" || value.isEmpty ? nil : value }
        for line in file.lines {
            let fields = line.fields
            guard fields.count == 7, fields[0].count >= 2, fields[0].count <= 4, fields[0].allSatisfy(\.isNumber),
                let goldstein = Double(fields[3])
            else {
                throw file.error(line, "expected code (2–4 digits), English label, Dutch label, Goldstein value, PLOVER event, mode, context")
            }
            guard codes[fields[0]] == nil else { throw file.error(line, "code \(fields[0]) twice") }
            codes[fields[0]] = Code(
                code: fields[0], english: fields[1], dutch: optional(fields[2]), goldstein: goldstein, plover: optional(fields[4]),
                ploverMode: optional(fields[5]), ploverContext: optional(fields[6]))
        }
        let countryFile = try bundle.file("common/events/countries.tsv")
        var countries: [String: String] = [:]
        for line in countryFile.lines {
            let fields = line.fields
            guard fields.count == 2, fields[0].count == 2, fields[1].count == 3 else {
                throw countryFile.error(line, "expected an alpha-2 and an alpha-3 country code")
            }
            countries[fields[0]] = fields[1]
        }
        let quadFile = try bundle.file("common/events/quadclass.tsv")
        var quadClasses: [String: Int] = [:]
        for line in quadFile.lines {
            let fields = line.fields
            guard fields.count == 3, fields[0].count == 2, let quad = Int(fields[1]), (1...4).contains(quad) else {
                throw quadFile.error(line, "expected a CAMEO root, a QuadClass from 1 to 4 and its name")
            }
            quadClasses[fields[0]] = quad
        }
        let organisations = try Self.codeTable(
            bundle.file("common/events/organisations.tsv"),
            expected: "expected an English title and a CAMEO actor code of an IGO or NGO (IGOUNO)"
        ) { _, code in code.count >= 6 && ["IGO", "NGO"].contains(code.prefix(3)) && code.allSatisfy(\.isUppercase) }
        let regions = try Self.codeTable(
            bundle.file("common/events/regions.tsv"), expected: "expected an English title and a CAMEO region code of three capitals (EUR)"
        ) { key, code in !key.isEmpty && code.count == 3 && code.allSatisfy(\.isUppercase) }
        let sectors = try Self.codeTable(
            bundle.file("common/events/sectors.tsv"),
            expected: "expected a knowledge-base category and a CAMEO sector code of three letters (LEG)"
        ) { key, code in !key.isEmpty && code.count == 3 && code.allSatisfy(\.isUppercase) }
        self.sectors = sectors
        self.organisations = organisations
        self.regions = regions
        self.codes = codes
        self.countries = countries
        alpha3 = Set(countries.values)
        regionCodes = Set(regions.values)
        self.quadClasses = quadClasses
    }

    public subscript(code: String) -> Code? { codes[code] }

    /// A table of `name TAB code` lines (organisations, regions, sectors) whose code `valid` accepts, each name once.
    static func codeTable(
        _ file: ResourceFile, expected: String, valid: (String, String) -> Bool
    ) throws(ResourceError) -> [String: String] {
        var table: [String: String] = [:]
        for line in file.lines {
            let fields = line.fields
            guard fields.count == 2, valid(fields[0], fields[1]) else { throw file.error(line, expected) }
            guard table[fields[0]] == nil else { throw file.error(line, "\(fields[0]) twice") }
            table[fields[0]] = fields[1]
        }
        return table
    }

    /// The country an actor code starts with (`RUS` of `RUSGOV`), or the region, which CAMEO and GDELT's country field
    /// count among the countries (`EUR` of `EURGOV`); nil for a code without one (`COP`, `IGOUNO`).
    public func country(ofActor code: String) -> String? {
        let prefix = String(code.prefix(3))
        return alpha3.contains(prefix) || regionCodes.contains(prefix) ? prefix : nil
    }

    /// The GDELT QuadClass of a CAMEO code (`042` → 1); nil for an unknown root.
    public func quadClass(of code: String) -> Int? { quadClasses[String(code.prefix(2))] }

    /// The CAMEO actor code of a country's government, military … (`RU`, `GOV` → `RUSGOV`); nil for an unknown country.
    public func actor(country alpha2: String, sector: String = "") -> String? {
        countries[alpha2.uppercased()].map { $0 + sector }
    }
}
