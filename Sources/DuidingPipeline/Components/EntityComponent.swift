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
        // The words of the names tagged with more than one word (`Antony Blinken`) or inside a clause (`minister
        // Kuipers`): a name still where the tagger reads one alone at a clause's start as a common noun (`Blinken zei …`,
        // `Kuipers zei …`).
        var nameWords: Set<String> = []
        for (sentence, sentenceTags) in zip(analysis.sentences, tags) {
            let opening = analysis.tokens[sentence.tokens].firstIndex { $0.text.contains(where: \.isLetter) }.map { $0 - sentence.tokens.lowerBound }
            for span in EntityTags.spans(sentenceTags) where span.range.count > 1 || span.range.lowerBound != opening {
                for offset in span.range { nameWords.insert(analysis.tokens[sentence.tokens.lowerBound + offset].text) }
            }
        }
        for (sentence, sentenceTags) in zip(analysis.sentences, tags) {
            var sentenceTags = sentenceTags
            // A copy, not a slice: a slice kept alive while tokens are written below would copy the whole array.
            let words = Array(analysis.tokens[sentence.tokens])
            let opening = words.firstIndex { $0.text.contains(where: \.isLetter) }
            for span in EntityTags.spans(sentenceTags) {
                let kept = Self.nameWithin(
                    span.range, type: span.type, tokens: words, opensClause: span.range.lowerBound == opening,
                    namedElsewhere: span.range.count == 1 && nameWords.contains(words[span.range.lowerBound].text))
                guard kept != span.range else { continue }
                for index in span.range { sentenceTags[index] = kept.contains(index) ? "I-" + span.type : "O" }
                if let first = kept.first { sentenceTags[first] = "B-" + span.type }
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

    /// The part of span `range` (offsets into the sentence's `tokens`) that is a name, by the parts of speech the
    /// tagger gave its words:
    /// - where it opens a clause, none of a single word read as a pronoun, adverb, verb or function word, or as an
    ///   adjective other than a nationality (`MISC`: `Duitse`); without the leading words of those classes before a
    ///   capitalised word (`Of Rutte` → `Rutte`); nothing when lowercase words follow them (`Het is verbazingwekkend`);
    ///   nor, for a person, a single common noun that is inflected (`Musea`, lemma `museum`: a name keeps its form),
    ///   unless the article names with it elsewhere (`Antony Blinken` … `Blinken zei`, `blinken` read as a plural);
    /// - anywhere, not from a lowercase verb on (`Rooij stond met zijn handen` → `Rooij`), nor from a lowercase noun
    ///   right after a proper name on (`Van Alebeek moeite` → `Van Alebeek`), and nothing of an article with only
    ///   lowercase words after it (`De boel`).
    static func nameWithin(_ range: Range<Int>, type: String, tokens: [Token], opensClause: Bool, namedElsewhere: Bool = false) -> Range<Int> {
        guard tokens[range.lowerBound].upos != nil else { return range }
        let none = range.lowerBound..<range.lowerBound
        let isLower = { (index: Int) in tokens[index].text.first?.isLowercase == true }
        var start = range.lowerBound
        if opensClause {
            let leading: Set<String> = ["PRON", "ADV", "SCONJ", "CCONJ", "AUX", "VERB", "INTJ", "PART", "ADP"]
            let upos = tokens[start].upos ?? ""
            if range.count == 1 {
                // (Nor an inflected common noun, whose lemma is another word: `Musea` of `museum`, `Betogers` of `betoger`.)
                let inflected = type == "PER" && upos == "NOUN" && !namedElsewhere
                    && tokens[start].lemma.map { $0.lowercased() != tokens[start].text.lowercased() } == true
                let noName = leading.contains(upos) || ["DET", "NUM"].contains(upos) || (upos == "ADJ" && type != "MISC") || inflected
                return noName ? none : range
            }
            while start < range.upperBound, let tag = tokens[start].upos, leading.contains(tag) { start += 1 }
            if start > range.lowerBound, start == range.upperBound || isLower(start) { return none }
        }
        var end = range.upperBound
        if let verb = (start + 1..<end).first(where: { isLower($0) && ["VERB", "AUX"].contains(tokens[$0].upos ?? "") }) { end = verb }
        // Nor from a lowercase noun right after a proper name on (`Van Alebeek moeite` → `Van Alebeek`); the name of a
        // work or event may end in one after a single word (`Wereldkampioenschap voetbal`), and a nationality before the
        // noun is left whole for the linker, which knows the names such a run is made of (`Bulgarije Russische
        // diplomaten`).
        if let noun = (start + 1..<end).first(where: { isLower($0) && tokens[$0].upos == "NOUN" && tokens[$0 - 1].upos == "PROPN" }),
            (noun..<end).allSatisfy(isLower), type != "MISC" || noun - start >= 2 && (start..<noun).allSatisfy({ tokens[$0].upos == "PROPN" })
        {
            end = noun
        }
        if tokens[start].upos == "DET", end - start > 1, (start + 1..<end).allSatisfy(isLower) { return none }
        return start..<end
    }
}
