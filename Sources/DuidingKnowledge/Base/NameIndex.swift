/// How closely a written name matched an entity's label.
public enum NameMatch: Int, Sendable, Comparable {
    /// The surname of a longer label (`Blinken` for `Antony Blinken`).
    case surname = 0
    /// Same after transliteration (`Sjojgoe` for `Shoigu`).
    case transliterated = 1
    /// Same after folding case, diacritics and punctuation.
    case folded = 2

    public static func < (lhs: NameMatch, rhs: NameMatch) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Names → entities, at three strengths: folded, transliterated, surname.
public struct NameIndex: Sendable {
    public let transliteration: Transliteration
    private var folded: [String: [Int]] = [:]
    private var skeletons: [String: [Int]] = [:]
    private var surnames: [String: [Int]] = [:]
    /// Lowercase name particles that belong to a surname (`van`, `von der`), from the data.
    var particles: Set<String> = []
    /// Lowercase articles a label may start with (`de Volkskrant`), also indexed without.
    var articles: Set<String> = []

    init(transliteration: Transliteration) {
        self.transliteration = transliteration
    }

    /// Indexes a label of entity `entity`; people's multi-word labels also index their surname.
    mutating func add(_ label: String, entity: Int, isPerson: Bool) {
        let key = Transliteration.fold(label)
        guard !key.isEmpty else { return }
        Self.append(entity, to: &folded[key, default: []])
        if let space = key.firstIndex(of: " "), articles.contains(String(key[..<space])) {
            Self.append(entity, to: &folded[String(key[key.index(after: space)...]), default: []])
        }
        Self.append(entity, to: &skeletons[transliteration.skeleton(folded: key), default: []])
        if isPerson, let surname = surname(of: key) {
            Self.append(entity, to: &surnames[surname, default: []])
            Self.append(entity, to: &surnames[transliteration.skeleton(folded: surname), default: []])
        }
    }

    private static func append(_ entity: Int, to list: inout [Int]) {
        if list.last != entity, !list.contains(entity) { list.append(entity) }
    }

    /// The last word of a folded multi-word name with the particles before it (`von der leyen`).
    func surname(of folded: String) -> String? {
        let words = folded.split(separator: " ")
        guard words.count >= 2 else { return nil }
        var start = words.count - 1
        while start > 1, particles.contains(String(words[start - 1])) { start -= 1 }
        return words[start...].joined(separator: " ")
    }

    /// Candidates for a written name with the strength of their best match, strongest first.
    ///
    /// - Complexity: O(name length) hashing plus the candidates found.
    public func candidates(_ name: String) -> [(entity: Int, match: NameMatch)] {
        var best: [Int: NameMatch] = [:]
        var order: [Int] = []
        func note(_ list: [Int]?, _ match: NameMatch) {
            for entity in list ?? [] {
                if let known = best[entity] {
                    if known < match { best[entity] = match }
                } else {
                    best[entity] = match
                    order.append(entity)
                }
            }
        }
        let key = Transliteration.fold(name)
        guard !key.isEmpty else { return [] }
        note(folded[key], .folded)
        let skeleton = transliteration.skeleton(folded: key)
        // Spellings meet only where there is something to spell: an initial (`J.`) is no `J&J`.
        // (Nor an acronym another with its letters doubled: `VBBB` is no `VB`. Acronyms are written letter for letter; a
        // name in capitals, as headlines write them, `POETIN`, still meets its spellings.)
        let acronym = name.unicodeScalars.contains { $0.properties.isUppercase } && !name.unicodeScalars.contains { $0.properties.isLowercase }
            && !key.contains(" ") && key.count <= Self.longestAcronym
        let spelled = key.unicodeScalars.lazy.filter { $0 != " " }.dropFirst(2).first != nil && !acronym
        if spelled { note(skeletons[skeleton], .transliterated) }
        note(surnames[key], .surname)
        if spelled { note(surnames[skeleton], .surname) }
        return order.map { ($0, best[$0] ?? .surname) }.sorted { $0.match > $1.match }
    }

    /// The longest word in capitals read as an acronym, in letters.
    static let longestAcronym = 5

    /// Whether any entity has this folded name as a full label.
    public func isLabel(_ name: String) -> Bool { folded[Transliteration.fold(name)] != nil }
}
