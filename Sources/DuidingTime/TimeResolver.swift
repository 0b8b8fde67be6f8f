import DuidingCore
import Foundation

/// Which way a sentence points in time, from its verbs; it decides which `dinsdag` or `oktober` is meant.
public enum Tense: String, Sendable {
    case past, present, future
}

/// Computes TIMEX3 values from a rule's recipe, the reference day and the sentence's tense.
struct TimeResolver {
    var reference: CalendarDay?
    var tense: Tense
    /// The day a clock time in this sentence is on: a date the sentence names, else the reference.
    var anchor: CalendarDay?
    /// Whether the anchor is a night (`…TNI`).
    var anchorIsNight = false
    /// The last absolute date named before (`1886`, `1894-12`, `1894-12-03`), for `twee jaar later`.
    var narrative: String?

    /// Whether a value is an absolute date: a year, month or day, not a week, season or reference.
    static func isAbsolute(_ value: String) -> Bool {
        let parts = value.prefix(10).split(separator: "-")
        guard let year = parts.first, year.count == 4, year.allSatisfy(\.isNumber) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 2 && $0.allSatisfy(\.isNumber) }
    }

    /// The value for a recipe filled with its arguments, or nil when it cannot be resolved.
    func value(_ function: String, _ arguments: [String: String]) -> String? {
        func int(_ name: String) -> Int? { arguments[name].flatMap { Int($0) } }
        let direction = int("direction")
        // A year given relative to the reference (`vorig jaar`), else a two-digit year ('81) in the century
        // that puts it at most ten years after the reference.
        var year = int("year")
        if year == nil, let shift = int("yearshift"), let reference { year = reference.components.year + shift }
        if let short = year, short < 100, let reference, arguments["year"]?.count ?? 0 <= 2 {
            let now = reference.components.year
            year = (now / 100) * 100 + short > now + 10 ? (now / 100 - 1) * 100 + short : (now / 100) * 100 + short
        }
        switch function {
        case "date":
            let (month, day) = (int("month"), int("day"))
            if let year, let part = arguments["part"], month == nil { return CalendarDay.pad(year, 4) + "-" + part }
            if let year, let month, let day {
                guard (1...12).contains(month), day <= CalendarDay.daysIn(year: year, month: month) else { return nil }
                return CalendarDay.iso(year, month, day)
            }
            if let year, let month { return Self.month(year, month) }
            if let year, day == nil { return CalendarDay.pad(year, 4) }
            guard let month, let reference else { return nil }
            if let day {
                guard day <= CalendarDay.daysIn(year: 2000, month: month) else { return nil }
                let chosen = pick(direction) { CalendarDay(year: reference.components.year + $0, month: month, day: day) }
                return chosen?.iso
            }
            // A month alone: compare months, not days (in May, "in mei" is this May whatever the tense).
            let ref = reference.components
            let candidates = (-1...1).map { (year: ref.year + $0, index: (ref.year + $0) * 12 + month - 1) }
            let now = ref.year * 12 + ref.month - 1
            let chosen = choose(candidates.map { ($0.year, $0.index - now) }, direction)
            return chosen.map { Self.month($0, month) }
        case "shift":
            guard let reference, let unit = arguments["unit"] else { return nil }
            guard let by = int("by") else {
                guard let text = arguments["by"] else { return nil }
                return text.hasPrefix("-") ? "PAST_REF" : "FUTURE_REF"
            }
            let (year, month, _) = reference.components
            switch unit {
            case "D":
                let day = reference.adding(days: by)
                return day.iso + (arguments["part"].map { "T" + $0 } ?? "")
            case "W": return reference.adding(days: 7 * by).isoWeekText
            case "WE":
                // "Dit weekend" early in the week, told in the past tense, is the weekend just gone.
                let weeks = by == 0 && tense == .past && reference.weekday <= 3 ? -1 : by
                return reference.adding(days: 7 * weeks).isoWeekText + "-WE"
            case "M":
                let index = year * 12 + month - 1 + by
                return Self.month(index: index)
            case "Q":
                let index = year * 4 + (month - 1) / 3 + by
                return "\(CalendarDay.pad(Self.floorDiv(index, 4), 4))-Q\(index - Self.floorDiv(index, 4) * 4 + 1)"
            case "Y": return CalendarDay.pad(year + by, 4) + (arguments["part"].map { "-" + $0 } ?? "")
            case "DE": return String(Self.floorDiv(year, 10) + by)
            case "CE":
                // Centuries as counted in words: the twentieth runs from 1901 to 2000 and is written 19.
                return CalendarDay.pad(Self.floorDiv(year - 1, 100) + by, 2)
            default: return nil
            }
        case "weekday":
            guard let day = int("day"), let reference else { return nil }
            if let week = int("week") {
                let chosen = reference.adding(days: 7 * week + day - reference.weekday)
                return chosen.iso + (arguments["part"].map { "T" + $0 } ?? "")
            }
            let chosen = pick(direction) { offset in
                // The weekday in the week `offset` weeks from the reference's.
                reference.adding(days: 7 * offset + day - reference.weekday)
            }
            return chosen.map { $0.iso + (arguments["part"].map { "T" + $0 } ?? "") }
        case "time":
            guard var hour = int("hour"), hour <= 24 else { return nil }
            let minute = int("minute") ?? 0
            guard minute < 60 else { return nil }
            if arguments["pm"] != nil, hour < 12 { hour += 12 }
            let clock = "T\(CalendarDay.pad(hour, 2)):\(CalendarDay.pad(minute, 2))"
            // Small hours after a night ("de nacht van zaterdag op zondag … rond 0.30 uur") fall on the next day.
            let day = anchorIsNight && hour < 6 ? anchor?.adding(days: 1) : anchor
            return (day ?? reference).map { $0.iso + clock } ?? clock
        case "duration":
            guard let unit = arguments["unit"] else { return nil }
            return Self.duration(arguments["amount"] ?? "1", unit)
        case "decade":
            guard var decade = int("decade") else { return nil }
            if decade >= 100 { return String(decade / 10) }  // 1990 written out
            if decade >= 10 { decade /= 10 }  // '90
            if let century = int("century") { return String(century * 10 + decade) }
            guard let reference else { return nil }
            // The latest such decade that has begun by the reference year.
            let year = reference.components.year
            var century = year / 100
            if century * 100 + decade * 10 > year { century -= 1 }
            return String(century * 10 + decade)
        case "century":
            guard let ordinal = int("ordinal"), ordinal > 0 else { return nil }
            return CalendarDay.pad(ordinal - 1, 2)
        case "season":
            guard let season = arguments["season"] else { return nil }
            if let year { return "\(CalendarDay.pad(year, 4))-\(season)" }
            guard let reference, let start = Self.seasonStart[season] else { return nil }
            let ref = reference.components
            let now = ref.year * 12 + ref.month - 1
            // A season is current from its first month for three months.
            let candidates = (-1...1).map { offset -> (Int, Int) in
                let first = (ref.year + offset) * 12 + start - 1
                let distance = now >= first && now < first + 3 ? 0 : first - now
                return (ref.year + offset, distance)
            }
            return choose(candidates, direction).map { "\(CalendarDay.pad($0, 4))-\(season)" }
        case "holiday":
            guard let name = arguments["name"] else { return nil }
            func day(_ year: Int) -> CalendarDay? { Self.holiday(name, year) }
            if let year { return day(year)?.iso }
            guard let reference else { return nil }
            let years = reference.components.year
            return pick(direction) { day(years + $0) ?? reference }?.iso
        case "set":
            if let weekday = int("weekday") { return "XXXX-WXX-\(weekday)" }
            guard let unit = arguments["unit"] else { return nil }
            if unit == "WE" { return "XXXX-WXX-WE" }
            return Self.duration(arguments["amount"] ?? "1", unit)
        case "later":
            // Counted from the last date named (else the reference), at the unit's precision.
            guard let unit = arguments["unit"], let by = int("by") else { return nil }
            let base = narrative ?? reference?.iso
            guard let base else { return nil }
            let parts = base.prefix(10).split(separator: "-").compactMap { Int($0) }
            guard let baseYear = parts.first else { return nil }
            switch unit {
            case "Y": return CalendarDay.pad(baseYear + by, 4)
            case "DE": return String(Self.floorDiv(baseYear, 10) + by)
            case "M":
                guard parts.count >= 2 else { return nil }
                let index = baseYear * 12 + parts[1] - 1 + by
                return Self.month(index: index)
            case "D", "W":
                guard parts.count >= 3 else { return nil }
                let day = CalendarDay(year: baseYear, month: parts[1], day: parts[2]).adding(days: unit == "W" ? 7 * by : by)
                return unit == "W" ? day.isoWeekText : day.iso
            default: return nil
            }
        case "same-year":
            // `dat jaar`, `december van dat jaar`: the year of the last date named.
            guard let base = narrative ?? reference?.iso, let year = Int(base.prefix(4)) else { return nil }
            if let month = int("month") { return Self.month(year + (int("by") ?? 0), month) }
            return CalendarDay.pad(year + (int("by") ?? 0), 4)
        case "ref":
            return arguments["value"]
        default:
            return nil
        }
    }

    /// From candidates at offsets −1, 0, +1 (years or weeks), the day the tense or direction points to:
    /// past, the latest on or before the reference; future, the first on or after; present, the nearest.
    private func pick(_ direction: Int?, _ candidate: (Int) -> CalendarDay) -> CalendarDay? {
        guard let reference else { return nil }
        let days = (-1...1).map { candidate($0) }
        return choose(days.map { ($0, $0.number - reference.number) }, direction)
    }


    /// Chooses among candidates by their signed distance from the reference.
    private func choose<Value>(_ candidates: [(Value, Int)], _ direction: Int?) -> Value? {
        let way: Tense = direction.map { $0 < 0 ? .past : $0 > 0 ? .future : .present } ?? tense
        switch way {
        case .past:
            // A direction word (afgelopen dinsdag) excludes today; the tense alone does not.
            let limit = direction == nil ? 0 : -1
            return candidates.filter { $0.1 <= limit }.max { $0.1 < $1.1 }?.0
        case .future:
            let limit = direction == nil ? 0 : 1
            return candidates.filter { $0.1 >= limit }.min { $0.1 < $1.1 }?.0
        case .present:
            // The nearest; a tie goes forward (Dutch present tense often speaks of what is planned).
            return candidates.min { abs($0.1) < abs($1.1) || (abs($0.1) == abs($1.1) && $0.1 > $1.1) }?.0
        }
    }

    static let seasonStart = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]

    /// A holiday's day in a year: `MM-DD` (fixed) or `easter+N` / `easter-N` (days from Easter Sunday).
    static func holiday(_ rule: String, _ year: Int) -> CalendarDay? {
        if rule.hasPrefix("easter") {
            let offset = Int(rule.dropFirst(6).replacingOccurrences(of: "+", with: "")) ?? 0
            return CalendarDay.easter(year).adding(days: offset)
        }
        let parts = rule.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        return CalendarDay(year: year, month: parts[0], day: parts[1])
    }

    /// `P3Y`, `PT48H`, `PXW`; a fraction moves to the next smaller unit (anderhalf jaar → P18M).
    static func duration(_ amount: String, _ unit: String) -> String? {
        // A unit with a count in front stands for that many of the unit (`15MI`: a kwartier).
        if let first = unit.first, first.isNumber {
            let digits = unit.prefix { $0.isNumber }
            guard let factor = Int(digits) else { return nil }
            let base = String(unit.dropFirst(digits.count))
            if let whole = Int(amount) { return duration(String(whole * factor), base) }
            if let value = Double(amount) { return duration(String(Int((value * Double(factor)).rounded())), base) }
            return duration(amount, base)
        }
        let time = ["H": "H", "MI": "M", "S": "S"]
        let smaller: [String: (String, Double)] = ["Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MI", 60), "MI": ("S", 60)]
        let scaled: [String: (String, Int)] = ["DE": ("Y", 10), "CE": ("Y", 100)]
        if let (base, factor) = scaled[unit] {
            if let whole = Int(amount) { return duration(String(whole * factor), base) }
            if let value = Double(amount) { return duration(String(Int((value * Double(factor)).rounded())), base) }
            return amount == "X" ? "PX\(unit)" : nil
        }
        guard time[unit] != nil || ["Y", "M", "W", "D"].contains(unit) else { return nil }
        var number = amount
        var finalUnit = unit
        if Int(amount) == nil, let value = Double(amount) {
            guard let (next, factor) = smaller[unit] else { return nil }
            let converted = value * factor
            guard converted == converted.rounded() else { return nil }
            number = String(Int(converted))
            finalUnit = next
        } else if Int(amount) == nil, amount != "X" {
            return nil
        }
        if let letter = time[finalUnit] { return "PT\(number)\(letter)" }
        return "P\(number)\(finalUnit)"
    }

    /// `2024-05`.
    static func month(_ year: Int, _ month: Int) -> String { "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))" }

    /// The month `index` months after January of year 0 (`year * 12 + month - 1`), as `2024-05`.
    static func month(index: Int) -> String { month(floorDiv(index, 12), index - floorDiv(index, 12) * 12 + 1) }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
