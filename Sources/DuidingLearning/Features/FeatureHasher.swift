/// Hashes features to 64-bit keys: a template id and the feature's value, FNV-1a over their bytes.
///
/// Sixty-four bits make collisions between the few million features of a model negligible, and keep the
/// weight table keyed by integers instead of strings.
public struct FeatureHasher: Sendable {
    public init() {}

    /// - Complexity: O(length of the value).
    @inline(__always)
    public static func key(_ template: UInt8, _ value: String) -> UInt64 {
        var stream = Stream(template)
        stream.add(value)
        return stream.key
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

    /// The key of the last `count` Unicode scalars of `value` (all of it when it is shorter): the same
    /// key as `key(template, String(value.unicodeScalars.suffix(count)))`, without building the string.
    @inline(__always)
    public static func key(_ template: UInt8, lastScalars count: Int, of value: String) -> UInt64 {
        var stream = Stream(template)
        stream.add(lastScalars: count, of: value)
        return stream.key
    }

    /// The key of the first `count` Unicode scalars of `value`, as `key(template, String(value.unicodeScalars.prefix(count)))`.
    @inline(__always)
    public static func key(_ template: UInt8, firstScalars count: Int, of value: String) -> UInt64 {
        var stream = Stream(template)
        stream.add(firstScalars: count, of: value)
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
            // The bytes in place (a native string's storage, a small string copied to the stack), else one by one.
            let done: Void? = value.utf8.withContiguousStorageIfAvailable { (bytes: UnsafeBufferPointer<UInt8>) -> Void in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
            if done == nil {
                for byte in value.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
            key = hash
        }

        @inline(__always)
        public mutating func add(_ byte: UInt8) {
            key = (key ^ UInt64(byte)) &* 0x100_0000_01b3
        }

        /// The bytes of the last `count` scalars of `value` (a scalar starts at every byte that is not
        /// a UTF-8 continuation byte).
        @inline(__always)
        public mutating func add(lastScalars count: Int, of value: String) {
            add(affix: count, of: value, last: true)
        }

        /// The bytes of the first `count` scalars of `value`.
        @inline(__always)
        public mutating func add(firstScalars count: Int, of value: String) {
            add(affix: count, of: value, last: false)
        }

        @inline(__always)
        private mutating func add(affix count: Int, of value: String, last: Bool) {
            if let done: Void = value.utf8.withContiguousStorageIfAvailable({ bytes in
                var hash = key
                for index in ScalarAffix.range(in: bytes, scalars: count, last: last) { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
                key = hash
            }) {
                return done
            }
            let scalars = value.unicodeScalars
            add(String(String.UnicodeScalarView(last ? scalars.suffix(count) : scalars.prefix(count))))
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

/// Keys from values hashed beforehand: each value (a word, a tag, a label) is hashed once to 64 bits, and a
/// feature's key mixes its template with the hashes of its values in a few multiplications, however long the
/// values are. Suits a model that looks up many features over the same few values (the parser hashes each word
/// of a sentence once, then builds some seventy keys per move from those hashes).
///
/// The keys differ from ``FeatureHasher``'s: a model is trained and used with one scheme or the other.
public enum ValueKeys {
    /// The hash of a value's bytes: FNV-1a, then mixed so that every bit depends on every byte.
    @inlinable
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return mix(hash)
    }

    /// The hash of a string's UTF-8 bytes, read in place where the string stores them contiguously.
    @inlinable
    public static func hash(_ value: String) -> UInt64 {
        value.utf8.withContiguousStorageIfAvailable { hash($0) } ?? hash(value.utf8)
    }

    /// The hash of the first or last `count` Unicode scalars of `text` (all of it when it is shorter), read from its
    /// UTF-8 bytes: a scalar starts at every byte that is not a continuation byte (10xxxxxx).
    public static func affix(of text: String, last: Bool, scalars count: Int) -> UInt64 {
        text.utf8.withContiguousStorageIfAvailable { affix(of: $0, last: last, scalars: count) }
            ?? Array(text.utf8).withUnsafeBufferPointer { affix(of: $0, last: last, scalars: count) }
    }

    /// The same of UTF-8 bytes.
    public static func affix(of bytes: UnsafeBufferPointer<UInt8>, last: Bool, scalars count: Int) -> UInt64 {
        hash(bytes[ScalarAffix.range(in: bytes, scalars: count, last: last)])
    }

    /// A key of `template` over one, two or three values (hashes, numbers or bit sets); the order of the
    /// values matters.
    @inlinable
    public static func key(_ template: UInt8, _ first: UInt64) -> UInt64 {
        mix(step(start(template), first))
    }

    @inlinable
    public static func key(_ template: UInt8, _ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(step(step(start(template), first), second))
    }

    @inlinable
    public static func key(_ template: UInt8, _ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
        mix(step(step(step(start(template), first), second), third))
    }

    @inlinable
    static func start(_ template: UInt8) -> UInt64 { (UInt64(template) &+ 1) &* 0x9E37_79B9_7F4A_7C15 }

    /// One value into the running key: a multiplication spreads it over the high bits, the shift brings them down.
    @inlinable
    static func step(_ running: UInt64, _ value: UInt64) -> UInt64 {
        let product = (running ^ value) &* 0xD6E8_FEB8_6659_FD93
        return product ^ (product >> 32)
    }

    /// The finaliser of MurmurHash3: a bijection on 64 bits whose every output bit depends on every input bit.
    @inlinable
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }
}

/// Where the first or last `count` Unicode scalars of UTF-8 bytes lie (all of them when there are fewer): a scalar starts
/// at every byte that is not a continuation byte (10xxxxxx).
enum ScalarAffix {
    @inline(__always)
    static func range(in bytes: UnsafeBufferPointer<UInt8>, scalars count: Int, last: Bool) -> Range<Int> {
        if last {
            var start = bytes.count
            var scalars = 0
            while start > 0 && scalars < count {
                start -= 1
                if bytes[start] & 0xC0 != 0x80 { scalars += 1 }
            }
            return start..<bytes.count
        }
        var end = 0
        var scalars = 0
        while end < bytes.count {
            if bytes[end] & 0xC0 != 0x80 {
                if scalars == count { break }
                scalars += 1
            }
            end += 1
        }
        return 0..<end
    }
}
