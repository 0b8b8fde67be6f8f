import DuidingCore

/// The readable terminal view of an analysis: metadata, the article's parts, the named entities, the
/// time expressions with their values, the quotes with their speakers, the claims with their numbers, the coded
/// events with their actors and days, then
/// its sentences with each token's tag, and its head and relation where the parser gave them.
enum TextView {
    static let width = 100

    static func render(_ analysis: Analysis) -> String {
        let scalars = ScalarText.scalars(of: analysis.text)
        var out = ""
        let m = analysis.metadata
        out += "Article (\(analysis.language))\n"
        for (label, value) in [
            ("headline", m.headline), ("source", m.source), ("published", m.published.map { p in m.publishedText.map { "\(p)  (\($0))" } ?? p }),
            ("dateline", m.dateline), ("credit", m.credit), ("caption", m.caption),
            ("authors", m.authors.isEmpty ? nil : m.authors.joined(separator: ", ")),
            ("reference", analysis.referenceTime),
        ] {
            if let value { out += "  \(label.padding(10))\(value)\n" }
        }
        out += "\nParts (\(analysis.blocks.count))\n"
        for block in analysis.blocks {
            let text = ScalarText.string(scalars, block.start..<block.end)
            out += "  \(block.kind.rawValue.padding(11))\(clip(text, width - 13))\n"
        }
        if !analysis.entities.isEmpty {
            out += "\nEntities (\(analysis.entities.count))\n"
            for entity in analysis.entities {
                let kb = entity.kb.map { "  \($0)" } ?? ""
                out += "  \(entity.id.padding(5))\(entity.type.padding(5))\(entity.name)  ×\(entity.mentions.count)\(kb)\n"
            }
        }
        if !analysis.times.isEmpty {
            out += "\nTimes (\(analysis.times.count))\n"
            for time in analysis.times {
                let extra = [time.mod, time.freq.map { "freq " + $0 }].compactMap { $0 }.joined(separator: " ")
                out += "  \(time.id.padding(5))\(time.type.padding(9))\((time.value ?? "?").padding(16))\(time.text)"
                out += (extra.isEmpty ? "" : "  (\(extra))") + "\n"
            }
        }
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }) { a, _ in a }
        if !analysis.quotes.isEmpty {
            out += "\nQuotes (\(analysis.quotes.count))\n"
            for quote in analysis.quotes {
                var who = quote.speaker.map { id in "\(names[id] ?? id) (\(id))" } ?? quote.speakerText.map { "\"\($0)\"" } ?? "?"
                if let addressee = quote.addressee.flatMap({ names[$0] }) ?? quote.addresseeText { who += " → \(addressee)" }
                if let verb = quote.verb { who += "  (\(verb))" }
                out += "  \(quote.kind.padding(9))\(who)\n      \(clip(quote.text, width - 6))\n"
            }
        }
        if !analysis.claims.isEmpty {
            out += "\nClaims (\(analysis.claims.count))\n"
            for claim in analysis.claims {
                var value = claim.value.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int64($0)) : String($0) } ?? "?"
                if let high = claim.high { value += "–" + (high == high.rounded() && abs(high) < 1e15 ? String(Int64(high)) : String(high)) }
                let details = [claim.modifier, claim.about.map { "about: " + $0 }, (claim.source.flatMap { names[$0] } ?? claim.sourceText).map { "source: " + $0 }]
                    .compactMap { $0 }.joined(separator: "  ")
                out += "  \(value.padding(14))\((claim.unit ?? "").padding(10))\(claim.text)\(details.isEmpty ? "" : "  (" + details + ")")\n"
            }
        }
        let events = analysis.eventRecords()
        if !events.isEmpty {
            out += "\nEvents (\(events.count))\n"
            for event in events {
                func side(_ side: EventRecord.Side?) -> String {
                    guard let side else { return "?" }
                    return [side.name, side.actor.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
                }
                var notes = [event.date, event.modality == "asserted" ? nil : event.modality, event.negated ? "negated" : nil].compactMap { $0 }
                notes.append("“\(event.trigger)”")
                out += "  \(event.code.padding(5))\(side(event.source)) → \(side(event.target)): \(event.label)  \(notes.joined(separator: "  "))\n"
            }
        }
        out += "\nSentences (\(analysis.sentences.count), \(analysis.tokens.count) tokens)\n"
        var blockIndex = 0
        for (index, sentence) in analysis.sentences.enumerated() {
            while blockIndex + 1 < analysis.blocks.count, analysis.blocks[blockIndex].end < sentence.end { blockIndex += 1 }
            let kind = analysis.blocks.isEmpty ? "" : analysis.blocks[blockIndex].kind.rawValue
            out += "  [\(index + 1)] \(kind)\n"
            out += "      \(ScalarText.string(scalars, sentence.start..<sentence.end))\n"
            out += "      \(analysis.tokens[sentence.tokens].map(describe).joined(separator: " | "))\n"
        }
        return out
    }

    /// `Poetin/PROPN` with `→3 nsubj` when parsed and the entity tag when inside one.
    private static func describe(_ token: Token) -> String {
        var text = token.text
        if let upos = token.upos { text += "/" + upos }
        if let head = token.head, let relation = token.deprel { text += " →\(head) \(relation)" }
        if let ner = token.ner, ner != "O" { text += " [\(ner)]" }
        return text
    }

    private static func clip(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
