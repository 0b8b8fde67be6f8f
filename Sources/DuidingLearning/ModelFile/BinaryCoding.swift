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
    /// The weights as a model section.
    public func encoded() -> Data {
        var writer = BinaryWriter()
        writer.write(UInt32(classes))
        writer.write(UInt32(rows.count))
        let rows = self.rows.entries
        writer.write(UInt32(rows.reduce(0) { $0 + $1.count }))
        // Rows in key order for identical bytes from identical training.
        for row in rows {
            writer.write(row.key)
            writer.write(UInt16(row.count))
            if row.dense {
                for label in 0..<classes where dense[row.start + label] != 0 {
                    writer.write(UInt16(label))
                    writer.write(dense[row.start + label])
                }
            } else {
                for entry in entries[row.start..<(row.start + row.count)] {
                    writer.write(UInt16(entry.label))
                    writer.write(entry.weight)
                }
            }
        }
        return writer.data
    }

    public init(encoded data: Data) throws(ModelFile.FormatError) {
        var reader = BinaryReader(data)
        let classes = Int(try reader.read(UInt32.self))
        let rowCount = Int(try reader.read(UInt32.self))
        let entryCount = Int(try reader.read(UInt32.self))
        var keys: [UInt64] = []
        keys.reserveCapacity(rowCount)
        var rowStarts: [Int32] = [0]
        rowStarts.reserveCapacity(rowCount + 1)
        var entryClasses: [UInt16] = []
        var entryWeights: [Float] = []
        entryClasses.reserveCapacity(entryCount)
        entryWeights.reserveCapacity(entryCount)
        for _ in 0..<rowCount {
            let key = try reader.read(UInt64.self)
            let count = Int(try reader.read(UInt16.self))
            keys.append(key)
            for _ in 0..<count {
                let label = try reader.read(UInt16.self)
                guard Int(label) < classes else { throw ModelFile.FormatError("class \(label) out of range") }
                entryClasses.append(label)
                entryWeights.append(try reader.readFloat())
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
