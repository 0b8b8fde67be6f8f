import DuidingCore
import DuidingKnowledge
import DuidingStore

/// What the knowledge base knows of an entity, for its page: description, Wikidata link, offices over
/// time, and the names it goes by.
enum EntityFacts {
    static func render(_ detail: EntityDetail, kb: KnowledgeBase?) -> String {
        let entity = detail.entity
        var html = ""
        if let description = entity.description {
            html += "<p class=\"description\">\(HTML.escape(description))</p>\n"
        }
        if let qid = entity.kb {
            let link = "https://www.wikidata.org/wiki/" + qid
            html += "<p class=\"meta\">Wikidata: <a href=\"\(HTML.escape(link))\">\(HTML.escape(qid))</a></p>\n"
        }
        if let kb, let title = entity.title, let index = kb.byTitle[title] {
            let roles = (kb.rolesByPerson[index] ?? []).map { kb.roles[$0] }.sorted { ($0.start?.number ?? 0) > ($1.start?.number ?? 0) }
            if !roles.isEmpty {
                html += "<h2>Functies</h2>\n<table class=\"roles\">\n<tr><th>functie</th><th>van</th><th>tot</th></tr>\n"
                for role in roles {
                    let office = role.titles["nl"] ?? role.titles["en"] ?? role.role + " " + role.of
                    html += "<tr><td>\(HTML.escape(office))</td><td>\(role.start?.iso ?? "?")</td><td>\(role.end?.iso ?? "heden")</td></tr>\n"
                }
                html += "</table>\n"
            }
        }
        let names = detail.names.filter { $0 != entity.name }
        if !names.isEmpty {
            html += "<p class=\"meta\">Ook: \(names.map(HTML.escape).joined(separator: ", "))</p>\n"
        }
        return html
    }
}
