public import Foundation

/// JSON form `duiding.analysis/1`: tokens nested in their sentences, snake_case keys.
extension Analysis: Codable {
    enum CodingKeys: String, CodingKey {
        case schema, engine, language, metadata, text, blocks, sentences, entities, times, quotes, claims, events
        case referenceTime = "reference_time"
    }

    enum SentenceKeys: String, CodingKey {
        case start, end, tokens
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Analysis.schema, forKey: .schema)
        try container.encode(engine, forKey: .engine)
        try container.encode(language, forKey: .language)
        try container.encode(referenceTime, forKey: .referenceTime)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(text, forKey: .text)
        try container.encode(blocks, forKey: .blocks)
        var sentenceList = container.nestedUnkeyedContainer(forKey: .sentences)
        for sentence in sentences {
            var item = sentenceList.nestedContainer(keyedBy: SentenceKeys.self)
            try item.encode(sentence.start, forKey: .start)
            try item.encode(sentence.end, forKey: .end)
            try item.encode(Array(tokens[sentence.tokens]), forKey: .tokens)
        }
        try container.encode(entities, forKey: .entities)
        try container.encode(times, forKey: .times)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(claims, forKey: .claims)
        try container.encode(events, forKey: .events)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(String.self, forKey: .schema)
        guard schema == Analysis.schema else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: container,
                debugDescription: "unsupported schema \(schema); this engine reads \(Analysis.schema)")
        }
        self.init(
            engine: try container.decodeIfPresent(EngineInfo.self, forKey: .engine) ?? EngineInfo(),
            language: try container.decode(String.self, forKey: .language),
            referenceTime: try container.decodeIfPresent(String.self, forKey: .referenceTime),
            metadata: try container.decodeIfPresent(ArticleMetadata.self, forKey: .metadata) ?? ArticleMetadata(),
            text: try container.decode(String.self, forKey: .text),
            blocks: try container.decodeIfPresent([Block].self, forKey: .blocks) ?? [],
            entities: try container.decodeIfPresent([Entity].self, forKey: .entities) ?? [],
            times: try container.decodeIfPresent([TimeExpression].self, forKey: .times) ?? [],
            quotes: try container.decodeIfPresent([Quote].self, forKey: .quotes) ?? [],
            claims: try container.decodeIfPresent([Claim].self, forKey: .claims) ?? [],
            events: try container.decodeIfPresent([Event].self, forKey: .events) ?? []
        )
        if container.contains(.sentences) {
            var sentenceList = try container.nestedUnkeyedContainer(forKey: .sentences)
            while !sentenceList.isAtEnd {
                let item = try sentenceList.nestedContainer(keyedBy: SentenceKeys.self)
                let sentenceTokens = try item.decode([Token].self, forKey: .tokens)
                let first = tokens.count
                tokens.append(contentsOf: sentenceTokens)
                sentences.append(
                    Sentence(
                        start: try item.decode(Int.self, forKey: .start),
                        end: try item.decode(Int.self, forKey: .end),
                        tokens: first..<tokens.count))
            }
        }
    }
}

extension Analysis {
    /// The analysis as JSON; `pretty` indents it for people.
    public func jsonData(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads an analysis from its JSON form.
    public init(jsonData: Data) throws {
        self = try JSONDecoder().decode(Analysis.self, from: jsonData)
    }
}

extension Token: Codable {
    enum CodingKeys: String, CodingKey {
        case text, start, end, upos, xpos, feats, lemma, head, deprel, ner
        case spaceAfter = "space_after"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(spaceAfter, forKey: .spaceAfter)
        try container.encodeIfPresent(upos, forKey: .upos)
        try container.encodeIfPresent(xpos, forKey: .xpos)
        try container.encodeIfPresent(feats, forKey: .feats)
        try container.encodeIfPresent(lemma, forKey: .lemma)
        try container.encodeIfPresent(head, forKey: .head)
        try container.encodeIfPresent(deprel, forKey: .deprel)
        try container.encodeIfPresent(ner, forKey: .ner)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text),
            start: try container.decode(Int.self, forKey: .start),
            end: try container.decode(Int.self, forKey: .end),
            spaceAfter: try container.decodeIfPresent(Bool.self, forKey: .spaceAfter) ?? true,
            upos: try container.decodeIfPresent(String.self, forKey: .upos),
            xpos: try container.decodeIfPresent(String.self, forKey: .xpos),
            feats: try container.decodeIfPresent(String.self, forKey: .feats),
            lemma: try container.decodeIfPresent(String.self, forKey: .lemma),
            head: try container.decodeIfPresent(Int.self, forKey: .head),
            deprel: try container.decodeIfPresent(String.self, forKey: .deprel),
            ner: try container.decodeIfPresent(String.self, forKey: .ner))
    }
}

extension ArticleMetadata: Codable {
    enum CodingKeys: String, CodingKey {
        case source, headline, caption, credit, published, dateline, url, authors
        case publishedText = "published_text"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(headline, forKey: .headline)
        try container.encode(caption, forKey: .caption)
        try container.encode(credit, forKey: .credit)
        try container.encode(published, forKey: .published)
        try container.encode(publishedText, forKey: .publishedText)
        try container.encode(dateline, forKey: .dateline)
        try container.encode(url, forKey: .url)
        try container.encode(authors, forKey: .authors)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try container.decodeIfPresent(String.self, forKey: .source),
            headline: try container.decodeIfPresent(String.self, forKey: .headline),
            caption: try container.decodeIfPresent(String.self, forKey: .caption),
            credit: try container.decodeIfPresent(String.self, forKey: .credit),
            published: try container.decodeIfPresent(String.self, forKey: .published),
            publishedText: try container.decodeIfPresent(String.self, forKey: .publishedText),
            dateline: try container.decodeIfPresent(String.self, forKey: .dateline),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [])
    }
}
