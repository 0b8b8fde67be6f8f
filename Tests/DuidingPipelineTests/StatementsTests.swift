import DuidingCore
import DuidingEvaluation
import DuidingPipeline
import Foundation
import Testing

/// Quotes and claims end to end: the speaker is read from the parse and resolved through the linked entities.
@Suite("Quotes and claims")
struct StatementsTests {
    static func analyze(_ text: String, reference: String = "2024-05-16T12:00:00+02:00") throws -> Analysis {
        try sharedAnalyzer.analyze(text, options: AnalyzeOptions(language: "nl", referenceText: reference, now: Date()))
    }

    /// The name the article gives the speaker's entity, when the quote has one.
    static func speakerName(_ quote: Quote?, in analysis: Analysis) -> String? {
        quote?.speaker.flatMap { id in analysis.entities.first { $0.id == id }?.name }
    }

    /// The name of the speaker's entity of the first quote that starts with these words.
    static func speakerName(of start: String, in analysis: Analysis) -> String? {
        speakerName(analysis.quotes.first { $0.text.hasPrefix(start) }, in: analysis)
    }

    /// The speaker's entity name, else the words.
    static func speaker(_ quote: Quote, in analysis: Analysis) -> String? {
        quote.speaker.flatMap { id in analysis.entities.first { $0.id == id }?.title } ?? quote.speakerText
    }

    @Test func flagshipQuotes() throws {
        let text = try String(contentsOf: Paths.shared.appendingPathComponent("examples/nos-poetin-china.txt"), encoding: .utf8)
        let analysis = try Self.analyze(text, reference: "2024-05-16T09:34:00+02:00")
        let marked = analysis.quotes.filter { $0.kind != "indirect" }
        func speaker(of start: String) -> String? {
            marked.first { $0.text.hasPrefix(start) }.flatMap { Self.speaker($0, in: analysis) }
        }
        #expect(speaker(of: "De huidige relatie") == "Xi Jinping")
        #expect(speaker(of: "warm en kameraadschappelijk") == "Vladimir Putin")
        #expect(speaker(of: "Ik koos ervoor") == "Vladimir Putin")
        #expect(speaker(of: "Rusland moeite zou hebben") == "Antony Blinken")
        #expect(speaker(of: "als China dit probleem") == "Antony Blinken")
        #expect(speaker(of: "dankbaar was") == "Vladimir Putin")
        let xi = try #require(marked.first { $0.text.hasPrefix("De huidige relatie") })
        #expect(xi.addressee.flatMap { id in analysis.entities.first { $0.id == id }?.title } == "Vladimir Putin")
        #expect(xi.verb == "zeggen")
        // The partnership terms in quotation marks are no speech.
        #expect(!marked.contains { ["strategische partnerschap", "onbegrensd partnerschap"].contains($0.text) })
    }

    @Test func flagshipClaims() throws {
        let text = try String(contentsOf: Paths.shared.appendingPathComponent("examples/nos-poetin-china.txt"), encoding: .utf8)
        let analysis = try Self.analyze(text, reference: "2024-05-16T09:34:00+02:00")
        let claims = Dictionary(analysis.claims.map { ($0.text, $0) }) { a, _ in a }
        #expect(claims["ongeveer 90 procent"]?.value == 90)
        #expect(claims["ongeveer 90 procent"]?.unit == "percent")
        #expect(claims["ongeveer 90 procent"]?.modifier == "APPROX")
        #expect(claims["ongeveer 70 procent"]?.value == 70)
        #expect(claims["meer dan 40 keer"]?.value == 40)
        #expect(claims["meer dan 40 keer"]?.modifier == "MORE_THAN")
        #expect(claims["twaalf punten"]?.value == 12)
        let us = analysis.entities.first { $0.title == "United States" }?.id
        #expect(claims["ongeveer 90 procent"]?.source == us)
        // `de twee leiders` and `hun twee naties` refer; they assert nothing.
        #expect(!analysis.claims.contains { $0.text.contains("twee") })
    }

    @Test func attributionPatterns() throws {
        let analysis = try Self.analyze(
            """
            Minister Hoekstra was duidelijk. "Wij gaan niet akkoord", zei Hoekstra tegen Guterres, "en dat blijft zo."

            "Het is een schande", aldus de woordvoerder van de VN.

            Guterres: "De wereld kijkt toe."

            Hoekstra noemde het plan "volstrekt onhaalbaar". De regering sprak van de zogenaamde "groene deal".
            """)
        let marked = analysis.quotes.filter { $0.kind != "indirect" }
        func find(_ start: String) -> Quote? { marked.first { $0.text.hasPrefix(start) } }
        #expect(find("Wij gaan niet").map { Self.speaker($0, in: analysis) } == "Wopke Hoekstra")
        #expect(find("Wij gaan niet")?.kind == "direct")
        #expect(find("en dat blijft zo").map { Self.speaker($0, in: analysis) } == "Wopke Hoekstra")
        #expect(find("Het is een schande")?.speakerText == "de woordvoerder van de VN")
        #expect(find("Het is een schande")?.verb == nil)
        #expect(find("De wereld kijkt toe").map { Self.speaker($0, in: analysis) } == "António Guterres")
        #expect(find("volstrekt onhaalbaar")?.kind == "partial")
        #expect(find("groene deal") == nil)
    }

    @Test func indirectSpeechAndSources() throws {
        let analysis = try Self.analyze(
            "Volgens de politie waren er tussen 10.000 en 12.000 demonstranten. Macron zei dat Europa 2,5 miljard euro moet uitgeven.")
        let indirect = analysis.quotes.filter { $0.kind == "indirect" }
        #expect(indirect.contains { $0.text.hasPrefix("Europa 2,5 miljard euro") && Self.speaker($0, in: analysis) == "Emmanuel Macron" })
        let range = try #require(analysis.claims.first { $0.text.hasPrefix("tussen") })
        #expect(range.value == 10_000 && range.high == 12_000 && range.unit == "count")
        #expect(range.sourceText == "de politie")
        let money = try #require(analysis.claims.first { $0.text == "2,5 miljard euro" })
        #expect(money.value == 2_500_000_000 && money.unit == "euro")
        #expect(money.source == analysis.entities.first { $0.title == "Emmanuel Macron" }?.id)
    }

    @Test func quantitiesAndWhatIsNoClaim() throws {
        let analysis = try Self.analyze(
            """
            De politie, die vier mensen aanhield, telde tussen 2000 en 3000 demonstranten. Het project kost tussen 1 en 2 miljard euro.
            De handel kan met bijna een vijfde groeien. Hij zat drie jaar vast. De twee leiders spraken in 2023 met elkaar.
            """)
        let claims = Dictionary(analysis.claims.map { ($0.text, $0) }) { a, _ in a }
        #expect(claims["vier mensen"]?.value == 4)
        #expect(claims["tussen 2000 en 3000 demonstranten"]?.value == 2000)
        #expect(claims["tussen 2000 en 3000 demonstranten"]?.high == 3000)
        #expect(claims["tussen 1 en 2 miljard euro"]?.value == 1_000_000_000)
        #expect(claims["tussen 1 en 2 miljard euro"]?.high == 2_000_000_000)
        #expect(claims["bijna een vijfde"]?.value == 0.2)
        #expect(claims["bijna een vijfde"]?.modifier == "LESS_THAN")
        #expect(!analysis.claims.contains { $0.text.contains("jaar") || $0.text.contains("twee") || $0.text.contains("2023") })
    }

    @Test func rangesWrittenWithAHyphenOrADashAreClaimsAndScoresAreNot() throws {
        let analysis = try Self.analyze(
            "Er kwamen 10.000-12.000 demonstranten. De schade bedroeg 2,5–3 miljard euro. Ajax won met 3-1. Het werd een 1-3 nederlaag. De 45-jarige man vloog een F-16.")
        let crowd = try #require(analysis.claims.first { $0.text.hasPrefix("10.000-12.000") })
        #expect(crowd.value == 10_000 && crowd.high == 12_000 && crowd.unit == "count")
        let damage = try #require(analysis.claims.first { $0.text.hasPrefix("2,5–3") })
        #expect(damage.value == 2_500_000_000 && damage.high == 3_000_000_000 && damage.unit == "euro")
        #expect(analysis.claims.count == 2)
    }

    @Test func rangesWithAnArticleOrFromZeroAndPerCent() throws {
        let analysis = try Self.analyze(
            "Er vielen tussen de 500.000 en één miljoen doden. De schattingen lopen van nul tot 500.000 doden. Het kost tussen 1 en 2 miljard euro. Volgens de peiling is 65 per cent tevreden.")
        // The second number's scale is not the first's where that would put the first above the second.
        let dead = try #require(analysis.claims.first { $0.text.hasPrefix("tussen de 500.000") })
        #expect(dead.value == 500_000 && dead.high == 1_000_000)
        let estimate = try #require(analysis.claims.first { $0.text.hasPrefix("nul tot") })
        #expect(estimate.value == 0 && estimate.high == 500_000)
        let cost = try #require(analysis.claims.first { $0.text.hasPrefix("tussen 1 en 2") })
        #expect(cost.value == 1_000_000_000 && cost.high == 2_000_000_000)
        let share = try #require(analysis.claims.first { $0.text.hasPrefix("65") })
        #expect(share.value == 65 && share.unit == "percent")
    }

    /// A sign written against a number is its own: `-0,13 procent` is a fall; a range is still no negative number.
    @Test func signedNumbers() throws {
        let analysis = try Self.analyze("De index sloot op -0,13 procent. De koers steeg +2,5 procent. Er kwamen 20-30 betogers.")
        let claims = Dictionary(analysis.claims.map { ($0.text, $0) }) { a, _ in a }
        #expect(claims["-0,13 procent"]?.value == -0.13)
        // The tokenizer writes `+` apart: the claim is the number after it.
        #expect(claims["2,5 procent"]?.value == 2.5)
        #expect(claims["20-30 betogers"]?.value == 20 && claims["20-30 betogers"]?.high == 30)
    }

    /// A claim's gold value is a number or a range of two, with its own sign; anything else is an error in the file.
    @Test func claimGoldValues() throws {
        #expect(ClaimGoldItem.lowerValue("-0.13") == -0.13)
        #expect(ClaimGoldItem.lowerValue("10000-12000") == 10_000)
        #expect(ClaimGoldItem.lowerValue("2.5") == 2.5)
        for wrong in ["inf", "1e999", "nan", "40abc", "0x28", "", "-", "1-2-3"] {
            #expect(ClaimGoldItem.lowerValue(wrong) == nil, "\(wrong)")
        }
        #expect(throws: QuoteGoldError.self) {
            try QuoteGold.parse("# doc: a\nHet kostte 40 euro.\n% claim 40 euro | value: inf | unit: euro\n")
        }
    }

    @Test func aSourceNamedWhereTheTextStatesNoneIsCounted() throws {
        // The gold states no source for the first claim and the system names one (the quote's speaker): the evaluation
        // counts it apart from the source accuracy of claims whose source the text states.
        let gold = try QuoteGold.parse(
            """
            # doc: a
            # date: 2024-05-16
            "Het kostte 40 miljoen euro", zei minister Jan Peeters.
            % claim 40 miljoen euro | value: 40000000 | unit: euro | about: kosten | source: -
            Volgens de politie waren er 300 betogers.
            % claim 300 betogers | value: 300 | unit: count | about: betogers | source: de politie
            """)
        let (_, claims) = try QuoteEvaluation.evaluate(sharedAnalyzer, gold)
        #expect(claims.unsourced == 1)
        #expect(claims.sourceInvented == 1)
        #expect(claims.sourced == 1)
        #expect(claims.sourceCorrect == 1)
    }

    @Test func partsOfAWholeAndRatiosAreClaims() throws {
        let analysis = try Self.analyze(
            """
            De coalitie heeft 88 van de 150 zetels. Het bedrijf schrapt 640 van zijn 1.900 banen.
            Bijna een op de vijf Nederlanders mijdt de tandarts. Hij won er 3 op de 2020 spelen niet mee.
            """)
        let claims = Dictionary(analysis.claims.map { ($0.text, $0) }) { a, _ in a }
        #expect(claims["88 van de 150 zetels"]?.value == 88)
        #expect(claims["88 van de 150 zetels"]?.about == "zetels")
        #expect(claims["640 van zijn 1.900 banen"]?.value == 640)
        #expect(claims["Bijna een op de vijf Nederlanders"]?.value == 0.2)
        #expect(claims["Bijna een op de vijf Nederlanders"]?.unit == "fraction")
        #expect(!analysis.claims.contains { $0.text.contains("op de 2020") })
    }

    @Test func speakersFromTheParagraphAndFromAColon() throws {
        let analysis = try Self.analyze(
            """
            Lindsay Davenport is vast van plan om meer te genieten van haar beroep. Ze won gisteren opnieuw.

            Ze heeft het leed van het leven geproefd. Soms zijn tennissters net mensen. "Het is verbazingwekkend hoe verdriet de dingen in perspectief zet."

            De vakbonden houden vrijdag een vergadering. Een arbeider met 26 jaar dienst: "Ze zeggen altijd dat staal de toekomst heeft."
            """)
        let perspective = try #require(analysis.quotes.first { $0.text.hasPrefix("Het is verbazingwekkend") })
        #expect(Self.speakerName(perspective, in: analysis) == "Lindsay Davenport")
        let steel = try #require(analysis.quotes.first { $0.text.hasPrefix("Ze zeggen altijd") })
        #expect(steel.speakerText == "Een arbeider met 26 jaar dienst")
    }

    @Test func aQuotationAfterASentenceAboutOnePersonIsTheirs() throws {
        // The person is named in the sentence before, in the same paragraph, as no subject; the minister spoke earlier.
        let analysis = try Self.analyze(
            """
            Minister Eric Wiebes maakte het besluit donderdag bekend. "De gaswinning gaat naar nul", zei hij.

            Voor Annie Bolt in Loppersum verandert er voorlopig weinig. "Ze moeten eerst mijn huis maar eens fatsoenlijk maken."
            """)
        let house = try #require(analysis.quotes.first { $0.text.hasPrefix("Ze moeten eerst") })
        #expect(Self.speakerName(house, in: analysis) == "Annie Bolt")
    }

    @Test func aQuotationAfterALeadInWithNoVerbIsThePersonTheParagraphIsAbout() throws {
        // `Met een knipoog naar het gravel:` names no one; the paragraph is about Canas, named two sentences before.
        let analysis = try Self.analyze(
            """
            Guillermo Canas won gisteren van Kafelnikov.

            Voor Canas betekende de zege een mooie meevaller. Voor het eerst in 22 jaar bereikte een Argentijn de vierde ronde. Met een knipoog naar het gravel: ,,Dat hoort natuurlijk eigenlijk niet, een Zuid-Amerikaan zover op gras.''
            """)
        let grass = try #require(analysis.quotes.first { $0.text.hasPrefix("Dat hoort natuurlijk") })
        #expect(Self.speakerName(grass, in: analysis) == "Guillermo Canas")
    }

    @Test func aPronounAfterAPersonDescribedWithoutANameIsThatDescription() throws {
        // `ze` is no Kevin (a man's name) and the sentence before describes a woman without naming her.
        let analysis = try Self.analyze(
            """
            Kevin De Wolf redde de vrouw uit het huis.

            De dochter van de 81-jarige vrouw wil niet met naam in de krant. "Mijn moeder leeft nog dankzij hem", zegt ze.
            """)
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Mijn moeder leeft") })
        #expect(quote.speaker == nil)
        #expect(quote.speakerText == "De dochter van de 81-jarige vrouw")
    }

    @Test func aMoodBeforeAColonIsNoSpeakerNorIsTheFirstOrSecondPerson() throws {
        // `Tragische toon:` names no one: the paragraph's person speaks. `Ik vroeg hem:` is the reporter, whom the
        // article does not name.
        let analysis = try Self.analyze(
            """
            Belkis Sögütlü werd drie maanden geleden lid van de partij. Tragische toon: "Wat mijn ouders gedaan hebben met mij, is dat niet hard?"

            Ik vroeg haar: "Blijft u lid?"
            """)
        let hard = try #require(analysis.quotes.first { $0.text.hasPrefix("Wat mijn ouders") })
        #expect(Self.speaker(hard, in: analysis) == "Belkis Sögütlü")
        let asked = try #require(analysis.quotes.first { $0.text.hasPrefix("Blijft u") })
        #expect(asked.speakerText != "Ik")
        // A body that speaks as one is someone.
        let police = try Self.analyze("Twee mannen zijn gisteren opgepakt in Gent. De politie: \"We zoeken nog getuigen.\"")
        #expect(police.quotes.first { $0.text.hasPrefix("We zoeken") }?.speakerText == "De politie")
    }

    @Test func aSubjectPronounSpeaksWhereTheObjectStandsFirstAndANodAttributes() throws {
        // `De titel` stands first as the object; `hij` can only be the subject.
        let title = try Self.analyze(
            "Regisseur Bakhtiar Khudojnazarov maakte in 1988 een film. De titel kan hij zich niet herinneren: \"Het is te lang geleden.\"")
        let said = try #require(title.quotes.first { $0.text.hasPrefix("Het is te lang") })
        #expect(Self.speaker(said, in: title)?.hasSuffix("Khudojnazarov") == true)
        let nod = try Self.analyze("Nix tekent elke week een strip. \"Kinky & Cosey blijven de belangrijkste personages\", knikt Nix.")
        let characters = try #require(nod.quotes.first { $0.text.hasPrefix("Kinky") })
        #expect(Self.speaker(characters, in: nod) == "Nix")
    }

    @Test func aQuotationSetApartAsItsOwnParagraphTakesTheSpeakerWhoseWordsItRepeats() throws {
        let analysis = try Self.analyze(
            """
            Thoraya Sacoor groeide op in een dorp. Haar vader sloot haar op. "Het was erger dan een gevangenis, dat huis", vertelt Sacoor.

            Brussel was toen een stad met veel kansen, ook voor Karin van Dijk. De stad groeide snel. Er kwamen scholen bij.

            'Erger dan een gevangenis'
            """)
        let pull = try #require(analysis.quotes.first { $0.text == "Erger dan een gevangenis" })
        #expect(Self.speakerName(pull, in: analysis) == "Thoraya Sacoor")
    }

    @Test func aPassiveClauseBeforeAColonGivesItsDoerAndLowMarksArePunctuation() throws {
        let analysis = try Self.analyze("De verklaring werd voorgelezen door minister Jan de Vries: „Wij trekken ons terug.”")
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Wij trekken") })
        #expect(Self.speaker(quote, in: analysis)?.hasSuffix("de Vries") == true)
        #expect(analysis.tokens.filter { $0.text == "„" || $0.text == "”" }.allSatisfy { $0.upos == "PUNCT" })
    }

    @Test func aSpeakerFarBackDoesNotHoldTheFloorOverTheArticlesProtagonist() throws {
        // Claes spoke five sentences before; the first-person quotation that opens its paragraph is Peeters's, the one
        // the article is about.
        let analysis = try Self.analyze(
            """
            Marleen Peeters opende het nieuwe museum in Gent. Peeters leidt het museum al jaren. Volgens Peeters komt er nog een vleugel bij.

            "De collectie is uniek", zei schepen Jan Claes bij de opening.

            Het gebouw kostte veel geld. De bouw duurde drie jaar. Er werkten honderd mensen aan. De gevel is van glas.

            "Ik heb hier tien jaar van gedroomd."
            """)
        let dream = try #require(analysis.quotes.first { $0.text.hasPrefix("Ik heb hier") })
        #expect(Self.speakerName(dream, in: analysis) == "Marleen Peeters")
    }

    @Test func whereTheSentencesLostTheirOrderTheMainVoiceSpeaksWhatOnlyContextAttributed() throws {
        // Sentences shuffled, as in sentence corpora: the first closes a quotation that none opened. The sentence before
        // a quotation and the antecedent of `zegt ze` are chance there; De Wit, quoted by name four times, is the voice
        // a reader of the whole text would hear.
        let shuffled = """
            Morgen komt er nog meer regen", zegt De Wit.

            "Wij hebben onze koeien al weggehaald", zegt boer Jan Peters.

            "Het water stijgt nog steeds."

            Boerin Els Smit kijkt vanaf de dijk toe.

            "Het is zwaar voor iedereen", zegt ze.

            "De dijk houdt het nog", zegt burgemeester Anna de Wit.

            "We evacueren niemand", aldus De Wit.

            "Niemand hoeft zich zorgen te maken", zei De Wit.
            """
        let lost = try Self.analyze(shuffled)
        #expect(Self.speakerName(of: "Het water stijgt", in: lost) == "Anna de Wit")
        #expect(Self.speakerName(of: "Het is zwaar", in: lost) == "Anna de Wit")
        #expect(lost.quotes.first { $0.text.hasPrefix("Het water stijgt") }?.attribution == "main-voice")
        // Those their own sentence names keep their speakers.
        #expect(Self.speakerName(of: "Wij hebben onze koeien", in: lost) == "Jan Peters")
        // In order, the context speaks as before.
        let ordered = try Self.analyze(
            """
            "De dijk houdt het nog", zegt burgemeester Anna de Wit. "Morgen komt er nog meer regen", zegt De Wit.

            "We evacueren niemand", aldus De Wit. "Niemand hoeft zich zorgen te maken", zei De Wit.

            "Wij hebben onze koeien al weggehaald", zegt boer Jan Peters.

            "Het water stijgt nog steeds."

            Boerin Els Smit kijkt vanaf de dijk toe.

            "Het is zwaar voor iedereen", zegt ze.
            """)
        #expect(Self.speakerName(of: "Het water stijgt", in: ordered) == "Jan Peters")
        #expect(Self.speakerName(of: "Het is zwaar", in: ordered)?.hasSuffix("Els Smit") == true)
    }

    @Test func aFunctionInCapitalsIsATitleAndADescriptionNotAName() throws {
        // `de CFO`, tagged as an organisation, is the person the sentence before is about; `de CEO` the one titled so.
        let analysis = try Self.analyze(
            """
            Financieel directeur Tom Verhaegen wees erop dat vooral de energiefactuur zwaar heeft gewogen. 'Onze energiekosten waren vorig jaar drie keer zo hoog als in 2021', zei de CFO.

            Dat zegt CEO Pieter-Jan Vermeersch. «Vertrouwen bouw je in jaren op», zei de CEO.
            """)
        #expect(Self.speakerName(of: "Onze energiekosten", in: analysis) == "Tom Verhaegen")
        #expect(Self.speakerName(of: "Vertrouwen bouw je", in: analysis) == "Pieter-Jan Vermeersch")
        #expect(!analysis.entities.contains { $0.name == "CEO" || $0.name == "CFO" })
    }

    @Test func aldusGivesTheNameAfterItWhateverTheTaggerCalledIt() throws {
        // The tagger takes `Vermeersch` here for an adjective.
        let analysis = try Self.analyze(
            """
            Dat zegt topman Pieter-Jan Vermeersch. Payflow gaat daar niet op in. «Wie betaalt, financiert de volgende aanval», aldus Vermeersch.
            """)
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Wie betaalt") })
        #expect(quote.attribution == "aldus")
        #expect(Self.speakerName(quote, in: analysis) == "Pieter-Jan Vermeersch")
    }

    @Test func theBodySaysWhoSpokeWordsAHeadlineGivesAnOrganisation() throws {
        // The headline's `OM eist` acted; the prosecutor spoke the words, and her second quotation keeps her over the
        // headline that repeats it. A `hij` right after a sentence about an unnamed passer-by is that passer-by, not the
        // suspect named paragraphs back.
        let analysis = try Self.analyze(
            """
            OM eist zes jaar cel tegen Tilburger voor brand bij buren: 'Hij wilde ze bang maken, niet meer en niet minder'

            Het Openbaar Ministerie heeft zes jaar cel geëist tegen de 39-jarige Kevin B. uit Tilburg. Hij stak in mei de woning van zijn buren in brand.

            "Hij wist dat er mensen binnen waren", zei officier van justitie Anouk Verheul in de rechtbank in Breda. "Hij wilde ze bang maken, niet meer en niet minder."

            De buren wisten via de tuin te ontsnappen. Een voorbijganger zag de rook. "Ik dacht eerst dat iemand aan het barbecueën was", vertelde hij later aan de politie.
            """)
        let repeated = analysis.quotes.filter { $0.text.hasPrefix("Hij wilde ze bang maken") }
        #expect(repeated.count == 2)
        #expect(repeated.allSatisfy { quote in Self.speakerName(quote, in: analysis) == "Anouk Verheul" })
        let witness = try #require(analysis.quotes.first { $0.text.hasPrefix("Ik dacht eerst") })
        #expect(witness.speaker == nil)
        #expect(witness.speakerText == "Een voorbijganger")
    }

    @Test func aCommaThatTheParseMadeTheSubjectSpeaksNoWords() throws {
        let analysis = try Self.analyze(
            "\"Moldavië mag niet de volgende zijn\", zei de Nederlandse minister van Buitenlandse Zaken Hanneke Verbrugge bij aankomst.")
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Moldavië") })
        #expect(Self.speakerName(quote, in: analysis) == "Hanneke Verbrugge")
    }

    @Test func aGivenNameAndASurnameTaggedAsAPlaceAreAPersonWhoSpeaks() throws {
        // The tagger calls `Sandra Meulendijks` a place; `zei ze` is hers.
        let analysis = try Self.analyze(
            "De zus van het slachtoffer, Sandra Meulendijks, richtte zich in de zaal tot de verdachte. „Mijn zus slaapt nog steeds niet zonder licht”, zei ze.")
        let sandra = try #require(analysis.entities.first { $0.name == "Sandra Meulendijks" })
        #expect(sandra.type == "PER")
        #expect(analysis.quotes.first { $0.text.hasPrefix("Mijn zus") }?.speaker == sandra.id)
    }

    @Test func laatVerstaanReportsSpeechAndHandsItsSpeakerOn() throws {
        let analysis = try Self.analyze(
            "Een ingewijde bij Club laat wel verstaan dat Brugge niet eindeloos zal wachten. ‘Er zijn andere opties.’")
        #expect(analysis.quotes.contains { $0.kind == "indirect" && $0.text.hasPrefix("Brugge niet eindeloos") && $0.speakerText == "Een ingewijde bij Club" })
        #expect(analysis.quotes.first { $0.text.hasPrefix("Er zijn andere opties") }?.speakerText == "Een ingewijde bij Club")
    }

    @Test func aDescribedSpeakerGoesOnPastAQuestionInTheParagraph() throws {
        // `Of het om opzet kan gaan?` stands between the spokesman's quotation and his `zegt hij`; Blom is named a
        // paragraph before.
        let analysis = try Self.analyze(
            """
            "Bij aankomst zagen we vlammen", zegt woordvoerder Gert-Jan Blom van de brandweer.

            „We onderzoeken of er sprake is van een gaslek”, zegt een woordvoerder van de politie. Of het om opzet kan gaan? „Daar kan ik op dit moment niets over zeggen”, zegt hij.
            """)
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Daar kan ik") })
        #expect(quote.speaker == nil)
        #expect(quote.speakerText == "een woordvoerder van de politie")
    }

    @Test func aTownAfterAGivenNameAndVanIsASurname() throws {
        // The tagger found `Anke` only; `van Leeuwen` is her surname, though a town's name too.
        let analysis = try Self.analyze(
            "Burgemeester Anke van Leeuwen kwam in de loop van de ochtend naar de sporthal. \"Dat raakt me enorm\", zei de burgemeester.")
        #expect(analysis.entities.contains { $0.name == "Anke van Leeuwen" && $0.type == "PER" })
        #expect(Self.speakerName(of: "Dat raakt", in: analysis) == "Anke van Leeuwen")
    }

    @Test func aNameInAClauseOnTheSpeakerIsNotTheSpeaker() throws {
        // `Van Stralen` is where the welder works; nor is it `Michaël van Straalen` of the knowledge base, a Dutch name
        // that only a spelling variant would match.
        let analysis = try Self.analyze(
            ",,Je hoort het al maanden aankomen'', zei een 52-jarige lasser, die sinds 1974 bij Van Stralen werkt.")
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Je hoort") })
        #expect(quote.speaker == nil)
        #expect(quote.speakerText?.hasPrefix("een 52-jarige lasser") == true)
        #expect(!analysis.entities.contains { $0.name == "Michaël van Straalen" })
    }

    @Test func aHeadlineQuoteBeforeAColonIsDirectAndTheBodyNamesItsSpeaker() throws {
        // The quotation opens the headline; the body says who spoke it. A description the headline gives a verb
        // (`zorgondernemer ontkent`) yields to the name the body gives the same words.
        let plain = try Self.analyze(
            """
            'Slaap is de schoonmaakdienst van het brein': slechte slapers lopen groter risico op dementie

            „Slaap is de schoonmaakdienst van het brein”, legt onderzoeker Jan Hoogendoorn uit.
            """)
        // (The headline's, the first of the two with these words.)
        let headline = try #require(plain.quotes.first { $0.kind == "direct" && $0.text == "Slaap is de schoonmaakdienst van het brein" })
        #expect(Self.speakerName(headline, in: plain) == "Jan Hoogendoorn")
        let described = try Self.analyze(
            """
            „Ik heb nooit iemand willen benadelen”: zorgondernemer ontkent miljoenenfraude

            „Ik heb nooit iemand willen benadelen”, zei Ronald Verhoef woensdag in de rechtbank.
            """)
        let denial = try #require(described.quotes.first { $0.kind == "direct" && $0.text == "Ik heb nooit iemand willen benadelen" })
        #expect(Self.speakerName(denial, in: described) == "Ronald Verhoef")
    }

    @Test func aSourceThatIsNoOneDoesNotSpeakTheQuotationAfterIt() throws {
        let analysis = try Self.analyze(
            """
            De commerciële zenders zullen volgens de huidige frequenties maar 69 procent van de bevolking bereiken.

            'Luisteraars hebben ook rechten'
            """)
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Luisteraars hebben") })
        #expect(quote.speakerText?.contains("frequenties") != true)
    }

    @Test func aSpeechVerbTheTaggerTookForANounStillAttributes() throws {
        // `zucht` is also a noun (`een zucht`); right after the quotation's comma it is the finite verb.
        let analysis = try Self.analyze("\"Na de dood van die haan is het hier nog geen dag rustig geweest\", zucht een buurtbewoner.")
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Na de dood") })
        #expect(quote.speakerText == "een buurtbewoner")
    }

    @Test func aParagraphWhoseOnlyMarkClosesAfterOneLeftOpenIsAQuotation() throws {
        // The paragraph before ends with its quotation open; this one opens with no mark and closes one: its own quotation,
        // attributed by `aldus` to the person named, not to the country of the adjective before the name.
        let analysis = try Self.analyze(
            """
            Moenaert: "We hadden een restauratieplan opgesteld dat liep tot 2010.

            We zullen geen bestand sluiten zolang de soldaten in Eritrea blijven", aldus Eritrees presidentieel adviseur Yemane Gebremeskel.
            """)
        let truce = try #require(analysis.quotes.first { $0.text.hasPrefix("We zullen geen bestand") })
        #expect(truce.kind == "direct")
        #expect(Self.speakerName(truce, in: analysis) == "Yemane Gebremeskel")
    }

    @Test func aClauseBeforeAColonGivesItsSubjectWhereTheParseHangsItOnTheQuotation() throws {
        let analysis = try Self.analyze(
            """
            Trainer Marco Bosman zag zijn ploeg zondag verliezen van de club van Peter de Wit. De Wit juichte na afloop uitbundig.

            Nee, het lag niet aan de spelers. En ja, Bosman was teleurgesteld, maar toch ook tevreden:,, Vorige week leek het erop dat we niet eens konden spelen en dan doe je tot het laatst mee. Als je zo dichtbij bent, is de teleurstelling groot. ''
            """)
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Vorige week") })
        #expect(Self.speakerName(quote, in: analysis) == "Marco Bosman")
    }

    @Test func titlesInQuotationMarksAreNoSpeech() throws {
        let analysis = try Self.analyze(
            """
            "Te veel leerlingen kijken op hun gsm", zei Peeters vanochtend in "De ochtend" op Radio 1.
            De actiegroep 'Water voor de Boer' kondigde een protest aan. De minister noemde het plan "onzin".
            """)
        #expect(!analysis.quotes.contains { $0.text == "De ochtend" || $0.text == "Water voor de Boer" })
        #expect(analysis.quotes.contains { $0.text == "onzin" && $0.kind == "partial" })
    }

    @Test func aHeadlineQuoteThatRepeatsNoOneTakesOnlyAVoiceThatClearlyLeads() throws {
        // Bos is quoted three times and Kramer twice: no one leads by twice, so the headline keeps no speaker; with
        // Kramer once, Bos does.
        let body = """
            "De winkels gaan open", zegt wethouder Karin Bos. "Er komen honderd banen bij", zei Bos. "We zijn trots", aldus Bos.

            "Wij zijn blij met de komst", zegt ondernemer Piet Kramer.
            """
        let close = try Self.analyze("'Dit is pas het begin'\n\n" + body + " \"De buurt leeft op\", zei Kramer.")
        #expect(close.quotes.first { $0.text == "Dit is pas het begin" }?.speaker == nil)
        let clear = try Self.analyze("'Dit is pas het begin'\n\n" + body)
        let headline = try #require(clear.quotes.first { $0.text == "Dit is pas het begin" })
        #expect(Self.speakerName(headline, in: clear) == "Karin Bos")
    }

    @Test func aHeadlineQuoteTakesTheSpeakerOfTheBodyQuoteItRepeats() throws {
        let analysis = try Self.analyze(
            """
            'Wij geven de strijd tegen de droogte niet op'

            Het kabinet kwam gisteren bijeen over de droogte. "Wij geven de strijd tegen de droogte nooit op", zei Rutte na afloop.
            """)
        let headline = try #require(analysis.quotes.first { $0.text.hasPrefix("Wij geven de strijd tegen de droogte niet op") })
        #expect(Self.speaker(headline, in: analysis) == "Mark Rutte")
    }

    @Test func aHeadlineQuoteTakesTheBodysSpeakerOverTheSubjectBeforeItsColon() throws {
        // The headline's subject acted; the body says who spoke the words.
        let analysis = try Self.analyze(
            """
            Mark Rutte verlaat het Binnenhof: 'Het werk is af'

            De premier nam gisteren afscheid van zijn ambtenaren. 'Het werk is af', zegt zijn opvolger Dick Schoof, die al jaren aan het Binnenhof werkt.
            """)
        let quotes = analysis.quotes.filter { $0.text == "Het werk is af" }
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { Self.speaker($0, in: analysis) == "Dick Schoof" })
        // The place of the relative clause that describes him is no one spoken to.
        #expect(quotes.allSatisfy { $0.addresseeText == nil })
        // A name before the colon is the speaker's, whoever the body gives the words to.
        let named = try Self.analyze(
            """
            Mark Rutte: 'Het werk is af'

            De premier nam gisteren afscheid van zijn ambtenaren. 'Het werk is af', zegt zijn opvolger Dick Schoof.
            """)
        let headline = try #require(named.quotes.first { $0.text == "Het werk is af" })
        #expect(Self.speaker(headline, in: named) == "Mark Rutte")
    }

    @Test func aPersonNamedFirstSpeaksWhereTheParseTookAThingAfterTheVerbForTheSubject() throws {
        let analysis = try Self.analyze(
            "Het Deense parlementslid Mette Holm, van Groenlandse afkomst, noemde het verdrag „een vergissing”. "
                + "„Dit verdrag verkoopt onze toekomst”, schreef ze op sociale media.")
        let partial = try #require(analysis.quotes.first { $0.text == "een vergissing" })
        #expect(partial.speakerText == "Mette Holm")
        let direct = try #require(analysis.quotes.first { $0.text.hasPrefix("Dit verdrag") })
        #expect(direct.speaker == partial.speaker && direct.speaker != nil)
    }

    @Test func aHeadlineNamesItsSpeakerBeforeTheColonAndVolgensDoesInTheBody() throws {
        let analysis = try Self.analyze(
            """
            Mark Rutte verlaat het Binnenhof: 'Het werk is af'

            De premier nam gisteren afscheid van zijn ambtenaren. Bij de vakbond valt het nieuws over de fabriek slecht. "Dit is een zwarte dag", zegt Jan Peeters van ACV. Volgens hem worden niet alleen de eigen arbeiders getroffen: "Ook de toeleveranciers verliezen werk."
            """)
        let headline = try #require(analysis.quotes.first { $0.text == "Het werk is af" })
        #expect(Self.speaker(headline, in: analysis) == "Mark Rutte")
        let suppliers = try #require(analysis.quotes.first { $0.text.hasPrefix("Ook de toeleveranciers") })
        #expect(suppliers.speaker != nil && suppliers.speaker == analysis.quotes.first { $0.text.hasPrefix("Dit is een zwarte dag") }?.speaker)
    }

    @Test func aHeadlineQuoteNoBodyQuoteRepeatsIsTheBodysMainVoice() throws {
        let analysis = try Self.analyze(
            """
            Haven Rotterdam verhoogt tarieven: 'Het kan niet anders'

            De havenbeheerder maakte gisteren de nieuwe tarieven bekend. "De kosten zijn enorm gestegen", zei directeur Karel Smit. "We moeten investeren in de kades", voegde Smit eraan toe. Een vervoerder reageerde kort: "Wij vinden het jammer."
            """)
        let headline = try #require(analysis.quotes.first { $0.text == "Het kan niet anders" })
        #expect(headline.speakerText == "Karel Smit")
    }

    @Test func aWordThatNamesNoOneIsNoSpeakerButAPhraseWithAPersonNounIs() throws {
        // The parse took `van` for a preposition and made the relative pronoun the speech verb's subject: `die` is no one.
        let relative = try Self.analyze("\"Bricoleren vereist een zelfstandige houding\", zegt van Hove, die de kritiek wil relativeren.")
        let quote = try #require(relative.quotes.first { $0.kind == "direct" })
        #expect(quote.speakerText?.lowercased() != "die")
        // The parse made the adjective the head (`de kersverse VRT-radiobaas`): the office noun in its phrase names someone.
        let chief = try Self.analyze("\"Wellicht een erfenis van een van mijn voorgangers\", zegt de kersverse VRT-radiobaas.")
        #expect(chief.quotes.first?.speakerText?.contains("radiobaas") == true)
    }

    @Test func aNameOfAThingOrEventSpeaksNoWords() throws {
        let analysis = try Self.analyze("\"Het wordt een zware editie\", aldus de Tour de France.")
        #expect(analysis.entities.contains { $0.name == "Tour de France" && $0.type == "MISC" })
        let quote = try #require(analysis.quotes.first { $0.kind == "direct" })
        #expect(quote.speaker == nil && quote.speakerText != "Tour de France")
        // The entity tagger types `Grand Slam` a person; the knowledge base knows it as the tournaments.
        let slam = try Self.analyze("Federer won vorig jaar zijn twintigste Grand Slam in Melbourne.")
        #expect(slam.entities.contains { $0.name == "Grand Slam" && $0.type == "MISC" })
    }

    @Test func aFirstPersonQuotationAfterAnotherPersonsSentenceIsTheProtagonistsVoice() throws {
        // A profile of Lindsay Davenport: the sentence before the quotation has her friend as its subject, but the
        // paragraph speaks of Davenport and the quotation is in the first person.
        let analysis = try Self.analyze(
            """
            Lindsay Davenport staat weer op de baan. Davenport won vorig jaar nog twee toernooien.

            Davenport twijfelde lang. Ze was maandenlang geblesseerd. Haar beste vriendin, Corina Morariu, werd ziek. ,,Die eerste weken had ik veel moeite met mijn motivatie.''

            Davenport speelt vandaag in de vierde ronde.
            """)
        let weeks = try #require(analysis.quotes.first { $0.text.hasPrefix("Die eerste weken") })
        #expect(Self.speaker(weeks, in: analysis) == "Lindsay Davenport")
    }

    @Test func aQuotationThatNamesThePersonIsNotTheirsByContext() throws {
        // The article is about Peeters and the quotation is in the first person, but it speaks of Peeters by name (her
        // first name will do): it is someone else's words about her, whoever said them. A name called out between
        // commas is no one spoken of, and an attribution in the quotation's own sentence still holds.
        let analysis = try Self.analyze(
            """
            Marleen Peeters opende het nieuwe museum in Gent. Peeters leidt het museum al jaren. Volgens Peeters komt er nog een vleugel bij.

            Het gebouw kostte veel geld. De bouw duurde drie jaar.

            "Wij hebben veel te danken aan Marleen, zij heeft dit mogelijk gemaakt."

            "Ik heb hier tien jaar van gedroomd. Mijn hoofd zei steeds: doorgaan, Marleen."

            "Peeters is de beste directeur die Gent ooit had", zei Peeters lachend.
            """)
        let thanks = try #require(analysis.quotes.first { $0.text.hasPrefix("Wij hebben") })
        #expect(Self.speaker(thanks, in: analysis) != "Marleen Peeters")
        let dream = try #require(analysis.quotes.first { $0.text.hasPrefix("Ik heb hier") })
        #expect(Self.speaker(dream, in: analysis) == "Marleen Peeters")
        let best = try #require(analysis.quotes.first { $0.text.hasPrefix("Peeters is de beste") })
        #expect(best.speakerText == "Peeters")
    }

    @Test func aNounRightBeforeANameTheParseHungElsewhereSpeaksAsThatName() throws {
        // The parse makes `Integriteit Overheid` an object of `gemeld`; the source is the bureau with its name, and so is
        // the claim's.
        let analysis = try Self.analyze(
            "Volgens onderzoeksbureau Integriteit Overheid werden in 2022 landelijk 67 integriteitsschendingen door bestuurders gemeld.")
        let report = try #require(analysis.quotes.first { $0.kind == "indirect" })
        #expect(report.speakerText == "onderzoeksbureau Integriteit Overheid")
        #expect(Self.speaker(report, in: analysis) == "onderzoeksbureau Integriteit Overheid")
        let claim = try #require(analysis.claims.first { $0.text.contains("67") })
        #expect(claim.sourceText == "onderzoeksbureau Integriteit Overheid")
    }

    @Test func aStudySpeaksForItsAuthorNamedRightAfterIt() throws {
        // The parse hangs `door Abbey National` on the participle; the study's author is the source all the same.
        let analysis = try Self.analyze(
            """
            Volgens het onderzoek uitgevoerd door Abbey National helpen twee op de drie kinderen de vakantiebestemming kiezen.

            Volgens een rapport van Amnesty International zijn er honderd doden gevallen.

            Volgens het onderzoek zijn er meer klachten.

            Volgens een bevraging van de Vlaamse brandweer heeft ongeveer een op de vijf gezinnen er geen.

            Volgens een nieuw onderzoek van de Britse bank Barclays sparen jongeren minder dan vroeger.
            """)
        let reports = analysis.quotes.filter { $0.kind == "indirect" }
        #expect(
            reports.map { $0.speakerText ?? "" } == ["Abbey National", "Amnesty International", "het onderzoek", "de Vlaamse brandweer", "Barclays"])
        let claim = try #require(analysis.claims.first { $0.text.contains("twee op de drie") })
        #expect(claim.sourceText == "Abbey National")
        // (A body named by a noun is a source by its words.)
        let households = try #require(analysis.claims.first { $0.text.contains("een op de vijf") })
        #expect(households.sourceText == "de Vlaamse brandweer")
    }

    @Test func whatAStudyShowsHasTheStudyOrItsAuthorAsSourceButIsNoSpeech() throws {
        let analysis = try Self.analyze(
            """
            Uit een onderzoek van de Universiteit Gent blijkt dat 40 procent van de studenten te weinig slaapt.

            Uit studies blijkt dat het verkeer voor meer dan 60 procent verantwoordelijk is voor de uitstoot.
            """)
        #expect(analysis.claims.first { $0.text == "40 procent" }?.sourceText == "Universiteit Gent")
        #expect(analysis.claims.first { $0.text == "meer dan 60 procent" }?.sourceText == "studies")
        #expect(analysis.quotes.isEmpty)
    }

    @Test func aSourcePhraseThatTakesInTheClaimIsNoSourceOfIt() throws {
        // The parse runs `volgens de huidige plannen` on into the number: those words are no source of it.
        let analysis = try Self.analyze("De nieuwe zenders zullen volgens de huidige plannen maar 70 procent van de Nederlandse bevolking bereiken.")
        let claim = try #require(analysis.claims.first { $0.text.contains("70 procent") })
        #expect(claim.sourceText == nil)
        #expect(claim.source == nil)
    }

    @Test func aNameTheParseMadeALaterSubjectDoesNotHideTheDescribedSpeaker() throws {
        // `Jansen` is the object of `dankbaar`, which the parse made a subject; `ze` is the sister, whom no name gives.
        let analysis = try Self.analyze(
            """
            Peter Jansen haalde de vrouw uit het brandende huis. Burgemeester Tom Claes noemde hem een held.

            De zus van de vrouw wil niet met naam in de krant, maar is Jansen eeuwig dankbaar. "Zonder hem was mijn zus er niet meer", zegt ze.
            """)
        let thanks = try #require(analysis.quotes.first { $0.text.hasPrefix("Zonder hem") })
        #expect(thanks.speaker == nil && thanks.speakerText == "De zus van de vrouw")
    }

    @Test func aNameThatOpensTheClauseSpeaksWhereTheParseBrokeItUp() throws {
        // `Van` taken for a preposition leaves `komt … tussen` without a subject: the name at the clause's start speaks.
        let analysis = try Self.analyze(
            """
            Karim Van Overmeire zit naast Belkis Sögütlü.

            Van Overmeire komt weer tussen: "Het is te gemakkelijk."
            """)
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Het is te") })
        #expect(analysis.entities.first { $0.id == quote.speaker }?.name == "Karim Van Overmeire")
    }

    @Test func aPronounFarFromThePersonNamedLastIsTheArticlesSubject() throws {
        // `zegt hij` five sentences after a minister named in passing, in a piece about the mayor: the mayor speaks.
        let analysis = try Self.analyze(
            """
            Jan Peeters is burgemeester van Genk. Peeters woont er al veertig jaar. Vorig jaar kreeg Peeters bezoek van minister \
            Ben Weyts. Het gesprek ging over de scholen. Het ging ook over de wegen. De stad kreeg geld. De wegen werden \
            hersteld. "Het was een goed gesprek", zegt hij.
            """)
        let quote = try #require(analysis.quotes.first { $0.kind == "direct" })
        #expect(analysis.entities.first { $0.id == quote.speaker }?.name == "Jan Peeters")
    }

    @Test func anInfinitiveOnANounHasNoSpeaker() throws {
        // `het is niet mijn taak om te zeggen …`: `zeggen` hangs on `taak`, which says nothing; nor does it speak a later
        // quotation.
        let analysis = try Self.analyze(
            "Maar het is niet mijn taak om te zeggen hoe dat uitgevoerd moet worden. \"VT4 is in zes maanden opgestart, VT5 kan nog sneller.\"")
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("VT4") })
        #expect(quote.speakerText.map { $0.contains("taak") } != true)
        #expect(!analysis.quotes.contains { $0.speakerText?.contains("taak") == true })
    }

    @Test func aNationalitySpeaksAsAPersonNotAsTheCountry() throws {
        // `de Turkse` is a woman, not Turkey: the person the coreference found, else her words.
        let turkish = try Self.analyze("Belkis Sögütlü komt uit Turkije. \"Eigen volk eerst, ja ja\", zegt de Turkse.")
        let quote = try #require(turkish.quotes.first { $0.kind == "direct" })
        #expect(turkish.entities.first { $0.id == quote.speaker }.map { $0.type == "PER" } ?? (quote.speakerText == "de Turkse"))
        // The one person the article names with that word (`de Argentijn Guillermo Canas`) is the one it stands for.
        let argentine = try Self.analyze(
            """
            Kafelnikov verloor van de Argentijn Guillermo Canas.

            Voor het eerst in 22 jaar bereikte een Argentijn de vierde ronde. "Dat hoort eigenlijk niet, een Zuid-Amerikaan zover op gras", zei de Argentijn.
            """)
        let grass = try #require(argentine.quotes.first { $0.text.hasPrefix("Dat hoort") })
        #expect(argentine.entities.first { $0.id == grass.speaker }?.name == "Guillermo Canas")
    }

    @Test func aNameJoinedToANounNamesSomeoneElse() throws {
        // `Poetin-vertrouweling` is no Putin, though the linker reads the name in it: the person named beside it speaks.
        let analysis = try Self.analyze("\"Het was een zware week\", zegt Poetin-vertrouweling Dmitri Peskov.")
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Het was") })
        #expect(Self.speaker(quote, in: analysis)?.contains("Peskov") == true)
    }

    @Test func aPronounInTheObjectCaseIsNoSpeaker() throws {
        // `me` is whom Anna Visser tells, not who speaks, wherever the parse hangs it.
        let analysis = try Self.analyze("Zoals Anna Visser me achteraf vertelt: 'We hadden geen keus, het geld was op.'")
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("We hadden") })
        #expect(Self.speaker(quote, in: analysis)?.contains("Visser") == true)
    }

    @Test func aNameWithOnlyAdverbsBeforeAColonSpeaks() throws {
        let analysis = try Self.analyze("De vergadering duurde lang. Weer Van Overmeire: \"Dat is de kern van de zaak.\"")
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Dat is de kern") })
        #expect(Self.speaker(quote, in: analysis)?.contains("Overmeire") == true)
    }

    @Test func aVerbThatOnlyClosesAQuotationAttributesItButReportsNothing() throws {
        // `besluit` after the quotation is `concludes`; `besloot dat` is a decision, no speech.
        let closing = try Self.analyze("\"We gaan gewoon door met de bouw\", besluit Marieke Claes.")
        let quote = try #require(closing.quotes.first { $0.text.hasPrefix("We gaan") })
        #expect(Self.speaker(quote, in: closing)?.contains("Claes") == true)
        let decision = try Self.analyze("De gemeenteraad besloot dat de school in september dichtgaat.")
        #expect(decision.quotes.isEmpty)
    }

    @Test func aPossessiveIsNotTheSpeakerOfTheNounItDetermines() throws {
        // `laat zijn woordvoerder weten`: the spokesman speaks, not the one `zijn` stands for.
        let analysis = try Self.analyze(
            """
            Jan Peeters zegde zijn optreden in Gent af.

            "Wegens ziekte", laat zijn woordvoerder weten.
            """)
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("Wegens") })
        #expect(quote.speakerText == "zijn woordvoerder")
        #expect(quote.speaker == nil)
    }
    @Test func aNameOfAThingJoinedToANounForPeopleNamesThosePeople() throws {
        // The tagger calls `4FM-oprichters` a miscellaneous name; its words are people, who may speak.
        let analysis = try Self.analyze("\"We willen bewijzen dat we iets toevoegen aan het radiolandschap\", beloven de vier 4FM-oprichters.")
        let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("We willen") })
        #expect(quote.speakerText == "de vier 4FM-oprichters")
    }

    @Test func aQuotationThatRepeatsAnAttributedOneIsTheSameSpeakers() throws {
        let analysis = try Self.analyze(
            """
            Trainer Jansen: 'Wij zijn misschien een kleine club maar wij vechten voor elke bal"

            De spelers van Lokeren waren teleurgesteld na de nederlaag. Kapitein Dirk Maes had zijn ploeg nochtans goed voorbereid.

            "Wij zijn misschien een kleine club maar wij vechten voor elke bal.
            """)
        let quotes = analysis.quotes.filter { $0.text.hasPrefix("Wij zijn") }
        #expect(quotes.count == 2)
        #expect(quotes.allSatisfy { Self.speaker($0, in: analysis)?.contains("Jansen") == true })
    }

    @Test func anInterviewsAnswersAreItsOneVoices() throws {
        // Questions to `u` outside quotation marks make an interview: the answers in marks are the one person quoted,
        // whatever the paragraphs between say.
        let analysis = try Self.analyze(
            """
            De scholen krijgen meer geld, maar de vakbonden zijn sceptisch. Directeur Jan Smit van het Atheneum vreest dat het geld niet bij de leerlingen komt.

            Karin Peeters: "We investeren volgend jaar tweehonderd miljoen euro extra in de scholen."

            De vakbonden reageerden koel op het plan.

            Waar haalt u dat geld vandaan?

            "Uit de reserves van het departement.

            Sommige scholen hebben al jaren een tekort.

            Is dat genoeg, denkt u?

            "Het is een begin, meer kan niet.
            """)
        for start in ["Uit de reserves", "Het is een begin"] {
            let quote = try #require(analysis.quotes.first { $0.text.hasPrefix(start) })
            #expect(Self.speaker(quote, in: analysis)?.contains("Peeters") == true, "\(start)")
        }
    }
    @Test func aQuotationEndedByTheNextParagraphsOwnAttributionTakesIt() throws {
        // `"A.` ¶ `"B", reageert X.`: two quotations, and A, which nothing else attributes, is X's too.
        let analysis = try Self.analyze(
            """
            De NMBS sluit de loketten van de grote stations om half elf.

            "Wij hebben daar nooit mee ingestemd.

            "Dat is een vrij zwak excuus", reageert minister Isabelle Durant.
            """)
        let first = try #require(analysis.quotes.first { $0.text.hasPrefix("Wij hebben") })
        #expect(first.text == "Wij hebben daar nooit mee ingestemd.")
        #expect(Self.speaker(first, in: analysis)?.contains("Durant") == true)
        let second = try #require(analysis.quotes.first { $0.text.hasPrefix("Dat is een") })
        #expect(Self.speaker(second, in: analysis)?.contains("Durant") == true)
    }
    @Test func oneOfAGroupSpeaksAsThePersonNamedBesideIt() throws {
        // `zei een van de vier, een zekere Johannes van Iersel`: the speaker is the man named, not the word `een` nor the
        // person named before the verb.
        for text in [
            "\"We hebben allemaal normale jobs\", zei een van de vier, een zekere Johannes van Iersel.",
            "Een van de vier, een zekere Johannes van Iersel, zei: \"We hebben allemaal normale jobs.\"",
        ] {
            let analysis = try Self.analyze(text)
            let quote = try #require(analysis.quotes.first { $0.text.hasPrefix("We hebben") })
            #expect(Self.speaker(quote, in: analysis)?.contains("Iersel") == true, "\(text)")
        }
    }
    @Test func aPersonDescribedBeforeAColonSpeaksHoweverLongThePhraseAndNoOneInARelativeClauseIsSpokenTo() throws {
        // `Een jongeman naast haar is minder begripvol: "…"`: the young man, not the woman quoted before; `aan de halte` in
        // the clause that describes her is no one she speaks to.
        let analysis = try Self.analyze(
            """
            "Ik snap die chauffeurs wel, maar ik moet naar mijn werk", zegt een vrouw die aan de halte wacht.
            Een jongeman naast haar is minder begripvol: "Het zijn altijd dezelfde gasten die voor problemen zorgen."
            """)
        let first = try #require(analysis.quotes.first { $0.text.hasPrefix("Ik snap") })
        #expect(first.addresseeText == nil)
        let second = try #require(analysis.quotes.first { $0.text.hasPrefix("Het zijn") })
        #expect(Self.speaker(second, in: analysis)?.contains("jongeman") == true)
        // A noun that only ends like one for a person is none (`knipoog`).
        let wink = try Self.analyze("Een Argentijn zei dat hij van gravel houdt. Een knipoog naar het gravel in Parijs: \"Dat hoort eigenlijk niet.\"")
        let quote = try #require(wink.quotes.first { $0.text.hasPrefix("Dat hoort") })
        #expect(Self.speaker(quote, in: wink)?.contains("knipoog") != true)
    }

    @Test func aPlaceBeforeAColonIsNoSpeakerNorAPluralThatOpensASentence() throws {
        // The parse makes `Times Square` the head of the words before the colon; a phrase after a preposition is where.
        let place = try Self.analyze("In New York gingen mensen massaal de straat op. Op Times Square werden voorbijgangers door juichende fans toegeroepen: „Het is voorbij! Hij is weg!”")
        let cheer = try #require(place.quotes.first { $0.text.hasPrefix("Het is voorbij") })
        #expect(Self.speaker(cheer, in: place)?.contains("Times") != true)
        // `Musea`, a plural opening its sentence, is no person to carry the quotation after it.
        let museums = try Self.analyze(
            """
            Conservator Anna de Wit: "Dit is een uniek moment voor het museum."
            Musea in onder meer Londen en Parijs leenden schilderijen uit. "Sommige werken hebben hun zaal in geen eeuw verlaten."
            """)
        let loan = try #require(museums.quotes.first { $0.text.hasPrefix("Sommige werken") })
        #expect(Self.speaker(loan, in: museums)?.contains("Musea") != true)
    }

    @Test func aGivenNameTypedApartAndAnAgedOccupationNameTheirPerson() throws {
        // `Els`, which the entity tagger typed apart from `Vermeulen`, is her given name: `hij` is not the judge.
        let court = try Self.analyze(
            "Ronald V. zit in de verdachtenbank. Als rechter Els Vermeulen hem vraagt of hij begrijpt waarvan hij wordt verdacht, "
                + "knikt hij. „Ik heb nooit iemand willen benadelen”, zegt hij tegen de rechter.")
        let denial = try #require(court.quotes.first { $0.text.hasPrefix("Ik heb nooit") })
        let judge = try #require(court.entities.first { $0.name == "Els Vermeulen" })
        #expect(denial.speaker != nil && denial.speaker != judge.id)
        // `de 52-jarige oefenmeester` is the trainer just named, and `de oud-trainer` the one titled `trainer`, not the
        // `assistent-trainer`; `de 81-jarige vrouw`, brought in as `een 81-jarige vrouw`, is no one named.
        let coach = try Self.analyze(
            "De club heeft trainer Hans Verbeek ontslagen. Assistent-trainer Jan Oude Luttikhuis neemt het over. Verbeek reageerde fel. "
                + "\"Dit voelt als verraad\", zei de 52-jarige oefenmeester tegen deze krant. Volgens de oud-trainer was handhaving het doel.")
        let betrayal = try #require(coach.quotes.first { $0.text.hasPrefix("Dit voelt") })
        let verbeek = try #require(coach.entities.first { $0.name == "Hans Verbeek" })
        #expect(betrayal.speaker == verbeek.id)
        #expect(verbeek.mentions.contains { $0.text == "de oud-trainer" })
        let fire = try Self.analyze(
            "Een 81-jarige vrouw werd gered door buurman Kevin De Wolf. De dochter van de 81-jarige vrouw is hem dankbaar. "
                + "\"Mijn moeder leeft nog dankzij hem\", zegt ze.")
        let kevin = try #require(fire.entities.first { $0.name == "Kevin De Wolf" })
        #expect(!kevin.mentions.contains { $0.text.contains("81-jarige") })
    }

    @Test func theOneWhoJustReportedSpeechSpeaksOnAndUntaggedNamesAreFound() throws {
        // `schreef hij` right after Brands `liet weten dat …`: Brands, not Kok, the subject of that sentence.
        let squad = try Self.analyze(
            "Spits Dani Kok was kritisch. Kok kreeg direct tegengas van middenvelder Thomas Brands, die via Instagram liet weten dat hij "
                + ",,niet blij'' was met de uitspraken. ,,Wat er binnen de groep gebeurt, blijft binnen de groep'', schreef hij.")
        let group = try #require(squad.quotes.first { $0.text.hasPrefix("Wat er binnen") })
        let brands = try #require(squad.entities.first { $0.name == "Thomas Brands" })
        #expect(group.speaker == brands.id)
        // `Hendriks erkende dat …` after a quotation is no `"…" Dat zei X`: its `dat` opens a clause.
        let club = try Self.analyze(
            "Directeur Marco Hendriks sprak van een pijnlijke beslissing.\n\nVolgens Erik Wansink haken de supporters af. Tegen Heracles "
                + "zaten er 7.200 toeschouwers. ,,Dat moet de club zich aanrekenen.''\n\nHendriks erkende dat de club fouten maakte.")
        let blame = try #require(club.quotes.first { $0.text.hasPrefix("Dat moet") })
        let wansink = try #require(club.entities.first { $0.name == "Erik Wansink" })
        #expect(blame.speaker == wansink.id)
        // A given name, particles and a surname the entity tagger left untagged or typed apart (`Toon` MISC, `Kempen` LOC).
        let church = try Self.analyze(
            "Naast haar zit Toon van Kempen (71), die veertig jaar koster was. Hij is vooral boos. ,,Ze hebben het laten verslonzen'', zegt hij.")
        let angry = try #require(church.quotes.first { $0.text.hasPrefix("Ze hebben") })
        let toon = try #require(church.entities.first { $0.name == "Toon van Kempen" })
        #expect(angry.speaker == toon.id)
    }

    @Test func aProtagonistDoesNotTakeAQuotationFromTheSubjectBeforeItUnlessThatSentenceNamesThem() throws {
        // The article is about Verbeek, but `Hendriks wilde daar niet op ingaan` gives the quotation after it to Hendriks:
        // neither that sentence nor the one before names Verbeek.
        let analysis = try Self.analyze(
            """
            De club heeft trainer Hans Verbeek ontslagen. Verbeek reageerde fel. Verbeek was verrast. Technisch directeur Marco \
            Hendriks sprak van een pijnlijke beslissing.

            Wie Verbeek opvolgt, is nog onduidelijk. In Deventer worden twee namen genoemd. Hendriks wilde daar niet op ingaan. \
            ,,We praten met meerdere mensen. Meer zeg ik er niet over.''
            """)
        let talks = try #require(analysis.quotes.first { $0.text.hasPrefix("We praten") })
        let hendriks = try #require(analysis.entities.first { $0.name == "Marco Hendriks" })
        #expect(talks.speaker == hendriks.id)
    }

    @Test func speakersDescribedWithoutANameKeepTheirWholeDescription() throws {
        // A participle before the noun is part of the speaker's words; a predicate before a colon is not the speaker, its
        // subject is; someone described who reacts in the sentence before a quotation speaks it.
        let summit = try Self.analyze(
            "Viktor Orbán dreigde met een veto. Een EU-diplomaat reageerde geïrriteerd. \"Hij zegt dit bij elke top.\" "
                + "Over de tekst werd lang onderhandeld. \"Het ging om elke komma\", zei een betrokken diplomaat.")
        let top = try #require(summit.quotes.first { $0.text.hasPrefix("Hij zegt") })
        #expect(top.speaker == nil && top.speakerText == "Een EU-diplomaat")
        let comma = try #require(summit.quotes.first { $0.text.hasPrefix("Het ging") })
        #expect(comma.speakerText == "een betrokken diplomaat")
        let peloton = try Self.analyze(
            "Een renner van een concurrerende ploeg is bitsiger: ‘Dit soort zaken maakt alles kapot waar wij elke dag voor werken.’")
        let rival = try #require(peloton.quotes.first { $0.kind == "direct" })
        #expect(rival.speakerText == "Een renner van een concurrerende ploeg")
        // Of two subjects the parse gave `geeft toe`, the pronoun, not the imperative `Vraag` taken for a noun.
        let profile = try Self.analyze(
            "Elke Verhaegen leidt Plan B. Vraag het haar rechtstreeks, en ze geeft toe dat het een strategie is.")
        let strategy = try #require(profile.quotes.first { $0.kind == "indirect" })
        let elke = try #require(profile.entities.first { $0.name == "Elke Verhaegen" })
        #expect(strategy.speaker == elke.id)
    }

    @Test func aNameGivenToBothSexesOpensAPersonsNameAndACompoundDescribesAnOrganisation() throws {
        // `Kim` (first-names.tsv `u`) opens `Kim De Smet`: not cut off as `Kim` Clijsters and `De Smet`.
        let police = try Self.analyze(
            "'Het gaat om een dodehoekongeval', zegt Kim De Smet, woordvoerster van de politiezone Wetteren.")
        let quote = try #require(police.quotes.first { $0.kind == "direct" })
        let kim = try #require(police.entities.first { $0.name == "Kim De Smet" })
        #expect(quote.speaker == kim.id)
        // `de werkgeversorganisatie` ends in `organisatie`: the organisation named before, who speaks.
        let sector = try Self.analyze(
            "Ook VNO-NCW is kritisch over het plan. \"De sector is overvallen\", aldus de werkgeversorganisatie in een reactie.")
        let employers = try #require(sector.entities.first { $0.name == "VNO-NCW" })
        let surprised = try #require(sector.quotes.first { $0.kind == "direct" })
        #expect(surprised.speaker == employers.id)
    }

    @Test func aSurnameWithItsParticleIsThePersonThoughAPlaceBearsIt() throws {
        // `De Haan`, a coastal town too, after `Mirjam de Haan`: she is spoken to, and `zij` who answers is she.
        let analysis = try Self.analyze(
            """
            "Dit is de doodsteek voor de nacht", zegt Mirjam de Haan, eigenaar van een club.

            "Eindelijk wordt er naar ons geluisterd", zegt Karel Smit, die boven een café woont.

            "Jullie verdienen geld aan onze nachtrust", zei Smit daar tegen De Haan. "En u wist dat u in een uitgaansgebied ging \
            wonen", kaatste zij terug.
            """)
        let mirjam = try #require(analysis.entities.first { $0.name == "Mirjam de Haan" })
        #expect(mirjam.mentions.contains { $0.text == "De Haan" })
        let answer = try #require(analysis.quotes.first { $0.text.hasPrefix("En u wist") })
        #expect(answer.speaker == mirjam.id)
    }

    @Test func titlesBeforeANameAndAParticleThatOpensAClauseLeaveThePerson() throws {
        // `CEO` (an acronym) and a sentence's first `Criticus` are titles, not part of a miscellaneous name; `Van Hecke`
        // opening the clause is its speaker, though the parse took `Van` for a preposition and `de directie` for the subject;
        // the headline's clause subject does not take the body's quotation that repeats its words.
        let analysis = try Self.analyze(
            """
            Flexipak schrapt 380 banen: 'Zele is niet meer rendabel te krijgen'

            'De markt is veranderd', zei CEO Katrien Moens dinsdag. 'Onze klanten eisen lagere prijzen. Zele is niet meer rendabel te krijgen.'

            'Dit is een kaakslag', zegt Johan Van Hecke van het ABVV. Van Hecke verwijt de directie dat ze de signalen heeft genegeerd. \
            'Wij hebben al in 2021 gewaarschuwd.'

            Criticus Jeroen Maes schreef dat het boek te gepolijst is. 'Elke zin is af', schreef hij.
            """)
        let moens = try #require(analysis.entities.first { $0.name == "Katrien Moens" })
        let market = try #require(analysis.quotes.first { $0.text.hasPrefix("De markt") })
        #expect(market.speaker == moens.id)
        let customers = try #require(analysis.quotes.first { $0.text.hasPrefix("Onze klanten") })
        #expect(customers.speaker == moens.id)
        let union = try #require(analysis.entities.first { $0.name == "Johan Van Hecke" })
        let warned = try #require(analysis.quotes.first { $0.text.hasPrefix("Wij hebben") })
        #expect(warned.speaker == union.id)
        let maes = try #require(analysis.entities.first { $0.name == "Jeroen Maes" })
        let polished = try #require(analysis.quotes.first { $0.text.hasPrefix("Elke zin") })
        #expect(polished.speaker == maes.id)
    }

    @Test func aGivenNameWithAnAgeIsAPersonAndAClauseBeforeAColonLendsNoSpeakerToARepeat() throws {
        // `Noor (15)` is a girl, not a Norwegian; `Daan (14)` a boy.
        let school = try Self.analyze(
            """
            "We wilden een andere pauze", zegt rector Bart Kramer.

            Dat is niet het hele verhaal, vindt Noor (15) uit 4 havo. "In de pauze is het wel gezelliger, dat geef ik toe."

            Haar klasgenoot Daan (14) is juist blij. "Vroeger zat ik de hele pauze op TikTok."
            """)
        let noor = try #require(school.entities.first { $0.name == "Noor" && $0.type == "PER" })
        let recess = try #require(school.quotes.first { $0.text.hasPrefix("In de pauze") })
        #expect(recess.speaker == noor.id)
        let daan = try #require(school.entities.first { $0.mentions.contains { $0.text == "Daan" } })
        let tiktok = try #require(school.quotes.first { $0.text.hasPrefix("Vroeger zat") })
        #expect(tiktok.speaker == daan.id)
        // The first line gives the quotation to the subject of a clause that reports no speech (`krijgt … cel`); the body
        // quotation that repeats it is the judge's.
        let verdict = try Self.analyze(
            """
            Dennis K. krijgt achttien jaar cel voor moord: ,,Hij had alle tijd om na te denken''

            ,,De verdachte heeft een mes gepakt'', zei rechter Jeroen Haverkamp bij het voorlezen van het vonnis. ,,Tussen het \
            moment dat hij vertrok en terugkwam, zat twintig minuten. Hij had alle tijd om na te denken.''
            """)
        let judge = try #require(verdict.entities.first { $0.name == "Jeroen Haverkamp" })
        let minutes = try #require(verdict.quotes.first { $0.text.hasPrefix("Tussen het") })
        #expect(minutes.speaker == judge.id)
    }

    @Test func aQuotationAndAReportAfterItHandOnOneSpeakerAndSayHowTheyWereAttributed() throws {
        // `Volgens haar` after Bakker's quotation is Bakker's, not the minister's whose report came before it: reports and
        // quotations hand on one speaker.
        let analysis = try Self.analyze(
            """
            Minister Mark Rutte zei vorige week tegen de Kamer dat Nederland niet in paniek hoeft te raken.

            Sanne Bakker moet erom glimlachen. "Opletten is goed. Maar de vraag is wanneer."

            Volgens haar gaat minder dan 5 procent van het budget naar onderzoek. "Terwijl daar wordt bepaald of Rotterdam \
            droog blijft."
            """)
        let bakker = try #require(analysis.entities.first { $0.name == "Sanne Bakker" })
        let report = try #require(analysis.quotes.first { $0.text.hasPrefix("gaat minder dan") })
        #expect(report.speaker == bakker.id)
        #expect(report.attribution == "according")
        let after = try #require(analysis.quotes.first { $0.text.hasPrefix("Terwijl daar") })
        #expect(after.speaker == bakker.id)
        #expect(after.attribution == "previous-speaker")
        #expect(analysis.quotes.first { $0.text.hasPrefix("Opletten") }?.attribution == "sentence-before")
        #expect(analysis.quotes.first { $0.text.hasPrefix("Nederland niet") }?.attribution == "clause")
        // Stated in the quotation's own sentence.
        let stated = try Self.analyze(#""Het is een schande", zei Rutte. "Wij gaan niet akkoord", aldus de woordvoerder."#)
        #expect(stated.quotes.first { $0.text.hasPrefix("Het is") }?.attribution == "speech-verb")
        #expect(stated.quotes.first { $0.text.hasPrefix("Wij gaan") }?.attribution == "aldus")
    }

    @Test func aHeadlineQuoteAfterAClauseTakesTheSpeakerOfTheBodyQuotationThatEndsWithIt() throws {
        // A headline of 23 words is still a headline; its quotation closes the second of the mayor's quotations, which the
        // sentence before attributes.
        let analysis = try Self.analyze(
            """
            Gemeente Zwolle sluit na drie jaar van klachten over lawaai en overlast het jongerencentrum aan de Oosterlaan: \
            'Het is niet meer te verantwoorden'

            De gemeenteraad besliste dinsdagavond. 'We hebben alles geprobeerd', zei burgemeester Peter Snijders na afloop. \
            'Er waren gesprekken, er waren camera's. Het is niet meer te verantwoorden.'
            """)
        let mayor = try #require(analysis.entities.first { $0.name == "Peter Snijders" })
        let headline = try #require(analysis.quotes.first { $0.text == "Het is niet meer te verantwoorden" })
        #expect(headline.speaker == mayor.id)
        #expect(headline.attribution == "headline")
    }

    @Test func aRelativePronounSpeaksForTheNounItsClauseModifies() throws {
        let analysis = try Self.analyze(
            #"Minister Karin Jansen, die vorige week nog had gewaarschuwd dat de dijken "niet eindeloos" kunnen worden opgehoogd, wil volgend jaar een besluit nemen."#
        )
        let minister = try #require(analysis.entities.first { $0.name == "Karin Jansen" })
        let partial = try #require(analysis.quotes.first { $0.kind == "partial" })
        #expect(partial.speaker == minister.id)
        #expect(analysis.quotes.first { $0.kind == "indirect" }?.speaker == minister.id)
    }

    @Test func wordsInMarksInsideAReportedClauseAreTheReportersSpeakers() throws {
        // `„de pijn van gedupeerden”` hangs on `erkent`, whose clause `zei` reports: De Vries's words, and so is the
        // quotation after them.
        let analysis = try Self.analyze(
            "Het hof oordeelde hard. Staatssecretaris Femke de Vries zei dinsdag dat het kabinet „de pijn van gedupeerden” erkent. "
                + "„We hebben als overheid fouten gemaakt.”")
        let minister = try #require(analysis.entities.first { $0.name == "Femke de Vries" })
        #expect(analysis.quotes.first { $0.kind == "partial" }?.speaker == minister.id)
        #expect(analysis.quotes.first { $0.text.hasPrefix("We hebben") }?.speaker == minister.id)
    }

    @Test func aHeadlineQuoteAfterAPlaceTakesTheBodysSpeakerAndANameEndsAtTheColon() throws {
        // A place before the colon does not speak: the body says who did.
        let flood = try Self.analyze(
            """
            Valkenburg: 'Alles wat we hadden, drijft nu in de straat'

            Het water kwam in de nacht. 'Alles wat we hadden, drijft nu in de straat', zegt bewoner Gerrit Wolters. Hij woont er al veertig jaar.
            """)
        let resident = try #require(flood.entities.first { $0.name == "Gerrit Wolters" })
        #expect(flood.quotes.filter { $0.text.hasPrefix("Alles wat") }.map(\.speaker) == [resident.id, resident.id])
        #expect(flood.quotes.first { $0.text.hasPrefix("Alles wat") }?.attribution == "headline")
        // The entity tagger runs the name on into the quotation (`Ellen Vandamme: «We`); the name ends at the colon.
        let scientist = try Self.analyze("Microbioloog Ellen Vandamme: «We verliezen de strijd»\n\nDe bacteriën worden resistent, zegt Vandamme.")
        let vandamme = try #require(scientist.entities.first { $0.name == "Ellen Vandamme" })
        #expect(scientist.quotes.first { $0.text.hasPrefix("We verliezen") }?.speaker == vandamme.id)
    }
}
