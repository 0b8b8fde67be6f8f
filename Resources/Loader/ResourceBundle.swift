public import Foundation

/// Where the shipped resources are found: the `nl/`, `en/` and `models/` folders beside this file,
/// copied into the build as the target's resource bundle.
public struct ResourceBundle: Sendable {
    /// The root folder holding `nl/`, `en/`, `models/`.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The resources built into this binary.
    public static let shipped = ResourceBundle(root: Bundle.module.bundleURL)

    /// The languages that have a resource folder (`["en", "nl"]`).
    public var languages: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.count == 2 && $0.allSatisfy(\.isLowercase) }.sorted()
    }

    /// The raw bytes of a resource.
    public func data(_ name: String) throws(ResourceError) -> Data {
        let url = root.appendingPathComponent(name)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ResourceError(file: name, line: 0, message: "cannot read resource at \(url.path): \(error)")
        }
    }

    /// A line-oriented resource file, parsed.
    public func file(_ name: String) throws(ResourceError) -> ResourceFile {
        let bytes = try data(name)
        guard let contents = String(data: bytes, encoding: .utf8) else {
            throw ResourceError(file: name, line: 0, message: "not valid UTF-8")
        }
        return try ResourceFile(name: name, contents: contents)
    }

    /// Every file under a folder, as names relative to the root, sorted.
    public func files(under folder: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var names: [String] = []
        while let item = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base.appendingPathComponent(item).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                names.append(folder + "/" + item)
            }
        }
        return names.sorted()
    }
}
