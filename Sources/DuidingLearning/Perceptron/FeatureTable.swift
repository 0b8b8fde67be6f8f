import CMemoryHints

/// An open-addressing hash table from feature keys to their row of weights.
///
/// Feature keys are already well-mixed 64-bit hashes, so the table probes linearly from the key's low
/// bits instead of hashing again (Swift's `Dictionary` runs SipHash on every lookup). A slot holds the
/// key with the row's place in the entry array, so a lookup touches one cache line of the table and
/// then the row itself.
struct FeatureTable: Sendable {
    struct Slot {
        var key: UInt64
        var start: UInt32
        /// Number of non-zero weights; the top bit marks a dense row.
        var count: UInt32
    }

    static let denseBit: UInt32 = 1 << 31

    private var slots: [Slot]
    private let mask: Int
    /// Number of stored keys.
    private(set) var count = 0

    /// A table for up to `capacity` keys, kept at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, start: 0, count: 0), count: size)
        mask = size - 1
    }

    /// Key 0 marks an empty slot, so a real key of 0 is stored as another fixed value.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 0x9E37_79B9_7F4A_7C15 : key }

    /// The row of a key: where its entries start and how many there are.
    ///
    /// - Complexity: O(1) expected.
    @inline(__always)
    func row(_ key: UInt64) -> (start: Int, count: Int, dense: Bool)? {
        let key = Self.stored(key)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
            while true {
                let found = slots[slot]
                if found.key == key {
                    return (Int(found.start), Int(found.count & ~Self.denseBit), found.count & Self.denseBit != 0)
                }
                if found.key == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The rows of many keys at once, into `found` (one slot per key; a missing key gets a slot with
    /// count 0). The first probe of every key is prefetched before any is read, so that the memory
    /// loads of different keys overlap instead of waiting for one another.
    @inline(__always)
    func rows(_ keys: UnsafeBufferPointer<UInt64>, into found: UnsafeMutableBufferPointer<Slot>) {
        slots.withUnsafeBufferPointer { slots in
            for i in 0..<keys.count {
                let key = Self.stored(keys[i])
                duiding_prefetch(slots.baseAddress! + (Int(truncatingIfNeeded: key ^ (key >> 32)) & mask))
            }
            for i in 0..<keys.count {
                let key = Self.stored(keys[i])
                found[i] = slots[Int(truncatingIfNeeded: key ^ (key >> 32)) & mask]
            }
            for i in 0..<keys.count {
                let key = Self.stored(keys[i])
                if found[i].key == key { continue }
                var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
                while true {
                    let candidate = slots[slot]
                    if candidate.key == key {
                        found[i] = candidate
                        break
                    }
                    if candidate.key == 0 {
                        found[i] = Slot(key: 0, start: 0, count: 0)
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Stores (or replaces) the row of a key.
    mutating func insert(_ key: UInt64, start: Int, count entries: Int, dense: Bool = false) {
        let key = Self.stored(key)
        var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
        if slots[slot].key == 0 { count += 1 }
        slots[slot] = Slot(key: key, start: UInt32(start), count: UInt32(entries) | (dense ? Self.denseBit : 0))
    }

    /// Every key with its row, in key order.
    var entries: [(key: UInt64, start: Int, count: Int, dense: Bool)] {
        slots.compactMap { slot in
            slot.key == 0
                ? nil
                : (
                    slot.key == Self.stored(0) ? 0 : slot.key, Int(slot.start), Int(slot.count & ~Self.denseBit),
                    slot.count & Self.denseBit != 0
                )
        }
        .sorted { $0.key < $1.key }
    }
}
