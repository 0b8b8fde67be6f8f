public import Foundation

/// Reading and writing ISO 8601 times with an explicit offset, the form of every time in an analysis.
public enum ISOTime {
    /// Parses `2024-05-16T09:34:00+02:00`, `2024-05-16T07:34Z`, `2024-05-16 09:34` or `2024-05-16`;
    /// a time without an offset is read in `timeZone`, a date alone as noon there.
    public static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        let scalars = Array(text.trimmingCharacters(in: .whitespaces).unicodeScalars)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[index..<(index + digits)] {
                guard let digit = Int(String(scalar)) else { return nil }
                value = value * 10 + digit
            }
            index += digits
            return value
        }
        func expect(_ scalar: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == scalar else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2) else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 12, minute: 0, second: 0)
        var zone = timeZone
        if index < scalars.count {
            guard expect("T") || expect(" "), let hour = number(2), expect(":"), let minute = number(2) else { return nil }
            components.hour = hour
            components.minute = minute
            components.second = expect(":") ? number(2) : 0
            if expect(".") { while index < scalars.count, scalars[index].properties.numericType != nil { index += 1 } }
            if expect("Z") {
                zone = TimeZone(secondsFromGMT: 0) ?? timeZone
            } else if index < scalars.count {
                let sign = scalars[index] == "-" ? -1 : 1
                guard expect("+") || expect("-"), let hours = number(2) else { return nil }
                _ = expect(":")
                let minutes = number(2) ?? 0
                guard let fixed = TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60)) else { return nil }
                zone = fixed
            }
            guard index == scalars.count, components.second != nil else { return nil }
        }
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(components.hour ?? 0),
            (0...59).contains(components.minute ?? 0)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == day else { return nil }
        return date
    }

    /// `2024-05-16T09:34:00+02:00`: the moment as wall-clock time in `timeZone`, with that zone's offset.
    public static func format(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = timeZone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        return "\(pad(c.year ?? 0, 4))-\(pad(c.month ?? 0, 2))-\(pad(c.day ?? 0, 2))T\(pad(c.hour ?? 0, 2)):"
            + "\(pad(c.minute ?? 0, 2)):\(pad(c.second ?? 0, 2))\(sign)\(pad(abs(offset) / 3600, 2)):\(pad(abs(offset) % 3600 / 60, 2))"
    }

    /// `2020-02-03`: a calendar date without a time.
    public static func date(year: Int, month: Int, day: Int) -> String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
