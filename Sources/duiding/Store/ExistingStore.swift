import DuidingStore
import Foundation

extension SQLiteStore {
    /// The database at `db` (else the default path) that `duiding ingest` made, for commands that only read it; an
    /// error a user can act on when there is none.
    static func existing(_ db: String?) throws -> SQLiteStore {
        let path = db ?? defaultPath
        guard !path.isEmpty else { throw CLIError("--db needs a path") }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("no database at \(path); run duiding ingest first (or give --db)")
        }
        // A device or a folder is no database (and SQLite would write a journal beside `/dev/null`).
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        guard type == .typeRegular else { throw CLIError("\(path) is not a database file") }
        do { return try SQLiteStore(path: path, progress: SQLiteStore.reportToStandardError) } catch { throw CLIError("\(error)") }
    }

    /// Progress of a database upgrade, on standard error.
    static let reportToStandardError: @Sendable (String) -> Void = { message in
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
