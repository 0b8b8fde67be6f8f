public import DuidingCore
public import DuidingEntities

/// Tags named entities (IOB2 in each token's `ner`) over the whole article, so that a name tagged in
/// one sentence informs the next, and lists them in `entities`: mentions with the same type and text
/// are one entity until the linker (a later layer) knows better.
///
/// Where the tagger ran first, a capitalised word that opens a clause after quotation marks or other
/// punctuation (`,,Achteraf gezien …`, `,,Het is …`) is not taken for a name when the part-of-speech tagger
/// reads it as a word of another class (an adverb, pronoun, verb …): the entity tagger cannot tell such
/// a word from a name by its capital there.
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
            var sentenceTags = sentenceTags
            let tokens = analysis.tokens[sentence.tokens]
            if let opening = tokens.firstIndex(where: { $0.text.contains(where: \.isLetter) }), opening > sentence.tokens.lowerBound {
                let offset = opening - sentence.tokens.lowerBound
                if let span = EntityTags.spans(sentenceTags).first(where: { $0.range.lowerBound == offset }),
                    Self.isNoName(analysis.tokens[opening].upos, type: span.type, length: span.range.count)
                {
                    for index in span.range { sentenceTags[index] = "O" }
                }
            }
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

    /// Whether a span that opens a clause, with `upos` its first word's universal part of speech, is no name:
    /// a pronoun, adverb, verb or function word starts none; an adjective stands alone only as a nationality
    /// or the like (`MISC`: `Duitse`), never as a person, place or organisation.
    static func isNoName(_ upos: String?, type: String, length: Int) -> Bool {
        guard let upos else { return false }
        switch upos {
        case "PRON", "ADV", "SCONJ", "CCONJ", "AUX", "VERB", "INTJ", "PART": return true
        case "ADP", "DET", "ADJ", "NUM": return length == 1 && (upos != "ADJ" || type != "MISC")
        default: return false
        }
    }
}
