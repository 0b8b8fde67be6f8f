/// Stable hex hashes for template descriptions and training data.
public enum StableKey {
    public static func hex(_ text: String) -> String {
        let digits = String(FeatureHasher.key(255, text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
