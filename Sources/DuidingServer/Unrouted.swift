import Hummingbird

/// Answers requests that no route takes, as the API's other errors are answered (JSON `{"error": {"message": …}}`):
/// 405 with an `Allow` header when the path is served for other methods (`DELETE /api/v1/quotes`), else 404.
/// Added to the router after every route, it wraps only the router's not-found responder (a route added after it would
/// have its own bodiless 404s rewritten).
struct Unrouted<Context: RequestContext>: RouterMiddleware {
    /// Each route's path, split into segments (`{id}` a capture), with the methods it answers.
    let routes: [(segments: [Substring], methods: [HTTPRequest.Method])]

    init(routes: [Router<Context>.RouteDescription]) {
        var table: [String: (segments: [Substring], methods: [HTTPRequest.Method])] = [:]
        for route in routes {
            let path = route.path.description
            table[path, default: (Self.segments(path), [])].methods.append(route.method)
        }
        self.routes = table.keys.sorted().compactMap { table[$0] }
    }

    static func segments(_ path: String) -> [Substring] { path.split(separator: "/") }

    /// The methods that some route answers at `path`: a capture (`{id}`, `:id`) matches any one segment.
    func methods(at path: String) -> [HTTPRequest.Method] {
        let segments = Self.segments(path)
        var methods: [HTTPRequest.Method] = []
        for route in routes where route.segments.count == segments.count {
            let matches = zip(route.segments, segments).allSatisfy { pattern, segment in
                pattern == segment || pattern.hasPrefix("{") || pattern.hasPrefix(":")
            }
            if matches { methods += route.methods.filter { !methods.contains($0) } }
        }
        return methods
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && error.body == nil {
            let allowed = methods(at: request.uri.path)
            guard allowed.isEmpty else {
                // (The router answers `HEAD` wherever it answers `GET`.)
                let names = (allowed + (allowed.contains(.get) && !allowed.contains(.head) ? [.head] : [])).map(\.rawValue).sorted()
                throw HTTPError(
                    .methodNotAllowed, headers: [.allow: names.joined(separator: ", ")],
                    message: "\(request.method.rawValue) is not served at \(request.uri.path); use \(names.joined(separator: " or "))")
            }
            throw HTTPError(.notFound, message: "nothing is served at \(request.uri.path)")
        }
    }
}
