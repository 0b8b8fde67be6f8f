import DuidingStore
import Foundation

extension SQLiteStore {
    /// The database at `db` (else the default path) that `duiding ingest` made, for commands that only read it; an
    /// error a user can act on when there is none.
    static func existing(_ db: String?) throws -> SQLiteStore {
        let path = db ?? defaultPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("no database at \(path); run duiding ingest first (or give --db)")
        }
        do { return try SQLiteStore(path: path) } catch { throw CLIError("\(error)") }
    }
}
