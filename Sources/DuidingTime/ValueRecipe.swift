/// A rule's `value`: a function and its arguments, `shift unit=W by=$d`. An argument is a literal, a
/// capture (`$d`) or a negated capture (`-$n`). The functions (see `TimeResolver`):
///
///     date     year= month= day= direction= yearshift= part=
///                                                an absolute date; a missing year follows the tense, or is
///                                                the reference's shifted (5 juli vorig jaar); part H1, Q2…
///     shift    unit=D|W|WE|M|Q|Y|DE|CE by= part= counted from the reference (vorige week, twee dagen geleden)
///     weekday  day= part= direction= week=       the weekday the tense points to (dinsdag, dinsdagavond), or
///                                                in the week `week` weeks from the reference's
///     time     hour= minute= pm=                 a clock time on the day the sentence is about
///     duration amount= unit=                     P3Y, PT48H, PXW
///     decade   decade= century=                  199 (de jaren negentig)
///     century  ordinal=                          19 (de twintigste eeuw)
///     season   season= year= direction= yearshift=   2024-SU
///     holiday  name= year= direction= yearshift=     Pasen, Kerstmis: the day of that year
///     set      unit= amount= freq= weekday=      P1W with freq 2X; XXXX-WXX-2 (elke dinsdag)
///     later    unit=Y|M|W|D|DE by=               counted from the last date the text named (twee jaar later)
///     same-year month= by=                       that date's year (dat jaar, december van dat jaar)
///     ref      value=                            PRESENT_REF, PAST_REF, FUTURE_REF
struct ValueRecipe: Sendable {
    var function: String
    var arguments: [String: Argument]

    static let empty = ValueRecipe(function: "", arguments: [:])

    enum Argument: Sendable {
        case literal(String)
        case capture(String, negated: Bool)
    }

    static let functions: [String: Set<String>] = [
        "date": ["year", "month", "day", "direction", "yearshift", "part"],
        "shift": ["unit", "by", "part"],
        "weekday": ["day", "part", "direction", "week"],
        "time": ["hour", "minute", "pm"],
        "duration": ["amount", "unit"],
        "decade": ["decade", "century"],
        "century": ["ordinal"],
        "season": ["season", "year", "direction", "yearshift"],
        "holiday": ["name", "year", "direction", "yearshift"],
        "set": ["unit", "amount", "freq", "weekday"],
        "later": ["unit", "by"],
        "same-year": ["month", "by"],
        "ref": ["value"],
    ]

    init(function: String, arguments: [String: Argument]) {
        self.function = function
        self.arguments = arguments
    }

    init(_ text: String) throws(GrammarError) {
        let parts = text.split(separator: " ").map(String.init)
        guard let name = parts.first, let allowed = Self.functions[name] else {
            throw GrammarError("unknown value function in \(text) (\(Self.functions.keys.sorted().joined(separator: ", ")))")
        }
        var arguments: [String: Argument] = [:]
        for part in parts.dropFirst() {
            let halves = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard halves.count == 2, allowed.contains(halves[0]) else {
                throw GrammarError("\(name) takes \(allowed.sorted().joined(separator: ", ")), not \(part)")
            }
            let value = halves[1]
            if value.hasPrefix("-$") {
                arguments[halves[0]] = .capture(String(value.dropFirst(2)), negated: true)
            } else if value.hasPrefix("$") {
                arguments[halves[0]] = .capture(String(value.dropFirst()), negated: false)
            } else {
                arguments[halves[0]] = .literal(value)
            }
        }
        function = name
        self.arguments = arguments
    }

    var captureNames: [String] {
        arguments.values.compactMap { if case .capture(let name, _) = $0 { return name } else { return nil } }
    }

    /// The arguments with captures filled in; a capture that did not match (an optional token) is left out.
    func values(_ captures: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for (name, argument) in arguments {
            switch argument {
            case .literal(let value): out[name] = value
            case .capture(let capture, let negated):
                guard let value = captures[capture] else { continue }
                out[name] = negated ? (value.hasPrefix("-") ? String(value.dropFirst()) : "-" + value) : value
            }
        }
        return out
    }
}
