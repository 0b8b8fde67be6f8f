import Foundation

/// Learns a ``LanguageModelFile`` from example sentences per language.
///
/// Counts character n-grams per language, keeps those seen at least `minimumCount` times in some
/// language (at most `maximumFeatures`, the most frequent first, ties by n-gram), and stores
/// add-α smoothed log-probabilities, with equal priors so that the amount of training text per
/// language does not bias the guess. Deterministic: the same sentences give the same file.
public struct LanguageIdentifierTrainer: Sendable {
    public var minimumCount = 3
    public var maximumFeatures = 40_000
    public var smoothing = 0.5
    /// Most frequent words kept per language from the frequency lists.
    public var wordsPerLanguage = 15_000
    /// Zipf frequency assumed for a word missing from a language's list.
    public var missingWordZipf = 0.5
    public var wordWeight = 1.0

    public init() {}

    /// - Parameters:
    ///   - sentences: example sentences per language, for the character n-grams.
    ///   - wordFrequencies: per language, word → Zipf frequency (log10 of occurrences per billion words + 9),
    ///     for the word features.
    public func train(
        name: String, sentences: [(language: String, text: String)], wordFrequencies: [String: [String: Double]] = [:]
    ) -> LanguageModelFile {
        let languages = Array(Set(sentences.map(\.language))).sorted()
        var counts: [[String: Int]] = Array(repeating: [:], count: languages.count)
        var sentenceCounts = Array(repeating: 0, count: languages.count)
        var dataHash = StableHash.Hasher64()
        for (language, text) in sentences {
            guard let index = languages.firstIndex(of: language) else { continue }
            dataHash.add(language)
            dataHash.add(text)
            sentenceCounts[index] += 1
            CharacterNGrams.forEach(in: text, limit: Int.max) { gram, kind in
                if case .gram = kind { counts[index][gram, default: 0] += 1 }
            }
        }
        var totals: [String: Int] = [:]
        for table in counts {
            for (gram, count) in table { totals[gram, default: 0] += count }
        }
        let kept = totals.keys
            .filter { gram in counts.contains { ($0[gram] ?? 0) >= minimumCount } }
            .sorted { (totals[$0] ?? 0, $1) > (totals[$1] ?? 0, $0) }
            .prefix(maximumFeatures)
        let vocabulary = Double(kept.count + 1)
        var weights: [String: [Double]] = [:]
        var unseen: [Double] = []
        var keptWords = Set<String>()
        for language in languages {
            guard let table = wordFrequencies[language] else { continue }
            dataHash.add(language)
            // Only words the features can see: letters and apostrophes (digits read as 0).
            let usable = table.filter { word, _ in word.allSatisfy { $0.isLetter || $0 == "'" } }
            let top = usable.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(wordsPerLanguage)
            for (word, _) in top { keptWords.insert(word) }
        }
        for word in keptWords {
            weights[CharacterNGrams.wordPrefix + word] = languages.map { language in
                (((wordFrequencies[language] ?? [:])[word] ?? missingWordZipf) - 9) * log(10.0)
            }
            dataHash.add(word)
        }
        for index in languages.indices {
            let mass = kept.reduce(0) { $0 + (counts[index][$1] ?? 0) }
            let denominator = Double(mass) + smoothing * vocabulary
            unseen.append(log(smoothing / denominator))
            for gram in kept {
                weights[gram, default: []].append(log((Double(counts[index][gram] ?? 0) + smoothing) / denominator))
            }
        }
        return LanguageModelFile(
            name: name, languages: languages, templateHash: LanguageModelFile.templateHash, dataHash: dataHash.hex,
            priors: languages.map { _ in log(1 / Double(languages.count)) }, unseen: unseen,
            wordWeight: keptWords.isEmpty ? 0 : wordWeight, weights: weights)
    }
}
