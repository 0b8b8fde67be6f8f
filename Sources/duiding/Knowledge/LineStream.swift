import Foundation

/// The lines of a file read in chunks, decompressed on the fly for `.gz` and `.bz2` (by Debian's `gzip`
/// and `bzip2`), so a dump of any size is read in bounded memory.
final class LineStream {
    private let handle: FileHandle
    private let process: Process?
    private var buffer = Data()
    private var finished = false
    /// Bytes read from the (decompressed) stream so far.
    private(set) var bytes = 0

    init(path: String) throws {
        guard FileManager.default.isReadableFile(atPath: path) else { throw CLIError("cannot read \(path)") }
        let tool: String? = path.hasSuffix(".gz") ? "/usr/bin/gzip" : path.hasSuffix(".bz2") ? "/usr/bin/bzip2" : nil
        if let tool {
            guard FileManager.default.isExecutableFile(atPath: tool) else {
                throw CLIError("\(path) needs \(tool) to decompress (apt-get install \((tool as NSString).lastPathComponent))")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = ["-dc", path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            self.process = process
            handle = pipe.fileHandleForReading
        } else {
            guard let file = FileHandle(forReadingAtPath: path) else { throw CLIError("cannot open \(path)") }
            process = nil
            handle = file
        }
    }

    /// Start of the unread part of `buffer` (whose indices start at 0).
    private var position = 0

    /// The next line without its line break, or nil at the end.
    ///
    /// - Complexity: amortised O(line length): the buffer is compacted once per chunk read.
    func next() throws -> Substring? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = buffer[position..<newline]
                position = newline + 1
                return Substring(String(decoding: line, as: UTF8.self))
            }
            if finished {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return Substring(String(decoding: buffer[position...], as: UTF8.self))
            }
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            bytes += chunk.count
            if chunk.isEmpty {
                finished = true
                if let process {
                    process.waitUntilExit()
                    if process.terminationStatus != 0 {
                        throw CLIError(
                            "decompression failed (exit status \(process.terminationStatus)): the file is damaged or not compressed as its name says")
                    }
                }
            } else {
                buffer = buffer.subdata(in: position..<buffer.count)
                position = 0
                buffer.append(chunk)
            }
        }
    }
}
