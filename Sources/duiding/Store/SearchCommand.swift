import ArgumentParser
import DuidingStore
import Foundation

struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the stored articles: words in the text, entities, source, dates.",
        discussion: """
            Words must all occur (in any order); case and diacritics do not matter (Oekraine finds Oekraïne). \
            Without words, the newest articles that pass the filters are listed.
            Examples:
              duiding search "Poetin China"
              duiding search --entity Poetin --type PER --from 2024-05-01 --format json
              duiding search --type ORG --source NOS
              duiding search Oekraine --facets      # also: names, sources and months of the matches
              duiding search --mentioned-from 2024-05-06 --mentioned-until 2024-05-12   # articles about that week
            """
    )

    @Argument(help: "Words to find in the headline or text.")
    var words: [String] = []

    @Option(help: "Only articles mentioning an entity of this name.")
    var entity: String?

    @Option(help: "Entity type (PER, LOC, ORG, MISC): with --entity, of that type; alone, articles with such an entity.")
    var type: String?

    @Option(help: "Only articles from this source (for example NOS).")
    var source: String?

    @Option(help: "Published on or after this date (ISO 8601, for example 2024-05-01).")
    var from: String?

    @Option(help: "Published on or before this date.")
    var until: String?

    @Option(help: "Mentioning a date on or after this day (a time expression in the text, such as 'vorige week').")
    var mentionedFrom: String?

    @Option(help: "Mentioning a date on or before this day.")
    var mentionedUntil: String?

    @Option(help: "Results per page.")
    var limit = 20

    @Option(help: "Results to skip (for paging).")
    var offset = 0

    @Option(help: "Output: table or json.")
    var format = "table"

    @Option(help: "The database file (default: $DUIDING_DB, else ~/.local/share/duiding/duiding.sqlite).")
    var db: String?

    @Flag(help: "List the most mentioned entities (of --type, if given) instead of articles.")
    var entities = false

    @Flag(help: "Also count what the matching articles share: names, name types, sources, months (10 of each).")
    var facets = false

    func validate() throws {
        guard ["table", "json"].contains(format) else { throw ValidationError("--format must be table or json") }
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must lie between 1 and 1000") }
        guard (0...1_000_000).contains(offset) else { throw ValidationError("--offset must lie between 0 and 1000000") }
        do {
            try SearchQuery.validate(type: type, named: "--type")
            try SearchQuery.validate(date: from, named: "--from")
            try SearchQuery.validate(date: until, named: "--until")
            try SearchQuery.validate(date: mentionedFrom, named: "--mentioned-from")
            try SearchQuery.validate(date: mentionedUntil, named: "--mentioned-until")
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        let store = try SQLiteStore.existing(db)
        if entities {
            let list: [EntitySummary]
            do { list = try await store.entities(type: type, limit: limit) } catch { throw CLIError("\(error)") }
            if format == "json" {
                try printJSON(list)
            } else {
                for entity in list {
                    print("\(entity.type)\t\(entity.name)\t\(entity.articles) articles\t\(entity.mentions) mentions")
                }
            }
            return
        }
        let text = words.isEmpty ? nil : words.joined(separator: " ")
        let query = SearchQuery(
            text: text, entity: entity, type: type, source: source, from: from, until: until, mentionedFrom: mentionedFrom,
            mentionedUntil: mentionedUntil, limit: limit, offset: offset)
        let page: SearchPage
        var found: SearchFacets?
        do {
            page = try await store.search(query)
            if facets { found = try await store.facets(query, limit: 10) }
        } catch { throw CLIError("\(error)") }
        if format == "json" {
            struct Output: Encodable {
                var total: Int
                var offset: Int
                var articles: [ArticleSummary]
                var facets: SearchFacets?
            }
            try printJSON(Output(total: page.total, offset: offset, articles: page.articles, facets: found))
            return
        }
        let shown = page.articles.isEmpty
            ? (page.total > 0 ? ", none from \(offset + 1) on" : "")
            : (page.total > page.articles.count ? ", showing \(offset + 1)–\(offset + page.articles.count)" : "")
        print("\(page.total) article\(page.total == 1 ? "" : "s")" + shown)
        // One line per article and one field per column, whatever the stored text holds.
        let field = { (text: String) in String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }) }
        for article in page.articles {
            let date = article.published.map { String($0.prefix(10)) } ?? "          "
            print("\(article.id)\t\(date)\t\(field(article.source ?? "-"))\t\(field(article.headline ?? "(no headline)"))")
            let snippet = field(article.snippet)
            print("\t\(snippet)")
        }
        if let found {
            func line(_ title: String, _ counts: [String]) {
                if !counts.isEmpty { print("\(title): " + counts.joined(separator: ", ")) }
            }
            print("")
            line("names", found.entities.map { "\($0.name) (\($0.type)) \($0.articles)" })
            line("types", found.types.map { "\($0.value) \($0.articles)" })
            line("sources", found.sources.map { "\($0.value) \($0.articles)" })
            line("months", found.months.map { "\($0.value) \($0.articles)" })
            line("months mentioned", found.mentionedMonths.map { "\($0.value) \($0.articles)" })
        }
    }

    private func printJSON<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }
}
