public import DuidingCore
public import DuidingEntities

/// Tags named entities (IOB2 in each token's `ner`) over the whole article, so that a name tagged in
/// one sentence informs the next, and lists them in `entities`: mentions with the same type and text
/// are one entity until the linker (a later layer) knows better.
public struct EntityComponent: Component {
    public let tagger: EntityTagger
    public let name = "ner.v1"
    public let requires: Set<Annotation> = [.tokens, .sentences]
    public let assigns: Set<Annotation> = [.ner, .entities]

    public init(tagger: EntityTagger) {
        self.tagger = tagger
    }

    /// - Complexity: O(tokens × features per token).
    public func annotate(_ analysis: inout Analysis) {
        let document = analysis.sentences.map { analysis.tokens[$0.tokens].map(\.text) }
        let tags = tagger.tag(document: document)
        let scalars = ScalarText.scalars(of: analysis.text)
        var entities: [Entity] = []
        var byKey: [String: Int] = [:]
        for (sentence, sentenceTags) in zip(analysis.sentences, tags) {
            for (offset, tag) in sentenceTags.enumerated() {
                analysis.tokens[sentence.tokens.lowerBound + offset].ner = tag
            }
            for span in EntityTags.spans(sentenceTags) {
                let first = analysis.tokens[sentence.tokens.lowerBound + span.range.lowerBound]
                let last = analysis.tokens[sentence.tokens.lowerBound + span.range.upperBound - 1]
                let text = ScalarText.string(scalars, first.start..<last.end)
                let mention = Mention(start: first.start, end: last.end, text: text)
                let key = span.type + "\t" + text
                if let index = byKey[key] {
                    entities[index].mentions.append(mention)
                } else {
                    byKey[key] = entities.count
                    entities.append(Entity(id: "e\(entities.count + 1)", type: span.type, name: text, mentions: [mention]))
                }
            }
        }
        analysis.entities = entities
    }
}
