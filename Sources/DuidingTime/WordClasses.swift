import Foundation
import DuidingResources

/// The word classes a pattern can name: those listed in `words.txt` (each word with its value) and the
/// built-in number shapes, which are the same in every language.
struct WordClasses: Sendable {
    /// The listed classes by index, each word with its value.
    private var tables: [[String: String]] = []
    /// The lengths (in characters) of each table's members.
    private var lengths: [Set<Int>] = []
    /// The last two characters of each table's members.
    private var endings: [Set<String>] = []
    private var names: [String: Int] = [:]
    /// Every listed word with the classes it belongs to, for looking a whole word up once.
    private var memberships: [String: [Membership]] = [:]
    private var numberJoiner = ""
    private var numberJoinerAfterE = ""
    private var numberTable: Int?
    private var tensFirst = false

    struct Membership: Sendable {
        var table: Int
        var value: String
    }

    /// A class as a pattern names it, resolved when the grammar is read.
    enum Reference: Sendable, Equatable {
        case table(Int)
        case builtIn(BuiltIn)
    }

    /// Digit shapes, valued by their digits: `int` (1–9 digits), `year` (1000–2199), `day` (1–31),
    /// `month-number` (1–12), `hour` (0–24), `minute` (00–59, two digits), `two-digits`; and `count`: digits,
    /// a word of the `number` class, or two number words joined (`vier|en|twintig`).
    enum BuiltIn: String, Sendable, CaseIterable {
        case int, year, day, monthNumber = "month-number", hour, minute, twoDigits = "two-digits", count
    }

    static let builtIn = Set(BuiltIn.allCases.map(\.rawValue))

    init(_ file: ResourceFile, bundle: ResourceBundle) throws(ResourceError) {
        let folder = file.name.split(separator: "/").first.map(String.init) ?? ""
        for line in file.lines {
            let fields = line.fields
            func fail(_ message: String) -> ResourceError { ResourceError(file: file.name, line: line.number, message: message) }
            guard fields.count >= 3 else { throw fail("expected a class, a value and words (or include / setting)") }
            switch fields[0] {
            case "include":
                // `include <class> <file>`: lines `value<TAB>words…` of another resource of the language.
                let other = try bundle.file("\(folder)/\(fields[2])")
                for otherLine in other.lines {
                    let parts = otherLine.fields
                    for word in parts.dropFirst() where !word.isEmpty { add(fields[1], word, parts[0]) }
                }
            case "setting":
                switch fields[1] {
                case "number-joiner": numberJoiner = fields[2]
                case "number-joiner-after-e": numberJoinerAfterE = fields[2]
                case "number-order":
                    guard ["unit-ten", "ten-unit"].contains(fields[2]) else { throw fail("number-order is unit-ten or ten-unit") }
                    tensFirst = fields[2] == "ten-unit"
                default: throw fail("unknown setting \(fields[1])")
                }
            default:
                guard !Self.builtIn.contains(fields[0]) else { throw fail("\(fields[0]) is a built-in class") }
                for word in fields.dropFirst(2) where !word.isEmpty { add(fields[0], word, fields[1]) }
            }
        }
        numberTable = names["number"]
        addCompoundNumbers()
    }

    /// Two number words joined (`vierentwintig`, `tweeëntwintig`; `twenty-four`) become members of the
    /// `number` class, so that a count is one lookup.
    private mutating func addCompoundNumbers() {
        guard !numberJoiner.isEmpty, let numbers = number else { return }
        let units = numbers.filter { (1...9).contains(Int($0.value) ?? 0) }
        let tens = numbers.filter { Int($0.value).map { $0 % 10 == 0 && (20...90).contains($0) } ?? false }
        for (unit, unitValue) in units {
            for (ten, tenValue) in tens {
                guard let a = Int(unitValue), let b = Int(tenValue) else { continue }
                let value = String(a + b)
                if tensFirst {
                    add("number", ten + numberJoiner + unit, value)
                } else {
                    add("number", unit + numberJoiner + ten, value)
                    if !numberJoinerAfterE.isEmpty, unit.hasSuffix("e") { add("number", unit + numberJoinerAfterE + ten, value) }
                }
            }
        }
    }

    private mutating func add(_ name: String, _ word: String, _ value: String) {
        let table: Int
        if let known = names[name] {
            table = known
        } else {
            table = tables.count
            names[name] = table
            tables.append([:])
            lengths.append([])
            endings.append([])
        }
        let key = word.lowercased()
        tables[table][key] = value
        lengths[table].insert(key.count)
        endings[table].insert(String(key.suffix(2)))
        memberships[key, default: []].removeAll { $0.table == table }
        memberships[key, default: []].append(Membership(table: table, value: value))
    }

    /// Whether a class has members of this many characters (built-in shapes: any length).
    func mayHave(_ reference: Reference, length: Int, digits: Bool) -> Bool {
        switch reference {
        case .table(let table): return lengths[table].contains(length)
        case .builtIn(.count): return digits || (numberTable.map { lengths[$0].contains(length) } ?? false)
        case .builtIn: return true
        }
    }

    /// Whether a word ends with the last two characters of some member of the table (a quick test).
    func mayEnd(_ word: String, asMemberOf table: Int) -> Bool {
        endings[table].contains(String(word.suffix(2)))
    }

    func reference(_ name: String) -> Reference? {
        if let builtIn = BuiltIn(rawValue: name) { return .builtIn(builtIn) }
        return names[name].map { .table($0) }
    }

    /// The classes a whole word belongs to (lowercased), found with one lookup.
    func memberships(of word: String) -> [Membership] { memberships[word] ?? [] }

    /// The characters the members of a class start with (lowercased; digits for the digit shapes).
    func firstCharacters(of reference: Reference) -> Set<Character> {
        let digits = Set("0123456789")
        switch reference {
        case .table(let table): return Set(tables[table].keys.compactMap(\.first))
        case .builtIn(.count): return digits.union(number?.keys.compactMap(\.first) ?? [])
        case .builtIn: return digits
        }
    }

    private var number: [String: String]? { numberTable.map { tables[$0] } }

    /// The table of the `number` class, whose members (with the compounds) are the words a count can be.
    var numberTableIndex: Int? { numberTable }

    /// The value of `text` as a member of the class, or nil.
    func value(of reference: Reference, _ text: Substring) -> String? {
        let builtIn: BuiltIn
        switch reference {
        case .table(let table): return tables[table][String(text)]
        case .builtIn(let which): builtIn = which
        }
        let digits = !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        switch builtIn {
        case .int: return digits && text.utf8.count <= 9 ? String(text) : nil
        case .twoDigits: return digits && text.utf8.count == 2 ? String(text) : nil
        case .year: return digits && text.utf8.count == 4 && (1000...2199).contains(Int(text) ?? 0) ? String(text) : nil
        case .day: return Self.number(text, digits, 1...31)
        case .monthNumber: return Self.number(text, digits, 1...12)
        case .hour: return Self.number(text, digits, 0...24)
        case .minute: return digits && text.utf8.count == 2 && (Int(text) ?? 99) < 60 ? String(text) : nil
        case .count: return count(text, digits)
        }
    }

    private static func number(_ text: Substring, _ digits: Bool, _ range: ClosedRange<Int>) -> String? {
        guard digits, text.utf8.count <= 2, let value = Int(text), range.contains(value) else { return nil }
        return String(value)
    }

    private func count(_ text: Substring, _ digits: Bool) -> String? {
        if digits { return text.utf8.count <= 6 ? String(Int(text) ?? 0) : nil }
        guard let numberTable else { return nil }
        return tables[numberTable][String(text)]
    }
}
