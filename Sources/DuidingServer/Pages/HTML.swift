import Foundation

/// Building HTML safely: every piece of text goes through `escape`.
enum HTML {
    /// Text made safe for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A query-string value, percent-encoded.
    static func query(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// The fields of an `application/x-www-form-urlencoded` body.
    static func formFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first else { continue }
            func decode(_ value: Substring) -> String {
                String(value).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            fields[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    /// A whole page: the site header, the title and the body (already HTML); `wide` for pages with a sidebar.
    static func page(title: String, body: String, wide: Bool = false) -> String {
        """
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Duiding</title>
        <link rel="stylesheet" href="/static/style.css">
        </head>
        <body>
        <header class="site"><nav><a class="brand" href="/">Duiding</a><a href="/search">Zoeken</a><a href="/quotes">Citaten</a><a href="/dyad">Gebeurtenissen</a><a href="/analyze">Analyseren</a><a href="/api/v1/openapi.json">API</a></nav></header>
        <main\(wide ? " class=\"wide\"" : "")>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    static func searchForm(_ query: String = "") -> String {
        """
        <form class="search" action="/search" method="get" role="search">
        <input type="search" name="q" value="\(escape(query))" placeholder="Zoek in artikelen (Poetin China)" aria-label="Zoekterm">
        <button type="submit">Zoek</button>
        </form>
        """
    }
}
