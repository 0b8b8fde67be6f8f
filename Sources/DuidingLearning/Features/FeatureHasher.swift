/// Hashes features to 64-bit keys: a template id and the feature's value, FNV-1a over their bytes.
///
/// Sixty-four bits make collisions between the few million features of a model negligible, and keep the
/// weight table keyed by integers instead of strings.
public struct FeatureHasher: Sendable {
    public init() {}

    /// - Complexity: O(length of the value).
    @inline(__always)
    public static func key(_ template: UInt8, _ value: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(template)
        hash = hash &* 0x100_0000_01b3
        for byte in value.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// A key for a template with two values (`previous tag + word`).
    @inline(__always)
    public static func key(_ template: UInt8, _ first: String, _ second: String) -> UInt64 {
        var stream = Stream(template)
        stream.add(first)
        stream.next()
        stream.add(second)
        return stream.key
    }

    /// A key built piece by piece, without joining strings first: `Stream(t)`, then `add` the bytes
    /// of the value, `next()` between the values of a two-value key. Gives the same keys as
    /// `key(t, a + "|" + b)` (with `add(a); add(UInt8(ascii: "|")); add(b)`) and `key(t, a, b)`.
    public struct Stream {
        public private(set) var key: UInt64

        @inline(__always)
        public init(_ template: UInt8) {
            key = (0xcbf2_9ce4_8422_2325 ^ UInt64(template)) &* 0x100_0000_01b3
        }

        @inline(__always)
        public mutating func add(_ value: String) {
            var hash = key
            for byte in value.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            key = hash
        }

        @inline(__always)
        public mutating func add(_ byte: UInt8) {
            key = (key ^ UInt64(byte)) &* 0x100_0000_01b3
        }

        /// The decimal digits of a non-negative number, as `String(number)` would add them.
        @inline(__always)
        public mutating func add(number: Int) {
            if number >= 10 { add(number: number / 10) }
            add(UInt8(48 + number % 10))
        }

        /// The separator between the two values of a two-value key.
        @inline(__always)
        public mutating func next() {
            add(0x1F)
        }
    }
}
