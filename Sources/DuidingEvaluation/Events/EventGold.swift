import Foundation

/// One document of an events gold file: its text and its coded events.
public struct EventGoldDocument: Sendable {
    public var id: String
    public var date: String?
    public var text: String
    public var events: [EventGoldItem] = []
}

/// A gold event: its trigger's span and its CAMEO coding.
public struct EventGoldItem: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var trigger: String
    /// CAMEO event code (`042`).
    public var code: String
    /// The actors as named in the document, and their CAMEO actor codes (`RUSGOV`); nil when unknown (`-`).
    public var source: String?
    public var sourceActor: String?
    public var target: String?
    public var targetActor: String?
    /// `asserted`, `reported`, `planned` or `hypothetical`.
    public var modality: String
    public var negated: Bool
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or nil.
    public var date: String?

    /// The two-digit CAMEO root (`04`).
    public var root: String { String(code.prefix(2)) }
}

/// Reads the `.events` format of `Gold/events/README.md`: documents of paragraphs, each followed by the
/// `% event <trigger> | code: … | source: … | source-actor: … | target: … | target-actor: … | modality: … |
/// negated: … | date: …` lines of the events first mentioned in it.
public enum EventGold {
    static let modalities: Set<String> = ["asserted", "reported", "planned", "hypothetical"]

    public static func parse(_ contents: String) throws(GoldLineError) -> [EventGoldDocument] {
        var documents: [EventGoldDocument] = []
        for annotated in try AnnotatedText.parse(contents) {
            var document = EventGoldDocument(id: annotated.id, date: annotated.date, text: annotated.text)
            let scalars = Array(annotated.text.unicodeScalars)
            var used: [String: Int] = [:]
            for item in annotated.annotations {
                let fields = AnnotatedText.fields(item.body)
                guard fields[0].hasPrefix("event ") else {
                    throw GoldLineError(line: item.line, message: "expected `event <trigger> | code: … | …`")
                }
                let trigger = String(fields[0].dropFirst(6))
                guard let code = AnnotatedText.field(fields, "code"), (2...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }),
                    let root = Int(code.prefix(2)), (1...20).contains(root)
                else {
                    throw GoldLineError(line: item.line, message: "an event needs a CAMEO `code:` of 2 to 4 digits under a root 01–20")
                }
                guard let modality = AnnotatedText.field(fields, "modality"), modalities.contains(modality) else {
                    throw GoldLineError(line: item.line, message: "modality is one of \(modalities.sorted().joined(separator: ", "))")
                }
                guard let negated = AnnotatedText.field(fields, "negated"), ["yes", "no"].contains(negated) else {
                    throw GoldLineError(line: item.line, message: "negated is yes or no")
                }
                // A repeated trigger is its next occurrence; when there is none, the events share it (`Ethiopië en
                // Eritrea zitten rond de onderhandelstafel`: one event each way).
                let key = "\(item.paragraph) \(trigger)"
                let span: Range<Int>
                if let after = used[key],
                    let next = try? AnnotatedText.locate(trigger, in: scalars, from: item.paragraph, after: after, line: item.line)
                {
                    span = next
                } else {
                    span = try AnnotatedText.locate(trigger, in: scalars, from: item.paragraph, after: item.paragraph, line: item.line)
                }
                used[key] = span.lowerBound + 1
                document.events.append(
                    EventGoldItem(
                        start: span.lowerBound, end: span.upperBound, trigger: trigger, code: code, source: AnnotatedText.field(fields, "source"),
                        sourceActor: AnnotatedText.field(fields, "source-actor"), target: AnnotatedText.field(fields, "target"),
                        targetActor: AnnotatedText.field(fields, "target-actor"), modality: modality, negated: negated == "yes",
                        date: AnnotatedText.field(fields, "date")))
            }
            documents.append(document)
        }
        return documents
    }
}
