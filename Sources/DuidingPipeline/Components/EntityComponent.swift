public import DuidingCore
public import DuidingEntities

/// Tags named entities (IOB2 in each token's `ner`) over the whole article, so that a name tagged in
/// one sentence informs the next, and lists them in `entities`: mentions with the same type and text
/// are one entity until the linker (a later layer) knows better.
///
/// Where the tagger ran first, a capitalised word that opens a clause (`,,Achteraf gezien …`, `Of Rutte …`)
/// is not taken for a name when the part-of-speech tagger reads it as a word of another class (an adverb,
/// pronoun, conjunction, verb …): its capital says nothing there (see ``nameWithin(_:type:tokens:)``).
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
            if let opening = tokens.firstIndex(where: { $0.text.contains(where: \.isLetter) }) {
                let offset = opening - sentence.tokens.lowerBound
                if let span = EntityTags.spans(sentenceTags).first(where: { $0.range.lowerBound == offset }) {
                    let kept = Self.nameWithin(span.range, type: span.type, tokens: Array(tokens))
                    for index in span.range where !kept.contains(index) { sentenceTags[index] = "O" }
                    if let first = kept.first, first != span.range.lowerBound { sentenceTags[first] = "B-" + span.type }
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

    /// The part of a span that opens a clause (`range`, offsets into the sentence's `tokens`) that is a name:
    /// none of a single word the part-of-speech tagger reads as a pronoun, adverb, verb or function word, or as an
    /// adjective other than a nationality (`MISC`: `Duitse`); without the leading words of those classes before a
    /// capitalised word (`Of Rutte` → `Rutte`); nothing when lowercase words follow them (`Het is verbazingwekkend`).
    static func nameWithin(_ range: Range<Int>, type: String, tokens: [Token]) -> Range<Int> {
        let leading: Set<String> = ["PRON", "ADV", "SCONJ", "CCONJ", "AUX", "VERB", "INTJ", "PART", "ADP"]
        guard let upos = tokens[range.lowerBound].upos else { return range }
        if range.count == 1 {
            let noName = leading.contains(upos) || ["DET", "NUM"].contains(upos) || (upos == "ADJ" && type != "MISC")
            return noName ? range.lowerBound..<range.lowerBound : range
        }
        var start = range.lowerBound
        while start < range.upperBound, let tag = tokens[start].upos, leading.contains(tag) { start += 1 }
        guard start > range.lowerBound else { return range }
        guard start < range.upperBound, tokens[start].text.first?.isUppercase == true else { return range.lowerBound..<range.lowerBound }
        return start..<range.upperBound
    }
}
