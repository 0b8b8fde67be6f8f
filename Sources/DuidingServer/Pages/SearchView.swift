import DuidingStore
import Foundation

/// The search page's parts: the filters in force (each removable) and the facets beside the results
/// (each a link that narrows the search to that value).
struct SearchView {
    /// The search's parameters as given (`q`, `entity`, `type`, `source`, `from`, `until`), without paging.
    var parameters: [(name: String, value: String)]

    static let names = ["q", "entity", "type", "source", "from", "until", "mentioned_from", "mentioned_until"]

    init(_ query: SearchQuery) {
        let values = [
            query.text, query.entity, query.type, query.source, query.from, query.until, query.mentionedFrom, query.mentionedUntil,
        ]
        parameters = zip(Self.names, values).compactMap { name, value in value.map { (name, $0) } }
    }

    /// A link to this search with some parameters set or removed, back on its first page.
    func link(setting: [(String, String)] = [], removing: [String] = []) -> String {
        let dropped = Set(removing + setting.map(\.0))
        let kept = parameters.filter { !dropped.contains($0.name) }.map { ($0.name, $0.value) }
        let query = (kept + setting).map { "\($0.0)=\(HTML.query($0.1))" }.joined(separator: "&amp;")
        return query.isEmpty ? "/search" : "/search?" + query
    }

    /// The filters in force, each with a link that removes it.
    func activeFilters() -> String {
        var chips: [String] = []
        for (name, value) in parameters where name != "q" {
            let label: String
            switch name {
            case "entity": label = "naam: " + HTML.escape(value)
            case "type": label = "soort: " + HTML.escape(value)
            case "source": label = "bron: " + HTML.escape(value)
            case "from": label = "vanaf " + HTML.escape(value)
            case "until": label = "tot en met " + HTML.escape(value)
            case "mentioned_from": label = "noemt een datum vanaf " + HTML.escape(value)
            default: label = "noemt een datum tot en met " + HTML.escape(value)
            }
            let removing = name == "entity" ? ["entity", "type"] : [name]
            chips.append("<li>\(label) <a href=\"\(link(removing: removing))\" title=\"Filter weghalen\" aria-label=\"Filter weghalen\">×</a></li>")
        }
        guard !chips.isEmpty else { return "" }
        return "<ul class=\"filters\">\n" + chips.joined(separator: "\n") + "\n</ul>\n"
    }

    /// The facets as a sidebar; empty when there is nothing to narrow by.
    func sidebar(_ facets: SearchFacets) -> String {
        var html = ""
        if !facets.entities.isEmpty {
            html += "<h3>Namen</h3>\n<ul>\n"
            for entity in facets.entities {
                let href = link(setting: [("entity", entity.name), ("type", entity.type)])
                html += "<li><a href=\"\(href)\"><mark class=\"ent \(entity.type)\">\(HTML.escape(entity.name))</mark></a>"
                html += " <span class=\"count\">\(entity.articles)</span></li>\n"
            }
            html += "</ul>\n"
        }
        html += section("Soort naam", facets.types) { [("type", $0)] }
        html += section("Bron", facets.sources) { [("source", $0)] }
        html += section("Maand", facets.months) { month in [("from", month + "-01"), ("until", month + "-31")] }
        html += section("Noemt de maand", facets.mentionedMonths) { month in
            [("mentioned_from", month + "-01"), ("mentioned_until", month + "-31")]
        }
        guard !html.isEmpty else { return "" }
        return "<aside class=\"facets\" aria-label=\"Verfijnen\">\n<h2>Verfijnen</h2>\n" + html + "</aside>\n"
    }

    private func section(_ title: String, _ counts: [FacetCount], setting: (String) -> [(String, String)]) -> String {
        guard !counts.isEmpty else { return "" }
        var html = "<h3>\(title)</h3>\n<ul>\n"
        for count in counts {
            html += "<li><a href=\"\(link(setting: setting(count.value)))\">\(HTML.escape(count.value))</a>"
            html += " <span class=\"count\">\(count.articles)</span></li>\n"
        }
        return html + "</ul>\n"
    }
}
