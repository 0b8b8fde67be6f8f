public import Foundation

/// A large word list kept small: a Bloom filter (Bloom 1970) over the words as written. Asking for a
/// word it holds always says yes; for a word it does not, it says yes with the chosen false-positive
/// rate (1% by default) and no otherwise. About 10 bits per word at 1%, instead of the words themselves,
/// so a 400,000-word spelling list fits in half a megabyte of a model file.
///
/// Deterministic: the bit positions come from two 64-bit feature keys of the word (double hashing).
public struct WordSet: Sendable, Equatable {
    let bits: [UInt64]
    let hashes: Int
    /// How many words went in.
    public let count: Int

    /// A set sized for `words` at `falsePositiveRate`.
    public init(_ words: [String], falsePositiveRate: Double = 0.01) {
        let n = max(words.count, 1)
        let falsePositiveRate = falsePositiveRate.isFinite ? min(max(falsePositiveRate, 1e-12), 0.5) : 0.01
        let m = max(64, Int((-Double(n) * log(falsePositiveRate) / (log(2) * log(2))).rounded(.up)))
        let hashes = min(64, max(1, Int((Double(m) / Double(n) * log(2)).rounded())))
        var bits = [UInt64](repeating: 0, count: (m + 63) / 64)
        let size = UInt64(bits.count * 64)
        for word in words {
            let (first, step) = Self.keys(word)
            for i in 0..<UInt64(hashes) {
                let bit = (first &+ i &* step) % size
                bits[Int(bit / 64)] |= 1 << (bit % 64)
            }
        }
        self.bits = bits
        self.hashes = hashes
        count = words.count
    }

    init(bits: [UInt64], hashes: Int, count: Int) {
        self.bits = bits
        self.hashes = hashes
        self.count = count
    }

    @inline(__always)
    static func keys(_ word: String) -> (UInt64, UInt64) {
        (FeatureHasher.key(250, word), FeatureHasher.key(251, word) | 1)
    }

    /// Whether the word (exactly as written) is in the list; wrong "yes" at the false-positive rate.
    public func contains(_ word: String) -> Bool {
        guard !bits.isEmpty else { return false }
        let (first, step) = Self.keys(word)
        let size = UInt64(bits.count * 64)
        for i in 0..<UInt64(hashes) {
            let bit = (first &+ i &* step) % size
            if bits[Int(bit / 64)] & (1 << (bit % 64)) == 0 { return false }
        }
        return true
    }

    /// What the list says of a word, as a feature value: its lowercase form `lower` listed (`l`), the form as
    /// written listed (`w`), capitalised (`C`). `-wC` is a listed name (`Poetin`), `lwC` a name that is also a
    /// word (`Bouw`), `l-C` a word capitalised, `--C` a capitalised word the list lacks.
    public func verdict(on word: String, lower: String) -> String {
        let capitalised = word.first?.isUppercase ?? false
        let lowerListed = contains(lower)
        let asWritten = word == lower ? lowerListed : contains(word)
        return (lowerListed ? "l" : "-") + (asWritten ? "w" : "-") + (capitalised ? "C" : "-")
    }

    /// The set as a model section.
    public func encoded() -> Data {
        var writer = BinaryWriter()
        writer.write(UInt32(hashes))
        writer.write(UInt32(count))
        writer.write(UInt32(bits.count))
        for word in bits { writer.write(word) }
        return writer.data
    }

    public init(encoded data: Data) throws(ModelFile.FormatError) {
        var reader = BinaryReader(data)
        let hashes = Int(try reader.read(UInt32.self))
        let count = Int(try reader.read(UInt32.self))
        let words = Int(try reader.read(UInt32.self))
        guard (1...64).contains(hashes), words <= data.count / 8 else { throw ModelFile.FormatError("bad word set section") }
        var bits: [UInt64] = []
        bits.reserveCapacity(words)
        for _ in 0..<words { bits.append(try reader.read(UInt64.self)) }
        self.init(bits: bits, hashes: hashes, count: count)
    }
}
