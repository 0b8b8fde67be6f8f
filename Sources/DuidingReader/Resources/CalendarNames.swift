public import DuidingResources

/// Month, weekday and day words of a language, and how it writes clock times.
public struct CalendarNames: Sendable {
    /// Lowercased name or abbreviation → month number 1…12.
    public var months: [String: Int]
    /// Lowercased name or abbreviation → ISO weekday 1 (Monday) … 7.
    public var weekdays: [String: Int]
    /// Lowercased word → offset in days from the reference date.
    public var relativeDays: [String: Int]
    /// Marks between hours and minutes inside a word (`:`, `.`, `u`).
    public var clockSeparators: Set<Character>
    public var hourWords: Set<String>
    public var connectors: Set<String>
    public var amWords: Set<String>
    public var pmWords: Set<String>

    public init(language: String, bundle: ResourceBundle) throws(ResourceError) {
        months = try Self.table(bundle.file("\(language)/calendar/months.txt"), range: 1...12)
        weekdays = try Self.table(bundle.file("\(language)/calendar/weekdays.txt"), range: 1...7)
        relativeDays = try Self.table(bundle.file("\(language)/calendar/relative-days.txt"), range: -7...7)
        let clock = try bundle.file("\(language)/calendar/clock.txt")
        var roles: [String: [String]] = [:]
        for line in clock.lines {
            let fields = line.fields
            guard fields.count >= 2 else { throw clock.error(line, "expected a role and at least one word") }
            roles[fields[0], default: []].append(contentsOf: fields.dropFirst().map { $0.lowercased() })
        }
        clockSeparators = Set((roles["separator"] ?? []).compactMap(\.first))
        hourWords = Set(roles["hour-word"] ?? [])
        connectors = Set(roles["connector"] ?? [])
        amWords = Set(roles["am"] ?? [])
        pmWords = Set(roles["pm"] ?? [])
    }

    private static func table(_ file: ResourceFile, range: ClosedRange<Int>) throws(ResourceError) -> [String: Int] {
        var table: [String: Int] = [:]
        for line in file.lines {
            let fields = line.fields
            guard fields.count >= 2, let number = Int(fields[0]), range.contains(number) else {
                throw file.error(line, "expected a number in \(range.lowerBound)...\(range.upperBound) and names")
            }
            for name in fields.dropFirst() where !name.isEmpty {
                table[name.lowercased()] = number
            }
        }
        return table
    }
}
