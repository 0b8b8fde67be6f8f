import DuidingCore
import Foundation
import Testing

@Suite("Analysis JSON (duiding.analysis/1)")
struct AnalysisJSONTests {
    /// An analysis with every layer filled, built by hand.
    static func sample() -> Analysis {
        let text = "Mark Rutte bezocht gisteren Brussel. \"Goed gesprek,\" zei hij."
        return Analysis(
            engine: EngineInfo(models: ["langid": "langid-nl-en-0.1.0"]),
            language: "nl",
            referenceTime: "2024-05-16T09:34:00+02:00",
            metadata: ArticleMetadata(
                source: "NOS Nieuws", headline: "Rutte in Brussel", caption: nil, credit: "ANP",
                published: "2024-05-16T09:34:00+02:00", publishedText: "vandaag, 09:34", authors: ["Jan Jansen"]),
            text: text,
            blocks: [Block(kind: .paragraph, start: 0, end: 62)],
            tokens: [
                Token(text: "Mark", start: 0, end: 4, upos: "PROPN", lemma: "Mark", head: 3, deprel: "nsubj", ner: "B-PER"),
                Token(text: "Rutte", start: 5, end: 10, upos: "PROPN", head: 1, deprel: "flat", ner: "I-PER"),
                Token(text: "bezocht", start: 11, end: 18, upos: "VERB", xpos: "WW|pv|verl|ev", feats: "Tense=Past", head: 0, deprel: "root"),
                Token(text: "gisteren", start: 19, end: 27),
                Token(text: "Brussel", start: 28, end: 35, spaceAfter: false, ner: "B-LOC"),
                Token(text: ".", start: 35, end: 36),
            ],
            sentences: [Sentence(start: 0, end: 36, tokens: 0..<6)],
            entities: [Entity(id: "e1", type: "PER", name: "Mark Rutte", kb: "Q57792", mentions: [Mention(start: 0, end: 10, text: "Mark Rutte")])],
            times: [TimeExpression(id: "t1", start: 19, end: 27, text: "gisteren", type: "DATE", value: "2024-05-15")],
            quotes: [Quote(start: 37, end: 52, text: "\"Goed gesprek,\"", speaker: "e1", speakerText: "hij", kind: "direct")],
            claims: [Claim(start: 0, end: 36, text: "…", value: 90, unit: "percent", source: "e1", time: "t1")],
            events: [
                Event(
                    code: "042", label: "Make a visit", plover: "CONSULT", goldstein: 1.9,
                    source: .init(entity: "e1", actor: "NLDGOV"), target: .init(actor: "BEL"), time: "t1",
                    sentence: 0, trigger: Span(start: 11, end: 18))
            ])
    }

    @Test func roundTripKeepsEveryLayer() throws {
        let analysis = Self.sample()
        let decoded = try Analysis(jsonData: analysis.jsonData())
        #expect(decoded == analysis)
        let compact = try Analysis(jsonData: analysis.jsonData(pretty: false))
        #expect(compact == analysis)
    }

    @Test func tokensAreNestedInSentencesWithSnakeCaseKeys() throws {
        let json = try #require(String(data: Self.sample().jsonData(pretty: false), encoding: .utf8))
        #expect(json.contains("\"schema\":\"duiding.analysis/1\""))
        #expect(json.hasPrefix("{\"schema\":\"duiding.analysis/1\",\"engine\":{\"version\":"))
        #expect(json.contains("\"sentences\":[{\"start\":0,\"end\":36,\"tokens\":[{\"text\":\"Mark\",\"start\":0,"))
        #expect(json.contains("\"space_after\":false"))
        #expect(json.contains("\"published_text\":\"vandaag, 09:34\""))
        #expect(json.contains("\"reference_time\":\"2024-05-16T09:34:00+02:00\""))
        #expect(json.contains("\"speaker_text\":\"hij\""))
        // Absent token annotations are left out, absent metadata is written as null.
        #expect(!json.contains("\"lemma\":null"))
        #expect(json.contains("\"url\":null"))
    }

    @Test func prettyOutputIsValidJSONWithOneTokenPerLine() throws {
        let data = Self.sample().jsonData(pretty: true)
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(text.contains("\n        {\"text\": \"Mark\", \"start\": 0, \"end\": 4, \"space_after\": true, \"upos\": \"PROPN\","))
    }

    @Test func escapesWhatJSONRequires() throws {
        var analysis = Self.sample()
        analysis.text = "Quote \" backslash \\ tab \t newline \n bell \u{07} é 👍"
        let data = analysis.jsonData(pretty: false)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["text"] as? String == analysis.text)
        #expect(String(decoding: data, as: UTF8.self).contains(#"bell \u0007 é 👍"#))
    }

    @Test func refusesAnotherSchema() throws {
        let json = #"{"schema": "duiding.analysis/2", "language": "nl", "text": ""}"#
        #expect(throws: DecodingError.self) { try Analysis(jsonData: Data(json.utf8)) }
    }

    @Test func readsAMinimalAnalysis() throws {
        let json = #"{"schema": "duiding.analysis/1", "language": "en", "text": "Hi."}"#
        let analysis = try Analysis(jsonData: Data(json.utf8))
        #expect(analysis.language == "en")
        #expect(analysis.sentences.isEmpty)
        #expect(analysis.metadata == ArticleMetadata())
    }
}

@Suite("TIMEX3 intervals")
struct TimexIntervalTests {
    static func days(_ value: String) -> [String]? { TimexInterval.days(of: value).map { [$0.first, $0.last] } }

    @Test func datesCoverTheirDays() {
        #expect(Self.days("2024-05-16") == ["2024-05-16", "2024-05-16"])
        #expect(Self.days("2024-05-16T19:15") == ["2024-05-16", "2024-05-16"])
        #expect(Self.days("2024-05-15TEV") == ["2024-05-15", "2024-05-15"])
        #expect(Self.days("2024-02") == ["2024-02-01", "2024-02-29"])
        #expect(Self.days("2023") == ["2023-01-01", "2023-12-31"])
        #expect(Self.days("199") == ["1990-01-01", "1999-12-31"])
        #expect(Self.days("2024-W19") == ["2024-05-06", "2024-05-12"])
        #expect(Self.days("2024-W20-WE") == ["2024-05-18", "2024-05-19"])
        #expect(Self.days("2020-W53") == ["2020-12-28", "2021-01-03"])
        #expect(Self.days("2023-WI") == ["2023-12-01", "2024-02-29"])
        #expect(Self.days("2024-Q2") == ["2024-04-01", "2024-06-30"])
        #expect(Self.days("2001-H2") == ["2001-07-01", "2001-12-31"])
        for none in ["P3Y", "PRESENT_REF", "XXXX-WXX-2", "PT48H", "", "2024-13", "abc"] {
            #expect(TimexInterval.days(of: none) == nil, "\(none)")
        }
    }
}
