import DuidingCore
import DuidingPipeline
import Foundation
import Testing

/// Names and pronouns the linker repairs with the shipped knowledge base, end to end.
@Suite("Linking: names and pronouns the tagger gets wrong")
struct LinkingRepairTests {
    static func analyze(_ text: String) throws -> Analysis {
        try sharedAnalyzer.analyze(text, options: AnalyzeOptions(language: "nl", referenceText: "2024-05-16T12:00:00+02:00", now: Date()))
    }

    static func mentions(of name: String, in analysis: Analysis) -> [String] {
        analysis.entities.first { $0.name == name }?.mentions.map(\.text) ?? []
    }

    @Test func aNameAfterADemonymIsAPersonAndItsSurnameJoinsIt() throws {
        let analysis = try Self.analyze("De Argentijn Guillermo Vilas won in 1977 de US Open. Vilas was toen 25 jaar.")
        let person = try #require(analysis.entities.first { $0.name == "Guillermo Vilas" })
        #expect(person.type == "PER")
        #expect(person.mentions.map(\.text) == ["Guillermo Vilas", "Vilas"])
        #expect(analysis.entities.contains { $0.kb == "Q414" && $0.mentions.contains { $0.text == "Argentijn" && $0.kind == "adjective" } })
    }

    @Test func aGivenNameAloneIsThePersonNamedInFullWithIt() throws {
        // Features call people by their given name after naming them in full; two people of one given name stay apart.
        let analysis = try Self.analyze(
            "Maria Vandenberghe sluit zaterdag haar winkel. Burgemeester Geert Van Hecke betreurt dat. Maria zelf wil er niet sentimenteel over doen.")
        #expect(Self.mentions(of: "Maria Vandenberghe", in: analysis).contains("Maria"))
        // However the tagger typed it, when the knowledge base knows no place or organisation by it.
        let shop = try Self.analyze(
            "Maria Vandenberghe (69) sluit zaterdag de deuren van 'Bij Maria', de laatste winkel van het dorp. Maria zelf wil er niet sentimenteel over doen.")
        #expect(Self.mentions(of: "Maria Vandenberghe", in: shop).filter { $0 == "Maria" }.count == 2)
        // Not with an office beside it: `koning Filip` is the king, not Filip Dewinter.
        let king = try Self.analyze("Filip Dewinter sprak in Antwerpen. Koning Filip ontving later de premier.")
        #expect(!Self.mentions(of: "Filip Dewinter", in: king).contains { $0.lowercased().contains("koning") })
        let two = try Self.analyze("Maria Peeters en Maria Janssens openden een winkel. Maria wil er niet over praten.")
        #expect(!Self.mentions(of: "Maria Peeters", in: two).contains("Maria") && !Self.mentions(of: "Maria Janssens", in: two).contains("Maria"))
    }

    @Test func aTitleOrAnOfficesFieldTakenIntoANameIsNoPartOfIt() throws {
        // `Europarlementslid Eva Kaili`, typed an organisation: the person Eva Kaili; the headline's `Kaili` before her, which
        // the gazetteer knows as an obscure Chinese city, is her too.
        let analysis = try Self.analyze("Kaili blijft in de cel\nHet Griekse Europarlementslid Eva Kaili blijft in voorhechtenis. Kaili ontkent alles.")
        let kaili = try #require(analysis.entities.first { $0.name == "Eva Kaili" })
        #expect(kaili.type == "PER")
        #expect(kaili.mentions.filter { $0.text == "Kaili" }.count == 2)
        let claes = try Self.analyze("Vlaams minister van Mobiliteit Bart Claes reageerde geschokt.")
        #expect(claes.entities.contains { $0.name == "Bart Claes" && $0.type == "PER" })
        // A noun that heads an organisation's name stays in it.
        let museum = try Self.analyze("De directeur van Museum Jan Cunen zei dat de zaal dicht blijft.")
        #expect(!museum.entities.contains { $0.name == "Jan Cunen" && $0.type == "PER" })
    }

    @Test func aGivenNameAfterAnAgeIsANameNotADescription() throws {
        // `de 77-jarige Democraat` describes someone; `de 19-jarige Soufiane` names him, and `hij` is he.
        let analysis = try Self.analyze("Even verderop denkt de 19-jarige Soufiane er anders over. \"Waar moeten we dan heen?\", zegt hij lachend.")
        #expect(Self.mentions(of: "Soufiane", in: analysis) == ["Soufiane", "hij"])
    }

    @Test func aGivenNameTheTaggerLeftOutJoinsTheNameAfterIt() throws {
        // `Ali` untagged before `Yerlikaya`, typed an organisation: the person Ali Yerlikaya, not Guyana's president Ali.
        let analysis = try Self.analyze("Volgens minister van Binnenlandse Zaken Ali Yerlikaya is het rustig.")
        #expect(analysis.entities.contains { $0.name == "Ali Yerlikaya" && $0.type == "PER" })
        #expect(!analysis.entities.contains { $0.title == "Irfaan Ali" })
    }

    @Test func aPersonsNameEndsBeforeTheLowercaseWordsTheTaggerTookIn() throws {
        // The entity tagger reads `Van` and `Schans de titel` as names, which the surname repair joins: `de titel` is the
        // object.
        let analysis = try Self.analyze(
            """
            De droom was wellicht minder de droom van Van der Schans dan van het volk dat hem de Europese sjerp al had omgehangen.
            Natuurlijk had iedereen Van der Schans de titel zo gegund. De organisatie, die een nationale winnaar op een EK als extra kroon noteert.
            """)
        #expect(!analysis.entities.contains { $0.name.hasSuffix("titel") })
        #expect(Self.mentions(of: "Van der Schans", in: analysis).filter { $0 == "Van der Schans" }.count == 2)
    }

    @Test func anOfficeWrittenWithItsFieldIsThePersonWhoseNameFollowsThatField() throws {
        // Two ministers: `de landbouwminister` is the one named after `van Landbouw`, though the other was called
        // minister last.
        let analysis = try Self.analyze(
            """
            Vorige week kondigde minister voor Volksgezondheid Magda Aelvoet de invoering van het systeem aan.
            Het werkt al jaren in Anderlecht, voegde haar collega van Landbouw en KMO Jaak Gabriëls er gisteren aan toe.
            Minister Aelvoet was er niet bij.
            De landbouwminister wist te melden dat Argentinië geïnteresseerd is.
            """)
        #expect(Self.mentions(of: "Jaak Gabriëls", in: analysis).contains("De landbouwminister"))
        #expect(!Self.mentions(of: "Magda Aelvoet", in: analysis).contains("De landbouwminister"))
    }

    @Test func aPronounTakesTheMainClausesSubjectBeforeASubordinateOnes() throws {
        let analysis = try Self.analyze(
            "Terwijl Jennifer Capriati in Parijs won, bracht Lindsay Davenport de uren door in het ziekenhuis. Het gaf haar de tijd om na te denken.")
        #expect(Self.mentions(of: "Lindsay Davenport", in: analysis).contains("haar"))
        #expect(!Self.mentions(of: "Jennifer Capriati", in: analysis).contains("haar"))
    }

    @Test func twoNamesJoinedByAliasAreOnePerson() throws {
        let analysis = try Self.analyze(
            "Nix (alias Marnix Verduyn) tekent elke week een strip. Verduyn woont in Antwerpen. Volgens Nix is het een feest.")
        let person = try #require(analysis.entities.first { $0.mentions.contains { $0.text == "Marnix Verduyn" } })
        #expect(person.type == "PER")
        #expect(Set(person.mentions.map(\.text)).isSuperset(of: ["Nix", "Marnix Verduyn", "Verduyn"]))
        #expect(person.mentions.filter { $0.text == "Nix" }.count == 2)
    }

    @Test func aGivenNameJoinsTheSurnameAfterItsParticles() throws {
        let analysis = try Self.analyze(
            "Minister Karin van Dijk (Volksgezondheid) heeft vandaag bekendgemaakt dat het eigen risico omlaaggaat. Van Dijk zei dat tegen de Kamer.")
        #expect(analysis.entities.contains { $0.name == "Karin van Dijk" && $0.type == "PER" })
        #expect(!analysis.entities.contains { $0.name == "Karin" || $0.name == "Dijk" })
    }

    @Test func zeTaggedPluralAfterAWomanIsHerUnlessItsVerbIsPlural() throws {
        let singular = try Self.analyze("Caroline van der Plas, wier partij in maart de verkiezingen won, zei dat ze klaar is om te regeren.")
        #expect(Self.mentions(of: "Caroline van der Plas", in: singular).contains("ze"))
        let plural = try Self.analyze("De ministers vergaderden gisteren met Anna de Vries. Ze besloten de wet in te trekken.")
        #expect(!Self.mentions(of: "Anna de Vries", in: plural).contains("Ze"))
    }

    @Test func aPronounAfterAQuotationIsNoOneNamedInsideIt() throws {
        let analysis = try Self.analyze(
            "Chef de mission Pieter van den Hoogenband noemde de prestatie bovenmenselijk. „Wat Sifan hier heeft gedaan, gaat de geschiedenisboeken in”, zei hij.")
        #expect(Self.mentions(of: "Pieter van den Hoogenband", in: analysis).contains("hij"))
        #expect(!Self.mentions(of: "Sifan", in: analysis).contains("hij"))
    }

    @Test func aDemonymOrAnAgedNounAfterADeterminerIsAPersonDescribed() throws {
        let analysis = try Self.analyze(
            "Haar coach Tim Rowberry zag het aankomen. ,,Sifan is niet normaal'', lacht de Amerikaan. Joe Biden sprak in Wilmington. „Het is tijd om te helen”, vervolgde de 77-jarige Democraat.")
        #expect(Self.mentions(of: "Tim Rowberry", in: analysis).contains("de Amerikaan"))
        #expect(Self.mentions(of: "Joe Biden", in: analysis).contains("de 77-jarige Democraat"))
        // The demonym stays a mention of its country, of the adjective kind (CoNLL-2002 tags it MISC), not a name of it.
        let country = analysis.entities.first { $0.name == "Verenigde Staten" }?.mentions.filter { $0.text == "Amerikaan" } ?? []
        #expect(country.map(\.kind) == ["adjective"])
        // A demonym before a name is its title, and a country adjective stays the country's.
        let title = try Self.analyze("De Amerikaan Joe Biden won. De Amerikaanse regering zweeg.")
        #expect(!Self.mentions(of: "Joe Biden", in: title).contains { $0.contains("Amerikaan") })
        #expect(Self.mentions(of: "Verenigde Staten", in: title).contains("Amerikaanse"))
    }

    @Test func aSurnameCutAfterItsParticlesIsCompletedAsAPerson() throws {
        // The tagger takes `Van` for a place and `Bossche` for something else, and `Van der Meulen` for no name at all
        // or a name of another kind: each is one person's surname.
        let analysis = try Self.analyze("De titel ging naar Van den Bossche na een sterke slotronde. Het team van Van der Meulen verloor.")
        #expect(analysis.entities.contains { $0.type == "PER" && $0.mentions.map(\.text) == ["Van den Bossche"] })
        #expect(analysis.entities.contains { $0.type == "PER" && $0.mentions.map(\.text) == ["Van der Meulen"] })
        #expect(!analysis.entities.contains { ["Van", "Bossche"].contains($0.name) })
    }

    @Test func aSentenceOpeningFunctionWordIsNoPartOfTheName() throws {
        let analysis = try Self.analyze("Of Rutte opnieuw lijsttrekker wordt, is de vraag. Maar Rutte zei er niets over.")
        #expect(analysis.entities.contains { $0.kb == "Q57792" && $0.mentions.allSatisfy { $0.text == "Rutte" } })
        #expect(!analysis.entities.contains { $0.name.hasPrefix("Of ") || $0.name.hasPrefix("Maar ") })
    }

    @Test func anOrganisationsSiteNamedByItsPlaceIsTheOrganisation() throws {
        let analysis = try Self.analyze("De vakbonden van BASF-Antwerpen leggen het werk neer.")
        #expect(analysis.entities.contains { $0.name == "BASF" && $0.mentions.map(\.text) == ["BASF-Antwerpen"] })
    }

    @Test func aGovernmentNamedByItsLeaderIsAMentionOfTheLeader() throws {
        let analysis = try Self.analyze("Het kabinet-Rutte viel in 2021. De oppositie had kritiek op de regering-De Croo.")
        #expect(analysis.entities.contains { $0.kb == "Q57792" && $0.mentions.map(\.text) == ["kabinet-Rutte"] })
        #expect(analysis.entities.contains { $0.name == "Alexander De Croo" && $0.mentions.map(\.text) == ["regering-De Croo"] })
        // A hyphened surname after it (cut at the first hyphen).
        #expect(try Self.analyze("De oppositie had kritiek op de regering-Abdul-Mahdi.").entities
            .contains { $0.name == "Adil Abdul-Mahdi" && $0.mentions.map(\.text) == ["regering-Abdul-Mahdi"] })
        // Not one whose name the knowledge base does not know as a person.
        #expect(!(try Self.analyze("Het kabinet-Onbekendnaam viel.")).entities.contains { $0.type == "PER" && $0.mentions.contains { $0.text.hasPrefix("kabinet") } })
        // A token whose lowercase form is shorter than itself does not trip the compound reading.
        _ = try Self.analyze("Het ẞẞẞ-A en KABINET-ẞ vielen.")
    }

    @Test func aSurnameWithAHyphenedParticleJoinsTheName() throws {
        let analysis = try Self.analyze("Hemedti eist het vertrek van legerleider Abdel Fattah al-Burhan. Later zei al-Burhan dat het leger won.")
        #expect(analysis.entities.contains { $0.name == "Abdel Fattah al-Burhan" && $0.mentions.map(\.text) == ["Abdel Fattah al-Burhan", "al-Burhan"] })
        #expect(!analysis.entities.contains { $0.name == "Abdel Fattah" })
    }

    @Test func aNameRunIntoCommonWordsIsTheNamesItIsMadeOf() throws {
        // Tagged as one organisation: `Bulgarije Russische diplomaten uit`.
        let analysis = try Self.analyze("Eerder deze maand wezen ook Polen en Bulgarije Russische diplomaten uit.")
        #expect(analysis.entities.contains { $0.name == "Bulgarije" && $0.mentions.map(\.text) == ["Bulgarije"] })
        #expect(analysis.entities.contains { $0.kb == "Q159" && $0.mentions.contains { $0.text == "Russische" && $0.kind == "adjective" } })
        #expect(!analysis.entities.contains { $0.name.contains("diplomaten") })
    }

    @Test func anAdjectiveTwoCountriesShareMeansTheFirstListed() throws {
        // `Congolese` is the DR Congo's and the Republic of the Congo's; `Dominicaanse` the Dominican Republic's and Dominica's.
        // (It was whichever the process's hash order put last.)
        let analysis = try Self.analyze("De Congolese regering en de Dominicaanse president spraken elkaar.")
        #expect(analysis.entities.contains { $0.kb == "Q974" && $0.mentions.contains { $0.text == "Congolese" } })
        #expect(analysis.entities.contains { $0.kb == "Q786" && $0.mentions.contains { $0.text == "Dominicaanse" } })
    }

    @Test func aNounRightBeforeANameIsItsTitleNotAReferenceBack() throws {
        let analysis = try Self.analyze("Woede in Kinshasa. De rebellen namen de stad Goma in.")
        #expect(!Self.mentions(of: "Kinshasa", in: analysis).contains("de stad"))
        #expect(analysis.entities.contains { $0.name == "Goma" })
    }

    @Test func anInitialAndTwoParticlesMakeOnePersonsName() throws {
        // `'t` is a surname particle; an initial is spelled like no organisation (`J.` is no `J&J`).
        let analysis = try Self.analyze("Er is overal iets georganiseerd, aldus boerenvoorman J. van 't Hof uit Sint-Annaland.")
        #expect(analysis.entities.contains { $0.name == "J. van 't Hof" && $0.type == "PER" })
        #expect(!analysis.entities.contains { $0.name.contains("Johnson") })
    }

    @Test func aDeterminerBeforeACountryAdjectiveIsNoName() throws {
        let analysis = try Self.analyze("Veel Chinese bedrijven leveren onderdelen aan Rusland.")
        #expect(analysis.entities.contains { $0.kb == "Q148" && $0.mentions.map(\.text) == ["Chinese"] })
        #expect(!analysis.entities.contains { $0.name.hasPrefix("Veel") })
    }

    @Test func countryNamesAndGovernmentPlacesTheTaggerMissedAreMentions() throws {
        #expect(try Self.analyze("Egypte bemiddelde tussen Israël en Hamas.").entities.contains { $0.kb == "Q79" })
        #expect(try Self.analyze("Peking noemt de Taiwanese president een separatist.").entities.contains { $0.kb == "Q956" })
    }

    @Test func aPronounTakesAPersonOfItsSex() throws {
        let analysis = try Self.analyze("Mark Rutte sprak gisteren met Ursula von der Leyen. Daarna vertrok ze naar Brussel.")
        #expect(Self.mentions(of: "Ursula von der Leyen", in: analysis).contains("ze"))
        #expect(!Self.mentions(of: "Mark Rutte", in: analysis).contains("ze"))
    }

    @Test func aPronounPrefersTheSubjectOverANameAfterAPreposition() throws {
        let analysis = try Self.analyze(
            "Het doorgeven van documenten aan Jan Rosenfeld vond de bankdirecteur Karel Verbeke normaal. Later verweet hij de commissie partijdigheid.")
        #expect(Self.mentions(of: "Karel Verbeke", in: analysis).contains("hij"))
    }

    @Test func aDescriptionNounPrefersTheSubjectAsAPronounDoes() throws {
        let analysis = try Self.analyze(
            "De NAVO meldde dinsdag dat bij een aanval op een konvooi van de Verenigde Naties drie mensen zijn gedood. "
                + "Volgens de organisatie is de aanval vanuit het noorden uitgevoerd. De alliantie stuurt meer troepen.")
        #expect(Self.mentions(of: "NAVO", in: analysis) == ["NAVO", "de organisatie", "De alliantie"])
        #expect(Self.mentions(of: "Verenigde Naties", in: analysis) == ["Verenigde Naties"])
    }

    @Test func namesStayWholeWhereAPartAloneWouldNameSomethingElse() throws {
        // A person whose given name or surname alone names a place or another person.
        #expect(try Self.analyze("Georges Claes zegt dat het niet klopt.").entities.map(\.name) == ["Georges Claes"])
        #expect(try Self.analyze("Het publiek juichte voor Van Diepenbeek.").entities.map(\.name) == ["Van Diepenbeek"])
        // A title that opens with an article, and an organisation's capitalised last word.
        #expect(try Self.analyze("Hij las het in De Financiële Morgen van gisteren.").entities.map(\.name) == ["De Financiële Morgen"])
        #expect(try Self.analyze("De aandelen van Fortis Bank stegen gisteren.").entities.map(\.name) == ["Fortis Bank"])
    }

    @Test func aTitleWrittenBeforeANameIsRepeatedByADescription() throws {
        let analysis = try Self.analyze(
            "Havendirecteur Karel Smit voelt zich een zondebok. \"Ik deed niets fout\", zei de gewezen bankdirecteur. De burgemeester zweeg.")
        #expect(Self.mentions(of: "Karel Smit", in: analysis).contains("de gewezen bankdirecteur"))
        // A description with another head refers to no one here.
        #expect(!analysis.entities.contains { $0.mentions.contains { $0.text == "De burgemeester" } })
    }

    @Test func aDefiniteNounRefersBackToTheOrganisationWhoseNameItHeads() throws {
        // `het hof` after `het Internationaal Strafhof`; `de raad` after `de Hoge Raad voor Diamant`, whose head is `Raad`,
        // not `Diamant`; not `het hof van beroep`, a phrase of its own.
        let court = try Self.analyze("Het Internationaal Strafhof zit in Den Haag. Het hof vaardigde een arrestatiebevel uit.")
        #expect(Self.mentions(of: "Internationaal Strafhof", in: court).contains("Het hof"))
        let council = try Self.analyze("De Hoge Raad voor Diamant zit in Antwerpen. De raad vergaderde. De diamant werd verkocht.")
        let councilMentions = Self.mentions(of: "Hoge Raad voor Diamant", in: council)
        #expect(councilMentions.contains("De raad") && !councilMentions.contains("De diamant"))
        // Only a listed kind of organisation ends a compound that way: `de wagen` is no `Volkswagen`.
        let cars = try Self.analyze("Volkswagen bouwt een fabriek in Zwickau. De wagen rijdt elektrisch.")
        #expect(!Self.mentions(of: "Volkswagen", in: cars).contains("De wagen"))
        let appeal = try Self.analyze("Het Internationaal Strafhof zit in Den Haag. Het hof van beroep in Gent oordeelde anders.")
        #expect(!Self.mentions(of: "Internationaal Strafhof", in: appeal).contains { $0.hasPrefix("Het hof") })
    }
    @Test func aPossessiveStandsForItsOwnerOnlyBeforeANounAndWhenNoOneElseCouldOwn() throws {
        // `zijn eerste bezoek`: Michel's.
        let michel = try Self.analyze("Louis Michel sprak gisteren over zijn eerste bezoek aan Kinshasa.")
        #expect(Self.mentions(of: "Louis Michel", in: michel).contains("zijn"))
        // `zijn` the verb is no one's; `zijn aanval` after the subject Rusland is Russia's, not Blinken's; after a second
        // person it could be either's.
        let verb = try Self.analyze("Minister Sergej Sjojgoe en minister van Buitenlandse Zaken Sergej Lavrov zijn erbij.")
        #expect(!verb.entities.contains { $0.mentions.contains { $0.text == "zijn" } })
        let russia = try Self.analyze("Antony Blinken zei toen dat Rusland moeite zou hebben om zijn aanval op Oekraïne voort te zetten.")
        #expect(!Self.mentions(of: "Antony Blinken", in: russia).contains("zijn"))
        #expect(russia.entities.first { $0.kb == "Q159" }?.mentions.contains { $0.text == "zijn" } == true)
        // A country that is the subject before it owns it.
        let attack = try Self.analyze("Rusland zette gisteren zijn aanval op Oekraïne voort.")
        #expect(attack.entities.first { $0.kb == "Q159" }?.mentions.contains { $0.text == "zijn" } == true)
        #expect(attack.events.contains { $0.code == "190" && $0.source?.actor == "RUS" && $0.target?.actor == "UKR" })
        let either = try Self.analyze("Vandaag zei Vladimir Poetin dat hij Xi Jinping dankbaar was voor zijn pogingen.")
        #expect(!either.entities.contains { $0.type == "PER" && $0.mentions.contains { $0.text == "zijn" } })
    }
    @Test func aNameAndItsAcronymInBracketsAreOneEntity() throws {
        // The tagger's whole name is kept (not split into a town the knowledge base knows, `Vereeniging`), and the
        // acronym that spells it out is the same organisation, which then speaks.
        let analysis = try Self.analyze(
            """
            Het ziekenhuis wordt geprezen door de Vereniging voor begeleiding en bevordering van borstvoeding (VBBB).

            VBBB: "Sommige vrouwen moeten nog een gevecht leveren om het te kunnen doen."
            """)
        let vbbb = try #require(analysis.entities.first { $0.mentions.contains { $0.text == "VBBB" } })
        #expect(vbbb.name == "Vereniging voor begeleiding en bevordering van borstvoeding")
        #expect(analysis.quotes.contains { $0.speaker == vbbb.id })
        // Letters that do not spell the words before them join nothing (`ULFA` is English).
        let ulfa = try Self.analyze("Afgelopen zondag blies het Verenigd Bevrijdingsfront van Asom (ULFA) een stuk spoorweg op.")
        #expect(!ulfa.entities.contains { $0.mentions.contains { $0.text == "ULFA" } && $0.mentions.contains { $0.text.hasPrefix("Verenigd") } })
    }

    @Test func anAcronymThatTakesLettersFromInsideCompoundsJoinsTheNameBeforeIt() throws {
        // `NOA`: N and O from `Nachtondernemers`, A from `Amsterdam`; the two are one organisation however the tagger
        // typed the words, and the organisation speaks.
        let analysis = try Self.analyze(
            """
            Ook brancheorganisatie Nachtondernemers Amsterdam (NOA) is kritisch. "De sector is overvallen door dit besluit", aldus NOA in een reactie.
            """)
        let noa = try #require(analysis.entities.first { $0.mentions.contains { $0.text == "NOA" } })
        #expect(noa.name == "Nachtondernemers Amsterdam")
        #expect(noa.type == "ORG")
        #expect(analysis.quotes.contains { $0.speaker == noa.id && $0.text.hasPrefix("De sector") })
    }

    @Test func aSubjectPronounIsNoOneItsClauseGoesWithout() throws {
        // `zonder Tops, minus Dubbeldam … hield hij`: he is neither (`minus` read as an adverb on the coordinated name).
        let analysis = try Self.analyze(
            "Dubbeldam had vormklachten. Tops stopte. Want zonder Tops, minus Dubbeldam en met Angelique Hoorn in een bijrol hield hij "
                + "de vlam lang brandende.")
        #expect(!Self.mentions(of: "Dubbeldam", in: analysis).contains("hij"))
        #expect(!Self.mentions(of: "Tops", in: analysis).contains("hij"))
        // Not one named in a phrase of another clause (`Zonder Tops kan het niet, zei Dubbeldam. Daarna vertrok hij.`).
        let other = try Self.analyze("Dubbeldam had vormklachten. Zonder Tops kan het team niet winnen, zei Dubbeldam. Daarna vertrok hij.")
        #expect(Self.mentions(of: "Dubbeldam", in: other).contains("hij"))
    }

    @Test func anAgeDescriptionIsNoOneTheArticleGivesAnotherAge() throws {
        // `De 38-jarige` is the witness, not the defendant of 54, the one person named in the sentence before.
        let analysis = try Self.analyze(
            "De fraudezaak tegen Ronald V. (54) begon dinsdag. Getuige Samira Bouzid werd als eerste gehoord. Ze werkte jaren voor "
                + "Ronald V. bij het zorgbureau. De 38-jarige vertelt met zachte stem dat ze in 2015 iets ontdekte.")
        #expect(!Self.mentions(of: "Ronald V.", in: analysis).contains("De 38-jarige"))
        #expect(Self.mentions(of: "Samira Bouzid", in: analysis).contains("De 38-jarige"))
    }

    @Test func aSurnameTypedApartAfterAGivenNameAndParticleIsJoinedAndTheTitleDropped() throws {
        // `Staatssecretaris Femke` a person, `Vries` a place: one person, Femke de Vries, without her title.
        let analysis = try Self.analyze("Staatssecretaris Femke de Vries (Toeslagen) zei in een eerste reactie dat het kabinet de fouten erkent.")
        let person = try #require(analysis.entities.first { $0.type == "PER" })
        #expect(person.name == "Femke de Vries")
        #expect(!analysis.entities.contains { $0.name == "Vries" })
    }

    @Test func aPronounIsNoNameAndAGivenNameWithASurnameAfterAnAgeIsAPerson() throws {
        // The entity tagger may take a capitalised `Je` opening a quotation for a name; the linker gives it to no one.
        let mother = try Self.analyze("Zijn moeder las een verklaring voor. ,,Jij hebt hem van ons afgepakt'', zei ze toen tegen K. ,,Je hebt mijn zoon afgenomen.''")
        #expect(!mother.entities.contains { $0.mentions.contains { $0.text == "Je" } })
        // `Lars Verhoeven` after `de 20-jarige`, whatever type the tagger gave it, is a person.
        let verdict = try Self.analyze(
            "De 28-jarige Kevin S. uit Tilburg is woensdag door de rechtbank Zeeland-West-Brabant in Breda veroordeeld tot twaalf jaar cel voor de "
                + "moord op de 20-jarige Lars Verhoeven.")
        #expect(verdict.entities.first { $0.name == "Lars Verhoeven" }?.type == "PER")
    }

    @Test func aTitleBeforeItsFieldAndNameOrInAppositionIsRepeatedByADescription() throws {
        let analysis = try Self.analyze(
            """
            Officier van justitie Annemiek Jansen eiste vier jaar cel. "Hij reed door", herhaalde de officier.

            Informateur Peter Bosman, oud-wethouder van Onderwijs, schreef een brief. "Het lukt niet", zei de oud-wethouder.

            Sergeant Dmytro wil zijn achternaam niet noemen. "Wij houden stand", zegt de sergeant.

            Schepen van Cultuur Leila Amrani (Groen) reageerde fel. "Dit is een schande", zei de schepen.
            """)
        #expect(Self.mentions(of: "Annemiek Jansen", in: analysis).contains("de officier"))
        #expect(Self.mentions(of: "Peter Bosman", in: analysis).contains("de oud-wethouder"))
        #expect(Self.mentions(of: "Dmytro", in: analysis).contains("de sergeant"))
        // (`Cultuur Leila Amrani` tagged an organisation, and `Schepen` a plural: `ships`.)
        #expect(Self.mentions(of: "Leila Amrani", in: analysis).contains("de schepen"))
    }

    @Test func aFunctionNounAloneIsThePersonJustNamedButNotOneAPhraseSpecifies() throws {
        let analysis = try Self.analyze(
            "Hoogleraar Anna Smit presenteerde dinsdag het rapport over de zorg. De onderzoeker wijst erop dat de wachtlijsten groeien. "
                + "Woordvoerder Dmitri Peskov noemde het hof nietig. Moskou opende eerder een strafzaak tegen de aanklager van het ICC, Karim Khan.")
        #expect(Self.mentions(of: "Anna Smit", in: analysis).contains("De onderzoeker"))
        // `de aanklager van het ICC` says whose prosecutor: someone named there, not the spokesman before.
        let spokesman = try #require(analysis.entities.first { $0.name == "Dmitri Peskov" })
        #expect(!spokesman.mentions.contains { $0.text.contains("aanklager") })
    }

    @Test func aSurnameTheTaggerTookForAVerbStillRepeatsTheName() throws {
        // `Vermeulen` opening the sentence is tagged a verb with itself as lemma: still Jens Vermeulen, and so is `Hij`.
        let analysis = try Self.analyze(
            """
            Wielrenner Jens Vermeulen is betrapt op doping. UCI-voorzitter David Lappartient zei vorige maand nog dat het peloton schoner is dan ooit.

            Vermeulen zelf, die vorig jaar nog zesde werd in de Ronde van Vlaanderen, wil zo snel mogelijk weer koersen. Hij liet weten dat hij 'tot het einde' zal vechten.
            """)
        let rider = try #require(analysis.entities.first { $0.name == "Jens Vermeulen" })
        #expect(rider.mentions.map(\.text).contains("Hij"))
        #expect(analysis.quotes.first { $0.kind == "partial" }?.speaker == rider.id)
    }
}
