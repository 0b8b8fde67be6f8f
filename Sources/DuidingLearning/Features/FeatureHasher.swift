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
        var hash = key(template, first)
        hash ^= 0x1F
        hash = hash &* 0x100_0000_01b3
        for byte in second.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
