import DuidingCore
import DuidingReader
import Foundation
import Testing

@Suite("Article reader: layouts of pasted news pages")
struct ArticleReaderTests {
    @Test func flagshipExample() throws {
        let text = try String(contentsOfFile: Shared.path("examples/nos-poetin-china.txt"), encoding: .utf8)
        let article = try read(text)
        let m = article.metadata
        #expect(m.credit == "Reuters")
        #expect(m.caption == "Ontmoeting Xi en Poetin vandaag in Peking")
        #expect(m.source == "NOS Nieuws")
        #expect(m.publishedText == "vandaag, 09:34")
        #expect(m.published == "2024-05-16T09:34:00+02:00")
        #expect(m.headline == "Poetin bezoekt China: 'Warme en kameraadschappelijke gesprekken'")
        #expect(article.texts(of: .heading) == ["Veel Chinese technologie", "Steun in oorlog Oekraïne"])
        #expect(article.texts(of: .embed) == ["De ontvangst van Poetin door Xi vandaag:"])
        #expect(article.texts(of: .paragraph).count == 10)
        #expect(article.parts.prefix(4) == [
            "credit: Reuters", "caption: Ontmoeting Xi en Poetin vandaag in Peking", "dateline: NOS Nieuws • vandaag, 09:34",
            "headline: Poetin bezoekt China: 'Warme en kameraadschappelijke gesprekken'",
        ])
    }

    @Test func agencyDatelineInTheFirstParagraph() throws {
        let article = try read(
            """
            Kabinet verlaagt accijns op brandstof

            DEN HAAG (ANP) - Het kabinet verlaagt volgend jaar de accijns op benzine. Dat maakte de minister dinsdag bekend.

            De maatregel kost ongeveer 1,2 miljard euro.
            """)
        #expect(article.metadata.headline == "Kabinet verlaagt accijns op brandstof")
        #expect(article.metadata.source == "ANP")
        #expect(article.metadata.dateline == "DEN HAAG")
        #expect(article.texts(of: .paragraph).count == 2)
        // The dateline is a block of its own: the paragraph's sentence starts after it.
        #expect(article.texts(of: .dateline) == ["DEN HAAG (ANP) -"])
        #expect(article.texts(of: .paragraph)[0].hasPrefix("Het kabinet"))
    }

    @Test func headlineBylineDateAndTeasers() throws {
        let article = try read(
            """
            Menu
            Zoeken
            Rotterdam krijgt nieuwe brug over de Maas
            Door Fatima el Amrani en Kees de Boer
            ma 13 mei 2024, 18:05
            De gemeente Rotterdam heeft gekozen voor een ontwerp van een nieuwe brug. De bouw begint in 2026.

            Bewoners reageren verdeeld op de plannen.

            Kritiek van de oppositie

            De oppositie vindt de brug te duur en wil een referendum.

            Lees ook
            Waarom Rotterdam blijft bouwen
            Drie vragen over de nieuwe brug
            Wij gebruiken cookies om de site te verbeteren. Accepteer alle cookies
            """)
        let m = article.metadata
        #expect(m.headline == "Rotterdam krijgt nieuwe brug over de Maas")
        #expect(m.authors == ["Fatima el Amrani", "Kees de Boer"])
        #expect(m.publishedText == "ma 13 mei 2024, 18:05")
        #expect(m.published == "2024-05-13T18:05:00+02:00")
        #expect(article.texts(of: .heading) == ["Kritiek van de oppositie"])
        #expect(article.texts(of: .paragraph).count == 3)
        #expect(article.texts(of: .furniture) == [
            "Menu", "Zoeken", "Lees ook", "Waarom Rotterdam blijft bouwen", "Drie vragen over de nieuwe brug",
            "Wij gebruiken cookies om de site te verbeteren. Accepteer alle cookies",
        ])
        #expect(!article.blocks.contains { $0.kind == .headline && article.parts.contains("headline: Menu") })
    }

    @Test func belgianSourceLabelAndDateOnly() throws {
        let article = try read(
            """
            Bron: Belga
            03 februari 2020
            Stakingsdag legt treinverkeer plat

            Op het Belgische spoor rijden maandag nauwelijks treinen. De vakbonden protesteren tegen de pensioenplannen.
            """)
        #expect(article.metadata.source == "Belga")
        #expect(article.metadata.publishedText == "03 februari 2020")
        #expect(article.metadata.published == "2020-02-03")
        #expect(article.metadata.headline == "Stakingsdag legt treinverkeer plat")
        #expect(article.texts(of: .dateline) == ["Bron: Belga", "03 februari 2020"])
    }

    @Test func clockTimeOnlyAndCaptionWithTrailingCredit() throws {
        let article = try read(
            """
            Betogers voor het Binnenhof in Den Haag (Foto: ANP)

            21u32
            Duizenden betogers in Den Haag

            Op het Malieveld hebben zaterdag duizenden mensen gedemonstreerd.
            """,
            reference: "2024-05-18T23:00:00+02:00")
        #expect(article.metadata.credit == "ANP")
        #expect(article.metadata.caption == "Betogers voor het Binnenhof in Den Haag")
        #expect(article.metadata.publishedText == "21u32")
        #expect(article.metadata.published == "2024-05-18T21:32:00+02:00")
        #expect(article.metadata.headline == "Duizenden betogers in Den Haag")
    }

    @Test func englishLayout() throws {
        let article = try read(
            """
            Photo: Reuters
            Leaders meet in Beijing
            Minister warns of tariffs on steel imports
            By Jane Smith
            Published 26 April 2024
            The US secretary of state said on Friday that China must stop supplying parts. He met his counterpart in Beijing.

            Read more
            China's economy slows
            """,
            language: "en", reference: "2024-05-16T09:34:00+01:00")
        let m = article.metadata
        #expect(m.credit == "Reuters")
        #expect(m.caption == "Leaders meet in Beijing")
        #expect(m.headline == "Minister warns of tariffs on steel imports")
        #expect(m.authors == ["Jane Smith"])
        #expect(m.published == "2024-04-26")
        #expect(article.texts(of: .furniture) == ["Read more", "China's economy slows"])
    }

    @Test func plainTextIsParagraphs() throws {
        let article = try read(
            """
            Het regent al drie dagen in het zuiden van het land. Rivieren treden buiten hun oevers.

            De waterschappen zetten extra pompen in.
            """)
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph])
        #expect(article.metadata == ArticleMetadata())
    }

    @Test func wrappedParagraphIsJoined() throws {
        let article = try read(
            """
            Het kabinet heeft dinsdag besloten om de steun aan gezinnen met lage
            inkomens te verhogen, zo maakte de minister van Sociale Zaken bekend in
            Den Haag na afloop van de ministerraad.
            """)
        #expect(article.blocks.map(\.kind) == [.paragraph])
        #expect(article.text.contains("met lage inkomens"))
        #expect(!article.text.contains("\n"))
    }

    @Test func listAfterColonIsNotAnEmbed() throws {
        let article = try read(
            """
            De gemeente noemt drie redenen om te bouwen:
            - de woningnood
            - de bereikbaarheid

            Een besluit volgt later dit jaar.
            """)
        #expect(article.texts(of: .embed).isEmpty)
        #expect(article.texts(of: .paragraph).count == 4)
    }

    @Test func messyWhitespaceIsCleaned() throws {
        let article = try read("Het\u{00A0}kabinet\u{200B} valt.\r\n\r\n\u{FEFF}Nieuwe   verkiezingen\tvolgen.\r\n")
        #expect(article.text == "Het kabinet valt.\n\nNieuwe verkiezingen volgen.")
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph])
    }
}
