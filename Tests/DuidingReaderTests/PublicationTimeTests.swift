import DuidingCore
import DuidingReader
import Foundation
import Testing

@Suite("Publication times in datelines")
struct PublicationTimeTests {
    /// Dateline text → resolved value, read on Thursday 16 May 2024 09:34 in Amsterdam.
    @Test(arguments: [
        ("NOS Nieuws • vandaag, 09:34", "2024-05-16T09:34:00+02:00"),
        ("NOS Nieuws • gisteren, 22:10", "2024-05-15T22:10:00+02:00"),
        ("RTL Nieuws | eergisteren", "2024-05-14"),
        ("ma 13 mei 2024, 09:34", "2024-05-13T09:34:00+02:00"),
        ("Gepubliceerd: 3 januari 2024 om 8.05 uur", "2024-01-03T08:05:00+01:00"),
        ("16-05-2024 07:00", "2024-05-16T07:00:00+02:00"),
        ("2023-12-31", "2023-12-31"),
        ("12 december", "2023-12-12"),
        ("21u32", "2024-05-15T21:32:00+02:00"),
        ("08:15", "2024-05-16T08:15:00+02:00"),
        ("dinsdag 14:00", "2024-05-14T14:00:00+02:00"),
        ("NU.nl - 16 mei 2024 09:34 • Aangepast vandaag, 10:12", "2024-05-16T09:34:00+02:00"),
        ("NU.nl • 15 mei 2024 • 19:02", "2024-05-15T19:02:00+02:00"),
        ("HLN | 03/02/20 - 21u32", "2020-02-03T21:32:00+01:00"),
    ])
    func resolves(line: String, value: String) throws {
        let article = try read(line + "\n\nDe tekst van het artikel begint hier en gaat nog even door.")
        #expect(article.metadata.published == value)
        #expect(article.texts(of: .dateline) == [line])
    }

    @Test func anotherTimeZone() throws {
        let article = try read("vandaag, 09:34\n\nTekst van het artikel.", zone: "America/New_York")
        #expect(article.metadata.published == "2024-05-16T09:34:00-04:00")
    }

    @Test func impossibleDatesAreNotResolved() throws {
        let article = try read("31 februari 2024\n\nTekst van het artikel.")
        #expect(article.metadata.publishedText == "31 februari 2024")
        #expect(article.metadata.published == nil)
    }

    @Test(arguments: [
        ("2024-05-16T09:34:00+02:00", "2024-05-16T09:34:00+02:00"),
        ("2024-05-16T07:34:00Z", "2024-05-16T09:34:00+02:00"),
        ("2024-05-16 09:34", "2024-05-16T09:34:00+02:00"),
        ("2024-01-16", "2024-01-16T12:00:00+01:00"),
    ])
    func isoTimes(input: String, formatted: String) throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let date = try #require(ISOTime.parse(input, timeZone: zone))
        #expect(ISOTime.format(date, timeZone: zone) == formatted)
    }

    @Test(arguments: ["", "2024-13-01", "16 mei 2024", "2024-05-16T25:00", "2024-05-16T09:34+2", "2024-02-30"])
    func badISOTimes(input: String) throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        #expect(ISOTime.parse(input, timeZone: zone) == nil)
    }
}
