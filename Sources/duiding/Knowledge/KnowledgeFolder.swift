import Foundation

/// Where imported knowledge lives: `$DUIDING_KB`, else `~/.local/share/duiding/knowledge`.
enum KnowledgeFolder {
    static var path: URL {
        if let path = ProcessInfo.processInfo.environment["DUIDING_KB"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/duiding/knowledge")
    }

    /// The folder, when something was imported into it.
    static var imported: URL? {
        let entities = path.appendingPathComponent("entities")
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: entities.path, isDirectory: &isDirectory) && isDirectory.boolValue ? path : nil
    }
}
