import DuidingCore
import DuidingReader
import Foundation
import Testing

/// Layouts and datelines that went wrong once, each kept as a test.
@Suite("Article reader: regressions")
struct LayoutRegressionTests {
    @Test(arguments: [
        ("NU.nl • 2 uur geleden", "2024-05-16T07:34:00+02:00"),
        ("12 minuten geleden", "2024-05-16T09:22:00+02:00"),
        ("16 mei 2024 04:12 GMT+2", "2024-05-16T04:12:00+02:00"),
        ("16-05-99 10:00", "1999-05-16T10:00:00+02:00"),
    ])
    func datelines(line: String, value: String) throws {
        let article = try read(line + "\n\nDe tekst van het artikel begint hier en gaat nog even door.")
        #expect(article.metadata.published == value)
    }

    @Test(arguments: [
        ("May 16, 2024 9:34 p.m.", "2024-05-16T21:34:00+01:00"),
        ("May 16, 2024 9:34 AM EDT", "2024-05-16T09:34:00-04:00"),
        ("Reuters • 4:12 AM GMT+2", "2024-05-16T04:12:00+02:00"),
        ("BBC News | 2 hours ago", "2024-05-16T06:34:00+01:00"),
    ])
    func englishDatelines(line: String, value: String) throws {
        let article = try read(line + "\n\nThe text of the article starts here and goes on for a while.", language: "en")
        #expect(article.metadata.published == value)
    }

    @Test func monthFirstWhereTheLanguageSaysSo() throws {
        // English resources read day first (British usage); the order is data, not code.
        let article = try read("16/05/2024 09:34\n\nThe text of the article starts here.", language: "en")
        #expect(article.metadata.published == "2024-05-16T09:34:00+01:00")
    }

    @Test(arguments: [
        "Vandaag is het precies 80 jaar geleden dat de oorlog eindigde.",
        "Gisteren om 14.00 uur werd de verdachte aangehouden door de politie.",
        "Yesterday at noon the minister resigned.",
    ])
    func sentencesThatStartWithATimeAreParagraphs(text: String) throws {
        let article = try read(text)
        #expect(article.blocks.map(\.kind) == [.paragraph])
        #expect(article.metadata.published == nil)
    }

    @Test func shortLinesAreNotJoinedWhenTheTextIsNotHardWrapped() throws {
        let article = try read(
            """
            Kabinet wil de belasting op arbeid verlagen in het nieuwe jaar
            Het kabinet wil volgend jaar de belasting op arbeid verlagen. Dat staat in de plannen die vandaag uitlekten.
            """)
        #expect(article.blocks.map(\.kind) == [.headline, .paragraph])
    }

    @Test func sentencesAboutCookiesAndTeasersAreBodyText() throws {
        let article = try read(
            """
            Boete voor webwinkels

            De toezichthouder beboet webwinkels die tracking cookies plaatsen zonder toestemming van bezoekers.

            Meer over de boetes is nog niet bekend.

            Lees ook: Hoe werkt de toezichthouder?

            Reacties van winkeliers

            De winkeliers zijn boos.
            """)
        #expect(article.texts(of: .paragraph).count == 3)
        #expect(article.texts(of: .furniture) == ["Lees ook: Hoe werkt de toezichthouder?"])
        #expect(article.texts(of: .heading) == ["Reacties van winkeliers"])
    }

    @Test(arguments: [
        ("Premier in Brussel. Foto Remko de Waal/ANP", "Remko de Waal/ANP", "Premier in Brussel."),
        ("De minister in Den Haag Beeld Guus Dubbelman / de Volkskrant", "Guus Dubbelman / de Volkskrant", "De minister in Den Haag"),
    ])
    func captionsWithPhotographerCredits(line: String, credit: String, caption: String) throws {
        let article = try read("Eerste alinea van het stuk.\n\n\(line)\n\nTweede alinea van het stuk.")
        #expect(article.metadata.credit == credit)
        #expect(article.metadata.caption == caption)
    }

    @Test func aCreditOnItsOwnLineInTheBodyTakesTheNextLineAsCaption() throws {
        let article = try read("Eerste alinea van het stuk.\n\n© ANP\n\nBetogers op het Malieveld\n\nTweede alinea van het stuk.")
        #expect(article.metadata.credit == "ANP")
        #expect(article.metadata.caption == "Betogers op het Malieveld")
    }

    @Test func colonBeforeAQuoteOrANumberedListIsNoEmbed() throws {
        let article = try read(
            """
            Eerste alinea van het stuk.

            De premier zei daarover:

            "We gaan door."

            De plannen op een rij:

            1. De btw gaat omhoog.
            """)
        #expect(article.texts(of: .embed).isEmpty)
    }

    @Test func agencyDatelineWithADate() throws {
        let article = try read("BEIJING, May 16 (Reuters) - China's exports rose in April, customs data showed on Thursday.", language: "en")
        #expect(article.metadata.source == "Reuters")
        #expect(article.metadata.dateline == "BEIJING,")
    }

    @Test func updateLinesAreDatelines() throws {
        let article = try read("Kabinet valt\n\nLaatste update: 10:12\n\nHet kabinet is gevallen.")
        #expect(article.texts(of: .dateline) == ["Laatste update: 10:12"])
        #expect(article.metadata.published == nil)
    }

    @Test func hugeHardWrappedTextIsLinear() throws {
        // 20,000 wrapped lines in paragraphs of 5: joined once per paragraph, not once per line.
        let line = "Het kabinet heeft dinsdag besloten om de steun aan gezinnen te verhogen en"
        let paragraph = Array(repeating: line, count: 5).joined(separator: "\n")
        let text = Array(repeating: paragraph, count: 4_000).joined(separator: "\n\n")
        let article = try read(text)
        #expect(article.blocks.count == 4_000)
    }
}
