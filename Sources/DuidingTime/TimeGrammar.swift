public import DuidingResources

/// The time-expression grammar of one language, read from `Resources/<lang>/time/`:
///
/// - `words.txt`: word classes (`month 5 mei`), each word with the value it stands for, and settings
///   (how number words combine);
/// - `rules.txt`: named rules, each a token pattern over those classes (`<m:month> <y:year>?`), a TIMEX3
///   type, a value recipe (`date year=$y month=$m`) and examples that the tests execute;
/// - `modifiers.txt`: words before an expression that set its TIMEX3 mod (`eind` → END);
/// - `tense.txt`: which verbs and features make a sentence past or future.
public struct TimeGrammar: Sendable {
    public let language: String
    let words: WordClasses
    /// The rules in the order written, behind references so that trying one does not copy it.
    let compiled: [CompiledRule]
    let modifiers: [Modifier]
    let tense: TenseCues
    let entries: RuleEntries

    /// Words before an expression that set its mod, for the types listed.
    struct Modifier: Sendable {
        var words: [String]
        var mod: String
        var types: Set<String>
    }

    /// The grammar for `language`, or nil when it has no `time/rules.txt`.
    public static func load(language: String, bundle: ResourceBundle = .shipped) throws(ResourceError) -> TimeGrammar? {
        let folder = "\(language)/time"
        guard bundle.files(under: folder).contains("\(folder)/rules.txt") else { return nil }
        let words = try WordClasses(try bundle.file("\(folder)/words.txt"), bundle: bundle)
        var rules: [TimeRule] = []
        var current: TimeRule?
        let file = try bundle.file("\(folder)/rules.txt")
        for line in file.lines {
            let fields = line.fields
            guard fields.count >= 2 else { throw ResourceError(file: file.name, line: line.number, message: "expected a key and a value") }
            func fail(_ message: String) -> ResourceError { ResourceError(file: file.name, line: line.number, message: message) }
            if fields[0] == "rule" {
                if let current { rules.append(try current.checked(file: file.name)) }
                current = TimeRule(name: fields[1], line: line.number)
                continue
            }
            guard current != nil else { throw fail("\(fields[0]) before the first rule") }
            switch fields[0] {
            case "match":
                do { current?.pattern = try TokenPattern(fields[1], words: words) } catch { throw fail(error.message) }
            case "type":
                guard ["DATE", "TIME", "DURATION", "SET"].contains(fields[1]) else { throw fail("type must be DATE, TIME, DURATION or SET") }
                current?.type = fields[1]
            case "preceded-by":
                current?.precededBy = Set(fields[1].lowercased().split(separator: " ").map(String.init))
            case "followed-by":
                do { current?.followedBy = try TokenPattern(fields[1], words: words) } catch { throw fail(error.message) }
            case "not-followed-by":
                current?.notFollowedBy = Set(fields[1].lowercased().split(separator: " ").map(String.init))
            case "outside-names":
                current?.outsideNames = fields[1] == "yes"
            case "not-relation":
                current?.notRelations = Set(fields[1].split(separator: " ").map(String.init))
            case "not-preceded-by":
                current?.notPrecededBy = Set(fields[1].lowercased().split(separator: " ").map(String.init))
            case "value":
                do { current?.recipe = try ValueRecipe(fields[1]) } catch { throw fail(error.message) }
            case "example":
                guard fields.count >= 4 else { throw fail("an example needs text, reference date and value") }
                current?.examples.append(
                    TimeRule.Example(
                        text: fields[1], reference: fields[2], value: fields[3], options: Array(fields.dropFirst(4)), line: line.number))
            default:
                throw fail("unknown key \(fields[0]) (rule, match, preceded-by, not-preceded-by, followed-by, not-followed-by, not-relation, outside-names, type, value, example)")
            }
        }
        if let current { rules.append(try current.checked(file: file.name)) }

        var modifiers: [Modifier] = []
        let modifierFile = try bundle.file("\(folder)/modifiers.txt")
        for line in modifierFile.lines {
            let fields = line.fields
            guard fields.count == 3 else {
                throw ResourceError(file: modifierFile.name, line: line.number, message: "expected words, mod and types")
            }
            modifiers.append(
                Modifier(
                    words: fields[0].lowercased().split(separator: " ").map(String.init), mod: fields[1],
                    types: Set(fields[2].split(separator: " ").map(String.init))))
        }
        // Longest first, so that `aan het eind van` wins over `eind van`.
        modifiers.sort { $0.words.count > $1.words.count }
        let tense = try TenseCues(try bundle.file("\(folder)/tense.txt"))
        // Which rules can start at a word, looked up by what the word is: most words start none.
        var entries = RuleEntries()
        for (index, rule) in rules.enumerated() {
            for key in rule.pattern.entryKeys(words: words) {
                switch key {
                case .text(let text): entries.byText[text, default: []].append(index)
                case .table(let table): entries.byTable[table, default: []].append(index)
                case .digits: entries.digits.append(index)
                case .prefix(let character): entries.byPrefix[character, default: []].append(index)
                }
            }
        }
        return TimeGrammar(
            language: language, words: words, compiled: rules.map(CompiledRule.init), modifiers: modifiers, tense: tense,
            entries: entries)
    }

    /// Rules by the keys of the words they can start at (see `TokenPattern.EntryKey`).
    struct RuleEntries: Sendable {
        var byText: [String: [Int]] = [:]
        var byTable: [Int: [Int]] = [:]
        var digits: [Int] = []
        var byPrefix: [Character: [Int]] = [:]
    }

    /// The rules that may match at a word, in the order written.
    func candidates(_ word: TokenPattern.Word) -> [Int] {
        var found: [Int] = []
        if let rules = entries.byText[word.text] { found += rules }
        for membership in word.memberships { found += entries.byTable[membership.table] ?? [] }
        if let first = word.text.first {
            if first.isASCII, first.isNumber, word.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) { found += entries.digits }
            found += entries.byPrefix[first] ?? []
        }
        guard found.count > 1 else { return found }
        return Array(Set(found)).sorted()
    }

    /// The examples of every rule, for tests: (rule name, example).
    public var examples: [(rule: String, example: TimeRule.Example)] {
        compiled.flatMap { compiled in compiled.rule.examples.map { (compiled.rule.name, $0) } }
    }
}

/// A rule as the tagger holds it.
final class CompiledRule: Sendable {
    let rule: TimeRule

    init(_ rule: TimeRule) {
        self.rule = rule
    }
}

/// One rule of the grammar.
public struct TimeRule: Sendable {
    public var name: String
    var line: Int
    var pattern = TokenPattern.empty
    /// The word just before the match must be one of these (`^` for the start of the sentence).
    var precededBy: Set<String>?
    /// The word just before the match must not be one of these.
    var notPrecededBy: Set<String> = []
    /// Words that must follow the match (not part of it); their captures join the rule's.
    var followedBy: TokenPattern?
    /// The word just after the match must not be one of these.
    var notFollowedBy: Set<String> = []
    /// The match must not hang from a word outside it by one of these relations (`nummod`: 2000 dollar).
    var notRelations: Set<String> = []
    /// The match must not lie in a named entity (`Euro 2000`).
    var outsideNames = false
    var type = ""
    var recipe = ValueRecipe.empty
    public var examples: [Example] = []

    /// `example <text> <reference date> <value> [mod=END] [freq=2X] [tense=past|present|future]`: the text
    /// is one expression with that value (the words before `|` in the text are context, not part of it).
    public struct Example: Sendable {
        public var text: String
        public var reference: String
        public var value: String
        public var options: [String]
        public var line: Int

        public func option(_ name: String) -> String? {
            options.first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) }
        }
    }

    /// Whether the word before a match at `index` allows this rule.
    func allows(_ words: [String], before index: Int) -> Bool {
        let previous = index > 0 ? words[index - 1] : "^"
        if notPrecededBy.contains(previous) { return false }
        return precededBy?.contains(previous) ?? true
    }

    func checked(file: String) throws(ResourceError) -> TimeRule {
        guard !pattern.tokens.isEmpty else { throw ResourceError(file: file, line: line, message: "rule \(name) has no match") }
        guard !type.isEmpty else { throw ResourceError(file: file, line: line, message: "rule \(name) has no type") }
        guard !recipe.function.isEmpty else { throw ResourceError(file: file, line: line, message: "rule \(name) has no value") }
        for reference in recipe.captureNames where !pattern.captureNames.contains(reference) && !(followedBy?.captureNames.contains(reference) ?? false) {
            throw ResourceError(file: file, line: line, message: "rule \(name): value uses $\(reference), which the match does not capture")
        }
        return self
    }
}

/// Words that make a sentence's tense: auxiliaries of the future and of the perfect, and the feature
/// values of past and finite verbs (`tense.txt`).
struct TenseCues: Sendable {
    var futureAuxiliaries: Set<String> = []
    var perfectAuxiliaries: Set<String> = []
    var pastFeature = "Tense=Past"
    var finiteFeature = "VerbForm=Fin"
    var participleFeature = "VerbForm=Part"
    /// Tags of words that head a clause, and relations of the auxiliaries and copulas that belong to it.
    var verbTags: Set<String> = ["VERB"]
    var clauseRelations: Set<String> = []
    /// For a sentence without tags (a language without a tagger yet): words and endings that mark it.
    var pastWords: Set<String> = []
    var pastSuffixes: [String] = []
    var futureWords: Set<String> = []

    init(_ file: ResourceFile) throws(ResourceError) {
        for line in file.lines {
            let fields = line.fields
            guard fields.count >= 2 else { throw ResourceError(file: file.name, line: line.number, message: "expected a key and values") }
            let values = Array(fields.dropFirst())
            switch fields[0] {
            case "future-auxiliary": futureAuxiliaries.formUnion(values)
            case "perfect-auxiliary": perfectAuxiliaries.formUnion(values)
            case "past-feature": pastFeature = values[0]
            case "finite-feature": finiteFeature = values[0]
            case "participle-feature": participleFeature = values[0]
            case "verb-upos": verbTags = Set(values)
            case "past-word": pastWords.formUnion(values)
            case "past-suffix": pastSuffixes += values
            case "future-word": futureWords.formUnion(values)
            case "clause-relation": clauseRelations.formUnion(values)
            default: throw ResourceError(file: file.name, line: line.number, message: "unknown key \(fields[0])")
            }
        }
    }
}

/// An error in a rule's text, located by the loader.
struct GrammarError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
