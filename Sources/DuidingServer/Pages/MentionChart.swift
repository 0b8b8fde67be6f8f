import DuidingStore
import Foundation

/// Mentions per day as an SVG bar chart: one bar per calendar day from the first to the last (days
/// without mentions stay empty), the highest count and the first and last day labelled.
enum MentionChart {
    static func svg(_ days: [DayCount]) -> String {
        guard let first = days.first, let last = days.last else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let parser = DateFormatter()
        parser.calendar = calendar
        parser.timeZone = calendar.timeZone
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.dateFormat = "yyyy-MM-dd"
        // Every day in the range, capped at two years so that a stray date cannot blow it up.
        var counts: [(String, Int)] = []
        let known = Dictionary(days.map { ($0.day, $0.mentions) }, uniquingKeysWith: +)
        if var date = parser.date(from: first.day), let end = parser.date(from: last.day) {
            while date <= end, counts.count < 731 {
                let day = parser.string(from: date)
                counts.append((day, known[day] ?? 0))
                guard let next = calendar.date(byAdding: .day, value: 1, to: date) else { break }
                date = next
            }
        } else {
            counts = days.map { ($0.day, $0.mentions) }
        }
        let highest = max(counts.map(\.1).max() ?? 1, 1)
        let barWidth = max(3, min(24, 660 / max(counts.count, 1)))
        let width = max(counts.count * barWidth + 40, 260)
        let height = 140
        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
        svg += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"vermeldingen per dag\">\n"
        for (index, (day, count)) in counts.enumerated() where count > 0 {
            let barHeight = max(2, count * 100 / highest)
            let x = 20 + index * barWidth
            svg += "<rect x=\"\(x)\" y=\"\(110 - barHeight)\" width=\"\(max(barWidth - 1, 1))\" height=\"\(barHeight)\" fill=\"#0b57d0\">"
            svg += "<title>\(HTML.escape(day)): \(count)</title></rect>\n"
        }
        svg += "<line x1=\"20\" y1=\"110\" x2=\"\(width - 20)\" y2=\"110\" stroke=\"#c9c9ce\"/>\n"
        svg += "<text x=\"20\" y=\"128\" font-size=\"11\" fill=\"#6b6b70\">\(HTML.escape(counts.first?.0 ?? ""))</text>"
        if counts.count > 1 {
            svg += "<text x=\"\(width - 20)\" y=\"128\" font-size=\"11\" fill=\"#6b6b70\" text-anchor=\"end\">\(HTML.escape(counts.last?.0 ?? ""))</text>"
        }
        svg += "<text x=\"20\" y=\"10\" font-size=\"11\" fill=\"#6b6b70\">max \(highest)</text>\n"
        return svg + "</svg>\n"
    }
}
