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
    public var agoWords: Set<String>
    /// Unit word → minutes (`uur` → 60).
    public var units: [String: Int]
    /// Lowercased zone abbreviation → offset from UTC in seconds.
    public var zones: [String: Int]

    public init(language: String, bundle: ResourceBundle) throws(ResourceError) {
        months = try Self.table(bundle.file("\(language)/calendar/months.txt"), range: 1...12)
        weekdays = try Self.table(bundle.file("\(language)/calendar/weekdays.txt"), range: 1...7)
        relativeDays = try Self.table(bundle.file("\(language)/calendar/relative-days.txt"), range: -7...7)
        let clock = try bundle.file("\(language)/calendar/clock.txt")
        var roles: [String: [String]] = [:]
        for line in clock.lines {
            let fields = line.fields
            guard fields.count >= 2 else { throw clock.error(line, "expected a role and at least one word") }
            // Compared with words lowercased and stripped of a final full stop (`p.m.` → `p.m`).
            roles[fields[0], default: []].append(contentsOf: fields.dropFirst().map { field in
                let lowered = field.lowercased()
                return lowered.count > 1 && lowered.hasSuffix(".") ? String(lowered.dropLast()) : lowered
            })
        }
        clockSeparators = Set((roles["separator"] ?? []).compactMap(\.first))
        hourWords = Set(roles["hour-word"] ?? [])
        connectors = Set(roles["connector"] ?? [])
        amWords = Set(roles["am"] ?? [])
        pmWords = Set(roles["pm"] ?? [])
        agoWords = Set(roles["ago"] ?? [])
        var units: [String: Int] = [:]
        for (role, minutes) in [("minute-unit", 1), ("hour-unit", 60), ("day-unit", 1_440)] {
            for word in roles[role] ?? [] { units[word] = minutes }
        }
        self.units = units
        let zoneFile = try bundle.file("\(language)/calendar/zones.txt")
        var zones: [String: Int] = [:]
        for line in zoneFile.lines {
            let fields = line.fields
            guard fields.count == 2, let offset = Self.offset(fields[1]) else {
                throw zoneFile.error(line, "expected an abbreviation and an offset such as +02:00")
            }
            zones[fields[0].lowercased()] = offset
        }
        self.zones = zones
    }

    /// `+02:00`, `-5`, `+0530` → seconds east of UTC.
    static func offset(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isNumber) else { return nil }
        let hours = digits.count <= 2 ? Int(digits) ?? 0 : Int(digits.prefix(digits.count - 2)) ?? 0
        let minutes = digits.count <= 2 ? 0 : Int(digits.suffix(2)) ?? 0
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60)
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
