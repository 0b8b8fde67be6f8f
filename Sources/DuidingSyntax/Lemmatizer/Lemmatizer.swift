import DuidingCore
import DuidingLearning
import Foundation

/// Lemmatizer: lexicon lookup from the training data, and for other words an edit script chosen by
/// an averaged perceptron from the word's suffixes and tags.
///
/// ```
/// (form, UPOS) in lexicon? ─yes─► lemma
///          │ no
///          ▼
/// features (suffixes 1–6, starts 2–4, UPOS, XPOS, FEATS, shape) ─► perceptron ─► best edit script that applies ─► lemma
/// ```
public struct Lemmatizer: Sendable {
    public static let component = "lemmatizer"
    static let templateDescription =
        "lemmatizer v2: suffix1-6; prefix2-4; upos; upos+suffix1-3; upos+prefix2-4; xpos; feats; shape; capitalised; hyphen"
    static let templateHash = StableKey.hex(templateDescription)

    public let name: String
    let model: PerceptronModel
    let scripts: [EditScript]
    /// `form TAB UPOS` → lemma, and `form` → lemma for the most frequent reading.
    let lexicon: [String: String]
    /// Lowercase verb forms → lemma, read before anything else for a verb or auxiliary: forms the inflection table of the
    /// training lacked (`zegde` → zeggen; see ``with(verbForms:)``).
    var verbForms: [String: String] = [:]
    /// The particles of the separable verbs the lexicon knows (`toe` of `toe_zeggen`), longest first: a verb form written
    /// with one before a form of `verbForms` (`toezegde`) is that particle's verb (`toe_zeggen`).
    var particles: [String] = []

    init(name: String, model: PerceptronModel, scripts: [EditScript], lexicon: [String: String]) {
        self.name = name
        self.model = model
        self.scripts = scripts
        self.lexicon = lexicon
    }

    /// The lemmatizer with verb forms that its training lacked (`<lang>/syntax/verb-forms.txt`), read as written.
    public func with(verbForms forms: [String: String], joiner: String = "_") -> Lemmatizer {
        var copy = self
        copy.verbForms = forms
        let found = Set(lexicon.values.compactMap { lemma in
            lemma.range(of: joiner).map { String(lemma[..<$0.lowerBound]) }
        }.filter { !$0.isEmpty && $0.allSatisfy(\.isLetter) })
        copy.particles = found.sorted { ($0.count, $0) > ($1.count, $1) }
        copy.joiner = joiner
        return copy
    }

    /// How a separable verb's lemma joins its particle (`toe_zeggen`).
    var joiner = "_"

    /// Whether the lemma of a word with this tag comes from the lexicon (the word was in the training data).
    public func knows(form: String, upos: String) -> Bool { known(form: form, upos: upos) != nil }

    /// The lexicon's lemma of a word with this tag, as written or lowercased.
    func known(form: String, upos: String) -> String? {
        if let known = lexicon[form + "\t" + upos] { return known }
        let lowered = form.lowercased()
        return lowered != form ? lexicon[lowered + "\t" + upos] : nil
    }

    /// The lemma of one word with its tags.
    ///
    /// - Complexity: O(features) hash lookups and O(scripts) to pick the best script.
    public func lemma(form: String, upos: String, xpos: String? = nil, feats: String? = nil) -> String {
        if !verbForms.isEmpty, upos == "VERB" || upos == "AUX", let lemma = verbForms[form.lowercased()] { return lemma }
        if let known = known(form: form, upos: upos) { return known }
        // A form of those written after a separable particle (`toezegde`, `afraadde`): that particle's verb.
        if !verbForms.isEmpty, upos == "VERB" || upos == "AUX" {
            let lower = form.lowercased()
            for particle in particles where lower.count > particle.count && lower.hasPrefix(particle) {
                if let lemma = verbForms[String(lower.dropFirst(particle.count))] { return particle + joiner + lemma }
            }
        }
        var scores = [Float](repeating: 0, count: scripts.count)
        model.addScores(Self.features(form: form, upos: upos, xpos: xpos, feats: feats), into: &scores)
        // The best script that applies to this form (a script that takes off a start applies only to forms with it);
        // at most ten tries.
        for _ in 0..<10 {
            let index = PerceptronModel.best(scores)
            if let lemma = scripts[index].apply(form), !lemma.isEmpty { return lemma }
            scores[index] = -.infinity
        }
        return form
    }

    static func features(form: String, upos: String, xpos: String?, feats: String?) -> [UInt64] {
        let lower = form.lowercased()
        // A word of one-byte characters has its affixes hashed in place; other words' are cut by character.
        let ascii = ScalarText.hasOneByteCharacters(lower)
        let characters = ascii ? [] : Array(lower)
        let count = ascii ? lower.utf8.count : characters.count
        func suffix(_ n: Int, _ stream: inout FeatureHasher.Stream) {
            if ascii { stream.add(lastScalars: n, of: lower) } else { stream.add(String(characters.suffix(n))) }
        }
        func prefix(_ n: Int, _ stream: inout FeatureHasher.Stream) {
            if ascii { stream.add(firstScalars: n, of: lower) } else { stream.add(String(characters.prefix(n))) }
        }
        var keys: [UInt64] = [FeatureHasher.key(0, "")]
        keys.reserveCapacity(24)
        for n in 1...6 where count >= n {
            var stream = FeatureHasher.Stream(UInt8(n))
            suffix(n, &stream)
            keys.append(stream.key)
        }
        keys.append(FeatureHasher.key(10, upos))
        for n in 1...3 where count >= n {
            var stream = FeatureHasher.Stream(UInt8(10 + n))
            stream.add(upos)
            stream.next()
            suffix(n, &stream)
            keys.append(stream.key)
        }
        if let xpos { keys.append(FeatureHasher.key(20, xpos)) }
        if let feats { keys.append(FeatureHasher.key(21, feats)) }
        keys.append(FeatureHasher.key(22, WordForm.shape(form)))
        if form.first?.isUppercase ?? false { keys.append(FeatureHasher.key(23, "capital")) }
        if form.contains("-") { keys.append(FeatureHasher.key(24, "hyphen")) }
        // The start, for scripts that take one off (`ge-` of participles, a separable particle with `ge`).
        for n in 2...4 where count > n + 1 {
            var start = FeatureHasher.Stream(UInt8(30 + n))
            prefix(n, &start)
            keys.append(start.key)
            var joined = FeatureHasher.Stream(UInt8(40 + n))
            joined.add(upos)
            joined.next()
            prefix(n, &joined)
            keys.append(joined.key)
        }
        return keys
    }
}
