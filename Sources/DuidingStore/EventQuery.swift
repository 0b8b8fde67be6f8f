public import DuidingCore

/// What to look for among the stored events; every filter is optional.
///
/// An actor filter (`source`, `target`) takes a CAMEO actor code or its start (`RUS` finds `RUS` and `RUSGOV`) or
/// any name of the actor (`Poetin`, `Putin`, `de politie`).
public struct EventQuery: Sendable, Equatable {
    public var source: String?
    public var target: String?
    /// Events between `source` and `target` in either direction (a dyad).
    public var eitherDirection: Bool
    /// Events with this stored entity on either side.
    public var entity: Int64?
    /// Events on or after / on or before this day (`2024-05-01`; a month or year counts from its first day).
    public var from: String?
    public var until: String?
    /// A CAMEO root (`04`) or a longer code or its start (`042`).
    public var code: String?
    /// The events of one article.
    public var article: Int64?
    public var limit: Int
    public var offset: Int

    public init(
        source: String? = nil, target: String? = nil, eitherDirection: Bool = false, entity: Int64? = nil, from: String? = nil,
        until: String? = nil, code: String? = nil, article: Int64? = nil, limit: Int = 20, offset: Int = 0
    ) {
        self.source = source
        self.target = target
        self.eitherDirection = eitherDirection
        self.entity = entity
        self.from = from
        self.until = until
        self.code = code
        self.article = article
        self.limit = limit
        self.offset = offset
    }

    /// Checks a CAMEO code filter: one to four digits (`04`, `042`, `1123`).
    public static func validate(code: String?) throws(StoreError) {
        guard let code else { return }
        guard (1...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw StoreError("code must be a CAMEO code or its start, such as 04 or 042, not \(code)")
        }
    }

    /// Whether an actor filter is written as a CAMEO actor code (`RUS`, `RUSGOV`, `COP`) rather than a name.
    public static func isActorCode(_ text: String) -> Bool {
        (2...12).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isUppercase }
    }
}

/// The events of a month (`2024-05`) matching a query, with their mean Goldstein value (tone).
public struct EventMonth: Sendable, Equatable, Codable {
    public var month: String
    public var events: Int
    public var goldstein: Double?

    public init(month: String, events: Int, goldstein: Double?) {
        self.month = month
        self.events = events
        self.goldstein = goldstein
    }
}

public struct EventPage: Sendable, Equatable, Codable {
    /// Matching events in all (each counted once, however many articles report it).
    public var total: Int
    public var events: [StoredEvent]
    /// Every matching event by month, in date order (events without a date left out).
    public var months: [EventMonth]
}
