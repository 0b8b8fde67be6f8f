import DuidingCore
import Foundation

/// An analysed article as a news reader would expect it: headline, caption and credit, datelines,
/// paragraphs with the named entities marked by type and linked to their search and the time
/// expressions marked with their resolved value (on hover, and in a table), event triggers marked with their
/// CAMEO code (and the coded events beside the text); and, folded away,
/// every sentence's words with their part of speech, lemma and dependency.
enum ArticleView {
    static func render(_ analysis: Analysis) -> String {
        let scalars = Array(analysis.text.unicodeScalars)
        // Names and time expressions in text order, without overlaps.
        enum Kind { case entity(type: String, name: String), time(TimeExpression), event(Event) }
        var marks: [(start: Int, end: Int, kind: Kind)] = []
        for entity in analysis.entities {
            for mention in entity.mentions where mention.start < mention.end && mention.end <= scalars.count {
                marks.append((mention.start, mention.end, .entity(type: entity.type, name: entity.name)))
            }
        }
        for time in analysis.times where time.start < time.end && time.end <= scalars.count {
            marks.append((time.start, time.end, .time(time)))
        }
        for event in analysis.events where event.trigger.start < event.trigger.end && event.trigger.end <= scalars.count {
            marks.append((event.trigger.start, event.trigger.end, .event(event)))
        }
        marks.sort { $0.start < $1.start }
        var kept: [(start: Int, end: Int, kind: Kind)] = []
        for mark in marks where mark.start >= (kept.last?.end ?? 0) { kept.append(mark) }

        func text(_ range: Range<Int>) -> String {
            var out = ""
            var position = range.lowerBound
            for mark in kept where mark.start >= range.lowerBound && mark.end <= range.upperBound {
                if mark.start < position { continue }
                out += HTML.escape(ScalarText.string(scalars, position..<mark.start))
                let words = HTML.escape(ScalarText.string(scalars, mark.start..<mark.end))
                switch mark.kind {
                case .entity(let type, let name):
                    let link = "/search?entity=\(HTML.query(name))&amp;type=\(type)"
                    out += "<mark class=\"ent \(type)\" title=\"\(type)\"><a href=\"\(link)\">\(words)</a><small>\(type)</small></mark>"
                case .time(let time):
                    // The resolved value shows on hover; a machine reads it from datetime.
                    let value = HTML.escape(time.value ?? "?")
                    var inner = words
                    // A date links to the articles that mention a day it covers.
                    if let days = time.value.flatMap(TimexInterval.days(of:)) {
                        inner = "<a href=\"/search?mentioned_from=\(days.first)&amp;mentioned_until=\(days.last)\">\(words)</a>"
                    }
                    out += "<time class=\"timex \(HTML.escape(time.type))\" datetime=\"\(value)\" title=\"\(HTML.escape(Self.describe(time)))\">\(inner)</time>"
                case .event(let event):
                    // An event's trigger, with its code on hover; the events table links here.
                    let title = HTML.escape("\(event.code) \(event.label)" + (event.negated ? " (niet)" : ""))
                    out += "<mark class=\"event\" id=\"event-\(mark.start)\" title=\"\(title)\">\(words)</mark>"
                }
                position = mark.end
            }
            out += HTML.escape(ScalarText.string(scalars, position..<range.upperBound))
            return out.replacingOccurrences(of: "\n", with: "<br>")
        }

        // Headline first, then byline and dateline, then the photo (caption, credit), then the body, as a
        // news page shows them, whatever order the pasted text had.
        var top: [String] = []
        var lines: [String] = []
        var photo: [String] = []
        var credits: [String] = []
        var body: [String] = []
        let blocks = analysis.blocks.isEmpty ? [Block(kind: .paragraph, start: 0, end: scalars.count)] : analysis.blocks
        for block in blocks where block.start < block.end && block.end <= scalars.count {
            let range = block.start..<block.end
            switch block.kind {
            case .headline: top.append("<h1>\(text(range))</h1>\n")
            case .byline, .dateline: lines.append("<p class=\"meta\">\(text(range))</p>\n")
            case .caption: photo.append("<figure class=\"caption\">\(text(range))</figure>\n")
            case .credit: credits.append("<p class=\"meta credit\">\(text(range))</p>\n")
            case .heading: body.append("<h3>\(text(range))</h3>\n")
            case .paragraph: body.append("<p>\(text(range))</p>\n")
            case .embed: body.append("<p class=\"muted\">\(text(range))</p>\n")
            case .furniture: continue
            }
        }
        if top.isEmpty, let title = analysis.metadata.headline { top.append("<h1>\(HTML.escape(title))</h1>\n") }
        var html = "<article>\n" + (top + lines + photo + credits + body).joined()
        html += "</article>\n"
        // The coded events beside the text (below it on a narrow screen).
        let events = EventView.articleEvents(analysis)
        if !events.isEmpty { html = "<div class=\"with-aside\">\n" + html + "<aside class=\"events\">\n" + events + "</aside>\n</div>\n" }
        html += metadata(analysis)
        html += entityList(analysis)
        html += QuoteView.articleQuotes(analysis)
        html += QuoteView.articleClaims(analysis)
        html += timeList(analysis)
        html += tokens(analysis)
        return html
    }

    static func metadata(_ analysis: Analysis) -> String {
        var parts: [String] = []
        if let source = analysis.metadata.source { parts.append(HTML.escape(source)) }
        if let published = analysis.metadata.published { parts.append("<time datetime=\"\(HTML.escape(published))\">\(HTML.escape(published))</time>") }
        if let credit = analysis.metadata.credit { parts.append("foto: " + HTML.escape(credit)) }
        if !analysis.metadata.authors.isEmpty { parts.append("door " + HTML.escape(analysis.metadata.authors.joined(separator: ", "))) }
        parts.append("taal: " + HTML.escape(analysis.language))
        return "<p class=\"meta\">" + parts.joined(separator: " · ") + "</p>\n"
    }

    static func entityList(_ analysis: Analysis) -> String {
        guard !analysis.entities.isEmpty else { return "" }
        var html = "<h2>Namen</h2>\n<ul class=\"entities\">\n"
        for entity in analysis.entities.sorted(by: { ($0.mentions.count, $1.name) > ($1.mentions.count, $0.name) }) {
            let link = "/search?entity=\(HTML.query(entity.name))&amp;type=\(entity.type)"
            html += "<li><mark class=\"ent \(entity.type)\"><a href=\"\(link)\">\(HTML.escape(entity.name))</a><small>\(entity.type) ×\(entity.mentions.count)</small></mark></li>\n"
        }
        return html + "</ul>\n"
    }

    /// `DATE 2024-04 (END)`: type, TIMEX3 value and mod, as the hover text says it.
    static func describe(_ time: TimeExpression) -> String {
        var parts = [time.type, time.value ?? "?"]
        if let mod = time.mod { parts.append("(\(mod))") }
        if let freq = time.freq { parts.append("×\(freq)") }
        return parts.joined(separator: " ")
    }

    static func timeList(_ analysis: Analysis) -> String {
        guard !analysis.times.isEmpty else { return "" }
        var html = "<h2>Tijd</h2>\n<table class=\"times\">\n<tr><th>uitdrukking</th><th>soort</th><th>waarde</th><th>mod</th></tr>\n"
        for time in analysis.times {
            let cells = [time.text, time.type, time.value ?? "", [time.mod, time.freq.map { "freq " + $0 }].compactMap { $0 }.joined(separator: " ")]
            html += "<tr>" + cells.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</table>\n"
    }

    static func tokens(_ analysis: Analysis) -> String {
        guard !analysis.sentences.isEmpty else { return "" }
        var html = "<details class=\"tokens\"><summary>Woorden, woordsoorten en zinsbouw per zin</summary>\n"
        for (number, sentence) in analysis.sentences.enumerated() {
            html += "<div class=\"arcs\">" + DependencyArcs.svg(analysis.tokens[sentence.tokens]) + "</div>\n"
            html += "<table><caption>Zin \(number + 1)</caption>\n<tr><th>#</th><th>woord</th><th>lemma</th><th>UPOS</th><th>kop</th><th>relatie</th><th>naam</th></tr>\n"
            for (offset, token) in analysis.tokens[sentence.tokens].enumerated() {
                let cells = [
                    String(offset + 1), token.text, token.lemma ?? "", token.upos ?? "", token.head.map(String.init) ?? "",
                    token.deprel ?? "", token.ner ?? "",
                ]
                html += "<tr>" + cells.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</details>\n"
    }
}
