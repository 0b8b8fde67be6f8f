/// A small streaming JSON writer into UTF-8 bytes, for output that is large (millions of tokens)
/// and must keep its keys in the documented order.
///
/// `pretty` puts each member on its own line with two-space indentation; objects opened with
/// `inline: true` stay on one line either way (tokens, blocks, mentions).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    public let pretty: Bool
    /// Per open container: whether it has a member yet, and whether it is written on one line.
    private var stack: [(hasMember: Bool, inline: Bool)] = []
    private var afterKey = false

    public init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject(inline: Bool = false) {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        stack.append((false, inline || (stack.last?.inline ?? false)))
    }

    public mutating func endObject() {
        end(UInt8(ascii: "}"))
    }

    public mutating func beginArray(inline: Bool = false) {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        stack.append((false, inline || (stack.last?.inline ?? false)))
    }

    public mutating func endArray() {
        end(UInt8(ascii: "]"))
    }

    public mutating func key(_ name: String) {
        separate()
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    public mutating func string(_ value: String) {
        beginValue()
        writeString(value)
    }

    public mutating func int(_ value: Int) {
        beginValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Integral values are written without a fraction; NaN and infinities as null.
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        beginValue()
        if value == value.rounded(), abs(value) < 1e15 {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    public mutating func bool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    // MARK: Members, for brevity at call sites

    public mutating func member(_ name: String, _ value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    public mutating func member(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    public mutating func member(_ name: String, _ value: Double?) {
        key(name)
        if let value { double(value) } else { null() }
    }

    public mutating func member(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// Writes the member only when there is a value.
    public mutating func optionalMember(_ name: String, _ value: String?) {
        if let value { member(name, value) }
    }

    public mutating func optionalMember(_ name: String, _ value: Int?) {
        if let value { member(name, value) }
    }

    // MARK: Layout

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
            return
        }
        separate()
    }

    /// A comma between members, and in pretty output a line break and indentation.
    private mutating func separate() {
        guard !stack.isEmpty else { return }
        if stack[stack.count - 1].hasMember {
            bytes.append(UInt8(ascii: ","))
            if pretty && stack[stack.count - 1].inline { bytes.append(UInt8(ascii: " ")) }
        }
        stack[stack.count - 1].hasMember = true
        newline(depth: stack.count)
    }

    private mutating func end(_ mark: UInt8) {
        let closed = stack.removeLast()
        if closed.hasMember { newline(depth: stack.count, inline: closed.inline) }
        bytes.append(mark)
    }

    private mutating func newline(depth: Int, inline: Bool? = nil) {
        guard pretty, !(inline ?? stack.last?.inline ?? false) else { return }
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    private mutating func writeString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
