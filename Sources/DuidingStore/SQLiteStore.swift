import DuidingCore
import Foundation
import GRDB

/// The embedded store: one SQLite file (or memory), through GRDB, with an FTS5 index over headlines
/// and text that ignores case and diacritics.
public final class SQLiteStore: Store {
    let database: any DatabaseWriter

    /// The default database file: `$DUIDING_DB`, else `~/.local/share/duiding/duiding.sqlite`.
    public static var defaultPath: String {
        if let path = ProcessInfo.processInfo.environment["DUIDING_DB"], !path.isEmpty { return path }
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        return home + "/.local/share/duiding/duiding.sqlite"
    }

    /// Opens (creating it and its folder if needed) the database at `path` and brings its schema up to date.
    /// It reports to `progress` a folder it creates and how far an upgrade that goes through the stored articles is
    /// (which takes a while on a large database).
    public init(path: String, progress: (@Sendable (String) -> Void)? = nil) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            progress?("created the folder \(folder) for the database")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator(progress: progress).migrate(database)
        } catch {
            throw StoreError("cannot open the database at \(path): \(error)")
        }
    }

    /// A store in memory, for tests.
    public init() throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        database = try DatabaseQueue(configuration: configuration)
        try Self.migrator(progress: nil).migrate(database)
    }
}
