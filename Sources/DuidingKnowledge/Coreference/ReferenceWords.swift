public import DuidingResources
import Foundation

/// The words of one language that describe, group or stand for entities: office nouns (`president`,
/// `minister van Buitenlandse Zaken`), the determiners and prepositions around them, pronouns and
/// group words. Read from `<lang>/knowledge/references.tsv`.
public struct ReferenceWords: Sendable {
    /// Office phrase (lowercase words) → the roles it can name.
    public var roles: [[String]: [String]] = [:]
    public var longestRole = 0
    public var determiners: Set<String> = []
    /// Indefinite articles, which bring in someone new (`een 81-jarige vrouw`).
    public var indefinites: Set<String> = []
    /// Prepositions that link an office to its country or organisation (`van`, `of`).
    public var linkers: Set<String> = []
    /// Suffixes that make a name the office's owner (`'s`).
    public var possessives: [String] = []
    /// Pronoun → the entity type it refers to, and the parts its fine tag (XPOS) must have when it has one
    /// (`zij` only when tagged singular: `ev`), so a plural `ze` is left alone.
    public var pronouns: [String: (type: String, requires: [String])] = [:]
    /// Endings of adjectives that give an age (`77-jarige`): the noun after one names a person (`de 77-jarige Democraat`).
    public var ageEndings: [String] = []
    /// Endings of nouns that name a person (`-directeur`, `-trainer`, `-woordvoerder`): a title written before a name.
    public var personEndings: [String] = []
    /// Countries (ISO codes) whose people's names the language writes in their own spelling: a name that only a
    /// spelling variant matches (`Van Stralen` for `Van Straalen`) is not one of theirs.
    public var nativeSpelling: Set<String> = []

    /// The shortest noun, in characters, whose person ending makes it a title or a function (`directeur` in
    /// `bankdirecteur`; shorter ones end too many other words).
    static let shortestTitle = 5

    /// Whether a lowercase noun ends in one of `personEndings`.
    func hasPersonEnding(_ word: String) -> Bool { personEndings.contains { word.hasSuffix($0) } }

    /// Whether a lowercase noun names a person's function: a person ending and at least ``shortestTitle`` characters.
    func isTitleNoun(_ word: String) -> Bool { word.count >= Self.shortestTitle && hasPersonEnding(word) }

    /// Whether a word as written is a function in capitals, an acronym that is a person ending whole (`CEO`, `CFO`): a
    /// title however short, and never a name.
    func isTitleAcronym(_ text: String) -> Bool {
        (2...4).contains(text.count) && text.allSatisfy(\.isUppercase) && personEndings.contains(text.lowercased())
    }

    /// Whether a lowercase word states an age: a number with an age ending (`52-jarige`).
    func isAgeWord(_ word: String) -> Bool { word.first?.isNumber == true && ageEndings.contains { word.hasSuffix($0) } }
    /// Pronoun → the sex of the person it refers to (`hij` → `m`, `zij` → `f`).
    public var pronounSex: [String: Character] = [:]
    /// The sex of the person a noun names (`vrouw` f, `zoon` m): a description by it (`de 81-jarige vrouw`) is no one whose
    /// given name shows the other.
    public var nounSex: [String: Character] = [:]
    /// Number words opening a group (`twee` → 2).
    public var groupNumbers: [String: Int] = [:]
    /// Plural nouns naming a group → the entity type of the members.
    public var groupNouns: [String: String] = [:]
    /// Nouns that refer back to the nearest entity of a type and category (`het bedrijf`).
    public var nouns: [String: (type: String, categories: Set<String>)] = [:]
    /// Word endings that make a compound an office (`landbouwminister`), longest first.
    public var officeSuffixes: [(suffix: String, roles: [String])] = []
    /// Capitalised function words that open a sentence and never a name (`Of Rutte …`, `Maar Rutte …`).
    public var openers: Set<String> = []
    /// Lowercase nouns that, joined by a hyphen to a person's name, name the government that person leads
    /// (`kabinet-Rutte`, `regering-De Croo`): the compound refers to the person.
    public var leaderCompounds: Set<String> = []
    /// Words between two names of one person (`alias`).
    public var aliasWords: Set<String> = []
    /// Nouns that do not refer back to an organisation whose name ends in them (`de staat`, not `Islamitische Staat`).
    public var headMatchExceptions: Set<String> = []
    /// Nouns that, as the end of a compound head, name an organisation's kind (`hof` in `Strafhof`, `raad` in
    /// `Veiligheidsraad`), so that `het hof` refers back to it.
    public var organisationHeads: Set<String> = []

    /// Prepositions whose phrase names someone other than the subject of its clause (`zonder Tops … hield hij`).
    public var exclusives: Set<String> = []

    public init() {}

    /// Every quotation mark, opening or closing, as the tokenizer writes it (`„`, `”`, `,,`, `''`): the marks of
    /// `common/quotes/marks.tsv`, which the quote finder pairs. A pronoun after a quotation refers to no one inside it.
    public var quotationMarks: Set<String> = []

    public init(language: String, bundle: ResourceBundle) throws(ResourceError) {
        let marks = try bundle.file("common/quotes/marks.tsv")
        for line in marks.lines {
            let fields = line.fields
            guard fields.count == 3 else { throw marks.error(line, "expected kind TAB opening mark TAB closing mark") }
            quotationMarks.formUnion(fields[1...])
        }
        let name = "\(language)/knowledge/references.tsv"
        guard bundle.files(under: "\(language)/knowledge").contains(name) else { return }
        let file = try bundle.file(name)
        for line in file.lines {
            let fields = line.fields
            guard fields.count == 3 || (fields.count == 4 && (fields[0] == "noun" || fields[0] == "pronoun"))
                || (fields.count == 2 && ["determiner", "of", "possessive", "person-ending", "age-ending", "opener", "leader-compound", "alias", "no-head-match", "organisation-head", "exclusive", "native-spelling"].contains(fields[0]))
            else {
                throw file.error(line, "expected kind TAB words TAB value")
            }
            let words = fields[1].lowercased()
            switch fields[0] {
            case "role":
                let phrase = words.split(separator: " ").map(String.init)
                roles[phrase] = fields[2].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
                longestRole = max(longestRole, phrase.count)
            case "determiner": determiners.insert(words)
            case "indefinite": indefinites.insert(words)
            case "of": linkers.insert(words)
            case "possessive": possessives.append(words)
            case "person-ending": personEndings.append(words)
            case "age-ending": ageEndings.append(words)
            case "opener": openers.insert(words)
            case "leader-compound": leaderCompounds.insert(words)
            case "alias": aliasWords.insert(words)
            case "no-head-match": headMatchExceptions.insert(words)
            case "organisation-head": organisationHeads.insert(Transliteration.fold(words))
            case "exclusive": exclusives.insert(words)
            case "native-spelling": nativeSpelling.insert(fields[1].uppercased())
            case "sex", "noun-sex":
                guard fields[2] == "m" || fields[2] == "f" else { throw file.error(line, "expected m or f") }
                if fields[0] == "sex" { pronounSex[words] = fields[2].first } else { nounSex[words] = fields[2].first }
            case "pronoun":
                let requires = fields.count > 3 ? fields[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
                pronouns[words] = (fields[2], requires)
            case "group":
                guard let count = Int(fields[2]), count >= 2 else { throw file.error(line, "a group needs a number ≥ 2") }
                groupNumbers[words] = count
            case "group-noun": groupNouns[words] = fields[2]
            case "noun":
                let categories = fields.count > 3 ? Set(fields[3].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) : []
                nouns[words] = (fields[2], categories)
            case "office-suffix":
                officeSuffixes.append((words, fields[2].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }))
                officeSuffixes.sort { $0.suffix.count > $1.suffix.count }
            default: throw file.error(line, "unknown kind `\(fields[0])`")
            }
        }
    }
}
