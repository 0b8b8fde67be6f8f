import DuidingCore
import DuidingStore
import Foundation

/// Quotes and claims on the pages: the article's quotes with their speakers and its numbers, and the
/// quotes page (`/quotes?speaker=Blinken&q=China`).
enum QuoteView {
    /// `citaat`, `deelcitaat` or `indirect`: the kinds as a Dutch reader says them.
    static func label(_ kind: String) -> String {
        switch kind {
        case "direct": "citaat"
        case "partial": "deelcitaat"
        default: "indirect"
        }
    }

    /// A speaker linked to the quotes page of that speaker.
    static func speakerLink(_ name: String) -> String {
        "<a class=\"speaker\" href=\"/quotes?speaker=\(HTML.query(name))\">\(HTML.escape(name))</a>"
    }

    static func articleQuotes(_ analysis: Analysis) -> String {
        guard !analysis.quotes.isEmpty else { return "" }
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }) { a, _ in a }
        var html = "<h2>Citaten</h2>\n<ul class=\"quotes\">\n"
        for quote in analysis.quotes {
            let speaker = quote.speaker.flatMap { names[$0] } ?? quote.speakerText
            let addressee = quote.addressee.flatMap { names[$0] } ?? quote.addresseeText
            html += "<li class=\"quote \(HTML.escape(quote.kind))\"><q>\(HTML.escape(quote.text))</q>"
            html += " <span class=\"meta\">— \(speaker.map(speakerLink) ?? "onbekend")"
            if let addressee { html += " tegen \(HTML.escape(addressee))" }
            html += " · \(label(quote.kind))</span></li>\n"
        }
        return html + "</ul>\n"
    }

    static func articleClaims(_ analysis: Analysis) -> String {
        guard !analysis.claims.isEmpty else { return "" }
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }) { a, _ in a }
        var html = "<h2>Getallen</h2>\n<table class=\"claims\">\n<tr><th>bewering</th><th>waarde</th><th>eenheid</th><th>waarover</th><th>bron</th></tr>\n"
        for claim in analysis.claims {
            var value = claim.value.map(number) ?? ""
            if let high = claim.high { value += "–" + number(high) }
            if let modifier = claim.modifier { value += " (\(modifier))" }
            let source = claim.source.flatMap { names[$0] } ?? claim.sourceText ?? ""
            let cells = [claim.text, value, claim.unit ?? "", claim.about ?? "", source]
            html += "<tr>" + cells.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</table>\n"
    }

    /// A value without a needless decimal part (`90`, `2.5`, `2500000000`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    static func form(_ query: QuoteQuery) -> String {
        """
        <form class="search" action="/quotes" method="get" role="search">
        <input type="search" name="speaker" value="\(HTML.escape(query.speaker ?? ""))" placeholder="Spreker (Blinken, Poetin)" aria-label="Spreker">
        <input type="search" name="q" value="\(HTML.escape(query.text ?? ""))" placeholder="Woorden (China)" aria-label="Woorden in het citaat">
        <button type="submit">Zoek</button>
        </form>

        """
    }

    static func link(_ query: QuoteQuery, offset: Int) -> String {
        var parts: [String] = []
        if let speaker = query.speaker { parts.append("speaker=" + HTML.query(speaker)) }
        if let text = query.text { parts.append("q=" + HTML.query(text)) }
        if let kind = query.kind { parts.append("kind=" + HTML.query(kind)) }
        parts.append("offset=\(offset)")
        return "/quotes?" + parts.joined(separator: "&amp;")
    }

    static func list(_ quotes: [QuoteSummary]) -> String {
        guard !quotes.isEmpty else { return "" }
        var html = "<ol class=\"results quotes\">\n"
        for quote in quotes {
            var meta: [String] = [quote.speaker.map(speakerLink) ?? "onbekend"]
            if let addressee = quote.addressee { meta.append("tegen " + HTML.escape(addressee)) }
            meta.append(label(quote.kind))
            if let published = quote.published { meta.append(HTML.escape(String(published.prefix(10)))) }
            html += "<li><q>\(HTML.escape(quote.text))</q><div class=\"meta\">\(meta.joined(separator: " · "))</div>"
            html += "<a class=\"title\" href=\"/articles/\(quote.articleID)\">\(HTML.escape(quote.headline ?? "(zonder kop)"))</a></li>\n"
        }
        return html + "</ol>\n"
    }
}
