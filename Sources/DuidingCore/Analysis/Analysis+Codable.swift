public import Foundation

/// Reading the JSON form `duiding.analysis/1`: tokens nested in their sentences, snake_case keys.
/// Writing is ``JSONWriter``'s (Analysis+JSONWriter.swift), which streams and keeps the documented key order.
extension Analysis: Decodable {
    enum CodingKeys: String, CodingKey {
        case schema, engine, language, metadata, text, blocks, sentences, entities, times, quotes, claims, events
        case referenceTime = "reference_time"
    }

    enum SentenceKeys: String, CodingKey {
        case start, end, tokens
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
    /// Reads an analysis from its JSON form.
    public init(jsonData: Data) throws {
        self = try JSONDecoder().decode(Analysis.self, from: jsonData)
    }
}

extension Token: Decodable {
    enum CodingKeys: String, CodingKey {
        case text, start, end, upos, xpos, feats, lemma, head, deprel, ner
        case spaceAfter = "space_after"
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

extension ArticleMetadata: Decodable {
    enum CodingKeys: String, CodingKey {
        case source, headline, caption, credit, published, dateline, url, authors
        case publishedText = "published_text"
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
