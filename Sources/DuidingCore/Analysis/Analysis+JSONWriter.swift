public import Foundation

/// Writing an analysis as `duiding.analysis/1` JSON, keys in the order DESIGN.md lists them.
///
/// - Complexity: O(size of the analysis); one byte buffer, no intermediate tree.
extension Analysis {
    /// The analysis as JSON; `pretty` indents it for people (tokens, blocks and mentions stay one per line).
    public func jsonData(pretty: Bool = true) -> Data {
        var json = JSONWriter(pretty: pretty, capacity: text.utf8.count * (pretty ? 24 : 16) + 4096)
        write(to: &json)
        return Data(json.bytes)
    }

    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("schema", Analysis.schema)
        json.key("engine")
        json.beginObject()
        json.member("version", engine.version)
        json.key("models")
        json.beginObject(inline: true)
        for (name, model) in engine.models.sorted(by: { $0.key < $1.key }) { json.member(name, model) }
        json.endObject()
        json.endObject()
        json.member("language", language)
        json.member("reference_time", referenceTime)
        json.key("metadata")
        metadata.write(to: &json)
        json.member("text", text)
        json.key("blocks")
        json.beginArray()
        for block in blocks {
            json.beginObject(inline: true)
            json.member("kind", block.kind.rawValue)
            json.member("start", block.start)
            json.member("end", block.end)
            json.endObject()
        }
        json.endArray()
        json.key("sentences")
        json.beginArray()
        for sentence in sentences {
            json.beginObject()
            json.member("start", sentence.start)
            json.member("end", sentence.end)
            json.key("tokens")
            json.beginArray()
            for token in tokens[sentence.tokens] { token.write(to: &json) }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("entities")
        json.beginArray()
        for entity in entities { entity.write(to: &json) }
        json.endArray()
        json.key("times")
        json.beginArray()
        for time in times { time.write(to: &json) }
        json.endArray()
        json.key("quotes")
        json.beginArray()
        for quote in quotes { quote.write(to: &json) }
        json.endArray()
        json.key("claims")
        json.beginArray()
        for claim in claims { claim.write(to: &json) }
        json.endArray()
        json.key("events")
        json.beginArray()
        for event in events { event.write(to: &json) }
        json.endArray()
        json.endObject()
    }
}

extension ArticleMetadata {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("source", source)
        json.member("headline", headline)
        json.member("caption", caption)
        json.member("credit", credit)
        json.member("published", published)
        json.member("published_text", publishedText)
        json.member("dateline", dateline)
        json.member("url", url)
        json.key("authors")
        json.beginArray(inline: true)
        for author in authors { json.string(author) }
        json.endArray()
        json.endObject()
    }
}

extension Token {
    func write(to json: inout JSONWriter) {
        json.beginObject(inline: true)
        json.member("text", text)
        json.member("start", start)
        json.member("end", end)
        json.member("space_after", spaceAfter)
        json.optionalMember("upos", upos)
        json.optionalMember("xpos", xpos)
        json.optionalMember("feats", feats)
        json.optionalMember("lemma", lemma)
        json.optionalMember("head", head)
        json.optionalMember("deprel", deprel)
        json.optionalMember("ner", ner)
        json.endObject()
    }
}

extension Entity {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("id", id)
        json.member("type", type)
        json.member("name", name)
        json.member("kb", kb)
        json.optionalMember("title", title)
        json.optionalMember("description", description)
        if let aliases {
            json.key("aliases")
            json.beginArray(inline: true)
            for alias in aliases { json.string(alias) }
            json.endArray()
        }
        json.optionalMember("government", government)
        json.key("mentions")
        json.beginArray()
        for mention in mentions {
            json.beginObject(inline: true)
            json.member("start", mention.start)
            json.member("end", mention.end)
            json.member("text", mention.text)
            json.optionalMember("kind", mention.kind)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}

extension TimeExpression {
    func write(to json: inout JSONWriter) {
        json.beginObject(inline: true)
        json.member("id", id)
        json.member("start", start)
        json.member("end", end)
        json.member("text", text)
        json.member("type", type)
        json.member("value", value)
        json.optionalMember("mod", mod)
        json.optionalMember("freq", freq)
        json.endObject()
    }
}

extension Quote {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("start", start)
        json.member("end", end)
        json.member("text", text)
        json.member("speaker", speaker)
        json.member("speaker_text", speakerText)
        json.member("addressee", addressee)
        json.member("addressee_text", addresseeText)
        json.member("kind", kind)
        json.member("verb", verb)
        json.member("attribution", attribution)
        json.endObject()
    }
}

extension Claim {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("start", start)
        json.member("end", end)
        json.member("text", text)
        json.member("value", value)
        json.member("high", high)
        json.member("modifier", modifier)
        json.member("unit", unit)
        json.member("about", about)
        json.member("source", source)
        json.member("source_text", sourceText)
        json.member("time", time)
        json.endObject()
    }
}

extension Event {
    func write(to json: inout JSONWriter) {
        json.beginObject()
        json.member("code", code)
        json.member("label", label)
        json.member("plover", plover)
        json.member("goldstein", goldstein)
        for (name, actor) in [("source", source), ("target", target)] {
            json.key(name)
            if let actor {
                json.beginObject(inline: true)
                json.member("entity", actor.entity)
                json.member("actor", actor.actor)
                json.optionalMember("text", actor.text)
                json.endObject()
            } else {
                json.null()
            }
        }
        json.member("location", location)
        json.member("time", time)
        json.member("negated", negated)
        json.member("modality", modality)
        json.member("sentence", sentence)
        json.key("trigger")
        json.beginObject(inline: true)
        json.member("start", trigger.start)
        json.member("end", trigger.end)
        json.endObject()
        json.endObject()
    }
}
