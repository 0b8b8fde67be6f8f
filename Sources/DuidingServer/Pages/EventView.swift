import DuidingCore
import DuidingStore
import Foundation

/// Events on the pages: the dyad page (`/dyad?a=RUS&b=CHN`: the two actors' events over time with their tone,
/// and the list with the sentences that report them), an entity's events, and an article's coded events.
enum EventView {
    /// `RUSGOV Vladimir Poetin`: an actor as a reader wants it, with a link to the events it takes part in.
    static func actor(_ side: EventRecord.Side?) -> String {
        guard let side else { return "<span class=\"muted\">?</span>" }
        let name = side.name ?? side.actor ?? "?"
        let filter = side.actor.map { String($0.prefix(3)) }.flatMap { EventQuery.isActorCode($0) ? $0 : nil } ?? name
        var html = "<a class=\"actor\" href=\"/dyad?a=\(HTML.query(filter))\">\(HTML.escape(name))</a>"
        if let code = side.actor, code != name { html += " <small class=\"code\">\(HTML.escape(code))</small>" }
        return html
    }

    /// `042 Een bezoek afleggen`, with the English label on hover; `niet` for a negated event, and its modality
    /// when not asserted.
    static func what(_ event: EventRecord) -> String {
        var html = "<span class=\"code\" title=\"\(HTML.escape(event.label))\">\(HTML.escape(event.code))</span> \(HTML.escape(event.label))"
        if event.negated { html += " <em class=\"negated\">(niet)</em>" }
        if event.modality != "asserted" { html += " <em class=\"modality\">(\(HTML.escape(modality(event.modality))))</em>" }
        return html
    }

    static func modality(_ value: String) -> String {
        switch value {
        case "reported": "bewering"
        case "planned": "gepland"
        case "hypothetical": "voorwaardelijk"
        default: value
        }
    }

    static func form(a: String, b: String) -> String {
        """
        <form class="search" action="/dyad" method="get" role="search">
        <input type="search" name="a" value="\(HTML.escape(a))" placeholder="Actor (RUS, Poetin)" aria-label="Eerste actor">
        <input type="search" name="b" value="\(HTML.escape(b))" placeholder="Andere actor (CHN, Xi)" aria-label="Tweede actor">
        <button type="submit">Toon</button>
        </form>

        """
    }

    /// Stored events with their reports: what happened, who to whom, when, and each article's sentence.
    static func list(_ events: [StoredEvent]) -> String {
        guard !events.isEmpty else { return "" }
        var html = "<ol class=\"results events\">\n"
        for stored in events {
            let event = stored.event
            html += "<li class=\"event \(tone(event))\"><div>\(actor(event.source)) → \(actor(event.target)): \(what(event))</div>"
            var meta: [String] = []
            if let date = event.date { meta.append("<time datetime=\"\(HTML.escape(date))\">\(HTML.escape(date))</time>") }
            if let goldstein = event.goldstein { meta.append("Goldstein " + String(format: "%+.1f", goldstein)) }
            if stored.reports.count > 1 { meta.append("\(stored.reports.count) artikelen") }
            html += "<div class=\"meta\">\(meta.joined(separator: " · "))</div>"
            for report in stored.reports {
                html += "<blockquote class=\"evidence\">\(evidence(report))"
                html += " <a class=\"title\" href=\"/articles/\(report.articleID)\">\(HTML.escape(report.headline ?? "(zonder kop)"))</a></blockquote>"
            }
            html += "</li>\n"
        }
        return html + "</ol>\n"
    }

    /// The reporting sentence with the trigger in bold.
    static func evidence(_ report: EventReport) -> String {
        guard !report.trigger.isEmpty, let range = report.evidence.range(of: report.trigger) else { return HTML.escape(report.evidence) }
        return HTML.escape(String(report.evidence[..<range.lowerBound])) + "<b>" + HTML.escape(report.trigger) + "</b>"
            + HTML.escape(String(report.evidence[range.upperBound...]))
    }

    /// `cooperation` or `conflict`, by the sign of the event's Goldstein value (for colour).
    static func tone(_ event: EventRecord) -> String {
        (event.goldstein ?? 0) < 0 ? "conflict" : "cooperation"
    }

    /// The dyad's events over time as an SVG: one dot per event at its day and Goldstein value (above the line
    /// cooperation, below conflict; filled for `a` → `b`, open for `b` → `a`), and the mean Goldstein value per month as
    /// a line.
    static func timeline(_ events: [StoredEvent], months: [EventMonth], isForward: (StoredEvent) -> Bool) -> String {
        let dated = events.compactMap { event in event.event.day.flatMap(CalendarDay.init(iso:)).map { (event, $0) } }
        let monthDays = months.compactMap { month in CalendarDay(iso: month.month + "-01").map { (month, $0) } }
        let days = dated.map(\.1) + monthDays.map(\.1)
        guard let earliest = days.min(), let latest = days.max() else { return "" }
        // From the first day of the first month to the last day of the last.
        let (y0, m0, _) = earliest.components
        let (y1, m1, _) = latest.components
        let start = CalendarDay(year: y0, month: m0, day: 1).number
        let end = CalendarDay(year: y1, month: m1 + 1, day: 1).number
        let span = Double(max(end - start, 1))
        let (width, left, right) = (680.0, 34.0, 10.0)
        func x(_ number: Int) -> Double { left + (width - left - right) * Double(number - start) / span }
        func y(_ goldstein: Double) -> Double { 20 + (10 - max(-10, min(10, goldstein))) * 5 }
        var svg = "<svg class=\"chart timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"150\" "
        svg += "viewBox=\"0 0 \(Int(width)) 150\" role=\"img\" aria-label=\"gebeurtenissen in de tijd met hun Goldstein-waarde\">\n"
        svg += "<line x1=\"\(left)\" y1=\"70\" x2=\"\(width - right)\" y2=\"70\" stroke=\"#c9c9ce\"/>\n"
        for (value, label) in [(10.0, "+10"), (0, "0"), (-10, "−10")] {
            svg += "<text x=\"\(left - 4)\" y=\"\(y(value) + 4)\" font-size=\"10\" fill=\"#6b6b70\" text-anchor=\"end\">\(label)</text>\n"
        }
        // A tick and label at the start of each month, at most twelve labels.
        var month = (y0, m0)
        var ticks: [(Int, String)] = []
        while CalendarDay(year: month.0, month: month.1, day: 1).number < end, ticks.count < 400 {
            ticks.append((CalendarDay(year: month.0, month: month.1, day: 1).number, String(format: "%04d-%02d", month.0, month.1)))
            month = month.1 == 12 ? (month.0 + 1, 1) : (month.0, month.1 + 1)
        }
        let every = max(1, (ticks.count + 11) / 12)
        for (index, tick) in ticks.enumerated() {
            svg += "<line x1=\"\(x(tick.0))\" y1=\"120\" x2=\"\(x(tick.0))\" y2=\"124\" stroke=\"#c9c9ce\"/>"
            if index % every == 0 {
                svg += "<text x=\"\(x(tick.0))\" y=\"138\" font-size=\"10\" fill=\"#6b6b70\">\(tick.1)</text>"
            }
            svg += "\n"
        }
        if monthDays.count > 1 {
            let points = monthDays.compactMap { month, day -> String? in
                month.goldstein.map { String(format: "%.1f,%.1f", x(day.number + 14), y($0)) }
            }
            svg += "<polyline class=\"tone\" points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#b8860b\" stroke-width=\"2\"/>\n"
        } else if let (month, day) = monthDays.first, let goldstein = month.goldstein {
            svg += "<line class=\"tone\" x1=\"\(x(day.number))\" y1=\"\(y(goldstein))\" x2=\"\(x(day.number + 30))\" y2=\"\(y(goldstein))\" stroke=\"#b8860b\" stroke-width=\"2\"/>\n"
        }
        for (event, day) in dated {
            let forward = isForward(event)
            let colour = tone(event.event) == "conflict" ? "#c5221f" : "#1a7f37"
            let title = "\(event.event.day ?? "") \(event.event.source?.name ?? "?") → \(event.event.target?.name ?? "?"): \(event.event.code) \(event.event.label)"
            svg += "<circle class=\"event\" cx=\"\(String(format: "%.1f", x(day.number)))\" cy=\"\(y(event.event.goldstein ?? 0))\" r=\"4\" "
            svg += forward ? "fill=\"\(colour)\"" : "fill=\"#fff\" stroke=\"\(colour)\" stroke-width=\"1.5\""
            svg += "><title>\(HTML.escape(title))</title></circle>\n"
        }
        return svg + "</svg>\n"
    }

    /// An article's coded events, for beside its text: each with its actors, code, date and a link to its trigger.
    static func articleEvents(_ analysis: Analysis) -> String {
        let records = analysis.eventRecords()
        guard !records.isEmpty else { return "" }
        var html = "<h2>Gebeurtenissen</h2>\n<ol class=\"article-events\">\n"
        for event in records {
            html += "<li class=\"event \(tone(event))\"><div>\(actor(event.source)) → \(actor(event.target))</div>"
            html += "<div>\(what(event))</div>"
            var meta: [String] = []
            if let date = event.date { meta.append("<time datetime=\"\(HTML.escape(date))\">\(HTML.escape(date))</time>") }
            meta.append("<a href=\"#event-\(event.triggerStart)\">“\(HTML.escape(event.trigger))”</a>")
            html += "<div class=\"meta\">\(meta.joined(separator: " · "))</div></li>\n"
        }
        return html + "</ol>\n"
    }
}
