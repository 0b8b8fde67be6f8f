public import DuidingCore
public import DuidingTime

/// Finds time expressions sentence by sentence and resolves them against the analysis's reference time
/// (`times`, TIMEX3). Uses the tagger's features and lemmas, when present, for the sentence's tense.
public struct TimeComponent: Component {
    public let tagger: TimeTagger
    public let name = "time.v1"
    public let requires: Set<Annotation> = [.tokens, .sentences]
    public let assigns: Set<Annotation> = [.times]

    public init(tagger: TimeTagger) {
        self.tagger = tagger
    }

    public func annotate(_ analysis: inout Analysis) {
        let reference = analysis.referenceTime.map { String($0.prefix(10)) }
        var scalars: [Unicode.Scalar]?
        var times: [TimeExpression] = []
        // The last day the article named: a clock time in a later sentence lies on it.
        var lastDay: String?
        // The last absolute date it named: `twee jaar later` counts from it.
        var lastDate: String?
        for sentence in analysis.sentences {
            let tokens = analysis.tokens[sentence.tokens]
            let words = TimeTagger.Sentence(
                words: tokens.map(\.text), lemmas: tokens.map(\.lemma), upos: tokens.map(\.upos), feats: tokens.map(\.feats),
                heads: tokens.map(\.head), relations: tokens.map(\.deprel), names: tokens.map(\.ner))
            for found in tagger.tag(words, reference: reference, anchor: lastDay, narrative: lastDate) {
                if found.type == "DATE", let value = found.value, TimeTagger.isAbsoluteDate(value) { lastDate = value }
                if let value = found.value, CalendarDay(iso: value) != nil { lastDay = value }
                let first = analysis.tokens[sentence.tokens.lowerBound + found.tokens.lowerBound]
                let last = analysis.tokens[sentence.tokens.lowerBound + found.tokens.upperBound - 1]
                if scalars == nil { scalars = ScalarText.scalars(of: analysis.text) }
                times.append(
                    TimeExpression(
                        id: "t\(times.count + 1)", start: first.start, end: last.end,
                        text: ScalarText.string(scalars ?? [], first.start..<last.end), type: found.type, value: found.value,
                        mod: found.mod, freq: found.freq))
            }
        }
        analysis.times = times
    }
}
