import DuidingCore
import DuidingEvents
import Foundation
import Testing

/// Stored events written as GDELT 2.0 rows, PLOVER JSON and CSV.
@Suite struct EventExportTests {
    static let visit = StoredEvent(
        id: 7,
        event: EventRecord(
            code: "042", label: "Make a visit", plover: "CONSULT", goldstein: 1.9,
            source: EventRecord.Side(name: "Vladimir Poetin", actor: "RUSGOV"), target: EventRecord.Side(name: "China", actor: "CHN"),
            date: "2024-05-16", day: "2024-05-16", trigger: "bezoekt", evidence: "Poetin bezoekt China,\tzegt \"men\".", sentence: 0,
            location: "Peking"),
        reports: [
            EventReport(articleID: 1, headline: "Poetin in China", outlet: "NOS", url: "https://nos.nl/1", trigger: "bezoekt", evidence: "…"),
            EventReport(articleID: 2, outlet: "NU.nl", trigger: "bezoek", evidence: "…"),
            EventReport(articleID: 3, outlet: "NOS", trigger: "bezoek", evidence: "…"),
        ])

    @Test func gdeltRowsHaveTheSixtyOneColumnsOfTheEventTable() throws {
        let codebook = try EventCodebook()
        let export = EventExport(format: .gdelt, codebook: codebook)
        #expect(EventExport.gdeltColumns.count == 61)
        #expect(export.header() == nil)
        #expect(export.header(gdeltHeader: true)?.split(separator: "\t").count == 61)
        let line = try #require(export.line(Self.visit))
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(columns.count == 61)
        func column(_ name: String) -> String? { EventExport.gdeltColumns.firstIndex(of: name).map { columns[$0] } }
        #expect(column("GlobalEventID") == "7")
        #expect(column("Day") == "20240516")
        #expect(column("MonthYear") == "202405")
        #expect(column("FractionDate") == "2024.3716")  // 136 days into its 366
        #expect(column("Actor1Code") == "RUSGOV")
        #expect(column("Actor1CountryCode") == "RUS")
        #expect(column("Actor1Type1Code") == "GOV")
        #expect(column("Actor2Code") == "CHN")
        #expect(column("Actor2Type1Code") == "")
        #expect(column("IsRootEvent") == "1")
        #expect(column("EventBaseCode") == "042")
        #expect(column("EventRootCode") == "04")
        #expect(column("QuadClass") == "1")
        #expect(column("GoldsteinScale") == "1.9")
        #expect(column("NumArticles") == "3")
        #expect(column("NumSources") == "2")
        #expect(column("ActionGeo_FullName") == "Peking")
        #expect(column("SOURCEURL") == "https://nos.nl/1")
        // An actor code without a country (`COP`, police) is all type.
        var police = Self.visit
        police.event.target = EventRecord.Side(name: "de politie", actor: "COP")
        let row = try #require(export.line(police)).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(row[EventExport.gdeltColumns.firstIndex(of: "Actor2CountryCode") ?? 0] == "")
        #expect(row[EventExport.gdeltColumns.firstIndex(of: "Actor2Type1Code") ?? 0] == "COP")
    }

    @Test func csvQuotesWhatNeedsQuoting() throws {
        let export = EventExport(format: .csv, codebook: try EventCodebook())
        let header = try #require(export.header())
        #expect(header.hasPrefix("id,date,day,code"))
        let line = try #require(export.line(Self.visit))
        #expect(line.hasPrefix("7,2024-05-16,2024-05-16,042,04,Make a visit,CONSULT,1,1.9,Vladimir Poetin,RUSGOV,China,CHN,asserted,no,bezoekt,"))
        #expect(line.contains("\"Poetin bezoekt China,\tzegt \"\"men\"\".\""))
        #expect(line.hasSuffix(",3,1 2 3,Poetin in China,https://nos.nl/1"))
    }

    @Test func ploverRecordsUsePloverFieldsAndLeaveOutStatements() throws {
        let export = EventExport(format: .plover, codebook: try EventCodebook())
        let line = try #require(export.line(Self.visit))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(record["event"] as? String == "CONSULT")
        #expect(record["mode"] as? String == "visit")
        #expect(record["date"] as? String == "2024-05-16")
        #expect((record["source"] as? [[String: Any]])?.first?["code"] as? String == "RUSGOV")
        #expect(record["eventText"] as? String == "bezoekt")
        var statement = Self.visit
        statement.event.code = "010"
        statement.event.plover = nil
        #expect(export.line(statement) == nil)
    }
}
