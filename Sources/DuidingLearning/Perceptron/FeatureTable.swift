/// An open-addressing hash table from feature keys to row numbers.
///
/// Feature keys are already well-mixed 64-bit hashes, so the table probes linearly from the key's low
/// bits instead of hashing again (Swift's `Dictionary` runs SipHash on every lookup, which was the
/// largest cost of tagging).
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let mask: Int
    /// Number of stored keys.
    private(set) var count = 0

    /// A table for up to `capacity` keys, kept at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Key 0 marks an empty slot, so a real key of 0 is stored as 1's neighbour value.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E37_79B9_7F4A_7C15 : key }

    /// - Complexity: O(1) expected.
    @inline(__always)
    func row(_ key: UInt64) -> Int32? {
        let key = Self.stored(key)
        var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while true {
            let found = keys[slot]
            if found == key { return rows[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores a row for a key that is not in the table yet.
    mutating func insert(_ key: UInt64, row: Int32) {
        let key = Self.stored(key)
        var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        rows[slot] = row
    }

    /// Every key with its row, in key order.
    var entries: [(key: UInt64, row: Int32)] {
        keys.indices.compactMap { keys[$0] == 0 ? nil : (keys[$0] == Self.stored(0) ? 0 : keys[$0], rows[$0]) }
            .sorted { $0.key < $1.key }
    }
}
