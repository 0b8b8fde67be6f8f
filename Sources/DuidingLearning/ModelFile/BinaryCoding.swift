public import Foundation

/// Little-endian writing and reading of the numbers and strings in model sections.
public struct BinaryWriter {
    public private(set) var data = Data()

    public init() {}

    public mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Float) {
        write(value.bitPattern)
    }

    public mutating func write(_ value: String) {
        let bytes = Array(value.utf8)
        write(UInt32(bytes.count))
        data.append(contentsOf: bytes)
    }
}

public struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ data: Data) {
        bytes = [UInt8](data)
    }

    public var isAtEnd: Bool { offset >= bytes.count }

    public mutating func read<T: FixedWidthInteger>(_: T.Type) throws(ModelFile.FormatError) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw ModelFile.FormatError("model section ends early") }
        var value: T = 0
        for index in 0..<size { value |= T(truncatingIfNeeded: bytes[offset + index]) << (8 * index) }
        offset += size
        return value
    }

    public mutating func readFloat() throws(ModelFile.FormatError) -> Float {
        Float(bitPattern: try read(UInt32.self))
    }

    public mutating func readString() throws(ModelFile.FormatError) -> String {
        let count = Int(try read(UInt32.self))
        guard offset + count <= bytes.count else { throw ModelFile.FormatError("model section ends early") }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }
}

extension PerceptronModel {
    /// Marks the compact encoding of a weights section (a first word no class count reaches).
    static let compactMarker: UInt32 = 0xFFFF_FF02

    /// The weights as a model section, compact: per row the feature key and the number of weights,
    /// then each weight's class (one byte when there are at most 256 classes) and its value as a 16-bit
    /// float (about three significant digits, which moves no decision we have measured). A model with a
    /// weight beyond the 16-bit range is written with 32-bit floats instead.
    public func encoded() -> Data {
        let rows = self.rows.entries.filter { $0.count > 0 }
        var largest: Float = 0
        for row in rows {
            if row.dense {
                for label in 0..<classes { largest = max(largest, abs(dense[row.start + label])) }
            } else {
                for entry in entries[row.start..<(row.start + row.count)] { largest = max(largest, abs(entry.weight)) }
            }
        }
        let half = largest < 60_000
        let byteLabels = classes <= 256
        var writer = BinaryWriter()
        writer.write(Self.compactMarker)
        writer.write(UInt8(half ? 16 : 32))
        writer.write(UInt32(classes))
        writer.write(UInt32(rows.count))
        writer.write(UInt32(rows.reduce(0) { $0 + $1.count }))
        func label(_ label: Int) {
            if byteLabels { writer.write(UInt8(label)) } else { writer.write(UInt16(label)) }
        }
        func weight(_ value: Float) {
            if half { writer.write(Float16(value).bitPattern) } else { writer.write(value) }
        }
        // Rows in key order for identical bytes from identical training.
        for row in rows {
            writer.write(row.key)
            // A dense row counts its non-zero weights (a weight read back from 16 bits may be zero).
            let count = row.dense ? (0..<classes).filter { dense[row.start + $0] != 0 }.count : row.count
            if byteLabels { writer.write(UInt8(max(count, 1) - 1)) } else { writer.write(UInt16(max(count, 1))) }
            if count == 0 {
                // Every weight zero: one zero weight, so that the count byte stays truthful.
                label(0)
                weight(0)
                continue
            }
            if row.dense {
                for index in 0..<classes where dense[row.start + index] != 0 {
                    label(index)
                    weight(dense[row.start + index])
                }
            } else {
                for entry in entries[row.start..<(row.start + row.count)] {
                    label(Int(entry.label))
                    weight(entry.weight)
                }
            }
        }
        return writer.data
    }

    public init(encoded data: Data) throws(ModelFile.FormatError) {
        var reader = BinaryReader(data)
        var classes = Int(try reader.read(UInt32.self))
        // The compact encoding, or the first one (32-bit classes and weights, 16-bit counts).
        let compact = classes == Int(Self.compactMarker)
        var half = false
        if compact {
            let bits = try reader.read(UInt8.self)
            guard bits == 16 || bits == 32 else { throw ModelFile.FormatError("weights of \(bits) bits") }
            half = bits == 16
            classes = Int(try reader.read(UInt32.self))
        }
        let byteLabels = compact && classes <= 256
        let rowCount = Int(try reader.read(UInt32.self))
        let entryCount = Int(try reader.read(UInt32.self))
        guard entryCount <= data.count else { throw ModelFile.FormatError("model section ends early") }
        var keys: [UInt64] = []
        keys.reserveCapacity(min(rowCount, data.count))
        var rowStarts: [Int32] = [0]
        rowStarts.reserveCapacity(min(rowCount, data.count) + 1)
        var entryClasses: [UInt16] = []
        var entryWeights: [Float] = []
        entryClasses.reserveCapacity(entryCount)
        entryWeights.reserveCapacity(entryCount)
        for _ in 0..<rowCount {
            let key = try reader.read(UInt64.self)
            let count = byteLabels ? Int(try reader.read(UInt8.self)) + 1 : Int(try reader.read(UInt16.self))
            keys.append(key)
            for _ in 0..<count {
                let label = byteLabels ? UInt16(try reader.read(UInt8.self)) : try reader.read(UInt16.self)
                guard Int(label) < classes else { throw ModelFile.FormatError("class \(label) out of range") }
                entryClasses.append(label)
                entryWeights.append(half ? Float(Float16(bitPattern: try reader.read(UInt16.self))) : try reader.readFloat())
            }
            rowStarts.append(Int32(entryWeights.count))
        }
        self.init(classes: classes, keys: keys, rowStarts: rowStarts, entryClasses: entryClasses, entryWeights: entryWeights)
    }
}

/// Labels (class names) as a model section.
public enum LabelSection {
    public static func encode(_ labels: [String]) -> Data {
        var writer = BinaryWriter()
        writer.write(UInt32(labels.count))
        for label in labels { writer.write(label) }
        return writer.data
    }

    public static func decode(_ data: Data) throws(ModelFile.FormatError) -> [String] {
        var reader = BinaryReader(data)
        let count = Int(try reader.read(UInt32.self))
        return try (0..<count).map { _ throws(ModelFile.FormatError) in try reader.readString() }
    }
}
